using System.Collections.Generic;

namespace Clst.Analyzers.Benchmarks.Corpus
{
    /// <summary>
    /// Ordinary code with no contract use: the bulk of a real code base. Some members use the shop's own types from the
    /// shared file (<c>Acme.Shop</c>, including an unrelated <c>OrderStatus</c>); the others only the BCL. A class holding
    /// them has the fields <c>_journal</c> (<c>List&lt;string&gt;</c>) and <c>_cache</c> (<c>Dictionary&lt;string, decimal&gt;</c>).
    /// No member name here is one of the contract's (no <c>PendingCancel</c>, <c>AverageFillPrice</c>, …): the bail-out corpus
    /// is built from these alone and must not look like the contract.
    /// </summary>
    internal static class OrdinaryTemplates
    {
        /// <summary>The shared file of the corpus: the shop's own model.</summary>
        public const string SharedFile = """
            using System;
            using System.Collections.Generic;

            namespace Acme.Shop
            {
                public enum OrderStatus
                {
                    Pending,
                    Paid,
                    Shipped,
                    Delivered,
                    Returned,
                    Refunded,
                }

                public enum ShipmentState
                {
                    Created,
                    Picked,
                    Packed,
                    InTransit,
                    Delivered,
                    Lost,
                }

                public enum PaymentMethod
                {
                    Card,
                    Transfer,
                    Invoice,
                    Voucher,
                }

                public sealed class OrderLine
                {
                    public string Sku { get; set; } = string.Empty;

                    public int Count { get; set; }

                    public decimal UnitPrice { get; set; }

                    public decimal? Discount { get; set; }
                }

                public sealed class Customer
                {
                    public string Key { get; set; } = string.Empty;

                    public string Name { get; set; } = string.Empty;

                    public string Email { get; set; } = string.Empty;

                    public decimal? CreditLimit { get; set; }

                    public DateTimeOffset? LastSeen { get; set; }
                }

                public sealed class Basket
                {
                    public string Key { get; set; } = string.Empty;

                    public OrderStatus Status { get; set; }

                    public PaymentMethod Payment { get; set; }

                    public Customer Buyer { get; set; } = new Customer();

                    public List<OrderLine> Lines { get; } = new List<OrderLine>();
                }

                public interface IClock
                {
                    DateTimeOffset UtcNow { get; }
                }
            }
            """;

        public static IReadOnlyList<MemberTemplate> All { get; } = new[]
        {
            // ---- the shop's own types
            new MemberTemplate(MemberTemplate.NoRule, false, "LINQ total", n => $$"""
                public decimal Total{{n}}(Basket basket)
                    => basket.Lines.Where(l => l.Count > 0).Sum(l => l.Count * l.UnitPrice - (l.Discount ?? 0m));
                """, usesShop: true),
            new MemberTemplate(MemberTemplate.NoRule, false, "incomplete switch over the shop's OrderStatus", n => $$"""
                public string Describe{{n}}(OrderStatus status)
                {
                    switch (status)
                    {
                        case OrderStatus.Pending:
                            return "waiting for payment";
                        case OrderStatus.Shipped:
                            return "on its way";
                    }

                    return "see the order page";
                }
                """, usesShop: true),
            new MemberTemplate(MemberTemplate.NoRule, false, "complete switch expression over ShipmentState", n => $$"""
                public static int Progress{{n}}(ShipmentState state) => state switch
                {
                    ShipmentState.Created => 0,
                    ShipmentState.Picked => 25,
                    ShipmentState.Packed => 50,
                    ShipmentState.InTransit => 75,
                    ShipmentState.Delivered => 100,
                    ShipmentState.Lost => -1,
                    _ => -1,
                };
                """, usesShop: true),
            new MemberTemplate(MemberTemplate.NoRule, false, "throwing switch expression over PaymentMethod", n => $$"""
                public static decimal Fee{{n}}(PaymentMethod method, decimal amount) => method switch
                {
                    PaymentMethod.Card => Math.Round(amount * 0.015m, 2),
                    PaymentMethod.Transfer => 0.25m,
                    _ => throw new NotSupportedException("payment method " + method),
                };
                """, usesShop: true),
            new MemberTemplate(MemberTemplate.NoRule, false, "own nullable value types", n => $$"""
                public bool CanSpend{{n}}(Customer customer, decimal amount)
                {
                    if (!customer.CreditLimit.HasValue)
                    {
                        return false;
                    }

                    var seen = customer.LastSeen.GetValueOrDefault();
                    _journal.Add(customer.Key + " last seen " + seen.ToString("O", CultureInfo.InvariantCulture));
                    return customer.CreditLimit.Value >= amount;
                }
                """, usesShop: true),
            new MemberTemplate(MemberTemplate.NoRule, false, "status comparisons on the shop's enum", n => $$"""
                public static bool IsSettled{{n}}(Basket basket)
                    => basket.Status == OrderStatus.Delivered || basket.Status == OrderStatus.Refunded || basket.Status is OrderStatus.Returned;
                """, usesShop: true),
            new MemberTemplate(MemberTemplate.NoRule, false, "grouping and projection", n => $$"""
                public IReadOnlyDictionary<string, int> CountBySku{{n}}(IEnumerable<Basket> baskets)
                    => baskets.SelectMany(b => b.Lines)
                        .GroupBy(l => l.Sku, StringComparer.OrdinalIgnoreCase)
                        .ToDictionary(g => g.Key, g => g.Sum(l => l.Count), StringComparer.OrdinalIgnoreCase);
                """, usesShop: true),
            new MemberTemplate(MemberTemplate.NoRule, false, "validation with exceptions", n => $$"""
                public void Validate{{n}}(Basket basket)
                {
                    if (basket == null)
                    {
                        throw new ArgumentNullException(nameof(basket));
                    }

                    if (basket.Lines.Count == 0)
                    {
                        throw new InvalidOperationException("basket " + basket.Key + " is empty");
                    }

                    foreach (var line in basket.Lines)
                    {
                        if (line.Count <= 0 || line.UnitPrice < 0m)
                        {
                            throw new InvalidOperationException($"line {line.Sku} of basket {basket.Key} is invalid");
                        }
                    }
                }
                """, usesShop: true),

            // ---- the BCL only (also used in client code that touches the contract)
            new MemberTemplate(MemberTemplate.NoRule, false, "StringBuilder formatting", n => $$"""
                public static string Table{{n}}(IReadOnlyList<KeyValuePair<string, decimal>> rows)
                {
                    var builder = new StringBuilder();
                    builder.AppendLine("name;value");
                    for (int i = 0; i < rows.Count; i++)
                    {
                        builder.Append(rows[i].Key).Append(';').Append(rows[i].Value.ToString("0.####", CultureInfo.InvariantCulture)).AppendLine();
                    }

                    return builder.ToString();
                }
                """),
            new MemberTemplate(MemberTemplate.NoRule, false, "async retry", n => $$"""
                public static async Task<T> Retry{{n}}Async<T>(Func<CancellationToken, Task<T>> action, int attempts, CancellationToken cancellationToken)
                {
                    for (int attempt = 1; ; attempt++)
                    {
                        try
                        {
                            return await action(cancellationToken).ConfigureAwait(false);
                        }
                        catch (TimeoutException) when (attempt < attempts)
                        {
                            await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt), cancellationToken).ConfigureAwait(false);
                        }
                    }
                }
                """),
            new MemberTemplate(MemberTemplate.NoRule, false, "cache with TryGetValue", n => $$"""
                public decimal Lookup{{n}}(string key, Func<string, decimal> load)
                {
                    if (_cache.TryGetValue(key, out var value))
                    {
                        return value;
                    }

                    value = load(key);
                    _cache[key] = value;
                    return value;
                }
                """),
            new MemberTemplate(MemberTemplate.NoRule, false, "parsing with a local function", n => $$"""
                public static List<decimal> ParseAmounts{{n}}(string line)
                {
                    var result = new List<decimal>();
                    foreach (var part in line.Split(',', StringSplitOptions.RemoveEmptyEntries))
                    {
                        if (TryRead(part.Trim(), out var amount))
                        {
                            result.Add(amount);
                        }
                    }

                    return result;

                    static bool TryRead(string text, out decimal amount)
                        => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out amount);
                }
                """),
            new MemberTemplate(MemberTemplate.NoRule, false, "switch on a string", n => $$"""
                public static int Priority{{n}}(string level)
                {
                    switch (level.ToUpperInvariant())
                    {
                        case "LOW":
                            return 1;
                        case "NORMAL":
                            return 2;
                        case "HIGH":
                            return 3;
                        default:
                            return 0;
                    }
                }
                """),
            new MemberTemplate(MemberTemplate.NoRule, false, "generic helper", n => $$"""
                public static TValue GetOrAdd{{n}}<TKey, TValue>(IDictionary<TKey, TValue> map, TKey key, Func<TKey, TValue> create)
                    where TKey : notnull
                {
                    if (!map.TryGetValue(key, out var value))
                    {
                        value = create(key);
                        map.Add(key, value);
                    }

                    return value;
                }
                """),
            new MemberTemplate(MemberTemplate.NoRule, false, "statistics loop", n => $$"""
                public static (decimal Mean, decimal Max) Summarize{{n}}(IReadOnlyCollection<decimal> values)
                {
                    if (values.Count == 0)
                    {
                        return (0m, 0m);
                    }

                    decimal sum = 0m, max = decimal.MinValue;
                    foreach (var value in values)
                    {
                        sum += value;
                        if (value > max)
                        {
                            max = value;
                        }
                    }

                    return (sum / values.Count, max);
                }
                """),
            new MemberTemplate(MemberTemplate.NoRule, false, "journal with lambdas", n => $$"""
                public IEnumerable<string> Recent{{n}}(int count, Func<string, bool> filter)
                    => _journal.Where(filter).Reverse().Take(count).Select((entry, index) => index + ": " + entry);
                """),
            new MemberTemplate(MemberTemplate.NoRule, false, "if/else-if chain on numbers", n => $$"""
                public static string Bucket{{n}}(decimal amount)
                {
                    if (amount < 100m)
                    {
                        return "small";
                    }
                    else if (amount < 10_000m)
                    {
                        return "medium";
                    }
                    else if (amount < 1_000_000m)
                    {
                        return "large";
                    }

                    return "huge";
                }
                """),
            new MemberTemplate(MemberTemplate.NoRule, false, "date arithmetic", n => $$"""
                public static DateTimeOffset NextBusinessDay{{n}}(DateTimeOffset from)
                {
                    var next = from.AddDays(1);
                    while (next.DayOfWeek == DayOfWeek.Saturday || next.DayOfWeek == DayOfWeek.Sunday)
                    {
                        next = next.AddDays(1);
                    }

                    return next;
                }
                """),
        };
    }
}
