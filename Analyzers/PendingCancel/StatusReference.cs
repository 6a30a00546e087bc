using Microsoft.CodeAnalysis;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>An order status member written out in the code (a constant in a pattern, comparison, label or collection).</summary>
    internal readonly struct StatusReference
    {
        public StatusReference(int index, IOperation operation)
        {
            Index = index;
            Operation = operation;
        }

        public int Index { get; }

        public IOperation Operation { get; }
    }
}
