namespace Clst.Analyzers.Recognition
{
    /// <summary>The contract's enums that the rules know.</summary>
    internal enum ContractEnum
    {
        None = 0,
        OrderStatus,
        TimeInForce,
        OrderType,
        Side,
        SecurityType,
        QueueState,
        TrailingOffsetType,
    }
}
