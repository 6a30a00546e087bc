using System.Threading.Tasks;
using Clst.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static Clst.Analyzers.Tests.EnumMatch.EnumMatchTest;

namespace Clst.Analyzers.Tests.EnumMatch
{
    /// <summary>
    /// CLST003–CLST005 on users' own models (Kiota, NSwag, hand-written shapes, <see cref="Models"/>), the
    /// <c>.editorconfig</c> keys that steer recognition, and the unrelated enums that must never be checked.
    /// </summary>
    public partial class LookalikeModelTests
    {
        // ------------------------------------------------------------------ Kiota: members PENDING_CANCEL, every property nullable

        [Fact]
        public Task KiotaFlaggedForms() => Analyze("""

using System;
using Kiota.Client.Models;

class C
{
    void Statement(Order order)
    {
        {|CLST003:switch|} (order.Status)
        {
            case OrderStatus.FILLED:
                Console.WriteLine("filled");
                break;
            case null:
                break;
        }
    }

    int Expression(Order order) => order.TimeInForce {|CS8509:{|CLST004:switch|}|}
    {
        TimeInForce.DAY => 1,
        TimeInForce.GOOD_TILL_CANCEL => 2,
    };

    void Chain(Order order)
    {
        {|CLST005:if|} (order.Side == Side.BUY)
            Console.WriteLine(1);
        else if (order.Side == Side.SELL)
            Console.WriteLine(-1);
        else
            throw new NotSupportedException();
    }
}

""").WithoutShippedModel().WithSource(Models.Kiota).WithCompilerWarnings().VerifyAsync();

        [Fact]
        public Task KiotaMessageNamesTheWireNamedMembers() => Analyze("""

using Kiota.Client.Models;

class C
{
    int M(TimeInForce t) => t switch
    {
        TimeInForce.DAY => 1,
        _ => throw new System.NotSupportedException(),
    };
}

""").WithoutShippedModel().WithSource(Models.Kiota).Expecting(new DiagnosticResult("CLST004", DiagnosticSeverity.Warning)
            .WithSpan(6, 31, 6, 37)
            .WithArguments("TimeInForce", "9", "10", "GOOD_TILL_CANCEL, IMMEDIATE_OR_CANCEL, FILL_OR_KILL and 6 more", "thrown at run time by the fallback"))
            .VerifyAsync();

        [Fact]
        public Task KiotaCorrectTwins() => Analyze("""

using System;
using Kiota.Client.Models;

class C
{
    void Statement(Order order)
    {
        switch (order.Status)
        {
            case OrderStatus.FILLED:
                Console.WriteLine("filled");
                break;
            default:
                Console.WriteLine("not filled");
                break;
        }
    }

    int Expression(Order order) => order.TimeInForce switch
    {
        TimeInForce.DAY => 1,
        TimeInForce.GOOD_TILL_CANCEL => 2,
        _ => 0,
    };

    void Chain(Order order)
    {
        if (order.Side == Side.BUY)
            Console.WriteLine(1);
        else if (order.Side == Side.SELL)
            Console.WriteLine(-1);
        else
            Console.WriteLine(0);
    }
}

""").WithoutShippedModel().WithSource(Models.Kiota).WithCompilerWarnings().VerifyAsync();

        // ------------------------------------------------------------------ NSwag: PascalCase members with [EnumMember], explicit values

        [Fact]
        public Task NSwagFlaggedForms() => Analyze("""

using System;
using NSwag.Client;

class C
{
    string Expression(Order order) => order.Status {|CLST003:switch|}
    {
        OrderStatus.Filled => "filled",
        OrderStatus.PendingCancel => "cancel requested",
        _ => throw new InvalidOperationException(),
    };

    void Statement(Order order)
    {
        {|CLST005:switch|} (order.Order_type)
        {
            case OrderType.Limit:
                Console.WriteLine(order.Limit_price);
                break;
        }
    }

    void Chain(Order order)
    {
        {|CLST004:if|} (order.Time_in_force is TimeInForce.Day)
            Console.WriteLine(1);
        else if (order.Time_in_force is TimeInForce.GoodTillCancel or TimeInForce.GoodTillDate)
            Console.WriteLine(2);
        else
            throw new NotSupportedException();
    }
}

""").WithoutShippedModel().WithSource(Models.NSwag).VerifyAsync();

        [Fact]
        public Task NSwagCorrectTwins() => Analyze("""

using System;
using NSwag.Client;

class C
{
    string Expression(Order order) => order.Status switch
    {
        OrderStatus.Filled => "filled",
        OrderStatus.PendingCancel => "cancel requested",
        _ => "other",
    };

    void Statement(Order order)
    {
        switch (order.Order_type)
        {
            case OrderType.Limit:
                Console.WriteLine(order.Limit_price);
                break;
            default:
                break;
        }
    }
}

""").WithoutShippedModel().WithSource(Models.NSwag).VerifyAsync();

        // ------------------------------------------------------------------ hand-written: PascalCase, no attributes

        [Fact]
        public Task HandWrittenFlaggedFormsAndTwins() => Analyze("""

using System;
using Hand.Client;

class C
{
    void Flagged(Order order)
    {
        {|CLST004:switch|} (order.TimeInForce)
        {
            case TimeInForce.Day:
                Console.WriteLine("day");
                break;
        }

        var label = order.Status {|CLST003:switch|}
        {
            OrderStatus.New or OrderStatus.PartiallyFilled => "working",
            _ => throw new InvalidOperationException(),
        };
    }

    void Silent(Order order)
    {
        switch (order.TimeInForce)
        {
            case TimeInForce.Day:
                Console.WriteLine("day");
                break;
            default:
                Console.WriteLine("multi-day");
                break;
        }

        var label = order.Status switch
        {
            OrderStatus.New or OrderStatus.PartiallyFilled => "working",
            _ => "other",
        };
    }
}

""").WithoutShippedModel().WithSource(Models.HandWritten).VerifyAsync();

        [Fact]
        public Task KiotasStrictRequestEnumIsTheTimeInForce() => Analyze("""

using System.Runtime.Serialization;

namespace Kiota.Client.Models
{
    public enum RequestTimeInForce
    {
        [EnumMember(Value = "DAY")] DAY,
        [EnumMember(Value = "GOOD_TILL_CANCEL")] GOOD_TILL_CANCEL,
        [EnumMember(Value = "IMMEDIATE_OR_CANCEL")] IMMEDIATE_OR_CANCEL,
        [EnumMember(Value = "FILL_OR_KILL")] FILL_OR_KILL,
        [EnumMember(Value = "GOOD_TILL_DATE")] GOOD_TILL_DATE,
        [EnumMember(Value = "AT_THE_OPENING")] AT_THE_OPENING,
        [EnumMember(Value = "AT_THE_CLOSE")] AT_THE_CLOSE,
        [EnumMember(Value = "GOOD_TILL_CROSSING")] GOOD_TILL_CROSSING,
        [EnumMember(Value = "GOOD_THROUGH_CROSSING")] GOOD_THROUGH_CROSSING,
        [EnumMember(Value = "AT_CROSSING")] AT_CROSSING,
    }

    class C
    {
        string M(RequestTimeInForce t) => t {|CLST004:switch|}
        {
            RequestTimeInForce.DAY => "day",
            _ => throw new System.NotSupportedException(),
        };
    }
}

""").WithoutShippedModel().VerifyAsync();
    }
}
