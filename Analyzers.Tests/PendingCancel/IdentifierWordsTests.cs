using Clst.Analyzers.PendingCancel;

namespace Clst.Analyzers.Tests.PendingCancel
{
    /// <summary>The heuristic over users' own names: what says "final", and what says "in flight" or "may I send a request".</summary>
    public class IdentifierWordsTests
    {
        [Theory]
        [InlineData("IsCanceled")]
        [InlineData("isCancelled")]
        [InlineData("IsDone")]
        [InlineData("FinalStatuses")]
        [InlineData("s_terminal")]
        [InlineData("IS_CLOSED")]
        [InlineData("Completed")]
        [InlineData("HasFinished")]
        [InlineData("Closed")]
        public void TheseSayFinal(string name) => Assert.True(IdentifierWords.SaysFinal(name));

        [Theory]
        [InlineData("IsNotDone")]
        [InlineData("IsCancelPending")]
        [InlineData("cancelRequested")]
        [InlineData("IsOpen")]
        [InlineData("Cancelling")]
        [InlineData("Cancel pending")]
        [InlineData("IsCanceledOrPending")]
        [InlineData("ShouldStop")]
        [InlineData("Statuses")]
        [InlineData(null)]
        public void TheseDoNotSayFinal(string? name) => Assert.False(IdentifierWords.SaysFinal(name));

        [Theory]
        [InlineData("CanCancel")]
        [InlineData("ordersToCancel")]
        [InlineData("CanModify")]
        [InlineData("IsReplaceable")]
        [InlineData("cancelAlreadyRequested")]
        [InlineData("InFlight")]
        [InlineData("Canceling")]
        public void TheseSayInFlightOrAskWhetherARequestMayBeSent(string name) => Assert.True(IdentifierWords.SaysInFlightOrCancelable(name));

        [Theory]
        [InlineData("ShouldStop")]
        [InlineData("IsDone")]
        [InlineData("OpenOrders")]
        [InlineData("HandleCancel")]
        public void TheseDoNot(string name) => Assert.False(IdentifierWords.SaysInFlightOrCancelable(name));

        [Fact]
        public void WordsSplitOnCaseUnderscoresAndSpaces()
            => Assert.Equal(new[] { "is", "cancel", "pending", "now", "ok" }, IdentifierWords.Split("IsCancel_PENDING now-OK"));
    }
}
