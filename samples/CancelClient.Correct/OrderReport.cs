using Clst.Contracts;

namespace CancelClient.Correct;

/// <summary>Describes orders for a report: every status and time in force named, every optional field's null handled.</summary>
public static class OrderReport
{
    public static string Line(Order order)
    {
        var instrument = order.Symbol ?? order.InstrumentId ?? "(no single instrument)";
        var average = order.AverageFillPrice is { } price ? price.ToString("0.00##") : "no fill yet";
        return $"{order.Id}: {instrument} {Outcome(order.Status)}, {order.FilledQuantity}/{order.Quantity} filled at {average}, {Horizon(order.TimeInForce)}";
    }

    /// <summary>Every status, grouped by its lifecycle group; a value added by a later API version reads as Other.</summary>
    public static string Outcome(OrderStatus status) => status switch
    {
        OrderStatus.Filled => "filled",
        OrderStatus.Canceled => "canceled",
        OrderStatus.Rejected => "rejected",
        OrderStatus.Expired => "expired",
        OrderStatus.Replaced => "replaced",
        OrderStatus.PendingNew or OrderStatus.PendingCancel or OrderStatus.PendingReplace => "pending (may still fill)",
        OrderStatus.New or OrderStatus.PartiallyFilled or OrderStatus.Stopped or OrderStatus.Suspended or OrderStatus.Calculated => "working",
        OrderStatus.DoneForDay => "done for the day",
        OrderStatus.Other => "unknown status",
        _ => "unknown status",
    };

    /// <summary>How long the order may work: every time in force named.</summary>
    public static string Horizon(TimeInForce timeInForce)
    {
        switch (timeInForce)
        {
            case TimeInForce.Day:
                return "for the day";
            case TimeInForce.GoodTillCancel:
                return "until canceled";
            case TimeInForce.GoodTillDate:
                return "until its expiry date";
            case TimeInForce.ImmediateOrCancel:
            case TimeInForce.FillOrKill:
                return "immediately or never";
            case TimeInForce.AtTheOpening:
            case TimeInForce.AtTheClose:
            case TimeInForce.GoodTillCrossing:
            case TimeInForce.GoodThroughCrossing:
            case TimeInForce.AtCrossing:
                return "in an auction";
            case TimeInForce.Other:
            default:
                return "on terms this client does not know";
        }
    }
}
