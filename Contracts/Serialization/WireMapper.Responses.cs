using System.Collections.Generic;
using System.Text.Json;

namespace Clst.Contracts.Serialization
{
    /// <summary>The response envelopes: <c>{ data, error, metadata }</c> with one order or a list of orders as <c>data</c>.</summary>
    internal static partial class WireMapper
    {
        internal static CancelOpenOrderResponse ToCancelOpenOrderResponse(ResponseWire? wire)
        {
            var body = RequireBody(wire);
            var response = new CancelOpenOrderResponse { Data = ToOrder(body.Data, "data") };
            FillBase(response, body.Metadata, body.Error);
            return response;
        }

        internal static GetOrderByIdResponse ToGetOrderByIdResponse(ResponseWire? wire)
        {
            var body = RequireBody(wire);
            var response = new GetOrderByIdResponse { Data = ToOrder(body.Data, "data") };
            FillBase(response, body.Metadata, body.Error);
            return response;
        }

        internal static GetOrdersResponse ToGetOrdersResponse(OrderListResponseWire? wire)
        {
            var body = RequireBody(wire);
            var response = new GetOrdersResponse { Data = ToOrders(body.Data) };
            FillBase(response, body.Metadata, body.Error);
            return response;
        }

        internal static CancelAllOpenOrdersResponse ToCancelAllOpenOrdersResponse(OrderListResponseWire? wire)
        {
            var body = RequireBody(wire);
            var response = new CancelAllOpenOrdersResponse { Data = ToOrders(body.Data) };
            FillBase(response, body.Metadata, body.Error);
            return response;
        }

        internal static ResponseWire FromResponse(BaseResponse response, Order? data)
            => new ResponseWire
            {
                Data = data == null ? null : FromOrder(data),
                Error = FromError(response.Error),
                Metadata = FromMetadata(response.Metadata),
            };

        internal static OrderListResponseWire FromListResponse(BaseResponse response, IReadOnlyList<Order>? data)
        {
            List<OrderWire?>? orders = null;
            if (data != null)
            {
                orders = new List<OrderWire?>(data.Count);
                foreach (var order in data)
                {
                    orders.Add(order == null ? null : FromOrder(order));
                }
            }

            return new OrderListResponseWire { Data = orders, Error = FromError(response.Error), Metadata = FromMetadata(response.Metadata) };
        }

        private static Order[] ToOrders(List<OrderWire?>? wire)
        {
            if (wire == null)
            {
                throw Missing("data");
            }

            var orders = new Order[wire.Count];
            for (var i = 0; i < orders.Length; i++)
            {
                orders[i] = ToOrder(wire[i], "data[" + i + "]");
            }

            return orders;
        }

        private static ApiErrorWire? FromError(ApiError? error)
            => error == null
                ? null
                : new ApiErrorWire
                {
                    Code = error.Code,
                    Message = error.Message,
                    Details = error.Details == null ? null : new List<JsonElement>(error.Details),
                };

        private static MetadataWire? FromMetadata(ResponseMetadata? metadata)
            => metadata == null
                ? null
                : new MetadataWire
                {
                    RequestId = metadata.RequestId,
                    NextPageToken = metadata.NextPageToken,
                    PreviousPageToken = metadata.PreviousPageToken,
                    PageNumber = metadata.PageNumber,
                    TotalPages = metadata.TotalPages,
                    TotalItems = metadata.TotalItems,
                };

        private static T RequireBody<T>(T? wire)
            where T : class
            => wire ?? throw new ClstContractException(Prefix + "the body is JSON null; expected an object.", string.Empty);

        private static void FillBase(BaseResponse response, MetadataWire? metadata, ApiErrorWire? error)
        {
            metadata = metadata ?? throw Missing("metadata");
            response.Metadata = new ResponseMetadata
            {
                RequestId = metadata.RequestId ?? throw Missing("metadata.request_id"),
                NextPageToken = metadata.NextPageToken,
                PreviousPageToken = metadata.PreviousPageToken,
                PageNumber = metadata.PageNumber,
                TotalPages = metadata.TotalPages,
                TotalItems = metadata.TotalItems,
            };

            if (error != null)
            {
                response.Error = new ApiError
                {
                    Code = error.Code ?? throw Missing("error.code"),
                    Message = error.Message ?? throw Missing("error.message"),
                    Details = error.Details?.ToArray(),
                };
            }
        }
    }
}
