using System;
using System.Collections.Generic;
using System.Reflection;
using System.Runtime.Serialization;

namespace Clst.Contracts.Serialization
{
    /// <summary>
    /// Wire names of one contract enum, read once from the members' <see cref="EnumMemberAttribute"/> (the same attribute
    /// the analyzers read: one source of truth). A wire name the model does not know reads as the enum's <c>Other</c>.
    /// Where the contract's enum has no <c>OTHER</c> value (<see cref="QueueState"/>, <see cref="TrailingOffsetType"/>),
    /// <c>Other</c> is not a wire value: <c>"OTHER"</c> read there is an unknown value like any other, and <c>Other</c> is never
    /// written as <c>"OTHER"</c>.
    /// </summary>
    internal sealed class WireEnum<TEnum>
        where TEnum : struct, Enum
    {
        private readonly Dictionary<string, TEnum> _byWire = new Dictionary<string, TEnum>(StringComparer.Ordinal);
        private readonly Dictionary<TEnum, string> _byValue = new Dictionary<TEnum, string>();

        internal WireEnum(FieldInfo[] fields, TEnum other, bool otherIsWireValue = true)
        {
            Other = other;
            OtherIsWireValue = otherIsWireValue;
            var names = new List<string>();
            foreach (var field in fields)
            {
                var attribute = field.GetCustomAttribute<EnumMemberAttribute>();
                if (attribute?.Value == null)
                {
                    throw new InvalidOperationException(typeof(TEnum).Name + "." + field.Name + " has no [EnumMember(Value = ...)] wire name.");
                }

                var value = (TEnum)field.GetValue(null)!;
                if (!otherIsWireValue && EqualityComparer<TEnum>.Default.Equals(value, other))
                {
                    continue;
                }

                _byWire.Add(attribute.Value, value);
                _byValue.Add(value, attribute.Value);
                names.Add(attribute.Value);
            }

            Expectation = "one of the " + typeof(TEnum).Name + " wire names in a JSON string (" + string.Join(", ", names) + ")";
        }

        internal TEnum Other { get; }

        /// <summary>False where the contract's enum has no <c>OTHER</c> wire value: <see cref="Other"/> then has no wire name.</summary>
        internal bool OtherIsWireValue { get; }

        internal string Expectation { get; }

        internal IEnumerable<KeyValuePair<string, TEnum>> Members => _byWire;

        /// <summary>The member for a wire name; <see cref="Other"/> for a name the model does not know. Case-sensitive, as the wire is.</summary>
        internal TEnum Read(string wire) => _byWire.TryGetValue(wire, out var value) ? value : Other;

        /// <summary>True when the wire name is one of the model's members (its text need not be kept to write it back).</summary>
        internal bool Knows(string wire) => _byWire.ContainsKey(wire);

        /// <summary>
        /// The wire name of a member; null for <see cref="Other"/> where it is not a wire value, and for a value outside the enum
        /// (written as <see cref="Other"/>'s name where that is a wire value).
        /// </summary>
        internal string? Write(TEnum value)
            => _byValue.TryGetValue(value, out var wire) ? wire
                : OtherIsWireValue ? _byValue[Other]
                : null;
    }

    /// <summary>The seven contract enums' wire names.</summary>
    internal static class WireEnums
    {
        private const BindingFlags Members = BindingFlags.Public | BindingFlags.Static;

        internal static readonly WireEnum<OrderStatus> OrderStatus =
            new WireEnum<OrderStatus>(typeof(OrderStatus).GetFields(Members), Contracts.OrderStatus.Other);

        internal static readonly WireEnum<TimeInForce> TimeInForce =
            new WireEnum<TimeInForce>(typeof(TimeInForce).GetFields(Members), Contracts.TimeInForce.Other);

        internal static readonly WireEnum<OrderType> OrderType =
            new WireEnum<OrderType>(typeof(OrderType).GetFields(Members), Contracts.OrderType.Other);

        internal static readonly WireEnum<Side> Side =
            new WireEnum<Side>(typeof(Side).GetFields(Members), Contracts.Side.Other);

        internal static readonly WireEnum<SecurityType> SecurityType =
            new WireEnum<SecurityType>(typeof(SecurityType).GetFields(Members), Contracts.SecurityType.Other);

        internal static readonly WireEnum<QueueState> QueueState =
            new WireEnum<QueueState>(typeof(QueueState).GetFields(Members), Contracts.QueueState.Other, otherIsWireValue: false);

        internal static readonly WireEnum<TrailingOffsetType> TrailingOffsetType =
            new WireEnum<TrailingOffsetType>(typeof(TrailingOffsetType).GetFields(Members), Contracts.TrailingOffsetType.Other, otherIsWireValue: false);
    }
}
