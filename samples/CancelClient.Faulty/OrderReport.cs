using Clst.Contracts;

namespace CancelClient.Faulty;

/// <summary>Describes orders for a report, reading optional fields as if always present and matching a few statuses.</summary>
public static class OrderReport
{
    public static void AddTicker(List<string> tickers, Order order)
    {
        tickers.Add(order.Symbol!.ToUpperInvariant()); // expect: CLST002
    }

    public static decimal Notional(Order order)
    {
        decimal total = 0m;
        total += order.AverageFillPrice.GetValueOrDefault() * order.FilledQuantity; // expect: CLST002
        return total;
    }

    /// <summary>Wrong: names three statuses of fifteen; the rest, Other included, are silently ignored.</summary>
    public static (int Working, int Filled) Count(IEnumerable<Order> orders)
    {
        int working = 0, filled = 0;
        foreach (var order in orders)
        {
            switch (order.Status) // expect: CLST003
            {
                case OrderStatus.New:
                case OrderStatus.PartiallyFilled:
                    working++;
                    break;
                case OrderStatus.Filled:
                    filled++;
                    break;
            }
        }

        return (working, filled);
    }

    /// <summary>Wrong: names two times in force of eleven and throws for the rest: a new API value is a crash.</summary>
    public static TimeSpan Horizon(TimeInForce timeInForce) => timeInForce switch // expect: CLST004
    {
        TimeInForce.Day => TimeSpan.FromHours(8),
        TimeInForce.GoodTillCancel => TimeSpan.FromDays(90),
        _ => throw new ArgumentOutOfRangeException(nameof(timeInForce), timeInForce, "Unexpected time in force."),
    };
}
