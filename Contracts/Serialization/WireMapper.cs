using System.Collections.Generic;
using System.Text.Json;

namespace Clst.Contracts.Serialization
{
    /// <summary>
    /// Between the wire shapes and the public model. Reading checks every required field and refuses the body, naming the
    /// field, rather than return a model with a default in place of a missing value.
    /// </summary>
    internal static class WireMapper
    {
        internal static CancelOpenOrderResponse ToCancelOpenOrderResponse(ResponseWire? wire)
        {
            var body = RequireBody(wire);
            var response = new CancelOpenOrderResponse { Data = ToOrder(body.Data, "data") };
            FillBase(response, body);
            return response;
        }

        internal static GetOrderByIdResponse ToGetOrderByIdResponse(ResponseWire? wire)
        {
            var body = RequireBody(wire);
            var response = new GetOrderByIdResponse { Data = ToOrder(body.Data, "data") };
            FillBase(response, body);
            return response;
        }

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
            Check(wire.OrderType.HasValue, "order_type");
            Check(wire.Quantity.HasValue, "quantity");
            Check(wire.Side.HasValue, "side");
            Check(wire.Status.HasValue, "status");
            Check(wire.TimeInForce.HasValue, "time_in_force");
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

            return new Order
            {
                Id = wire.Id!,
                AccountId = wire.AccountId!.Value,
                ClientOrderId = wire.ClientOrderId!,
                CreatedAt = wire.CreatedAt!.Value,
                UpdatedAt = wire.UpdatedAt!.Value,
                Quantity = wire.Quantity!.Value,
                FilledQuantity = wire.FilledQuantity!.Value,
                LeavesQuantity = wire.LeavesQuantity!.Value,
                OrderType = wire.OrderType!.Value,
                Side = wire.Side!.Value,
                Status = wire.Status!.Value,
                TimeInForce = wire.TimeInForce!.Value,
                Venue = wire.Venue!,
                InstrumentId = wire.InstrumentId,
                Symbol = wire.Symbol,
                InstrumentType = wire.InstrumentType,
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
                QueueState = wire.QueueState,
                TrailingOffsetType = wire.TrailingOffsetType,
                Details = details,
                UnderlyingInstrumentId = wire.UnderlyingInstrumentId,
            };

            void Check(bool present, string name)
            {
                if (!present)
                {
                    missing.Add(prefix + name);
                }
            }
        }

        internal static ResponseWire FromResponse(BaseResponse response, Order? data)
            => new ResponseWire
            {
                Data = data == null ? null : FromOrder(data),
                Error = response.Error == null
                    ? null
                    : new ApiErrorWire
                    {
                        Code = response.Error.Code,
                        Message = response.Error.Message,
                        Details = response.Error.Details == null ? null : new List<JsonElement>(response.Error.Details),
                    },
                Metadata = response.Metadata == null
                    ? null
                    : new MetadataWire
                    {
                        RequestId = response.Metadata.RequestId,
                        NextPageToken = response.Metadata.NextPageToken,
                        PreviousPageToken = response.Metadata.PreviousPageToken,
                        PageNumber = response.Metadata.PageNumber,
                        TotalPages = response.Metadata.TotalPages,
                        TotalItems = response.Metadata.TotalItems,
                    },
            };

        internal static OrderWire FromOrder(Order order)
            => new OrderWire
            {
                Id = order.Id,
                AccountId = order.AccountId,
                ClientOrderId = order.ClientOrderId,
                CreatedAt = order.CreatedAt,
                UpdatedAt = order.UpdatedAt,
                Quantity = order.Quantity,
                FilledQuantity = order.FilledQuantity,
                LeavesQuantity = order.LeavesQuantity,
                OrderType = order.OrderType,
                Side = order.Side,
                Status = order.Status,
                TimeInForce = order.TimeInForce,
                Venue = order.Venue,
                InstrumentId = order.InstrumentId,
                Symbol = order.Symbol,
                InstrumentType = order.InstrumentType,
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
                QueueState = order.QueueState,
                TrailingOffsetType = order.TrailingOffsetType,
                Details = order.Details == null ? null : new List<string?>(order.Details),
                UnderlyingInstrumentId = order.UnderlyingInstrumentId,
            };

        internal const string Prefix = "The JSON is not the Clear Street contract: ";

        private static ResponseWire RequireBody(ResponseWire? wire)
            => wire ?? throw new ClstContractException(Prefix + "the body is JSON null; expected an object.", string.Empty);

        private static void FillBase(BaseResponse response, ResponseWire body)
        {
            var metadata = body.Metadata ?? throw Missing("metadata");
            response.Metadata = new ResponseMetadata
            {
                RequestId = metadata.RequestId ?? throw Missing("metadata.request_id"),
                NextPageToken = metadata.NextPageToken,
                PreviousPageToken = metadata.PreviousPageToken,
                PageNumber = metadata.PageNumber,
                TotalPages = metadata.TotalPages,
                TotalItems = metadata.TotalItems,
            };

            if (body.Error != null)
            {
                response.Error = new ApiError
                {
                    Code = body.Error.Code ?? throw Missing("error.code"),
                    Message = body.Error.Message ?? throw Missing("error.message"),
                    Details = body.Error.Details?.ToArray(),
                };
            }
        }

        private static ClstContractException Missing(string path)
            => new ClstContractException(Prefix + "field '" + path + "' is required but is missing or null.", path);
    }
}
