using System.Collections.Generic;
using System.Linq;
using Clst.Analyzers.Recognition;
using Clst.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Clst.Analyzers.Tests.Recognition
{
    /// <summary>
    /// Which contract enum each enum property of each real client's order is, by the recogniser: the rule behind CLST003-CLST005
    /// (<see cref="GeneratedClientRuleTests"/>, <see cref="GeneratedClientEnumRuleTests"/>) only speaks for an enum recognised
    /// here. Covers the CLST005 enums that the behaviour tests do not match over (order type, security type, queue state,
    /// trailing offset type), whose generated forms differ from the shipped model's: Kiota's and NSwag's security type, queue
    /// state and trailing offset type have no <c>OTHER</c> (the spec lists none there), and their security type puts
    /// <c>INDEX</c> before <c>OPTION</c>.
    /// </summary>
    public class GeneratedClientEnumKindsTests
    {
        private static readonly Dictionary<string, ContractEnum> s_enumFields = new Dictionary<string, ContractEnum>
        {
            ["status"] = ContractEnum.OrderStatus,
            ["time_in_force"] = ContractEnum.TimeInForce,
            ["order_type"] = ContractEnum.OrderType,
            ["side"] = ContractEnum.Side,
            ["instrument_type"] = ContractEnum.SecurityType,
            ["queue_state"] = ContractEnum.QueueState,
            ["trailing_offset_type"] = ContractEnum.TrailingOffsetType,
        };

        [Theory]
        [MemberData(nameof(GeneratedClient.All), MemberType = typeof(GeneratedClient))]
        public void EveryEnumPropertyOfTheOrderIsTheContractEnumOfItsWireName(string client)
        {
            var generated = GeneratedClient.Named(client);
            var compilation = TestCompilation.Create(generated.Sources(), withModel: generated.Folder == null)
                .AddReferences(GeneratedClient.PackageReferences());
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            var recognizer = ContractRecognizer.TryGet(compilation, new AnalyzerOptions(default))!;
            var order = generated.Folder == null
                ? compilation.GetTypeByMetadataName(ContractRecognizer.ShippedNamespace + ".Order")!
                : compilation.GetSymbolsWithName("Order", SymbolFilter.Type).OfType<INamedTypeSymbol>().Single();

            var found = new Dictionary<string, ContractEnum>();
            foreach (var property in order.GetMembers().OfType<IPropertySymbol>())
            {
                var wire = WireNames.OfProperty(property);
                if (s_enumFields.ContainsKey(wire))
                {
                    found[wire] = recognizer.GetContractEnum(property.Type);
                }
            }

            // Refit's hand-written model carries the status and the time in force only; every generator and the shipped
            // model carry all seven enum fields.
            var expected = client == "Refit"
                ? s_enumFields.Where(p => p.Key is "status" or "time_in_force").ToDictionary(p => p.Key, p => p.Value)
                : s_enumFields;
            Assert.Equal(expected.OrderBy(p => p.Key), found.OrderBy(p => p.Key));
        }
    }
}
