using System.Threading.Tasks;
using Clst.Analyzers.NullableFields;
using Clst.Analyzers.Tests.Infrastructure;

namespace Clst.Analyzers.Tests.NullableFields
{
    /// <summary>
    /// Where the rule looks: lambdas, local functions, async methods, top-level statements, generics, partial code,
    /// members of every kind, and code that does not compile yet. Nullable context disabled unless a test says otherwise.
    /// </summary>
    public class ScopeTests
    {
        private static Task Verify(string source) => Rule<NullableOptionalFieldAnalyzer>.On(source).WithNullable(false).VerifyAsync();

        [Fact]
        public Task Lambdas() => Verify(Code.Usings + """

class C
{
    void M(List<Order> orders, Order order)
    {
        var lengths = orders.Select(o => [|o.Symbol|].Length).ToList();
        var filteredThenForced = orders.Where(o => o.Symbol != null).Select(o => o.Symbol!.Length).ToList();
        var safe = orders.Select(o => o.Symbol?.Length ?? 0).ToList();
        Func<decimal> price = () => [|order.AverageFillPrice.Value|];
        Action block = () =>
        {
            if (order.ExpiresAt == null) return;
            Console.WriteLine(order.ExpiresAt.Value);
        };
        Func<Order, int> anonymous = delegate (Order o) { return [|o.Details|].Count; };
    }

    void CheckedBeforeTheLambda(Order order)
    {
        if (order.Symbol == null) return;
        Func<int> length = () => order.Symbol.Length;
    }
}
""");

        [Fact]
        public Task AWhereFilterHoldsForTheElementsAfterIt() => Verify(Code.Usings + """

class C
{
    void M(List<Order> orders)
    {
        var lengths = orders.Where(o => o.Symbol != null).Select(o => o.Symbol.Length).ToList();
        var prices = orders.Where(o => o.AverageFillPrice.HasValue).OrderBy(o => o.Id).Select(o => o.AverageFillPrice.Value).ToList();
        var both = orders.Where(o => o.Details != null && !string.IsNullOrEmpty(o.Symbol)).ToList().Select(x => x.Details.Count + x.Symbol.Length);
        var query = from o in orders where o.ExpiresAt != null select o.ExpiresAt.Value;
        var some = orders.Where(o => o.Details?.Count > 0).Any(o => o.Details[0] == "x");
        foreach (var o in orders.Where(o => o.LimitPrice is not null))
        {
            Console.WriteLine(o.LimitPrice.Value);
        }
    }

    void NotTheRightFilter(List<Order> orders)
    {
        var lengths = orders.Where(o => o.Symbol != null).Select(o => [|o.InstrumentId|].Length).ToList();
        var after = orders.Where(o => o.Symbol != null).Concat(orders).Select(o => [|o.Symbol|].Length).ToList();
        var mapped = orders.Where(o => o.Symbol != null).Select(o => new Order()).Select(o => [|o.Symbol|].Length).ToList();
        foreach (var o in orders.Where(o => o.LimitPrice is null))
        {
            Console.WriteLine([|o.LimitPrice.Value|]);
        }
    }
}
""");

        [Fact]
        public Task LocalFunctions() => Verify(Code.Usings + """

class C
{
    void M(Order order)
    {
        int Length(Order o) => [|o.Symbol|].Length;
        static decimal Price(Order o)
        {
            if (o.AverageFillPrice is null) return 0m;
            return o.AverageFillPrice.Value;
        }

        Console.WriteLine(Length(order) + Price(order));
    }

    void CapturedAndCheckedAtEveryCall(Order order)
    {
        if (order.Symbol == null) return;
        Print();
        Print();
        void Print() => Console.WriteLine(order.Symbol.Length);
    }

    void CapturedAndNotCheckedAtOneCall(Order order)
    {
        Print();
        if (order.Symbol == null) return;
        Print();
        void Print() => Console.WriteLine([|order.Symbol|].Length);
    }

    void CalledFromWhereTheAnalysisCannotSee(Order order)
    {
        if (order.Symbol == null) return;
        Action later = Print;
        later();
        void Print() => Console.WriteLine(order.Symbol.Length + Twice(2));
        int Twice(int n) => n <= 0 ? 0 : Twice(n - 1) + order.Symbol.Length;
    }
}
""");

        [Fact]
        public Task AsyncMethods() => Verify(Code.Usings + """

class C
{
    async Task<int> M(IClstOrdersClient client)
    {
        var response = await client.GetOrderByIdAsync(1, "o-1");
        var n = [|response.Data.Symbol|].Length;
        var m = [|(await client.CancelOpenOrderAsync(1, "o-1")).Data.Details|].Count;
        return n + m;
    }

    async Task<decimal> Checked(IClstOrdersClient client)
    {
        var order = (await client.GetOrderByIdAsync(1, "o-1")).Data;
        if (order.AverageFillPrice is not { } price)
        {
            await Task.Delay(1);
            return 0m;
        }

        await Task.Yield();
        return price + order.AverageFillPrice.Value;
    }

    async IAsyncEnumerable<string> Symbols(IAsyncEnumerable<Order> orders)
    {
        await foreach (var order in orders)
        {
            yield return [|order.Symbol|].ToUpperInvariant();
            if (order.InstrumentId != null) yield return order.InstrumentId.ToUpperInvariant();
        }
    }
}
""");

        [Fact]
        public Task TopLevelStatements() => Rule<NullableOptionalFieldAnalyzer>.On("""

using System;
using Clst.Contracts;

var order = new Order();
Console.WriteLine([|order.Symbol|].Length);
if (order.AverageFillPrice is { } price)
{
    Console.WriteLine(price + order.AverageFillPrice.Value);
}

Console.WriteLine(Describe(order));

static string Describe(Order o) => [|o.ExpiresAt.Value|].ToString("O");

""").WithNullable(false).AsProgram().VerifyAsync();

        [Fact]
        public Task Generics() => Verify(Code.Usings + """

class Holder<T> where T : class
{
    public T Value { get; set; }
}

class C
{
    int M<TOrder>(TOrder order) where TOrder : class
        => order is Order o ? [|o.Symbol|].Length : 0;

    decimal Held(Holder<Order> holder) => [|holder.Value.LimitPrice.Value|];

    decimal HeldAndChecked(Holder<Order> holder)
        => holder.Value.LimitPrice is { } limit ? limit + holder.Value.LimitPrice.Value : 0m;

    IEnumerable<string> Many<T>(IEnumerable<T> items, Func<T, Order> select)
        => items.Select(i => [|select(i).Symbol|].Trim());
}
""");

        [Fact]
        public Task PartialCode() => Rule<NullableOptionalFieldAnalyzer>.On(Code.Usings + """

partial class Book
{
    private readonly Order _order = new Order();

    partial void OnFilled();

    public int Length() => [|_order.Symbol|].Length;
}
""").WithSource("""

using System;
partial class Book
{
    partial void OnFilled()
    {
        if (_order.AverageFillPrice == null) return;
        Console.WriteLine(_order.AverageFillPrice.Value);
        Console.WriteLine([|_order.StopPrice.Value|]);
    }
}
""").WithNullable(false).VerifyAsync();

        [Fact]
        public Task MembersOfEveryKind() => Verify(Code.Usings + """

class C
{
    private readonly Order _order = new Order();
    private static readonly Func<Order, int> Length = o => [|o.Symbol|].Length;

    public C(Order order)
    {
        Total = [|order.LimitPrice.Value|] * order.Quantity;
    }

    public decimal Total { get; }

    public string Symbol => [|_order.Symbol|].ToUpperInvariant();

    public decimal Limit
    {
        get { return _order.LimitPrice ?? 0m; }
        set { Console.WriteLine([|_order.StopPrice.Value|] + value); }
    }

    public string this[int i] => [|_order.Details|][i];

    public event EventHandler Changed
    {
        add { Console.WriteLine([|_order.InstrumentId|].Length); }
        remove { }
    }

    public static implicit operator decimal(C c) => [|c._order.AverageFillPrice.Value|];

    ~C() { Console.WriteLine([|_order.ExpiresAt.Value|]); }

    IEnumerable<string> Iterator()
    {
        yield return [|_order.UnderlyingInstrumentId|].Trim();
    }
}
""");

        [Fact]
        public Task CodeThatDoesNotCompileYetIsLeftAloneAndCodeThatCompilesIsStillFlagged() => Rule<NullableOptionalFieldAnalyzer>.On(Code.Usings + """

class C
{
    int Broken(Order order)
    {
        var n = order.Symbol.Length;
        return n + order.DoesNotExist;
    }

    int Unfinished(Order order)
    {
        var n = order.Symbol.Length
        return n;
    }

    int Fine(Order order) => [|order.Symbol|].Length;
}
""").WithNullable(false).AllowingCompilerErrors().VerifyAsync();

        [Fact]
        public Task AVeryDeepExpressionDoesNotExhaustTheStack()
        {
            var terms = string.Join(" + ", System.Linq.Enumerable.Repeat("order.Venue", 3000));
            return Verify(Code.InMethod("var text = " + terms + " + [|order.Symbol|].Length;"));
        }

        [Fact]
        public Task GeneratedCodeIsNotReported() => Verify("""
// <auto-generated/>
using Clst.Contracts;
class Generated
{
    int Length(Order order) => order.Symbol.Length;
}
""");

        [Fact]
        public Task ACompilationWithoutTheContractRegistersNothing() => Rule<NullableOptionalFieldAnalyzer>.On("""

class Order
{
    public string Symbol { get; set; }
    public decimal? AverageFillPrice { get; set; }
}

class C
{
    int Length(Order order) => order.Symbol.Length + (int)order.AverageFillPrice.Value;
}
""").WithoutShippedModel().WithNullable(false).VerifyAsync();
    }
}
