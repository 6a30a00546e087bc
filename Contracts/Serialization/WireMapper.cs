using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Clst.Contracts.Serialization
{
    /// <summary>
    /// Between the wire shapes and the public model. Reading checks every required field and refuses the body, naming the
    /// field, rather than return a model with a default in place of a missing value.
    /// </summary>
    internal static partial class WireMapper
    {
        internal static Order ToOrder(OrderWire? wire, string path)
        {
            if (wire == null)
            {
                throw Missing(path);
            }

            var prefix = path.Length == 0 ? string.Empty : path + ".";
            var missing = new List<string>();

            // The 13 required fields, in the contract's (README) order.
            Check(wire.Id != null, "id");
            Check(wire.AccountId.HasValue, "account_id");
            Check(wire.ClientOrderId != null, "client_order_id");
            Check(wire.CreatedAt.HasValue, "created_at");
            Check(wire.FilledQuantity.HasValue, "filled_quantity");
            Check(wire.LeavesQuantity.HasValue, "leaves_quantity");
            Check(wire.OrderType != null, "order_type");
            Check(wire.Quantity.HasValue, "quantity");
            Check(wire.Side != null, "side");
            Check(wire.Status != null, "status");
            Check(wire.TimeInForce != null, "time_in_force");
            Check(wire.UpdatedAt.HasValue, "updated_at");
            Check(wire.Venue != null, "venue");
            if (missing.Count == 1)
            {
                throw Missing(missing[0]);
            }

            if (missing.Count > 1)
            {
                throw new ClstContractException(
                    Prefix + "the required fields " + string.Join(", ", missing.ConvertAll(m => "'" + m + "'")) + " are missing or null.",
                    missing[0]);
            }

            string[]? details = null;
            if (wire.Details != null)
            {
                details = new string[wire.Details.Count];
                for (var i = 0; i < details.Length; i++)
                {
                    details[i] = wire.Details[i]
                        ?? throw new ClstContractException(
                            Prefix + "field '" + prefix + "details[" + i + "]' is null: details is an array of strings.",
                            prefix + "details[" + i + "]");
                }
            }

            Dictionary<string, string>? otherWireValues = null;
            var order = new Order
            {
                Id = wire.Id!,
                AccountId = wire.AccountId!.Value,
                ClientOrderId = wire.ClientOrderId!,
                CreatedAt = wire.CreatedAt!.Value,
                UpdatedAt = wire.UpdatedAt!.Value,
                Quantity = wire.Quantity!.Value,
                FilledQuantity = wire.FilledQuantity!.Value,
                LeavesQuantity = wire.LeavesQuantity!.Value,
                OrderType = ReadEnum(WireEnums.OrderType, wire.OrderType!, "order_type", ref otherWireValues),
                Side = ReadEnum(WireEnums.Side, wire.Side!, "side", ref otherWireValues),
                Status = ReadEnum(WireEnums.OrderStatus, wire.Status!, "status", ref otherWireValues),
                TimeInForce = ReadEnum(WireEnums.TimeInForce, wire.TimeInForce!, "time_in_force", ref otherWireValues),
                Venue = wire.Venue!,
                InstrumentId = wire.InstrumentId,
                Symbol = wire.Symbol,
                InstrumentType = ReadOptionalEnum(WireEnums.SecurityType, wire.InstrumentType, "instrument_type", ref otherWireValues),
                AverageFillPrice = wire.AverageFillPrice,
                LimitPrice = wire.LimitPrice,
                StopPrice = wire.StopPrice,
                LimitOffset = wire.LimitOffset,
                TrailingOffset = wire.TrailingOffset,
                TrailingLimitPx = wire.TrailingLimitPx,
                TrailingStopPx = wire.TrailingStopPx,
                TrailingWatermarkPx = wire.TrailingWatermarkPx,
                ExpiresAt = wire.ExpiresAt,
                ReleasesAt = wire.ReleasesAt,
                TrailingWatermarkTs = wire.TrailingWatermarkTs,
                ExtendedHours = wire.ExtendedHours,
                QueueState = ReadOptionalEnum(WireEnums.QueueState, wire.QueueState, "queue_state", ref otherWireValues),
                TrailingOffsetType = ReadOptionalEnum(WireEnums.TrailingOffsetType, wire.TrailingOffsetType, "trailing_offset_type", ref otherWireValues),
                Details = details,
                UnderlyingInstrumentId = wire.UnderlyingInstrumentId,
                ExtensionData = wire.ExtensionData,
            };
            order.OtherWireValues = otherWireValues;
            return order;

            void Check(bool present, string name)
            {
                if (!present)
                {
                    missing.Add(prefix + name);
                }
            }
        }

        internal static OrderWire FromOrder(Order order)
            => new OrderWire
            {
                ExtensionData = order.ExtensionData == null ? null : new Dictionary<string, JsonElement>(order.ExtensionData),
                Id = order.Id,
                AccountId = order.AccountId,
                ClientOrderId = order.ClientOrderId,
                CreatedAt = order.CreatedAt,
                UpdatedAt = order.UpdatedAt,
                Quantity = order.Quantity,
                FilledQuantity = order.FilledQuantity,
                LeavesQuantity = order.LeavesQuantity,
                OrderType = WriteEnum(WireEnums.OrderType, order.OrderType, "order_type", order),
                Side = WriteEnum(WireEnums.Side, order.Side, "side", order),
                Status = WriteEnum(WireEnums.OrderStatus, order.Status, "status", order),
                TimeInForce = WriteEnum(WireEnums.TimeInForce, order.TimeInForce, "time_in_force", order),
                Venue = order.Venue,
                InstrumentId = order.InstrumentId,
                Symbol = order.Symbol,
                InstrumentType = order.InstrumentType is SecurityType instrumentType ? WriteEnum(WireEnums.SecurityType, instrumentType, "instrument_type", order) : null,
                AverageFillPrice = order.AverageFillPrice,
                LimitPrice = order.LimitPrice,
                StopPrice = order.StopPrice,
                LimitOffset = order.LimitOffset,
                TrailingOffset = order.TrailingOffset,
                TrailingLimitPx = order.TrailingLimitPx,
                TrailingStopPx = order.TrailingStopPx,
                TrailingWatermarkPx = order.TrailingWatermarkPx,
                ExpiresAt = order.ExpiresAt,
                ReleasesAt = order.ReleasesAt,
                TrailingWatermarkTs = order.TrailingWatermarkTs,
                ExtendedHours = order.ExtendedHours,
                QueueState = order.QueueState is QueueState queueState ? WriteEnum(WireEnums.QueueState, queueState, "queue_state", order) : null,
                TrailingOffsetType = order.TrailingOffsetType is TrailingOffsetType offsetType
                    ? WriteEnum(WireEnums.TrailingOffsetType, offsetType, "trailing_offset_type", order)
                    : null,
                Details = order.Details == null ? null : new List<string?>(order.Details),
                UnderlyingInstrumentId = order.UnderlyingInstrumentId,
            };

        internal const string Prefix = "The JSON is not the Clear Street contract: ";

        private static TEnum ReadEnum<TEnum>(WireEnum<TEnum> wire, string text, string field, ref Dictionary<string, string>? otherWireValues)
            where TEnum : struct, Enum
        {
            if (!wire.Knows(text))
            {
                otherWireValues ??= new Dictionary<string, string>(StringComparer.Ordinal);
                otherWireValues[field] = text;
            }

            return wire.Read(text);
        }

        private static TEnum? ReadOptionalEnum<TEnum>(WireEnum<TEnum> wire, string? text, string field, ref Dictionary<string, string>? otherWireValues)
            where TEnum : struct, Enum
            => text == null ? (TEnum?)null : ReadEnum(wire, text, field, ref otherWireValues);

        /// <summary>The wire text of an order's enum field: the kept text of an unknown value while the field is still <c>Other</c>.</summary>
        private static string WriteEnum<TEnum>(WireEnum<TEnum> wire, TEnum value, string field, Order order)
            where TEnum : struct, Enum
        {
            if (EqualityComparer<TEnum>.Default.Equals(value, wire.Other) && order.OtherWireValues != null
                && order.OtherWireValues.TryGetValue(field, out var kept) && kept != null)
            {
                return kept;
            }

            return wire.Write(value) ?? throw new InvalidOperationException(
                "Order." + ToPascal(field) + " is " + typeof(TEnum).Name + "." + value + ", which has no wire value: the contract's "
                + typeof(TEnum).Name + " has no OTHER, so the model writes it only with the wire text it was read with "
                + "(Order.OtherWireValues[\"" + field + "\"]). Set a known member, the wire text, or null.");
        }

        private static string ToPascal(string field)
        {
            var parts = field.Split('_');
            for (var i = 0; i < parts.Length; i++)
            {
                parts[i] = parts[i].Length == 0 ? parts[i] : char.ToUpperInvariant(parts[i][0]) + parts[i].Substring(1);
            }

            return string.Join(string.Empty, parts);
        }

        private static ClstContractException Missing(string path)
            => new ClstContractException(Prefix + "field '" + path + "' is required but is missing or null.", path);
    }
}
