using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Clst.Analyzers.Recognition;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>
    /// The members of one order status enum (shipped or look-alike) as a small bit set, one bit per distinct value, with
    /// each value's lifecycle group as the recogniser tells it.
    /// </summary>
    internal sealed class StatusUniverse
    {
        private readonly Dictionary<object, int> _indexByValue;
        /// <summary>Each field's index, as <see cref="IndexOf"/> first computed it: asked of every status member the rules read.</summary>
        private readonly IdentityCache<IFieldSymbol, int> _indexByField;

        private StatusUniverse(
            INamedTypeSymbol enumType,
            ImmutableArray<IFieldSymbol> members,
            ImmutableArray<LifecycleGroup> groups,
            Dictionary<object, int> indexByValue,
            int pendingCancel,
            int canceled,
            bool isShipped)
        {
            EnumType = enumType;
            Members = members;
            Groups = groups;
            _indexByValue = indexByValue;
            _indexByField = new IdentityCache<IFieldSymbol, int>(ComputeIndex);
            PendingCancelIndex = pendingCancel;
            CanceledIndex = canceled;
            IsShipped = isShipped;
            All = members.Length == 64 ? ulong.MaxValue : (1UL << members.Length) - 1;
            ulong finals = 0, pendings = 0;
            for (int i = 0; i < groups.Length; i++)
            {
                if (groups[i] == LifecycleGroup.Final)
                {
                    finals |= 1UL << i;
                }
                else if (groups[i] == LifecycleGroup.Pending)
                {
                    pendings |= 1UL << i;
                }
            }

            Finals = finals;
            Pendings = pendings;
        }

        public INamedTypeSymbol EnumType { get; }

        /// <summary>One field per distinct value, in declaration order.</summary>
        public ImmutableArray<IFieldSymbol> Members { get; }

        public ImmutableArray<LifecycleGroup> Groups { get; }

        public int PendingCancelIndex { get; }

        /// <summary>The index of <c>CANCELED</c>, or -1.</summary>
        public int CanceledIndex { get; }

        /// <summary>True for the shipped <c>Clst.Contracts.OrderStatus</c> (its <c>IsFinal()</c> applies).</summary>
        public bool IsShipped { get; }

        public ulong All { get; }

        public ulong Finals { get; }

        public ulong Pendings { get; }

        public ulong PendingCancelBit => 1UL << PendingCancelIndex;

        /// <summary>The index of the member's value, or -1 when the field is not a member of this enum.</summary>
        public int IndexOf(IFieldSymbol? field) => field == null ? -1 : _indexByField.Get(field);

        private int ComputeIndex(IFieldSymbol field)
        {
            if (!field.HasConstantValue || field.ConstantValue == null
                || !SymbolEqualityComparer.Default.Equals(field.ContainingType?.OriginalDefinition, EnumType))
            {
                return -1;
            }

            return _indexByValue.TryGetValue(field.ConstantValue, out var index) ? index : -1;
        }

        /// <summary>
        /// True when the set is the final statuses' company for <c>PENDING_CANCEL</c>: it holds <c>PENDING_CANCEL</c> and at
        /// least one final status, and no other status that is not final (no pending, working, paused or unknown one).
        /// </summary>
        public bool IsFinalGroupWithPendingCancel(ulong set)
            => (set & PendingCancelBit) != 0 && (set & Finals) != 0 && (set & ~Finals & ~PendingCancelBit & All) == 0;

        /// <summary>The members of a set, as the user spells them (<c>OrderStatus.Filled</c>).</summary>
        public string Describe(ulong set)
        {
            var names = new List<string>();
            for (int i = 0; i < Members.Length; i++)
            {
                if ((set & (1UL << i)) != 0)
                {
                    names.Add(Members[i].Name);
                }
            }

            return string.Join(", ", names);
        }

        public string Spell(int index) => EnumType.Name + "." + Members[index].Name;

        /// <summary>The universe of an order status enum, or null when the type is not one or has no <c>PENDING_CANCEL</c>.</summary>
        public static StatusUniverse? Create(ContractRecognizer recognizer, ITypeSymbol? type)
        {
            type = Types.UnwrapNullable(type);
            if (type is not INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType
                || recognizer.GetContractEnum(enumType) != ContractEnum.OrderStatus)
            {
                return null;
            }

            enumType = enumType.OriginalDefinition;
            var members = ImmutableArray.CreateBuilder<IFieldSymbol>();
            var groups = ImmutableArray.CreateBuilder<LifecycleGroup>();
            var indexByValue = new Dictionary<object, int>();
            int pendingCancel = -1, canceled = -1;
            foreach (var member in recognizer.GetEnumMembers(enumType))
            {
                var value = member.Field.ConstantValue;
                if (value == null || indexByValue.ContainsKey(value))
                {
                    continue;
                }

                if (members.Count == 64)
                {
                    return null;
                }

                indexByValue.Add(value, members.Count);
                if (recognizer.IsStatus(member.Field, ContractTerms.PendingCancel))
                {
                    pendingCancel = members.Count;
                }
                else if (recognizer.IsStatus(member.Field, ContractTerms.Canceled))
                {
                    canceled = members.Count;
                }

                members.Add(member.Field);
                groups.Add(recognizer.GetStatusGroup(member.Field) ?? LifecycleGroup.Unknown);
            }

            if (pendingCancel < 0)
            {
                return null;
            }

            bool shipped = recognizer.ShippedOrderStatus != null
                           && SymbolEqualityComparer.Default.Equals(enumType, recognizer.ShippedOrderStatus);
            return new StatusUniverse(enumType, members.ToImmutable(), groups.ToImmutable(), indexByValue, pendingCancel, canceled, shipped);
        }
    }
}
