namespace Clst.Analyzers.Recognition
{
    /// <summary>One of the order's nullable optional fields, with the contract's reason it may be null.</summary>
    internal sealed class NullableOrderField
    {
        public NullableOrderField(string wireName, string reason)
        {
            WireName = wireName;
            Reason = reason;
        }

        public string WireName { get; }

        public string Reason { get; }
    }
}
