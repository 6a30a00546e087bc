using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Clst.Analyzers.Recognition
{
    /// <summary>
    /// The one recogniser that maps symbols to contract concepts by wire name: the order status and the other contract
    /// enums (and their members), the order and its nullable optional properties, the cancel operation and its companions.
    /// It knows the shipped model (<c>Clst.Contracts</c>), look-alike models (Kiota, NSwag, hand-written) and the types
    /// and methods named in the options. One instance serves every rule for a compilation; its answers are cached and
    /// it is safe to call from concurrent callbacks.
    /// </summary>
    internal sealed partial class ContractRecognizer
    {
        public const string ShippedNamespace = "Clst.Contracts";

        private static readonly ConditionalWeakTable<Compilation, Entry> s_cache = new ConditionalWeakTable<Compilation, Entry>();

        /// <summary>Names of types whose presence in a referenced assembly means the API may be in use.</summary>
        private static readonly ImmutableHashSet<string> s_referenceMarkerTypeNames = ImmutableHashSet.Create(
            "OrderStatus", "TimeInForce", "RequestTimeInForce", "OrderType", "RequestOrderType", "SecurityType", "QueueState",
            "TrailingOffsetType", "Order", "V1OrderCancelOpenOrderResponse", "CancelOpenOrderResponse",
            "WithOrder_ItemRequestBuilder", "WithOrder_idItemRequestBuilder");

        /// <summary>Member names whose presence in source means the API may be in use (the usual spellings of a few wire names).</summary>
        private static readonly ImmutableHashSet<string> s_sourceMarkerMemberNames = ImmutableHashSet.Create(
            StringComparer.Ordinal,
            "PendingCancel", "PENDING_CANCEL", "Pending_cancel",
            "GoodTillCancel", "GOOD_TILL_CANCEL", "Good_till_cancel",
            "SellShort", "SELL_SHORT", "Sell_short",
            "StopLimit", "STOP_LIMIT", "Stop_limit",
            "CommonStock", "COMMON_STOCK", "Common_stock",
            "AwaitingRelease", "AWAITING_RELEASE", "Awaiting_release",
            "AverageFillPrice", "Average_fill_price", "average_fill_price",
            "LeavesQuantity", "Leaves_quantity", "leaves_quantity",
            "CancelOpenOrderAsync", "CancelOpenOrder");

        private readonly Compilation _compilation;
        /// <summary>The simple names of the methods in <c>clst.cancel_methods</c>: a call of another name is not one of them.</summary>
        private readonly HashSet<string> _cancelMethodNames;
        // Asked at every call in the compilation that may return an order, a list or a status: keyed by identity (see
        // IdentityCache).
        private readonly IdentityCache<IMethodSymbol, ContractOperation> _operations;
        // Asked at every switch, enum member reference and order read: keyed by the type's definition, by identity.
        private readonly IdentityCache<ITypeSymbol, ContractEnum> _enumKinds;
        private readonly IdentityCache<ITypeSymbol, ImmutableArray<ContractEnumMember>> _enumMembers = new IdentityCache<ITypeSymbol, ImmutableArray<ContractEnumMember>>(ReadEnumMembers);
        private readonly IdentityCache<ITypeSymbol, bool> _orderTypes;
        // The wire name of each contract enum member asked about, keyed by the member's definition.
        private readonly IdentityCache<IFieldSymbol, string?> _enumMemberWireNames;

        private ContractRecognizer(Compilation compilation, ContractOptions options, ShippedPlaces shipped, INamedTypeSymbol? shippedOrderStatus)
        {
            _compilation = compilation;
            Options = options;
            ShippedOrderStatus = shippedOrderStatus;
            ShippedStatusExtensions = shipped.Find("OrderStatusExtensions");
            ShippedClientExtensions = shipped.Find("OrdersClientExtensions");
            var cancelMethodNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (var qualified in options.CancelMethods)
            {
                cancelMethodNames.Add(qualified.Substring(qualified.LastIndexOf('.') + 1));
            }

            _cancelMethodNames = cancelMethodNames;
            _enumKinds = new IdentityCache<ITypeSymbol, ContractEnum>(type => ClassifyEnum((INamedTypeSymbol)type));
            _enumMemberWireNames = new IdentityCache<IFieldSymbol, string?>(FindEnumMemberWireName);
            _orderTypes = new IdentityCache<ITypeSymbol, bool>(type => ClassifyOrder((INamedTypeSymbol)type));
            _operations = new IdentityCache<IMethodSymbol, ContractOperation>(ClassifyOperation, capacity: 1024);
        }

        public ContractOptions Options { get; }

        /// <summary>The shipped <c>Clst.Contracts.OrderStatus</c>, when the compilation references the model.</summary>
        public INamedTypeSymbol? ShippedOrderStatus { get; }

        /// <summary>The shipped <c>OrderStatusExtensions</c> (<c>IsFinal</c>, <c>IsPending</c>), when referenced.</summary>
        public INamedTypeSymbol? ShippedStatusExtensions { get; }

        /// <summary>The shipped <c>OrdersClientExtensions</c> (<c>WaitForFinalStatusAsync</c>), when referenced.</summary>
        public INamedTypeSymbol? ShippedClientExtensions { get; }

        /// <summary>
        /// The recogniser for this compilation, or null when the compilation has nothing of the contract (the shipped
        /// model, a look-alike, or a type named in the options): the rules then register nothing.
        /// </summary>
        public static ContractRecognizer? TryGet(Compilation compilation, AnalyzerOptions analyzerOptions)
        {
            var entry = s_cache.GetValue(compilation, _ => new Entry());
            lock (entry)
            {
                if (!entry.Computed || !ReferenceEquals(entry.AnalyzerOptions, analyzerOptions))
                {
                    var options = ContractOptions.Read(compilation, analyzerOptions);
                    // Looked up once: the gate's first evidence, and the recogniser's shipped status after it.
                    var shipped = ShippedPlaces.Of(compilation);
                    var shippedOrderStatus = shipped.Find("OrderStatus");
                    entry.Recognizer = MayUseContract(compilation, options, shippedOrderStatus)
                        ? new ContractRecognizer(compilation, options, shipped, shippedOrderStatus)
                        : null;
                    entry.AnalyzerOptions = analyzerOptions;
                    entry.Computed = true;
                }

                return entry.Recognizer;
            }
        }

        /// <summary>A cheap test (declaration tables and assembly type names only) for anything of the contract.</summary>
        private static bool MayUseContract(Compilation compilation, ContractOptions options, INamedTypeSymbol? shippedOrderStatus)
        {
            if (options.NamesAnything || shippedOrderStatus != null)
            {
                return true;
            }

            if (!options.LookalikeModels)
            {
                return false;
            }

            // One walk of the declaration table for all the marker names (a call per name would walk it once each).
            if (compilation.ContainsSymbolsWithName(static name => s_sourceMarkerMemberNames.Contains(name), SymbolFilter.Member))
            {
                return true;
            }

            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                if (IsFrameworkAssembly(assembly.Identity.Name))
                {
                    continue;
                }

                foreach (var typeName in assembly.TypeNames)
                {
                    if (s_referenceMarkerTypeNames.Contains(typeName))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>A type of the shipped model (<c>Clst.Contracts.</c><paramref name="name"/>) in the compilation, or null: see <see cref="ShippedPlaces"/>.</summary>
        internal static INamedTypeSymbol? FindShippedType(Compilation compilation, string name) => ShippedPlaces.Of(compilation).Find(name);

        /// <summary>
        /// Where the shipped model's types (<c>Clst.Contracts.*</c>) can be: the compilation itself, and the referenced
        /// assemblies that declare the namespace. <see cref="Compilation.GetTypeByMetadataName"/> would look through every
        /// referenced assembly's namespaces, the framework's included: on a fresh compilation, that first load of every
        /// namespace of some 170 assemblies is most of what the rules' start costs. A referenced assembly's type and namespace
        /// names are read from its metadata tables without creating a symbol, so only one that declares a namespace named
        /// <c>Contracts</c> and a type of the name asked for is asked; found once per compilation, for the three types the
        /// recogniser looks up. The compilation's own assembly is asked directly: its declarations' name sets cost 1.9 ms to
        /// build on a fresh 1,000-file compilation, the lookup 0.1 ms. As with <see cref="Compilation.GetTypeByMetadataName"/>,
        /// the compilation's own type comes first, and a name that more than one reference declares finds none.
        /// </summary>
        private readonly struct ShippedPlaces
        {
            private readonly IAssemblySymbol _source;
            private readonly List<IAssemblySymbol>? _references;

            private ShippedPlaces(IAssemblySymbol source, List<IAssemblySymbol>? references)
            {
                _source = source;
                _references = references;
            }

            public static ShippedPlaces Of(Compilation compilation)
            {
                var source = compilation.Assembly;
                List<IAssemblySymbol>? references = null;
                foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
                {
                    // The simple names of its namespaces: Clst, Contracts.
                    if (!IsFrameworkAssembly(assembly.Identity.Name) && assembly.NamespaceNames.Contains("Contracts"))
                    {
                        (references ??= new List<IAssemblySymbol>()).Add(assembly);
                    }
                }

                return new ShippedPlaces(source, references);
            }

            public INamedTypeSymbol? Find(string name)
            {
                string metadataName = ShippedNamespace + "." + name;
                if (_source.GetTypeByMetadataName(metadataName) is { } inSource)
                {
                    return inSource;
                }

                INamedTypeSymbol? found = null;
                if (_references != null)
                {
                    foreach (var assembly in _references)
                    {
                        if (!assembly.TypeNames.Contains(name) || assembly.GetTypeByMetadataName(metadataName) is not { } type)
                        {
                            continue;
                        }

                        if (found != null)
                        {
                            return null;
                        }

                        found = type;
                    }
                }

                return found;
            }
        }

        private static bool IsFrameworkAssembly(string name)
            => name.StartsWith("System", StringComparison.Ordinal)
               || name.StartsWith("Microsoft.", StringComparison.Ordinal)
               || name == "mscorlib" || name == "netstandard" || name == "WindowsBase";


        private static readonly SymbolDisplayFormat s_fullNameFormat = new SymbolDisplayFormat(
            typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces);

        /// <summary>
        /// What every classification asks first, without building a display string: is the type in the shipped model's
        /// namespace (<c>Clst.Contracts</c>), and can it be of the contract at all? A type compiled into one of the
        /// framework's own assemblies (<c>System.*</c>, <c>Microsoft.*</c>, <c>mscorlib</c>, <c>netstandard</c>) is not:
        /// the contract is the shipped model or a client's own model, never the framework's. The compilation's own
        /// assembly is never ruled out by its name.
        /// </summary>
        private Placement PlacementOf(INamedTypeSymbol type)
        {
            if (type.ContainingNamespace is { Name: "Contracts" } contracts
                && contracts.ContainingNamespace is { Name: "Clst" } clst
                && clst.ContainingNamespace is { IsGlobalNamespace: true })
            {
                return Placement.Shipped;
            }

            return type.ContainingAssembly is { } assembly
                   && !ReferenceEquals(assembly, _compilation.Assembly)
                   && IsFrameworkAssembly(assembly.Identity.Name)
                ? Placement.Framework
                : Placement.Other;
        }

        private enum Placement
        {
            Other,
            Shipped,
            Framework,
        }

        internal static string FullName(ITypeSymbol? type) => type?.OriginalDefinition.ToDisplayString(s_fullNameFormat) ?? string.Empty;

        private sealed class Entry
        {
            public bool Computed;
            public AnalyzerOptions? AnalyzerOptions;
            public ContractRecognizer? Recognizer;
        }
    }
}
