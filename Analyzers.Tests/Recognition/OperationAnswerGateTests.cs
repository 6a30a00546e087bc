using System.Linq;
using Clst.Analyzers.Recognition;
using Clst.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.Tests.Recognition
{
    /// <summary>
    /// The recogniser answers "no operation" at once for a method that returns nothing or a string, number, bool or object
    /// (asked of every call in the compilation). These pin what that gate must let through: a list of orders typed by an
    /// interface the compiler treats specially (<c>IReadOnlyList&lt;Order&gt;</c>: only its definition is special), the
    /// shipped cancel's name, and a method named in <c>clst.cancel_methods</c>; and what it turns away.
    /// </summary>
    public class OperationAnswerGateTests
    {
        private const string Client = """

namespace Hand.Client
{
    using System.Collections.Generic;
    using System.Threading.Tasks;

    public sealed class DeskClient
    {
        public IReadOnlyList<Order> CancelAllOrders(long accountId) => null!;
        public IEnumerable<Order> CancelAllOpenOrders(long accountId) => null!;
        public Task<IList<Order>> CancelAllOrdersAsync(long accountId) => null!;
        public void CancelOpenOrder(long accountId, string orderId) { }
        public void Kill(long accountId, string orderId) { }
        public string CancelOrderNote(long accountId, string orderId) => "";
        public bool CancelOrder(long accountId, string orderId) => true;
        public object CancelOrderRaw(long accountId, string orderId) => null!;
    }
}
""";

        /// <summary>Each method of the client, and what the recogniser must say it does.</summary>
        public static TheoryData<string, string> Cases { get; } = new()
        {
            { "CancelAllOrders", "CancelAllOrders" },
            { "CancelAllOpenOrders", "CancelAllOrders" },
            { "CancelAllOrdersAsync", "CancelAllOrders" },
            { "CancelOpenOrder", "CancelOrder" },
            { "Kill", "CancelOrder" },
            { "CancelOrderNote", "None" },
            { "CancelOrder", "None" },
            { "CancelOrderRaw", "None" },
        };

        [Theory]
        [MemberData(nameof(Cases))]
        public void TheAnswerDecidesExceptForTheShippedNameAndTheConfiguredCancel(string method, string expected)
        {
            var compilation = TestCompilation.Create(new[] { Models.HandWritten, Client }, withModel: false);
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            var options = new AnalyzerOptions(default, new TestConfigOptionsProvider(("clst.cancel_methods", "Hand.Client.DeskClient.Kill")));
            var recognizer = ContractRecognizer.TryGet(compilation, options)!;
            var symbol = (IMethodSymbol)compilation.GetTypeByMetadataName("Hand.Client.DeskClient")!.GetMembers(method).Single();
            Assert.Equal(expected, recognizer.GetOperation(symbol).ToString());
        }

        /// <summary>
        /// The rules ask at the call, whose type the binder has given (void included): the call of each method is answered as
        /// the method is, without reading the method's return type first.
        /// </summary>
        [Theory]
        [MemberData(nameof(Cases))]
        public void ACallIsAnsweredAsItsMethod(string method, string expected)
        {
            string arguments = method.Contains("All") ? "1" : "1, \"o-1\"";
            string caller = $$"""

namespace Hand.Client
{
    public static class Caller
    {
        public static void Call(DeskClient client)
        {
            client.{{method}}({{arguments}});
        }
    }
}
""";
            var compilation = TestCompilation.Create(new[] { Models.HandWritten, Client, caller }, withModel: false);
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            var options = new AnalyzerOptions(default, new TestConfigOptionsProvider(("clst.cancel_methods", "Hand.Client.DeskClient.Kill")));
            var recognizer = ContractRecognizer.TryGet(compilation, options)!;
            var tree = compilation.SyntaxTrees.Last();
            var call = tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>().Single();
            var invocation = Assert.IsAssignableFrom<IInvocationOperation>(compilation.GetSemanticModel(tree).GetOperation(call));
            Assert.Equal(expected, recognizer.GetOperation(invocation).ToString());
        }
    }
}
