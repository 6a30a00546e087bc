using System.Threading.Tasks;
using static Clst.Analyzers.Tests.EnumMatch.EnumMatchTest;

namespace Clst.Analyzers.Tests.EnumMatch
{
    /// <summary>CLST003–CLST005 wherever a match can stand, in both nullable contexts, and never on broken or generated code.</summary>
    public class ContextTests
    {
        private const string Everywhere = """

using System;
using System.Linq;
using System.Threading.Tasks;
using Clst.Contracts;

class C
{
    private readonly Func<OrderStatus, string> _lambda = s => s {|CS8509:{|CLST003:switch|}|}
    {
        OrderStatus.Filled => "filled",
    };

    string Property => OrderStatus.New {|CLST003:switch|}
    {
        OrderStatus.New => "new",
        _ => throw new InvalidOperationException(),
    };

    void LocalFunction(Order order)
    {
        Print(order.TimeInForce);

        static void Print(TimeInForce t)
        {
            {|CLST004:switch|} (t)
            {
                case TimeInForce.Day:
                    Console.WriteLine("day");
                    break;
            }
        }
    }

    async Task<string> AsyncMethod(IClstOrdersClient client, long account, string id)
    {
        {|CLST003:switch|} ((await client.GetOrderByIdAsync(account, id)).Data.Status)
        {
            case OrderStatus.Filled:
                return "filled";
            default:
                throw new InvalidOperationException();
        }
    }

    T Generic<T>(Side side, T buy, T sell) => side {|CS8509:{|CLST005:switch|}|}
    {
        Side.Buy => buy,
        Side.Sell => sell,
    };

    int[] InLinq(Order[] orders) => orders.Select(o => o.OrderType {|CLST005:switch|}
    {
        OrderType.Market => 1,
        _ => throw new NotSupportedException(),
    }).ToArray();

    Func<Task> AsyncLambda(Order order) => async () =>
    {
        await Task.Yield();
        {|CLST003:if|} (order.Status == OrderStatus.Filled)
            Console.WriteLine(1);
        else if (order.Status == OrderStatus.Canceled)
            Console.WriteLine(2);
        else
            throw new InvalidOperationException();
    };
}

""";

        private const string EverywhereCorrect = """

using System;
using System.Linq;
using System.Threading.Tasks;
using Clst.Contracts;

class C
{
    private readonly Func<OrderStatus, string> _lambda = s => s switch
    {
        OrderStatus.Filled => "filled",
        _ => "other",
    };

    void LocalFunction(Order order)
    {
        Print(order.TimeInForce);

        static void Print(TimeInForce t)
        {
            switch (t)
            {
                case TimeInForce.Day:
                    Console.WriteLine("day");
                    break;
                default:
                    Console.WriteLine("not day");
                    break;
            }
        }
    }

    async Task<string> AsyncMethod(IClstOrdersClient client, long account, string id)
    {
        switch ((await client.GetOrderByIdAsync(account, id)).Data.Status)
        {
            case OrderStatus.Filled:
                return "filled";
            default:
                return "not yet";
        }
    }

    int[] InLinq(Order[] orders) => orders.Select(o => o.OrderType switch
    {
        OrderType.Market => 1,
        _ => 0,
    }).ToArray();
}

""";

        [Fact]
        public Task LambdasLocalFunctionsPropertiesAsyncAndGenericsWithNullableEnabled()
            => Analyze(Everywhere).WithCompilerWarnings().VerifyAsync();

        [Fact]
        public Task LambdasLocalFunctionsPropertiesAsyncAndGenericsWithNullableDisabled()
            => Analyze(Everywhere).WithNullable(false).WithCompilerWarnings().VerifyAsync();

        [Fact]
        public Task CorrectTwinsWithNullableEnabled() => Analyze(EverywhereCorrect).WithCompilerWarnings().VerifyAsync();

        [Fact]
        public Task CorrectTwinsWithNullableDisabled() => Analyze(EverywhereCorrect).WithNullable(false).WithCompilerWarnings().VerifyAsync();

        [Fact]
        public Task TopLevelStatements() => Analyze("""

using System;
using Clst.Contracts;

var status = OrderStatus.PendingCancel;
{|CLST003:switch|} (status)
{
    case OrderStatus.Canceled:
        Console.WriteLine("canceled");
        break;
}

Console.WriteLine(status {|CLST003:switch|}
{
    OrderStatus.PendingCancel => "cancel requested",
    _ => throw new InvalidOperationException(),
});

switch (status)
{
    case OrderStatus.Canceled:
        Console.WriteLine("canceled");
        break;
    default:
        Console.WriteLine("not canceled yet");
        break;
}

""").AsProgram().VerifyAsync();

        [Fact]
        public Task ThrowAfterASwitchInTopLevelStatements() => Analyze("""

using System;
using Clst.Contracts;

var side = Side.Buy;
{|CLST005:switch|} (side)
{
    case Side.Buy:
        return;
}

throw new InvalidOperationException();

""").AsProgram().VerifyAsync();

        [Fact]
        public Task PartialClassAcrossFiles() => Analyze("""

using Clst.Contracts;

partial class C
{
    partial void OnStatus(OrderStatus s);
}

""").WithSource("""

using System;
using Clst.Contracts;

partial class C
{
    partial void OnStatus(OrderStatus s)
    {
        {|CLST003:switch|} (s)
        {
            case OrderStatus.Filled:
                Console.WriteLine("filled");
                break;
        }
    }
}

""").VerifyAsync();

        // ------------------------------------------------------------------ code that does not compile yet

        [Fact]
        public Task CaseNamingAMemberThatDoesNotExistIsSilent() => Analyze("""

using System;
using Clst.Contracts;

class C
{
    void M(OrderStatus s)
    {
        switch (s)
        {
            case OrderStatus.Fill:
                break;
            default:
                throw new InvalidOperationException();
        }
    }
}

""").AllowingCompilerErrors().VerifyAsync();

        [Fact]
        public Task HalfTypedSwitchIsSilent() => Analyze("""

using System;
using Clst.Contracts;

class C
{
    void M(OrderStatus s)
    {
        switch (s)
        {
            case OrderStatus.Filled:
                break;
            case OrderStatus.
    }
}

""").AllowingCompilerErrors().VerifyAsync();

        [Fact]
        public Task HalfTypedSwitchExpressionIsSilent() => Analyze("""

using System;
using Clst.Contracts;

class C
{
    int M(OrderStatus s) => s switch
    {
        OrderStatus.Filled => 1,
        OrderStatus.Canceled =>
    };
}

""").AllowingCompilerErrors().VerifyAsync();

        [Fact]
        public Task SwitchOnAnUndeclaredValueIsSilent() => Analyze("""

using System;
using Clst.Contracts;

class C
{
    void M()
    {
        switch (status)
        {
            case OrderStatus.Filled:
                break;
        }

        if (order.Status == OrderStatus.Filled)
            Console.WriteLine(1);
        else if (order.Status == OrderStatus.New)
            Console.WriteLine(2);
        else
            throw new InvalidOperationException();
    }
}

""").AllowingCompilerErrors().VerifyAsync();

        [Fact]
        public Task ErrorElsewhereInTheMethodDoesNotHideAGoodSwitch() => Analyze("""

using System;
using Clst.Contracts;

class C
{
    void M(OrderStatus s)
    {
        Undeclared();
        {|CLST003:switch|} (s)
        {
            case OrderStatus.Filled:
                break;
        }
    }
}

""").AllowingCompilerErrors().VerifyAsync();

        // ------------------------------------------------------------------ generated code

        [Fact]
        public Task GeneratedCodeIsNeverReported() => Analyze("""

// <auto-generated/>
using System;
using Clst.Contracts;

class Generated
{
    void M(OrderStatus s)
    {
        switch (s)
        {
            case OrderStatus.Filled:
                break;
            default:
                throw new InvalidOperationException();
        }
    }
}

""").WithSource("""

using System;
using Clst.Contracts;

[System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
class AlsoGenerated
{
    void M(OrderStatus s)
    {
        switch (s)
        {
            case OrderStatus.Filled:
                break;
        }
    }
}

""").VerifyAsync();
    }
}
