namespace Clst.Analyzers.EnumMatch
{
    /// <summary>The form of a match over an enum value.</summary>
    internal enum MatchForm
    {
        SwitchStatement,
        SwitchExpression,
        IfChain,
    }
}
