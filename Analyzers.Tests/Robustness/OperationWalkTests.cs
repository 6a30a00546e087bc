using System.Collections.Generic;
using System.Linq;
using Clst.Analyzers.Shared;
using Clst.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.Tests.Robustness
{
    /// <summary>
    /// Issue 22: the rules walk a member's operations with <see cref="OperationWalk"/> instead of Roslyn's
    /// <c>DescendantsAndSelf()</c>, whose iterators were a few percent of our allocation in the benchmark's build. The rules read
    /// the first match in that order (the first test, the first cancel), so the order must be Roslyn's, and a walk started
    /// inside another, or after one left early, must not disturb it.
    /// </summary>
    public class OperationWalkTests
    {
        private const string Source = """
            using System;
            using System.Linq;
            using System.Threading.Tasks;
            using Clst.Contracts;

            class C
            {
                async Task<int> M(Order o, Order[] orders, Func<int, int> f)
                {
                    var total = 0;
                    foreach (var order in orders.Where(x => x.Status != OrderStatus.Rejected))
                    {
                        total += order.Status switch { OrderStatus.Filled => 1, OrderStatus.Canceled => 2, _ => f(3) };
                    }

                    int Local(int n) => n > 0 ? Local(n - 1) + (o.AverageFillPrice is { } p ? (int)p : 0) : 0;
                    try { await Task.Delay(1); } catch (Exception e) when (e.Message.Length > 0) { total -= Local(2); }
                    return o.Status is OrderStatus.PendingCancel or OrderStatus.New ? total : -total;
                }
            }
            """;

        [Fact]
        public void ItVisitsWhatDescendantsAndSelfVisitsInTheSameOrder()
        {
            var body = MethodBody();
            var expected = body.DescendantsAndSelf().ToList();
            Assert.True(expected.Count > 50, $"{expected.Count} operations");

            Assert.Equal(expected, Walk(body));
            foreach (var inner in expected.Where(o => o is ILoopOperation or ISwitchExpressionOperation or ILocalFunctionOperation or ITryOperation))
            {
                Assert.Equal(inner.DescendantsAndSelf(), Walk(inner));
            }
        }

        [Fact]
        public void AWalkInsideAnotherOrAfterOneLeftEarlyLeavesTheOrderUnchanged()
        {
            var body = MethodBody();
            var expected = body.DescendantsAndSelf().ToList();

            // Left early: the next walk on this thread takes the same stack, and must start from its own root only.
            using (var early = new OperationWalk(body))
            {
                for (int i = 0; i < 10; i++)
                {
                    Assert.True(early.Next(out _));
                }
            }

            var outer = new List<IOperation>();
            var nestedCounts = new List<int>();
            using (var walk = new OperationWalk(body))
            {
                while (walk.Next(out var operation))
                {
                    outer.Add(operation);
                    if (operation is IBinaryOperation)
                    {
                        nestedCounts.Add(Walk(operation).Count);
                    }
                }
            }

            Assert.Equal(expected, outer);
            Assert.Equal(
                expected.OfType<IBinaryOperation>().Select(b => b.DescendantsAndSelf().Count()),
                nestedCounts);
            Assert.Equal(expected, Walk(body));
        }

        private static List<IOperation> Walk(IOperation root)
        {
            var visited = new List<IOperation>();
            using (var walk = new OperationWalk(root))
            {
                while (walk.Next(out var operation))
                {
                    visited.Add(operation);
                }
            }

            return visited;
        }

        private static IOperation MethodBody()
        {
            var compilation = TestCompilation.Create(Source);
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            var tree = compilation.SyntaxTrees.Single();
            var method = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single();
            return compilation.GetSemanticModel(tree).GetOperation(method)!;
        }
    }
}
