using System.Threading.Tasks;
using Clst.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using static Clst.Analyzers.Tests.EnumMatch.EnumMatchTest;

namespace Clst.Analyzers.Tests.EnumMatch
{
    /// <summary>The enum rules on look-alike models (continued): no false friends (a shop's own order status), and the configuration keys.</summary>
    public partial class LookalikeModelTests
    {
        // ------------------------------------------------------------------ no false friends

        private const string ShopCode = """

using System;

namespace Shop
{
    public enum OrderStatus { Pending, Shipped, Canceled }

    public enum Fulfilment { New, Filled, Canceled, Shipped, Returned }

    class C
    {
        void M(OrderStatus s, Fulfilment f)
        {
            switch (s)
            {
                case OrderStatus.Pending:
                    break;
            }

            var text = s switch
            {
                OrderStatus.Shipped => "shipped",
                _ => throw new InvalidOperationException(),
            };

            switch (f)
            {
                case Fulfilment.Filled:
                    break;
                default:
                    throw new InvalidOperationException();
            }

            if (s == OrderStatus.Pending)
                Console.WriteLine(1);
            else if (s == OrderStatus.Shipped)
                Console.WriteLine(2);
            else
                throw new InvalidOperationException();
        }
    }
}

""";

        [Fact]
        public Task ShopsOwnOrderStatusIsNeverCheckedBesideTheShippedModel() => Analyze(ShopCode).VerifyAsync();

        [Fact]
        public Task ShopsOwnOrderStatusIsNeverCheckedBesideALookalikeModel()
            => Analyze(ShopCode).WithoutShippedModel().WithSource(Models.Kiota).VerifyAsync();

        [Fact]
        public Task ShopsOwnOrderStatusIsNeverCheckedAlone() => Analyze(ShopCode).WithoutShippedModel().VerifyAsync();

        // ------------------------------------------------------------------ configuration

        [Fact]
        public Task LookalikeRecognitionCanBeTurnedOff() => Analyze("""

using System;

class C
{
    void Lookalike(Kiota.Client.Models.Order order)
    {
        switch (order.Status)
        {
            case Kiota.Client.Models.OrderStatus.FILLED:
                break;
        }
    }

    void Shipped(Clst.Contracts.Order order)
    {
        {|CLST003:switch|} (order.Status)
        {
            case Clst.Contracts.OrderStatus.Filled:
                break;
        }
    }
}

""").WithSource(Models.Kiota).WithEditorConfig("clst.lookalike_models = false").VerifyAsync();

        [Fact]
        public Task TypesNamedAsOrderStatusAndTimeInForceAreChecked() => Analyze("""

using System;

namespace Desk
{
    public enum State { Open, PendingCancel, Done }

    public enum Validity { Session, UntilCanceled }

    class C
    {
        void M(State s, Validity v)
        {
            {|CLST003:switch|} (s)
            {
                case State.Open:
                    break;
            }

            {|CLST004:switch|} (v)
            {
                case Validity.Session:
                    break;
                default:
                    throw new NotSupportedException();
            }
        }
    }
}

""").WithoutShippedModel().WithEditorConfig("clst.order_status_types = Desk.State", "clst.time_in_force_types = global::Desk.Validity").VerifyAsync();

        [Fact]
        public Task TypesNotNamedStaySilent() => Analyze("""

using System;

namespace Desk
{
    public enum State { Open, PendingCancel, Done }

    class C
    {
        void M(State s)
        {
            switch (s)
            {
                case State.Open:
                    break;
            }
        }
    }
}

""").WithoutShippedModel().WithEditorConfig("clst.order_status_types = Desk.Other").VerifyAsync();
    }
}
