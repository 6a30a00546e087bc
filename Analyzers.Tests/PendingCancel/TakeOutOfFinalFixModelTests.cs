using System.Threading.Tasks;
using Clst.Analyzers.CodeFixes.PendingCancel;
using Clst.Analyzers.PendingCancel;
using Clst.Analyzers.Tests.Infrastructure;

namespace Clst.Analyzers.Tests.PendingCancel
{
    /// <summary>Fix (a) on the generated clients' models, and Fix All in each scope.</summary>
    public class TakeOutOfFinalFixModelTests
    {
        private static ClstTest<PendingCancelTreatedAsFinalAnalyzer, TakeOutOfFinalCodeFixProvider> Fix(string before, string after)
            => Rule<PendingCancelTreatedAsFinalAnalyzer, TakeOutOfFinalCodeFixProvider>.On(before).FixesTo(after);

        [Fact]
        public Task LookalikeModelsAreFixedToo() => WithModel(Models.Kiota, Fix("""

using Kiota.Client.Models;

static class Rules
{
    public static bool Grouped(Order order) => order.Status is OrderStatus.CANCELED or OrderStatus.FILLED or [|OrderStatus.PENDING_CANCEL|];
}
""", """

using Kiota.Client.Models;

static class Rules
{
    public static bool Grouped(Order order) => order.Status is OrderStatus.CANCELED or OrderStatus.FILLED;
}
""")).VerifyAsync();

        [Fact]
        public Task NSwagModelsAreFixedToo() => WithModel(Models.NSwag, Fix("""

using NSwag.Client;

static class Rules
{
    public static bool IsDone(OrderStatus s) => s switch
    {
        OrderStatus.Filled or [|OrderStatus.PendingCancel|] => true,
        _ => false,
    };
}
""", """

using NSwag.Client;

static class Rules
{
    public static bool IsDone(OrderStatus s) => s switch
    {
        OrderStatus.Filled => true,
        _ => false,
    };
}
""")).VerifyAsync();

        private static ClstTest<PendingCancelTreatedAsFinalAnalyzer, TakeOutOfFinalCodeFixProvider> WithModel(
            string model, ClstTest<PendingCancelTreatedAsFinalAnalyzer, TakeOutOfFinalCodeFixProvider> test)
        {
            // FixedCode set the fixed first file; the model file stays as it was.
            test.WithoutShippedModel().WithSource(model);
            test.FixedState.Sources.Add(model);
            return test;
        }

        [Fact]
        public Task FixAllCoversDocumentProjectAndSolution()
        {
            var test = Fix("""

using Clst.Contracts;

class A
{
    public bool Gone(OrderStatus s) => s is OrderStatus.Canceled or [|OrderStatus.PendingCancel|];

    public bool Stop(OrderStatus s) => s == OrderStatus.Filled || s == [|OrderStatus.PendingCancel|];
}
""", """

using Clst.Contracts;

class A
{
    public bool Gone(OrderStatus s) => s is OrderStatus.Canceled;

    public bool Stop(OrderStatus s) => s == OrderStatus.Filled;
}
""");
            test.TestState.Sources.Add("""

using Clst.Contracts;

class B
{
    public bool Closed(OrderStatus s) => s is OrderStatus.Rejected or [|OrderStatus.PendingCancel|] or OrderStatus.Expired;
}
""");
            test.FixedState.Sources.Add("""

using Clst.Contracts;

class B
{
    public bool Closed(OrderStatus s) => s is OrderStatus.Rejected or OrderStatus.Expired;
}
""");
            return test.VerifyAsync();
        }
    }
}
