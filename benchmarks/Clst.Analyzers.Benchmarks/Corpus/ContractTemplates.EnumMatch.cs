using System.Collections.Generic;

namespace Clst.Analyzers.Benchmarks.Corpus
{
    /// <summary>The enum rules' members (CLST003 to CLST005) of <see cref="ContractTemplates"/>: incomplete matches and their complete twins.</summary>
    internal static partial class ContractTemplates
    {
        public static IReadOnlyList<MemberTemplate> EnumMatch { get; } = new[]
        {
            // ---- flagged: an incomplete match over a contract enum
            new MemberTemplate("CLST003", true, "switch statement, no default", n => $$"""
                public void Track{{n}}(Order order)
                {
                    switch (order.Status)
                    {
                        case OrderStatus.New:
                        case OrderStatus.PartiallyFilled:
                            _open[order.Id] = order;
                            break;
                        case OrderStatus.Filled:
                            _open.Remove(order.Id);
                            break;
                    }
                }
                """),
            new MemberTemplate("CLST003", true, "switch expression, throwing discard", n => $$"""
                public static int Rank{{n}}(OrderStatus status) => status switch
                {
                    OrderStatus.PendingNew => 0,
                    OrderStatus.New => 1,
                    OrderStatus.PartiallyFilled => 2,
                    OrderStatus.Filled => 3,
                    _ => throw new ArgumentOutOfRangeException(nameof(status), status, "unexpected status"),
                };
                """),
            new MemberTemplate("CLST004", true, "TimeInForce switch expression, throwing discard", n => $$"""
                public static string TifCode{{n}}(TimeInForce timeInForce) => timeInForce switch
                {
                    TimeInForce.Day => "DAY",
                    TimeInForce.GoodTillCancel => "GTC",
                    TimeInForce.ImmediateOrCancel => "IOC",
                    _ => throw new NotSupportedException("time in force " + timeInForce),
                };
                """),
            new MemberTemplate("CLST005", true, "Side switch statement, no default", n => $$"""
                public static decimal SignedFilled{{n}}(Order order)
                {
                    decimal sign = 0m;
                    switch (order.Side)
                    {
                        case Side.Buy:
                            sign = 1m;
                            break;
                        case Side.Sell:
                            sign = -1m;
                            break;
                    }

                    return sign * order.FilledQuantity;
                }
                """),
            new MemberTemplate("CLST005", true, "if/else-if chain ending in throw", n => $$"""
                public static bool NeedsLimitPrice{{n}}(OrderType orderType)
                {
                    if (orderType == OrderType.Market)
                    {
                        return false;
                    }
                    else if (orderType == OrderType.Limit)
                    {
                        return true;
                    }
                    else if (orderType == OrderType.StopLimit)
                    {
                        return true;
                    }
                    else
                    {
                        throw new InvalidOperationException("unexpected order type " + orderType);
                    }
                }
                """),
            // ---- clean twins
            new MemberTemplate("CLST005", false, "every Side member handled", n => $$"""
                public static string SideText{{n}}(Side side) => side switch
                {
                    Side.Buy => "buy",
                    Side.Sell => "sell",
                    Side.SellShort => "sell short",
                    Side.Other => "other",
                    _ => "unknown",
                };
                """),
            new MemberTemplate("CLST003", false, "non-throwing discard", n => $$"""
                public static bool CanAmend{{n}}(OrderStatus status) => status switch
                {
                    OrderStatus.New => true,
                    OrderStatus.PartiallyFilled => true,
                    _ => false,
                };
                """),
            new MemberTemplate("CLST003", false, "every OrderStatus member, grouped", n => $$"""
                public static string Group{{n}}(OrderStatus status)
                {
                    switch (status)
                    {
                        case OrderStatus.Filled:
                        case OrderStatus.Canceled:
                        case OrderStatus.Rejected:
                        case OrderStatus.Expired:
                        case OrderStatus.Replaced:
                            return "final";
                        case OrderStatus.PendingNew:
                        case OrderStatus.PendingCancel:
                        case OrderStatus.PendingReplace:
                            return "pending";
                        case OrderStatus.New:
                        case OrderStatus.PartiallyFilled:
                        case OrderStatus.Calculated:
                            return "working";
                        case OrderStatus.DoneForDay:
                        case OrderStatus.Stopped:
                        case OrderStatus.Suspended:
                            return "paused";
                        case OrderStatus.Other:
                            return "unknown";
                        default:
                            return "unknown";
                    }
                }
                """),
            new MemberTemplate("CLST004", false, "every TimeInForce member", n => $$"""
                public static bool EndsToday{{n}}(TimeInForce timeInForce)
                {
                    switch (timeInForce)
                    {
                        case TimeInForce.Day:
                        case TimeInForce.ImmediateOrCancel:
                        case TimeInForce.FillOrKill:
                        case TimeInForce.AtTheOpening:
                        case TimeInForce.AtTheClose:
                        case TimeInForce.AtCrossing:
                            return true;
                        case TimeInForce.GoodTillCancel:
                        case TimeInForce.GoodTillDate:
                        case TimeInForce.GoodTillCrossing:
                        case TimeInForce.GoodThroughCrossing:
                        case TimeInForce.Other:
                            return false;
                        default:
                            return false;
                    }
                }
                """),
            new MemberTemplate("CLST005", false, "OrderType with an explicit default", n => $$"""
                public static string PriceLabel{{n}}(Order order)
                {
                    switch (order.OrderType)
                    {
                        case OrderType.Limit:
                            return "limit " + order.LimitPrice;
                        case OrderType.Stop:
                            return "stop " + order.StopPrice;
                        default:
                            return order.OrderType.ToString();
                    }
                }
                """),
            new MemberTemplate("CLST003", false, "switch on another value", n => $$"""
                public static int Weight{{n}}(int bucket, OrderStatus status)
                {
                    switch (bucket)
                    {
                        case 0:
                            return status == OrderStatus.New ? 1 : 0;
                        case 1:
                            return 2;
                        default:
                            return 3;
                    }
                }
                """),
        };
    }
}
