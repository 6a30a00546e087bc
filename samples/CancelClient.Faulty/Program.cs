using CancelClient.Faulty;
using CancelClient.Shared;
using Clst.Contracts;

// The same desk as CancelClient.Correct, written the way the rules say is wrong.
// Every line that ends in an "expect: CLSTnnn" comment gets that diagnostic; "(manual)" marks the ones that have no
// automatic fix (`dotnet format analyzers` leaves them). The gate test in Analyzers.Tests/Package reads these markers.
const long AccountId = 19816;
var api = new SimulatedOrdersApi();
var desk = new OrderDesk(api, AccountId);

desk.Track(api.Place(AccountId, "d40a92e6-381f-4803-b292-56d350d9d54a"));
desk.Track(api.Place(AccountId, "7c1f0b52-0d7e-4d55-9d1e-54b8c1f4a001", outcomeOfCancel: OrderStatus.Filled));

using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
await desk.CancelAndForgetAsync("d40a92e6-381f-4803-b292-56d350d9d54a", timeout.Token);
await desk.CancelAndCheckAsync("7c1f0b52-0d7e-4d55-9d1e-54b8c1f4a001", timeout.Token);

Console.WriteLine($"Open orders left: {desk.OpenOrderIds.Count} (the book says so; the API may disagree)");
