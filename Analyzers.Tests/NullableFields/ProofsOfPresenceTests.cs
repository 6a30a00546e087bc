using System.Threading.Tasks;
using Clst.Analyzers.NullableFields;
using Clst.Analyzers.Tests.Infrastructure;

namespace Clst.Analyzers.Tests.NullableFields
{
    /// <summary>
    /// The proofs of presence listed on docs/rules/CLST002.md that <see cref="ChecksTests"/> does not already cover, each
    /// beside a twin that proves nothing (flagged); and what the analysis deliberately does not follow (across methods,
    /// through fields, through collections), as the page says. Nullable context disabled: CLST002 does all the work.
    /// </summary>
    public class ProofsOfPresenceTests
    {
        private static Task Verify(string source) => Rule<NullableOptionalFieldAnalyzer>.On(Code.Usings + source).WithNullable(false).VerifyAsync();

        [Fact]
        public Task ObjectEqualsWithNull() => Verify("""

class C
{
    int Checked(Order order)
    {
        if (object.Equals(order.Symbol, null)) return 0;
        return order.Symbol.Length;
    }

    int Inverted(Order order)
    {
        if (!object.Equals(order.Symbol, null)) return 0;
        return [|order.Symbol|].Length;
    }
}
""");

        [Fact]
        public Task RelationalPattern() => Verify("""

class C
{
    decimal Checked(Order order) => order.AverageFillPrice is > 0m ? order.AverageFillPrice.Value : 0m;

    decimal Negated(Order order) => order.AverageFillPrice is not > 0m ? [|order.AverageFillPrice.Value|] : 0m;
}
""");

        [Fact]
        public Task ListPattern() => Verify("""

class C
{
    string Checked(Order order) => order.Details is [_, ..] ? order.Details[0] : "";

    string Negated(Order order) => order.Details is not [_, ..] ? [|order.Details|][0] : "";
}
""");

        [Fact]
        public Task TheVariableARecursivePatternDeclares() => Verify("""

class C
{
    int Checked(object value) => value is Order { Symbol: not null } o ? o.Symbol.Length : 0;

    int OtherMember(object value) => value is Order { InstrumentId: not null } o ? [|o.Symbol|].Length : 0;
}
""");

        [Fact]
        public Task HelpersNamedIsNotNull() => Verify("""

static class Text
{
    public static bool IsNotNullOrEmpty(string value) => !string.IsNullOrEmpty(value);

    public static bool IsNull(object value) => value == null;
}

class C
{
    int Checked(Order order) => Text.IsNotNullOrEmpty(order.Symbol) ? order.Symbol.Length : 0;

    int CheckedByIsNull(Order order) => Text.IsNull(order.InstrumentId) ? 0 : order.InstrumentId.Length;

    int InvertedIsNull(Order order) => Text.IsNull(order.InstrumentId) ? [|order.InstrumentId|].Length : 0;

    int Inverted(Order order) => Text.IsNotNullOrEmpty(order.Symbol) ? 0 : [|order.Symbol|].Length;
}
""");

        [Fact]
        public Task GuardAgainstNull() => Verify("""

public interface IGuardClause { }

public static class Guard
{
    public static IGuardClause Against { get; } = null;
}

public static class GuardClauseExtensions
{
    public static T Null<T>(this IGuardClause clause, T input)
    {
        if (input == null) throw new ArgumentNullException(nameof(input));
        return input;
    }
}

class C
{
    void Checked(Order order)
    {
        Guard.Against.Null(order.Symbol);
        Console.WriteLine(order.Symbol.Length);
    }

    void OtherField(Order order)
    {
        Guard.Against.Null(order.InstrumentId);
        Console.WriteLine([|order.Symbol|].Length);
    }
}
""");

        [Fact]
        public Task TheSamePathThroughACallOrAnIndexer() => Verify("""

class C
{
    Order Get() => new Order();

    void Checked(List<Order> orders)
    {
        if (Get().Symbol != null) Console.WriteLine(Get().Symbol.Length);
        if (orders[0].Symbol != null) Console.WriteLine(orders[0].Symbol.Length);
    }

    void AnotherElement(List<Order> orders)
    {
        if (orders[0].Symbol != null) Console.WriteLine([|orders[1].Symbol|].Length);
    }
}
""");

        // ------------------------------------------------------------------ not followed

        [Fact]
        public Task NotAcrossMethods() => Verify("""

class C
{
    void Caller(Order order)
    {
        if (order.Symbol == null) return;
        Print(order);                                         // the check does not reach Print
        Console.WriteLine(Unwrap(order.AverageFillPrice));     // nor is the value followed into Unwrap
    }

    static void Print(Order order) => Console.WriteLine([|order.Symbol|].Length);

    static decimal Unwrap(decimal? price) => price.Value;      // a parameter of the method's own: silent

    static bool HasFill(Order order) => order.AverageFillPrice != null;

    decimal Price(Order order) => HasFill(order) ? [|order.AverageFillPrice.Value|] : 0m; // a helper's check is not seen
}
""");

        [Fact]
        public Task NotThroughFields() => Verify("""

class C
{
    private readonly Order _order = new Order();
    private decimal? _price;
    private bool _hasSymbol;

    void Stored(Order order)
    {
        _price = order.AverageFillPrice;
        Console.WriteLine(_price.Value);                       // a value stored in a field is not followed: silent
    }

    void StoredInAProperty(Order order, Order other)
    {
        order.LimitPrice = other.LimitPrice;
        Console.WriteLine(order.LimitPrice.Value);             // nor one stored in a property, even one of the nineteen
        Console.WriteLine([|other.LimitPrice.Value|]);         // the field it was read from still is
    }

    void CheckedInOneMethod()
    {
        _hasSymbol = _order.Symbol != null;
        if (_order.Symbol == null) return;
        Console.WriteLine(_order.Symbol.Length);               // the same path within one method is followed
    }

    void UsedInAnother()
    {
        if (_hasSymbol) Console.WriteLine([|_order.Symbol|].Length); // a check kept in a field proves nothing
    }
}
""");

        [Fact]
        public Task NotThroughCollections() => Verify("""

class C
{
    void Stored(Order order)
    {
        var prices = new List<decimal?> { order.AverageFillPrice };
        Console.WriteLine(prices[0].Value);                    // a value stored in a collection is not followed: silent
        var bySymbol = new Dictionary<string, string> { ["x"] = order.Symbol };
        Console.WriteLine(bySymbol["x"].Length);               // silent
    }

    void CheckedByAQueryOtherThanWhere(List<Order> orders)
    {
        if (!orders.All(o => o.Symbol != null)) return;
        foreach (var o in orders)
        {
            Console.WriteLine([|o.Symbol|].Length);            // All(...) before the loop proves nothing
        }
    }
}
""");
    }
}
