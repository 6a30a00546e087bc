using System.Threading.Tasks;
using Clst.Analyzers.PendingCancel;
using Clst.Analyzers.Tests.Infrastructure;

namespace Clst.Analyzers.Tests.PendingCancel
{
    /// <summary>The configuration keys that matter to CLST001 on look-alike models, and an unrelated enum of the same name (see <see cref="LookalikeModelTests"/>).</summary>
    public partial class LookalikeModelTests
    {
        // ------------------------------------------------------------------ configuration

        [Theory]
        [MemberData(nameof(Shapes))]
        public Task LookalikesOffSilencesLookalikeModels(Shape shape) => On(shape, Forms123.Replace("[|", string.Empty).Replace("|]", string.Empty))
            .WithEditorConfig("clst.lookalike_models = false")
            .VerifyAsync();

        [Fact]
        public Task LookalikesOffKeepsTheShippedModel() => Rule<PendingCancelTreatedAsFinalAnalyzer>.On("""

using Clst.Contracts;

static class Rules
{
    public static bool Grouped(OrderStatus s) => s is OrderStatus.Canceled or [|OrderStatus.PendingCancel|];
}
""")
            .WithSource(Models.NSwag)
            .WithEditorConfig("clst.lookalike_models = false")
            .VerifyAsync();

        private const string OwnClient = """

using System.Collections.Generic;
using System.Threading.Tasks;
using Hand.Client;

namespace Desk
{
    public sealed class Gateway
    {
        public Task<bool> KillAsync(long account, string id) => Task.FromResult(true);
    }

    class Book
    {
        private readonly Dictionary<string, Order> _openOrders = new();

        public async Task CancelAsync(Gateway gateway, long account, string id)
        {
            await {|#0:gateway.KillAsync(account, id)|};
            _openOrders.Remove(id);
        }
    }
}
""";

        [Fact]
        public Task ConfiguredCancelMethodIsFollowed() => Rule<PendingCancelTreatedAsFinalAnalyzer>.On(OwnClient.Replace("{|#0:", "[|").Replace("|}", "|]"))
            .WithoutShippedModel()
            .WithSource(Models.HandWritten)
            .WithEditorConfig("clst.cancel_methods = Desk.Gateway.KillAsync")
            .VerifyAsync();

        [Fact]
        public Task UnconfiguredCancelMethodIsNotFollowed() => Rule<PendingCancelTreatedAsFinalAnalyzer>.On(OwnClient.Replace("{|#0:", string.Empty).Replace("|}", string.Empty))
            .WithoutShippedModel()
            .WithSource(Models.HandWritten)
            .VerifyAsync();

        [Fact]
        public Task ConfiguredStatusTypeIsChecked() => Rule<PendingCancelTreatedAsFinalAnalyzer>.On("""

namespace Desk
{
    public enum State { Working, Done, Killed, KillPending }

    public enum StateWire
    {
        [System.Runtime.Serialization.EnumMember(Value = "NEW")] Working,
        [System.Runtime.Serialization.EnumMember(Value = "FILLED")] Done,
        [System.Runtime.Serialization.EnumMember(Value = "CANCELED")] Killed,
        [System.Runtime.Serialization.EnumMember(Value = "PENDING_CANCEL")] KillPending,
    }

    static class Rules
    {
        public static bool Over(StateWire s) => s is StateWire.Done or StateWire.Killed or [|StateWire.KillPending|];

        public static bool Over(State s) => s is State.Done or State.Killed or State.KillPending;
    }
}
""")
            .WithoutShippedModel()
            .WithEditorConfig("clst.order_status_types = Desk.StateWire")
            .VerifyAsync();

        [Fact]
        public Task UnconfiguredSmallStatusTypeIsNotChecked() => Rule<PendingCancelTreatedAsFinalAnalyzer>.On("""

using Clst.Contracts;

namespace Desk
{
    public enum StateWire
    {
        [System.Runtime.Serialization.EnumMember(Value = "NEW")] Working,
        [System.Runtime.Serialization.EnumMember(Value = "FILLED")] Done,
        [System.Runtime.Serialization.EnumMember(Value = "CANCELED")] Killed,
        [System.Runtime.Serialization.EnumMember(Value = "PENDING_CANCEL")] KillPending,
    }

    static class Rules
    {
        public static bool Over(StateWire s) => s is StateWire.Done or StateWire.Killed or StateWire.KillPending;
    }
}
""").VerifyAsync();

        [Fact]
        public Task AShopsOrderStatusIsNeverChecked() => Rule<PendingCancelTreatedAsFinalAnalyzer>.On("""

using System.Collections.Generic;

namespace Shop
{
    public enum OrderStatus { Pending, PendingCancel, Shipped, Canceled, Delivered }

    static class Rules
    {
        public static bool IsCanceled(OrderStatus s) => s is OrderStatus.Canceled or OrderStatus.PendingCancel;

        public static readonly HashSet<OrderStatus> FinalStatuses = new() { OrderStatus.Canceled, OrderStatus.Delivered, OrderStatus.PendingCancel };
    }
}
""").VerifyAsync();
    }
}
