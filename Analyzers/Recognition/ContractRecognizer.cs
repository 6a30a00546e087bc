using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Clst.Analyzers.Recognition
{
    /// <summary>An enum member with its wire name.</summary>
    internal readonly struct ContractEnumMember
    {
        public ContractEnumMember(IFieldSymbol field, string wireName)
        {
            Field = field;
            WireName = wireName;
        }

        public IFieldSymbol Field { get; }

        public string WireName { get; }
    }

    /// <summary>One of the order's nullable optional fields, with the contract's reason it may be null.</summary>
    internal sealed class NullableOrderField
    {
        public NullableOrderField(string wireName, string reason)
        {
            WireName = wireName;
            Reason = reason;
        }

        public string WireName { get; }

        public string Reason { get; }
    }

    /// <summary>
    /// The one recogniser that maps symbols to contract concepts by wire name: the order status and the other contract
    /// enums (and their members), the order and its nullable optional properties, the cancel operation and its companions.
    /// It knows the shipped model (<c>Clst.Contracts</c>), look-alike models (Kiota, NSwag, hand-written) and the types
    /// and methods named in the options. One instance serves every rule for a compilation; its answers are cached and
    /// it is safe to call from concurrent callbacks.
    /// </summary>
    internal sealed class ContractRecognizer
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
        // Made once: a lambda capturing this, written at the call, would be a new delegate on every lookup.
        private readonly Func<ITypeSymbol, ContractEnum> _classifyEnum;
        private readonly Func<ITypeSymbol, bool> _classifyOrder;
        private readonly ConcurrentDictionary<ITypeSymbol, ContractEnum> _enumKinds =
            new ConcurrentDictionary<ITypeSymbol, ContractEnum>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, ImmutableArray<ContractEnumMember>> _enumMembers =
            new ConcurrentDictionary<ITypeSymbol, ImmutableArray<ContractEnumMember>>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, bool> _orderTypes =
            new ConcurrentDictionary<ITypeSymbol, bool>(SymbolEqualityComparer.Default);

        private ContractRecognizer(Compilation compilation, ContractOptions options)
        {
            _compilation = compilation;
            Options = options;
            ShippedOrderStatus = compilation.GetTypeByMetadataName(ShippedNamespace + ".OrderStatus");
            ShippedStatusExtensions = compilation.GetTypeByMetadataName(ShippedNamespace + ".OrderStatusExtensions");
            ShippedClientExtensions = compilation.GetTypeByMetadataName(ShippedNamespace + ".OrdersClientExtensions");
            var cancelMethodNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (var qualified in options.CancelMethods)
            {
                cancelMethodNames.Add(qualified.Substring(qualified.LastIndexOf('.') + 1));
            }

            _cancelMethodNames = cancelMethodNames;
            _classifyEnum = type => ClassifyEnum((INamedTypeSymbol)type);
            _classifyOrder = type => ClassifyOrder((INamedTypeSymbol)type);
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
                    entry.Recognizer = MayUseContract(compilation, options) ? new ContractRecognizer(compilation, options) : null;
                    entry.AnalyzerOptions = analyzerOptions;
                    entry.Computed = true;
                }

                return entry.Recognizer;
            }
        }

        /// <summary>A cheap test (declaration tables and assembly type names only) for anything of the contract.</summary>
        internal static bool MayUseContract(Compilation compilation, ContractOptions options)
        {
            if (options.NamesAnything || compilation.GetTypeByMetadataName(ShippedNamespace + ".OrderStatus") != null)
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

        private static bool IsFrameworkAssembly(string name)
            => name.StartsWith("System", StringComparison.Ordinal)
               || name.StartsWith("Microsoft.", StringComparison.Ordinal)
               || name == "mscorlib" || name == "netstandard" || name == "WindowsBase";

        // ------------------------------------------------------------------ enums

        /// <summary>Which contract enum <paramref name="type"/> is (its nullable form included), or <see cref="ContractEnum.None"/>.</summary>
        public ContractEnum GetContractEnum(ITypeSymbol? type)
        {
            type = Types.UnwrapNullable(type);
            if (type is not INamedTypeSymbol named || named.TypeKind != TypeKind.Enum)
            {
                return ContractEnum.None;
            }

            return _enumKinds.GetOrAdd(named.OriginalDefinition, _classifyEnum);
        }

        /// <summary>True when <paramref name="type"/> is one of users' own enums that the options add to CLST005.</summary>
        public bool IsAdditionalEnum(ITypeSymbol? type)
        {
            type = Types.UnwrapNullable(type);
            return type is INamedTypeSymbol { TypeKind: TypeKind.Enum } named
                   && !Options.AdditionalEnums.IsEmpty
                   && Options.AdditionalEnums.Contains(FullName(named));
        }

        /// <summary>The members of an enum with their wire names, in declaration order.</summary>
        public ImmutableArray<ContractEnumMember> GetEnumMembers(ITypeSymbol enumType)
        {
            enumType = Types.UnwrapNullable(enumType)!;
            return _enumMembers.GetOrAdd(enumType.OriginalDefinition, static t =>
            {
                var builder = ImmutableArray.CreateBuilder<ContractEnumMember>();
                foreach (var member in t.GetMembers())
                {
                    if (member is IFieldSymbol { HasConstantValue: true } field)
                    {
                        builder.Add(new ContractEnumMember(field, WireNames.OfEnumMember(field)));
                    }
                }

                return builder.ToImmutable();
            });
        }

        /// <summary>The wire name of a member of a contract enum, or null when the field is not one.</summary>
        public string? GetEnumMemberWireName(IFieldSymbol? field)
        {
            if (field?.ContainingType is not { TypeKind: TypeKind.Enum } type || GetContractEnum(type) == ContractEnum.None)
            {
                return null;
            }

            foreach (var member in GetEnumMembers(type))
            {
                if (SymbolEqualityComparer.Default.Equals(member.Field, field.OriginalDefinition))
                {
                    return member.WireName;
                }
            }

            return null;
        }

        /// <summary>The lifecycle group of an order status member, or null when the field is not an order status member.</summary>
        public LifecycleGroup? GetStatusGroup(IFieldSymbol? field)
        {
            if (field?.ContainingType is not { } type || GetContractEnum(type) != ContractEnum.OrderStatus)
            {
                return null;
            }

            return ContractTerms.GetLifecycleGroup(GetEnumMemberWireName(field));
        }

        /// <summary>True when the field is the order status member with the given wire name (e.g. <c>PENDING_CANCEL</c>).</summary>
        public bool IsStatus(IFieldSymbol? field, string wireName)
            => field?.ContainingType is { } type
               && GetContractEnum(type) == ContractEnum.OrderStatus
               && GetEnumMemberWireName(field) == wireName;

        /// <summary>The member of a contract enum with a given wire name, or null.</summary>
        public IFieldSymbol? FindEnumMember(ITypeSymbol enumType, string wireName)
        {
            foreach (var member in GetEnumMembers(enumType))
            {
                if (member.WireName == wireName)
                {
                    return member.Field;
                }
            }

            return null;
        }

        private ContractEnum ClassifyEnum(INamedTypeSymbol type)
        {
            var fullName = FullName(type);
            if (Options.OrderStatusTypes.Contains(fullName))
            {
                return ContractEnum.OrderStatus;
            }

            if (Options.TimeInForceTypes.Contains(fullName))
            {
                return ContractEnum.TimeInForce;
            }

            bool shipped = type.ContainingNamespace?.ToDisplayString() == ShippedNamespace;
            if (!shipped && !Options.LookalikeModels)
            {
                return ContractEnum.None;
            }

            var wires = new HashSet<string>(StringComparer.Ordinal);
            foreach (var member in GetEnumMembers(type))
            {
                wires.Add(member.WireName);
            }

            var best = ContractEnum.None;
            double bestShare = 0;
            foreach (var pair in ContractTerms.EnumWireNames)
            {
                double share = MatchShare(pair.Key, pair.Value, wires);
                if (share > bestShare)
                {
                    best = pair.Key;
                    bestShare = share;
                }
            }

            return best;
        }

        /// <summary>
        /// The share of the contract enum's named values (not <c>OTHER</c>) that the enum carries, or 0 when it is not that
        /// enum: it must carry every key value, at least three quarters of the named values, and few values the contract lacks.
        /// </summary>
        private static double MatchShare(ContractEnum kind, ImmutableArray<string> contractWires, HashSet<string> wires)
        {
            foreach (var key in ContractTerms.EnumKeyWireNames[kind])
            {
                if (!wires.Contains(key))
                {
                    return 0;
                }
            }

            int named = 0, matched = 0;
            foreach (var wire in contractWires)
            {
                if (wire == ContractTerms.OtherWireName)
                {
                    continue;
                }

                named++;
                if (wires.Contains(wire))
                {
                    matched++;
                }
            }

            int extras = 0;
            foreach (var wire in wires)
            {
                if (!contractWires.Contains(wire))
                {
                    extras++;
                }
            }

            if (matched * 4 < named * 3 || extras > Math.Max(2, named / 2))
            {
                return 0;
            }

            return (double)matched / named;
        }

        // ------------------------------------------------------------------ the order

        /// <summary>
        /// True when the type is the order: the shipped <c>Order</c>, a type named in <c>clst.order_types</c>, or a look-alike
        /// that has a <c>status</c> property and at least five of the order's wire names in all.
        /// </summary>
        public bool IsOrderType(ITypeSymbol? type)
        {
            if (type is not INamedTypeSymbol named || (named.TypeKind != TypeKind.Class && named.TypeKind != TypeKind.Struct))
            {
                return false;
            }

            return _orderTypes.GetOrAdd(named.OriginalDefinition, _classifyOrder);
        }

        private bool ClassifyOrder(INamedTypeSymbol type)
        {
            var fullName = FullName(type);
            if (Options.OrderTypes.Contains(fullName))
            {
                return true;
            }

            bool shipped = type.ContainingNamespace?.ToDisplayString() == ShippedNamespace;
            if (shipped)
            {
                return type.Name == "Order";
            }

            if (!Options.LookalikeModels)
            {
                return false;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var current = type; current != null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    if (member is IPropertySymbol { IsStatic: false } property)
                    {
                        var wire = WireNames.OfProperty(property);
                        if (ContractTerms.OrderWireNames.Contains(wire))
                        {
                            seen.Add(wire);
                        }
                    }
                }
            }

            return seen.Contains("status") && seen.Count >= 5;
        }

        /// <summary>
        /// The nullable optional fields of the same order that the contract says are present when <paramref name="property"/>
        /// (the order's <c>order_type</c>, <c>time_in_force</c> or <c>status</c>) has the value <paramref name="member"/>
        /// (<c>order.OrderType == OrderType.Limit</c>: <c>LimitPrice</c>), from <see cref="ContractTerms.PresentWhen"/>.
        /// </summary>
        public ImmutableArray<IPropertySymbol> GetFieldsPresentWhen(IPropertySymbol? property, IFieldSymbol? member)
        {
            if (property == null || member == null || property.IsStatic || !IsOrderType(property.ContainingType)
                || GetEnumMemberWireName(member) is not { } value)
            {
                return ImmutableArray<IPropertySymbol>.Empty;
            }

            var field = WireNames.OfProperty(property);
            var builder = ImmutableArray.CreateBuilder<IPropertySymbol>();
            for (var type = property.ContainingType; type != null && type.SpecialType != SpecialType.System_Object; type = type.BaseType)
            {
                foreach (var candidate in type.GetMembers())
                {
                    if (candidate is IPropertySymbol { IsStatic: false } dependent
                        && ContractTerms.PresentWhen.TryGetValue(WireNames.OfProperty(dependent), out var rule)
                        && rule.Field == field
                        && rule.Values.Contains(value))
                    {
                        builder.Add(dependent);
                    }
                }
            }

            return builder.ToImmutable();
        }

        /// <summary>
        /// The nullable optional field that the property is, or null when it is not one of the order's nineteen, or when the
        /// model declares it as a value type that cannot hold null (<c>decimal AverageFillPrice</c>: nothing to handle).
        /// </summary>
        public NullableOrderField? GetNullableOrderField(IPropertySymbol? property)
        {
            if (property == null || property.IsStatic || Types.CannotBeNull(property.Type) || !IsOrderType(property.ContainingType))
            {
                return null;
            }

            var wire = WireNames.OfProperty(property);
            return ContractTerms.NullableOrderFields.TryGetValue(wire, out var reason) ? new NullableOrderField(wire, reason) : null;
        }

        /// <summary>
        /// True when the property is one of the order's execution figures (<c>filled_quantity</c>, <c>leaves_quantity</c>,
        /// <c>average_fill_price</c>): final only once the order's status is.
        /// </summary>
        public bool IsExecutionFigure(IPropertySymbol? property)
            => property != null && !property.IsStatic && IsOrderType(property.ContainingType)
               && ContractTerms.ExecutionFigureWireNames.Contains(WireNames.OfProperty(property));

        // ------------------------------------------------------------------ operations

        /// <summary>
        /// True when the method cancels an order: <c>CancelOpenOrder(Async)</c> (the shipped client and NSwag's), a
        /// <c>CancelOrder(Async)</c> that returns the order, Kiota's <c>DeleteAsync</c> on the
        /// <c>/v1/accounts/{account_id}/orders/{order_id}</c> request builder, or a method named in <c>clst.cancel_methods</c>.
        /// </summary>
        public bool IsCancelOperation(IMethodSymbol? method)
        {
            if (method == null)
            {
                return false;
            }

            method = method.ReducedFrom ?? method;
            string name = method.Name;
            if (_cancelMethodNames.Contains(name) && Options.CancelMethods.Contains(FullName(method.ContainingType) + "." + name))
            {
                return true;
            }

            // Called on every invocation of every member that might cancel: the name decides before any display string.
            return name switch
            {
                "CancelOpenOrderAsync" or "CancelOpenOrder" => MayBeLookalike(method),
                "CancelOrderAsync" or "CancelOrder" => MayBeLookalike(method) && ReturnsOrder(method),
                "DeleteAsync" => MayBeLookalike(method) && IsKiotaOrderItemBuilder(method.ContainingType),
                _ => false,
            };
        }

        /// <summary>With look-alike models turned off, only the shipped model's methods count.</summary>
        private bool MayBeLookalike(IMethodSymbol method)
            => Options.LookalikeModels || method.ContainingType?.ContainingNamespace?.ToDisplayString() == ShippedNamespace;

        /// <summary>True when the method waits for a final status (the shipped <c>WaitForFinalStatusAsync</c> or one of that name).</summary>
        public bool IsWaitForFinalStatus(IMethodSymbol? method)
            => method != null && (method.ReducedFrom ?? method).Name is "WaitForFinalStatusAsync" or "WaitForFinalStatus";

        /// <summary>True when the method reads an order by id (<c>GetOrderById(Async)</c>, or Kiota's <c>GetAsync</c> on the order's builder).</summary>
        public bool IsGetOrder(IMethodSymbol? method)
        {
            if (method == null)
            {
                return false;
            }

            method = method.ReducedFrom ?? method;
            return method.Name switch
            {
                "GetOrderByIdAsync" or "GetOrderById" => true,
                "GetAsync" => IsKiotaOrderItemBuilder(method.ContainingType),
                _ => false,
            };
        }

        private bool ReturnsOrder(IMethodSymbol method)
        {
            var type = method.ReturnType as INamedTypeSymbol;
            if (type is { IsGenericType: true, TypeArguments.Length: 1 } && type.Name is "Task" or "ValueTask")
            {
                type = type.TypeArguments[0] as INamedTypeSymbol;
            }

            if (type == null)
            {
                return false;
            }

            if (IsOrderType(type))
            {
                return true;
            }

            foreach (var member in type.GetMembers("Data"))
            {
                if (member is IPropertySymbol property && IsOrderType(property.Type))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Kiota puts the builder of <c>/v1/accounts/{account_id}/orders/{order_id}</c> in <c>….V1.Accounts.Item.Orders.Item</c>.</summary>
        private static bool IsKiotaOrderItemBuilder(INamedTypeSymbol? type)
        {
            if (type == null || !type.Name.EndsWith("RequestBuilder", StringComparison.Ordinal))
            {
                return false;
            }

            var ns = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
            return ns.EndsWith(".Orders.Item", StringComparison.Ordinal) && ns.IndexOf(".Accounts.Item.", StringComparison.Ordinal) >= 0;
        }

        // ------------------------------------------------------------------ helpers

        private static readonly SymbolDisplayFormat s_fullNameFormat = new SymbolDisplayFormat(
            typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces);

        internal static string FullName(ITypeSymbol? type) => type?.OriginalDefinition.ToDisplayString(s_fullNameFormat) ?? string.Empty;

        private sealed class Entry
        {
            public bool Computed;
            public AnalyzerOptions? AnalyzerOptions;
            public ContractRecognizer? Recognizer;
        }
    }
}
