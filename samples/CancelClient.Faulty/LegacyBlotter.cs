#nullable disable
// Older code with the nullable context disabled: the compiler says nothing here, CLST002 does.
using Clst.Contracts;

namespace CancelClient.Faulty;

public static class LegacyBlotter
{
    public static int SymbolColumnWidth(IEnumerable<Order> orders)
    {
        int width = 6;
        foreach (var order in orders)
        {
            width = Math.Max(width, order.Symbol.Length); // expect: CLST002
        }

        return width;
    }

    public static decimal LimitExposure(Order order)
    {
        decimal exposure = 0m;
        exposure += order.LimitPrice.Value * order.LeavesQuantity; // expect: CLST002
        return exposure;
    }
}
