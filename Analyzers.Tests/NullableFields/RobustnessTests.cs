using System.Threading.Tasks;
using Clst.Analyzers.NullableFields;
using Clst.Analyzers.Tests.Infrastructure;

namespace Clst.Analyzers.Tests.NullableFields
{
    /// <summary>Many language forms around the nineteen fields: no crash (AD0001), and only the marked uses reported.</summary>
    public class RobustnessTests
    {
        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public Task KitchenSink(bool nullable)
        {
            // Nullable enabled: every use marked here is one the compiler reports itself (CS8602/CS8629), so CLST002 is silent.
            var source = KitchenSinkSource.Replace("#nullable disable", nullable ? "#nullable enable" : "#nullable disable");
            if (nullable)
            {
                source = source.Replace("[|", string.Empty).Replace("|]", string.Empty);
            }

            return Rule<NullableOptionalFieldAnalyzer>.On(source).WithNullable(nullable).VerifyAsync();
        }

        private const string KitchenSinkSource = Code.Usings + """"

#nullable disable
using System.Collections.Concurrent;
using System.Threading;

record OrderView(Order Order)
{
    public int Length { get; } = Order.Symbol?.Length ?? 0;
    public decimal Limit => Order.LimitPrice ?? 0m;
}

class Holder(Order order)
{
    private readonly int _length = [|order.Symbol|].Length;
    public int Length => _length;
}

class C
{
    private Order _order = new Order();
    private readonly ConcurrentDictionary<string, Order> _book = new();

    async IAsyncEnumerable<int> Stream(IAsyncEnumerable<Order> orders, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken token = default)
    {
        await foreach (var o in orders.WithCancellation(token))
        {
            if (o.Details is not { Count: > 0 } details) continue;
            yield return details[0].Length + o.Details.Count;
        }
    }

    int Tuples(Order order)
    {
        var (symbol, limit) = (order.Symbol, order.LimitPrice);
        var pair = (order.Symbol, order.StopPrice);
        return symbol.Length + (int)limit.GetValueOrDefault(1) + pair.Item1.Length;
    }

    int Patterns(object value) => value switch
    {
        Order { Symbol: { Length: > 0 } s } o => s.Length + o.Symbol.Length,
        Order { AverageFillPrice: decimal p } => (int)p,
        Order o when o.ExpiresAt is not null => o.ExpiresAt.Value.Day,
        Order o => [|o.Details|].Count,
        _ => 0,
    };

    int Jumps(Order order, int n)
    {
        if (n > 3) goto done;
        if (order.Symbol == null) goto done;
        return order.Symbol.Length;
    done:
        return -1;
    }

    int Filters(Order order)
    {
        try
        {
            return int.Parse(order.Venue);
        }
        catch (FormatException) when (order.Symbol != null)
        {
            return order.Symbol.Length;
        }
        finally
        {
            Console.WriteLine(order.Venue);
        }
    }

    void Locks(Order order)
    {
        lock (_book)
        {
            using var cts = new CancellationTokenSource();
            checked
            {
                var n = order.InstrumentId?.Length + 1;
            }
        }
    }

    void Ranges(Order order)
    {
        if (order.Symbol is { Length: > 2 } symbol)
        {
            var head = symbol[..2];
            var last = order.Symbol[^1];
        }

        Span<int> buffer = stackalloc int[4];
        int[] array = [1, 2, 3];
        var raw = """
            raw {order.Symbol}
            """;
        var view = new OrderView(order) with { Order = order };
    }

    void Refs(Order order)
    {
        ref Order alias = ref _order;
        alias = order;
        Interlocked.Exchange(ref _order, order);
        if (_order.Symbol != null) Console.WriteLine(_order.Symbol.Length);
    }

    void Events(Order order)
    {
        EventHandler handler = (sender, args) => Console.WriteLine([|order.ReleasesAt.Value|]);
        handler(this, EventArgs.Empty);
    }

    void Loops(IEnumerable<Order> orders)
    {
        foreach (var (o, i) in orders.Select((o, i) => (o, i)))
        {
            Console.WriteLine(o.Symbol);
        }

        for (var e = orders.GetEnumerator(); e.MoveNext();)
        {
            if (e.Current.Symbol is null) break;
            Console.WriteLine(e.Current.Symbol.Length);
        }

        do
        {
            Console.WriteLine(orders.First().TrailingOffsetType ?? TrailingOffsetType.Price);
        }
        while (orders.Any(o => o.QueueState == QueueState.AwaitingRelease));
    }

    decimal Generic<T>(T item) where T : class => item is Order { AverageFillPrice: { } p } ? p : item is Order o ? [|o.LimitPrice.Value|] : 0m;

    static decimal Conditional(Order order, bool flag)
    {
        var px = flag ? order.AverageFillPrice : order.LimitPrice;
        return px.Value;
    }
}

"""";
    }
}
