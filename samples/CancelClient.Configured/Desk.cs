using Clst.Contracts;

namespace CancelClient.Configured;

/// <summary>The desk's own order status (clst.order_status_types).</summary>
public enum DeskStatus { Working, CancelRequested, Done, Refused }

/// <summary>The desk's own time in force (clst.time_in_force_types).</summary>
public enum DeskDuration { Session, UntilCanceled, UntilDate, Auction }

/// <summary>The desk's own venue kind (clst.enum_match.additional_enums).</summary>
public enum DeskVenue { Lit, Dark, Internal }

/// <summary>The desk's own view of an order (clst.order_types): AverageFillPrice is the contract's nullable average_fill_price.</summary>
public sealed class DeskTicket
{
    public string OrderId { get; init; } = "";

    public decimal Quantity { get; init; }

    public decimal? AverageFillPrice { get; init; }
}

/// <summary>The desk's own wrapper over the cancel endpoint (clst.cancel_methods).</summary>
public sealed class DeskGateway
{
    private readonly IClstOrdersClient _client;
    private readonly long _accountId;

    public DeskGateway(IClstOrdersClient client, long accountId)
    {
        _client = client;
        _accountId = accountId;
    }

    public Task<CancelOpenOrderResponse> PullAsync(string orderId, CancellationToken cancellationToken) =>
        _client.CancelOpenOrderAsync(_accountId, orderId, cancellationToken);
}

/// <summary>A partner's order model, shaped like the contract's Order: a look-alike (off in this project's .editorconfig).</summary>
public sealed class PartnerOrder
{
    public string Id { get; set; } = "";

    public string Status { get; set; } = "";

    public decimal Quantity { get; set; }

    public decimal FilledQuantity { get; set; }

    public decimal LeavesQuantity { get; set; }

    public decimal? AverageFillPrice { get; set; }
}
