using System.Threading.Tasks;
using Clst.Analyzers.PendingCancel;
using Clst.Analyzers.Tests.Infrastructure;

namespace Clst.Analyzers.Tests.PendingCancel
{
    /// <summary>
    /// Form 1 written as a collection expression. Roslyn 4.8 gives it <c>OperationKind.None</c>, Roslyn 4.9 and later
    /// <c>OperationKind.CollectionExpression</c>: these tests run under both (Analyzers.Tests and Analyzers.Tests.Roslyn5).
    /// </summary>
    public class CollectionExpressionTests
    {
        [Fact]
        public Task AFinalGroupWrittenAsACollectionExpressionIsFlagged() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""
            using Clst.Contracts;

            static class Lifecycle
            {
                public static readonly OrderStatus[] Finished = [OrderStatus.Filled, OrderStatus.Canceled, OrderStatus.Expired, [|OrderStatus.PendingCancel|]];
            }
            """);

        [Fact]
        public Task AFinalGroupWrittenAsACollectionExpressionWithoutPendingCancelStaysSilent() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""
            using Clst.Contracts;

            static class Lifecycle
            {
                public static readonly OrderStatus[] Finished = [OrderStatus.Filled, OrderStatus.Canceled, OrderStatus.Expired];
            }
            """);

        [Fact]
        public Task APendingGroupWrittenAsACollectionExpressionStaysSilent() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""
            using Clst.Contracts;

            static class Lifecycle
            {
                public static readonly OrderStatus[] InFlight = [OrderStatus.PendingNew, OrderStatus.PendingCancel, OrderStatus.PendingReplace];
            }
            """);
    }
}
