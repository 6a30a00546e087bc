namespace Clst.Analyzers.PendingCancel
{
    /// <summary>What form 4 found: the action that takes the cancel's answer as the outcome.</summary>
    internal sealed class OutcomeFinding
    {
        public OutcomeFinding(string action) => Action = action;

        /// <summary>What the code then does, in words ("removes the order from '_open'").</summary>
        public string Action { get; }
    }
}
