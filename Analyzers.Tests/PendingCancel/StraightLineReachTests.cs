using System.Collections.Generic;
using System.Linq;
using Clst.Analyzers.PendingCancel;
using Clst.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.Tests.PendingCancel
{
    /// <summary>
    /// Form 4 finds an action a few statements below the cancel without the member's flow graph
    /// (<see cref="StraightLineReach"/>). It may say "reached" only where the graph says so too; where the flow can leave
    /// the line (a branch, a throw, a condition around the action, another block, a lambda) it must leave the answer to the
    /// graph. Each shape below is checked both ways: what the straight-line reading says, and that the graph agrees
    /// whenever it says "reached".
    /// </summary>
    public class StraightLineReachTests
    {
        private const string Template = """
using System;
using System.Threading;
using System.Threading.Tasks;
using Clst.Contracts;

class C
{
    private bool _flag;

    async Task M(IClstOrdersClient client, long accountId, string orderId, CancellationToken ct)
    {
BODY
    }

    private void Log(string text) { }

    private int Done() => 1;
}
""";

        private const string Cancel = "await client.CancelOpenOrderAsync(accountId, orderId, ct)";

        [Theory]
        [InlineData($"{Cancel};\n Log(\"sent\");\n var n = Done();")]
        [InlineData($"var answer = {Cancel};\n Log(answer.ToString());\n Done();")]
        [InlineData($"{Cancel};\n Log($\"{{Done()}}\");")]
        [InlineData($"Func<Task> f = async () =>\n {{\n {Cancel};\n Done();\n }};")]
        public void AStraightLineIsReachedAndTheGraphAgrees(string body)
        {
            var (anchor, action, graph) = Read(body);
            Assert.True(StraightLineReach.Reaches(anchor, action));
            var reachability = new Reachability(graph, anchor.Syntax, new HashSet<SyntaxNode> { anchor.Syntax, action.Syntax });
            Assert.True(reachability.Reaches(action.Syntax));
        }

        [Theory]
        // The flow may branch away between the two: the graph decides.
        [InlineData($"{Cancel};\n if (_flag) return;\n Done();")]
        [InlineData($"{Cancel};\n throw new InvalidOperationException();\n Done();")]
        [InlineData($"var answer = {Cancel} ?? throw new InvalidOperationException();\n Done();")]
        [InlineData($"{Cancel};\n Log(_flag ? \"a\" : throw new InvalidOperationException());\n Done();")]
        // The action under a condition of its own statement.
        [InlineData($"{Cancel};\n var n = _flag ? Done() : 0;")]
        [InlineData($"{Cancel};\n var ok = _flag && Done() > 0;")]
        // Another block, the other order, a lambda.
        [InlineData($"{Cancel};\n {{\n Done();\n }}")]
        [InlineData($"Done();\n {Cancel};")]
        [InlineData($"{Cancel};\n Func<int> later = () => Done();")]
        [InlineData($"Func<Task> f = async () => {{ {Cancel}; }};\n Done();")]
        public void WhereTheFlowCanLeaveTheLineTheGraphDecides(string body)
        {
            var (anchor, action, _) = Read(body);
            Assert.False(StraightLineReach.Reaches(anchor, action));
        }

        /// <summary>The cancel (its await), the call of <c>Done()</c>, and the graph of the function the cancel runs in.</summary>
        private static (IOperation Anchor, IOperation Action, ControlFlowGraph Graph) Read(string body)
        {
            var compilation = TestCompilation.Create(Template.Replace("BODY", body));
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            var tree = compilation.SyntaxTrees.Single();
            var model = compilation.GetSemanticModel(tree);
            var method = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.ValueText == "M");
            var root = model.GetOperation(method)!;
            var operations = root.DescendantsAndSelf().ToList();
            var anchor = operations.OfType<IAwaitOperation>()
                .Single(a => a.Operation is IInvocationOperation { TargetMethod.Name: "CancelOpenOrderAsync" });
            var action = operations.OfType<IInvocationOperation>().Single(i => i.TargetMethod.Name == "Done");
            var graph = CancelFlowGraphs.GraphOf(anchor, () => ControlFlowGraph.Create((IMethodBodyOperation)root));
            Assert.NotNull(graph);
            return (anchor, action, graph!);
        }
    }
}
