using CancelClient.Configured;
using CancelClient.Shared;

// A desk that wraps the contract in its own types; .editorconfig tells the rules what those types are.
const long AccountId = 19816;
var api = new SimulatedOrdersApi();
var gateway = new DeskGateway(api, AccountId);
var order = api.Place(AccountId, "d40a92e6-381f-4803-b292-56d350d9d54a");
var openOrders = new Dictionary<string, DeskTicket>
{
    [order.Id] = new DeskTicket { OrderId = order.Id, Quantity = order.Quantity, AverageFillPrice = order.AverageFillPrice },
};

using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
await Blotter.PullAndForgetAsync(gateway, openOrders, order.Id, timeout.Token);
Console.WriteLine($"Open orders left: {openOrders.Count} (the book says so; the API may disagree)");
