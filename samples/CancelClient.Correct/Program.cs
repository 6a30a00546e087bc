using CancelClient.Correct;
using CancelClient.Shared;
using Clst.Contracts;

// Cancels two orders and books the outcome only once each order is final.
// The API here is an in-memory simulation (../Shared/SimulatedOrdersApi.cs); the code below is written against
// IClstOrdersClient, so a ClstOrdersClient on an authenticated HttpClient drops in unchanged.
const long AccountId = 19816;
var api = new SimulatedOrdersApi();
var desk = new OrderDesk(api, AccountId);

desk.Track(api.Place(AccountId, "d40a92e6-381f-4803-b292-56d350d9d54a"));
desk.Track(api.Place(AccountId, "7c1f0b52-0d7e-4d55-9d1e-54b8c1f4a001", outcomeOfCancel: OrderStatus.Filled));

using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
foreach (var orderId in desk.OpenOrderIds)
{
    var final = await desk.CancelAsync(orderId, timeout.Token);
    Console.WriteLine(OrderReport.Line(final));
}

Console.WriteLine($"Open orders left: {desk.OpenOrderIds.Count}; filled quantity booked: {desk.BookedFilledQuantity}");
