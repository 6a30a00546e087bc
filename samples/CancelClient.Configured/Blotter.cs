using Clst.Contracts;

namespace CancelClient.Configured;

/// <summary>The desk's code over its own types: the options in .editorconfig make the rules see them.</summary>
public static class Blotter
{
    public static void Tally(Dictionary<string, int> tally, DeskStatus status)
    {
        switch (status) // expect: CLST003
        {
            case DeskStatus.Working:
                tally["working"] = tally.GetValueOrDefault("working") + 1;
                break;
            case DeskStatus.Done:
                tally["done"] = tally.GetValueOrDefault("done") + 1;
                break;
        }
    }

    public static void Expire(List<string> expiring, string orderId, DeskDuration duration)
    {
        switch (duration) // expect: CLST004
        {
            case DeskDuration.Session:
                expiring.Add(orderId);
                break;
        }
    }

    public static void Route(List<string> dark, string orderId, DeskVenue venue)
    {
        switch (venue) // expect: CLST005
        {
            case DeskVenue.Dark:
                dark.Add(orderId);
                break;
        }
    }

    public static decimal Notional(DeskTicket ticket)
    {
        decimal total = 0m;
        total += ticket.AverageFillPrice.GetValueOrDefault() * ticket.Quantity; // expect: CLST002
        return total;
    }

    public static decimal PartnerNotional(PartnerOrder order)
    {
        decimal total = 0m;
        total += order.AverageFillPrice.GetValueOrDefault() * order.FilledQuantity; // expect-unconfigured: CLST002
        return total;
    }

    /// <summary>Throws for the times in force it does not know: deliberate here (clst.enum_match.throwing_default_is_deliberate).</summary>
    public static bool IsAuction(TimeInForce timeInForce) => timeInForce switch // expect-unconfigured: CLST004
    {
        TimeInForce.Day or TimeInForce.GoodTillCancel or TimeInForce.GoodTillDate => false,
        TimeInForce.AtTheOpening or TimeInForce.AtTheClose => true,
        _ => throw new NotSupportedException($"Time in force {timeInForce} is not traded by this desk."),
    };

    /// <summary>Wrong: the desk's own cancel is answered PENDING_CANCEL too, yet the order leaves the book.</summary>
    public static async Task PullAndForgetAsync(DeskGateway gateway, Dictionary<string, DeskTicket> openOrders, string orderId, CancellationToken cancellationToken)
    {
        await gateway.PullAsync(orderId, cancellationToken); // expect: CLST001
        openOrders.Remove(orderId);
    }
}
