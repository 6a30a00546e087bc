using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>
    /// Tests of a cancel's own answer right after it. PENDING_CANCEL grouped with the final statuses there gets no automatic
    /// fix: taking it out of the group would leave only CANCELED accepted, the same mistake unreported by the group rule; the
    /// message says what to do instead.
    /// </summary>
    internal sealed partial class Judge
    {
        private Dictionary<IOperation, IInvocationOperation>? _answerTests;

        /// <summary>The cancel call whose answer the test reads, right after it; null when it reads anything else.</summary>
        private IInvocationOperation? CancelAnsweredBy(IOperation testRoot)
        {
            if (_cancels.Count == 0)
            {
                return null;
            }

            if (_answerTests == null)
            {
                var answerTests = new Dictionary<IOperation, IInvocationOperation>();
                var answers = new CancelAnswerAnalysis(_reader);
                foreach (var cancel in _cancels)
                {
                    foreach (var root in answers.AnswerTestRoots(cancel, CancellationToken.None))
                    {
                        if (!answerTests.ContainsKey(root))
                        {
                            answerTests.Add(root, cancel);
                        }
                    }
                }

                _answerTests = answerTests;
            }

            return _answerTests.TryGetValue(testRoot, out var found) ? found : null;
        }
    }
}
