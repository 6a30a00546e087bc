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
        /// <summary>
        /// A stack that once held more pending operations than this is not kept: one huge member does not pin its memory (a
        /// stack keeps its largest array when cleared, so the depth it reached is what counts, not the depth at the end).
        /// </summary>
        private const int MaxKeptCount = 4096;

        [ThreadStatic]
        private static WorkStack? t_free;

        private readonly WorkStack _work;

        public OperationWalk(IOperation root)
        {
            _work = t_free ?? new WorkStack();
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

            if (_work.Count > _work.Deepest)
            {
                _work.Deepest = _work.Count;
            }

            return true;
        }

        public void Dispose()
        {
            if (_work.Deepest > MaxKeptCount)
            {
                return;
            }

            _work.Clear();
            t_free = _work;
        }

        /// <summary>The work stack and the most operations it has held (the struct is read-only: the count lives here).</summary>
        private sealed class WorkStack : Stack<IOperation>
        {
            public int Deepest;
        }
    }
}
