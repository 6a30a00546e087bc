using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Clst.Analyzers.Shared
{
    /// <summary>
    /// An operation and its descendants in the order of Roslyn's <c>DescendantsAndSelf()</c> (each before its children, the
    /// children in order), without its allocations: <c>DescendantsAndSelf()</c> makes an iterator and a stack of child
    /// enumerators per call, and the rules walk every member they analyse, most more than once. In the benchmark's build those
    /// iterators were a few percent of our allocation, and the build measures every fresh page as a page fault.
    /// </summary>
    /// <remarks>
    /// <code>
    /// using (var walk = new OperationWalk(root))
    /// {
    ///     while (walk.Next(out var operation)) { ... }
    /// }
    /// </code>
    /// The work stack is the thread's, taken at the start and given back cleared by <see cref="Dispose"/>, so that no
    /// operation is held after the walk. A walk started inside another on the same thread gets a stack of its own.
    /// </remarks>
    internal readonly struct OperationWalk : IDisposable
    {
        /// <summary>Past this depth of pending operations a stack is not kept: one huge member does not pin its memory.</summary>
        private const int MaxKeptCount = 4096;

        [ThreadStatic]
        private static Stack<IOperation>? t_free;

        private readonly Stack<IOperation> _work;

        public OperationWalk(IOperation root)
        {
            _work = t_free ?? new Stack<IOperation>();
            t_free = null;
            _work.Clear();
            _work.Push(root);
        }

        /// <summary>The next operation, its children queued after it; false once the walk is done.</summary>
        public bool Next(out IOperation operation)
        {
            if (_work.Count == 0)
            {
                operation = null!;
                return false;
            }

            operation = _work.Pop();
            // Last child first, so that the first is popped first (the compiler's own reversed walk: no copy of the children).
            foreach (var child in operation.ChildOperations.Reverse())
            {
                _work.Push(child);
            }

            return true;
        }

        public void Dispose()
        {
            if (_work.Count > MaxKeptCount)
            {
                return;
            }

            _work.Clear();
            t_free = _work;
        }
    }
}
