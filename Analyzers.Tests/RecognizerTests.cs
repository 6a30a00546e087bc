using System;
using System.Linq;
using Clst.Analyzers.Recognition;
using Clst.Analyzers.Tests.Infrastructure;
using Clst.Contracts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Clst.Analyzers.Tests
{
    public class RecognizerTests
    {
        private static ContractRecognizer Recognize(Compilation compilation)
            => ContractRecognizer.TryGet(compilation, new AnalyzerOptions(default))
               ?? throw new InvalidOperationException("no contract found");

        [Fact]
        public void LifecycleGroupsAreTheModelsIsFinalAndIsPending()
        {
            // One source of truth by wire name in the analyzers, one in the model: they must agree member by member.
            var compilation = TestCompilation.Create("class C { }");
            var recognizer = Recognize(compilation);
            var status = compilation.GetTypeByMetadataName("Clst.Contracts.OrderStatus")!;
            foreach (OrderStatus value in Enum.GetValues(typeof(OrderStatus)))
            {
                var field = status.GetMembers(value.ToString()).OfType<IFieldSymbol>().Single();
                var group = recognizer.GetStatusGroup(field);
                Assert.Equal(value.IsFinal(), group == LifecycleGroup.Final);
                Assert.Equal(value.IsPending(), group == LifecycleGroup.Pending);
            }

            Assert.Equal(15, Enum.GetValues(typeof(OrderStatus)).Length);
        }

        [Fact]
        public void ShippedEnumsAreRecognised()
        {
            var compilation = TestCompilation.Create("class C { }");
            var recognizer = Recognize(compilation);
            foreach (var kind in Enum.GetValues(typeof(ContractEnum)).Cast<ContractEnum>().Where(k => k != ContractEnum.None))
            {
                var type = compilation.GetTypeByMetadataName("Clst.Contracts." + kind)!;
                Assert.Equal(kind, recognizer.GetContractEnum(type));
                Assert.Equal(ContractTerms.EnumWireNames[kind], recognizer.GetEnumMembers(type).Select(m => m.WireName));
            }
        }

        [Fact]
        public void ShippedOrderHasNineteenNullableOptionalFields()
        {
            var compilation = TestCompilation.Create("class C { }");
            var recognizer = Recognize(compilation);
            var order = compilation.GetTypeByMetadataName("Clst.Contracts.Order")!;
            var nullable = order.GetMembers().OfType<IPropertySymbol>().Where(p => recognizer.GetNullableOrderField(p) != null).Select(p => p.Name).ToList();
            Assert.Equal(19, nullable.Count);
            Assert.Contains("AverageFillPrice", nullable);
            Assert.DoesNotContain("FilledQuantity", nullable);
        }

        [Fact]
        public void ExecutionFiguresAreTheThreeThatMoveUntilFinal()
        {
            var compilation = TestCompilation.Create(new[] { Infrastructure.Models.NSwag }, withModel: true);
            var recognizer = Recognize(compilation);
            var shipped = compilation.GetTypeByMetadataName("Clst.Contracts.Order")!;
            var figures = shipped.GetMembers().OfType<IPropertySymbol>().Where(recognizer.IsExecutionFigure).Select(p => p.Name).OrderBy(n => n);
            Assert.Equal(new[] { "AverageFillPrice", "FilledQuantity", "LeavesQuantity" }, figures);
            var nswag = compilation.GetTypeByMetadataName("NSwag.Client.Order")!;
            Assert.True(recognizer.IsExecutionFigure((IPropertySymbol)nswag.GetMembers("Filled_quantity").Single()));
            Assert.False(recognizer.IsExecutionFigure((IPropertySymbol)nswag.GetMembers("Quantity").Single()));
        }

        [Theory]
        [InlineData("OrderType", "Limit", "LimitPrice")]
        [InlineData("OrderType", "StopLimit", "LimitPrice,StopPrice")]
        [InlineData("OrderType", "Stop", "StopPrice")]
        [InlineData("OrderType", "TrailingStopLimit", "LimitOffset,TrailingOffset,TrailingOffsetType")]
        [InlineData("OrderType", "Market", "")]
        [InlineData("TimeInForce", "GoodTillDate", "ExpiresAt")]
        [InlineData("TimeInForce", "Day", "")]
        [InlineData("Status", "Filled", "AverageFillPrice")]
        [InlineData("Status", "PendingCancel", "")]
        public void FieldsPresentForAValueOfTheOrder(string property, string member, string present)
        {
            var compilation = TestCompilation.Create("class C { }");
            var recognizer = Recognize(compilation);
            var order = compilation.GetTypeByMetadataName("Clst.Contracts.Order")!;
            var deciding = order.GetMembers(property).OfType<IPropertySymbol>().Single();
            var value = ((INamedTypeSymbol)deciding.Type).GetMembers(member).OfType<IFieldSymbol>().Single();
            var names = recognizer.GetFieldsPresentWhen(deciding, value).Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal);
            Assert.Equal(present, string.Join(",", names));
        }

        [Theory]
        [InlineData("PendingCancel", "PENDING_CANCEL")]
        [InlineData("PENDING_CANCEL", "PENDING_CANCEL")]
        [InlineData("Pending_cancel", "PENDING_CANCEL")]
        [InlineData("GoodTillCancel", "GOOD_TILL_CANCEL")]
        [InlineData("Bps", "BPS")]
        [InlineData("@New", "NEW")]
        public void EnumMemberNamesBecomeWireNames(string name, string wire)
            => Assert.Equal(wire, WireNames.ToSnake(name).ToUpperInvariant());

        [Theory]
        [InlineData("AverageFillPrice", "average_fill_price")]
        [InlineData("Average_fill_price", "average_fill_price")]
        [InlineData("TrailingLimitPx", "trailing_limit_px")]
        public void PropertyNamesBecomeWireNames(string name, string wire)
            => Assert.Equal(wire, WireNames.ToSnake(name).ToLowerInvariant());

        private const string KiotaStatus = """

namespace Gen.Models {
    public enum OrderStatus {
        [System.Runtime.Serialization.EnumMember(Value = "PENDING_NEW")] PENDING_NEW,
        [System.Runtime.Serialization.EnumMember(Value = "NEW")] NEW,
        [System.Runtime.Serialization.EnumMember(Value = "PARTIALLY_FILLED")] PARTIALLY_FILLED,
        [System.Runtime.Serialization.EnumMember(Value = "FILLED")] FILLED,
        [System.Runtime.Serialization.EnumMember(Value = "CANCELED")] CANCELED,
        [System.Runtime.Serialization.EnumMember(Value = "REJECTED")] REJECTED,
        [System.Runtime.Serialization.EnumMember(Value = "EXPIRED")] EXPIRED,
        [System.Runtime.Serialization.EnumMember(Value = "PENDING_CANCEL")] PENDING_CANCEL,
        [System.Runtime.Serialization.EnumMember(Value = "PENDING_REPLACE")] PENDING_REPLACE,
        [System.Runtime.Serialization.EnumMember(Value = "REPLACED")] REPLACED,
        [System.Runtime.Serialization.EnumMember(Value = "DONE_FOR_DAY")] DONE_FOR_DAY,
        [System.Runtime.Serialization.EnumMember(Value = "STOPPED")] STOPPED,
        [System.Runtime.Serialization.EnumMember(Value = "SUSPENDED")] SUSPENDED,
        [System.Runtime.Serialization.EnumMember(Value = "CALCULATED")] CALCULATED,
        [System.Runtime.Serialization.EnumMember(Value = "OTHER")] OTHER,
    }
    public class Order {
        public string? Id { get; set; }
        public OrderStatus? Status { get; set; }
        public string? FilledQuantity { get; set; }
        public string? LeavesQuantity { get; set; }
        public string? AverageFillPrice { get; set; }
        public string? Symbol { get; set; }
    }
}
namespace Gen.V1.Accounts.Item.Orders.Item {
    public class WithOrder_ItemRequestBuilder {
        public System.Threading.Tasks.Task<Gen.Models.Order?> DeleteAsync() => System.Threading.Tasks.Task.FromResult<Gen.Models.Order?>(null);
        public System.Threading.Tasks.Task<Gen.Models.Order?> GetAsync() => System.Threading.Tasks.Task.FromResult<Gen.Models.Order?>(null);
    }
}
""";

        [Fact]
        public void KiotaShapedModelIsRecognised()
        {
            var compilation = TestCompilation.Create(new[] { KiotaStatus }, withModel: false);
            var recognizer = Recognize(compilation);
            var status = compilation.GetTypeByMetadataName("Gen.Models.OrderStatus")!;
            Assert.Equal(ContractEnum.OrderStatus, recognizer.GetContractEnum(status));
            var pendingCancel = (IFieldSymbol)status.GetMembers("PENDING_CANCEL").Single();
            Assert.True(recognizer.IsStatus(pendingCancel, ContractTerms.PendingCancel));
            Assert.Equal(LifecycleGroup.Pending, recognizer.GetStatusGroup(pendingCancel));
            var order = compilation.GetTypeByMetadataName("Gen.Models.Order")!;
            Assert.True(recognizer.IsOrderType(order));
            Assert.NotNull(recognizer.GetNullableOrderField((IPropertySymbol)order.GetMembers("AverageFillPrice").Single()));
            Assert.Null(recognizer.GetNullableOrderField((IPropertySymbol)order.GetMembers("FilledQuantity").Single()));
            var builder = compilation.GetTypeByMetadataName("Gen.V1.Accounts.Item.Orders.Item.WithOrder_ItemRequestBuilder")!;
            Assert.True(recognizer.IsCancelOperation((IMethodSymbol)builder.GetMembers("DeleteAsync").Single()));
            Assert.True(recognizer.IsGetOrder((IMethodSymbol)builder.GetMembers("GetAsync").Single()));
        }

        [Fact]
        public void NSwagShapedPropertiesAreReadByTheirJsonAttribute()
        {
            var source = """

namespace Shop {
    public class JsonPropertyAttribute : System.Attribute { public JsonPropertyAttribute(string name) { } }
    public enum Status { Pending_new, New, Partially_filled, Filled, Canceled, Rejected, Expired, Pending_cancel, Pending_replace, Replaced, Done_for_day, Stopped, Suspended, Calculated }
    public class TradeOrder {
        [JsonProperty("id")] public string Ident { get; set; } = "";
        [JsonProperty("status")] public Status State { get; set; }
        [JsonProperty("filled_quantity")] public string Filled { get; set; } = "";
        [JsonProperty("leaves_quantity")] public string Leaves { get; set; } = "";
        [JsonProperty("average_fill_price")] public string? Px { get; set; }
    }
}
""";
            var compilation = TestCompilation.Create(new[] { source }, withModel: false);
            var recognizer = Recognize(compilation);
            Assert.Equal(ContractEnum.OrderStatus, recognizer.GetContractEnum(compilation.GetTypeByMetadataName("Shop.Status")));
            var order = compilation.GetTypeByMetadataName("Shop.TradeOrder")!;
            var field = recognizer.GetNullableOrderField((IPropertySymbol)order.GetMembers("Px").Single());
            Assert.Equal("average_fill_price", field?.WireName);
        }

        [Fact]
        public void AShopsOrderStatusIsNoFalseFriend()
        {
            var source = """

namespace Shop {
    public enum OrderStatus { Pending, Shipped, Canceled, Delivered }
    public enum Side { Left, Right }
    public enum TimeInForce { Day, Week }
    public class Order { public OrderStatus Status { get; set; } public string? Symbol { get; set; } public int Id { get; set; } }
}
""";
            // The shipped model is referenced, so the recogniser exists; the shop's types are still not the contract's.
            var compilation = TestCompilation.Create(new[] { source }, withModel: true);
            var recognizer = Recognize(compilation);
            Assert.Equal(ContractEnum.None, recognizer.GetContractEnum(compilation.GetTypeByMetadataName("Shop.OrderStatus")));
            Assert.Equal(ContractEnum.None, recognizer.GetContractEnum(compilation.GetTypeByMetadataName("Shop.Side")));
            Assert.Equal(ContractEnum.None, recognizer.GetContractEnum(compilation.GetTypeByMetadataName("Shop.TimeInForce")));
            Assert.False(recognizer.IsOrderType(compilation.GetTypeByMetadataName("Shop.Order")));
        }

        [Fact]
        public void ACompilationWithoutTheContractHasNoRecogniser()
        {
            var compilation = TestCompilation.Create(new[] { "enum OrderStatus { Pending, Shipped } class C { }" }, withModel: false);
            Assert.Null(ContractRecognizer.TryGet(compilation, new AnalyzerOptions(default)));
        }

        [Fact]
        public void LookalikesCanBeTurnedOff()
        {
            var compilation = TestCompilation.Create(new[] { KiotaStatus }, withModel: true);
            var options = new AnalyzerOptions(default, new TestConfigOptionsProvider(("clst.lookalike_models", "false")));
            var recognizer = ContractRecognizer.TryGet(compilation, options)!;
            Assert.Equal(ContractEnum.None, recognizer.GetContractEnum(compilation.GetTypeByMetadataName("Gen.Models.OrderStatus")));
            Assert.Equal(ContractEnum.OrderStatus, recognizer.GetContractEnum(compilation.GetTypeByMetadataName("Clst.Contracts.OrderStatus")));
        }

        [Fact]
        public void ConfiguredTypesAreRecognised()
        {
            var source = "namespace My { public enum Phase { A, B, C } public class Ticket { public Phase Status { get; set; } public string? Symbol { get; set; } } public class Api { public void Kill() { } } }";
            var compilation = TestCompilation.Create(new[] { source }, withModel: false);
            var options = new AnalyzerOptions(default, new TestConfigOptionsProvider(
                ("clst.order_status_types", "My.Phase"), ("clst.order_types", "My.Ticket"), ("clst.cancel_methods", "My.Api.Kill")));
            var recognizer = ContractRecognizer.TryGet(compilation, options)!;
            Assert.Equal(ContractEnum.OrderStatus, recognizer.GetContractEnum(compilation.GetTypeByMetadataName("My.Phase")));
            var ticket = compilation.GetTypeByMetadataName("My.Ticket")!;
            Assert.True(recognizer.IsOrderType(ticket));
            Assert.NotNull(recognizer.GetNullableOrderField((IPropertySymbol)ticket.GetMembers("Symbol").Single()));
            var kill = (IMethodSymbol)compilation.GetTypeByMetadataName("My.Api")!.GetMembers("Kill").Single();
            Assert.True(recognizer.IsCancelOperation(kill));
        }
    }
}

namespace Clst.Analyzers.Tests
{
    public class LookalikeModelTests
    {
        [Theory]
        [InlineData(Infrastructure.Models.Kiota, "Kiota.Client.Models.OrderStatus", "Kiota.Client.Models.Order", "Kiota.Client.V1.Accounts.Item.Orders.Item.WithOrder_ItemRequestBuilder", "DeleteAsync")]
        [InlineData(Infrastructure.Models.NSwag, "NSwag.Client.OrderStatus", "NSwag.Client.Order", "NSwag.Client.ClearStreetClient", "CancelOpenOrderAsync")]
        [InlineData(Infrastructure.Models.HandWritten, "Hand.Client.OrderStatus", "Hand.Client.Order", "Hand.Client.TradingClient", "CancelOrderAsync")]
        public void TheTestModelsAreRecognised(string source, string status, string order, string client, string cancel)
        {
            var compilation = Infrastructure.TestCompilation.Create(new[] { source }, withModel: false);
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            var recognizer = ContractRecognizer.TryGet(compilation, new AnalyzerOptions(default))!;
            Assert.Equal(ContractEnum.OrderStatus, recognizer.GetContractEnum(compilation.GetTypeByMetadataName(status)));
            Assert.Equal(ContractEnum.TimeInForce, recognizer.GetContractEnum(compilation.GetTypeByMetadataName(status.Replace("OrderStatus", "TimeInForce"))));
            Assert.Equal(ContractEnum.Side, recognizer.GetContractEnum(compilation.GetTypeByMetadataName(status.Replace("OrderStatus", "Side"))));
            Assert.True(recognizer.IsOrderType(compilation.GetTypeByMetadataName(order)));
            var orderType = compilation.GetTypeByMetadataName(order)!;
            Assert.Equal(8, orderType.GetMembers().OfType<IPropertySymbol>().Count(p => recognizer.GetNullableOrderField(p) != null));
            Assert.True(recognizer.IsCancelOperation((IMethodSymbol)compilation.GetTypeByMetadataName(client)!.GetMembers(cancel).Single()));
        }
    }
}
