using System.Threading.Tasks;
using Clst.Analyzers.PendingCancel;
using Clst.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Text;

namespace Clst.Analyzers.Tests.PendingCancel
{
    /// <summary>
    /// Forms 1 to 3 judge only a test, mapping or collection that names PENDING_CANCEL: in a member that names it (or calls the
    /// cancel), the constructs that do not are not read at all. Each silent case beside its flagged twin, in one member.
    /// </summary>
    public class ReadOnlyWhereNamedTests
    {
        private const string Outcome = """

public enum Outcome { Working, Canceled, Filled, Unknown }

""";

        [Fact]
        public Task AMappingThatSendsPendingCancelToItsDefaultUnnamedStaysSilentBesideANamingOne() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync(Outcome + """

namespace App
{
    using Clst.Contracts;

    static class Mapper
    {
        public static (Outcome, Outcome) Both(OrderStatus status)
        {
            // Unnamed: PENDING_CANCEL reaches the default arm without being written out.
            var unnamed = status switch
            {
                OrderStatus.New or OrderStatus.PartiallyFilled => Outcome.Working,
                OrderStatus.Filled => Outcome.Filled,
                _ => Outcome.Canceled,
            };

            // Named: the same mapping with PENDING_CANCEL written out beside CANCELED.
            var named = status switch
            {
                OrderStatus.New or OrderStatus.PartiallyFilled => Outcome.Working,
                OrderStatus.Filled => Outcome.Filled,
                OrderStatus.Canceled or [|OrderStatus.PendingCancel|] => Outcome.Canceled,
                _ => Outcome.Unknown,
            };

            return (unnamed, named);
        }
    }
}
""");

        [Fact]
        public Task ASwitchStatementAfterTheNamingTestIsReadOnlyWhereItNamesIt() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync(Outcome + """

namespace App
{
    using Clst.Contracts;

    static class Mapper
    {
        public static Outcome ToOutcome(OrderStatus status, OrderStatus other)
        {
            if (other == OrderStatus.PendingCancel)
            {
                return Outcome.Working;
            }

            switch (status)
            {
                case OrderStatus.New:
                    return Outcome.Working;
                case OrderStatus.Filled:
                    return Outcome.Filled;
                default:
                    return Outcome.Canceled;
            }
        }

        public static Outcome Named(OrderStatus status)
        {
            switch (status)
            {
                case OrderStatus.New:
                    return Outcome.Working;
                case OrderStatus.Canceled:
                case [|OrderStatus.PendingCancel|]:
                    return Outcome.Canceled;
                default:
                    return Outcome.Unknown;
            }
        }
    }
}
""");

        [Theory]
        [InlineData(0, 10, false)]  // ends where the first reference starts
        [InlineData(0, 11, true)]
        [InlineData(10, 0, false)]  // an empty span holds nothing
        [InlineData(10, 1, true)]
        [InlineData(11, 9, false)]  // between the two
        [InlineData(11, 10, true)]
        [InlineData(21, 100, false)] // after both
        public void APositionCountsOnlyInsideTheSpan(int start, int length, bool expected)
        {
            var positions = new PendingCancelPositions();
            positions.Add(20);
            positions.Add(10); // met out of order: Seal sorts
            positions.Seal();
            Assert.Equal(expected, positions.AnyWithin(new TextSpan(start, length)));
        }
    }
}
