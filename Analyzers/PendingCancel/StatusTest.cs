using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>
    /// A boolean test of one value against order status members, read as the set of members for which it is true.
    /// </summary>
    internal sealed class StatusTest
    {
        public StatusTest(IOperation root, StatusUniverse universe, string subjectKey, IOperation subject, ulong trueSet,
            ImmutableArray<StatusReference> references, TestShape shape)
        {
            Root = root;
            Universe = universe;
            SubjectKey = subjectKey;
            Subject = subject;
            TrueSet = trueSet;
            References = references;
            Shape = shape;
        }

        public IOperation Root { get; }

        public StatusUniverse Universe { get; }

        public string SubjectKey { get; }

        /// <summary>The tested value (for a property pattern, the object whose property is tested).</summary>
        public IOperation Subject { get; }

        public ulong TrueSet { get; }

        public ImmutableArray<StatusReference> References { get; }

        public TestShape Shape { get; }

        /// <summary>The members written out in the test.</summary>
        public ulong Listed
        {
            get
            {
                ulong set = 0;
                foreach (var reference in References)
                {
                    set |= 1UL << reference.Index;
                }

                return set;
            }
        }

        /// <summary>The first reference written out to the member, or null.</summary>
        public StatusReference? FirstReference(int index)
        {
            foreach (var reference in References)
            {
                if (reference.Index == index)
                {
                    return reference;
                }
            }

            return null;
        }

        /// <summary>The operation of the first reference written out to the member, or null.</summary>
        public IOperation? FirstReferenceTo(int index) => FirstReference(index)?.Operation;
    }
}
