using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Clst.Analyzers.CodeFixes.PendingCancel;
using Clst.Analyzers.PendingCancel;
using Clst.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.Tests.PendingCancel
{
    /// <summary>
    /// Form 1 in the code that C# 13 and 14 on .NET 9 and later bind differently from C# 12: <c>array.Contains(x)</c> becomes
    /// <c>MemoryExtensions.Contains</c> over a span, with an optional comparer, and <c>ImmutableHashSet.Create(a, b)</c> passes a
    /// params span (an implicit collection expression) instead of a params array. The same source must give the same
    /// findings either way: in Analyzers.Tests.Net10 (.NET 10, C# 14, what a new project on the .NET 10 SDK compiles
    /// with) these tests run the new bindings, in the other two projects the old ones. <c>MemoryExtensions</c> is in
    /// <c>System</c>: without <c>using System;</c> (which a project's implicit usings add) the call stays Enumerable's.
    /// </summary>
    public class SpanBindingTests
    {
        [Fact]
        public async Task EachProjectBindsTheseFormsAsItsLanguageAndLibraryDo()
        {
            // The rule tests' own references and language (not the test host's assemblies, which bind differently).
            var references = await TestFrameworks.Default.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
            var compilation = CSharpCompilation.Create(
                "Binding",
                new[] { CSharpSyntaxTree.ParseText("""
using System;
using System.Collections.Immutable;
using System.Linq;

static class C
{
    static bool Has(DayOfWeek[] days) => days.Contains(DayOfWeek.Friday);
    static readonly ImmutableHashSet<int> Set = ImmutableHashSet.Create(1, 2);
}
""", new CSharpParseOptions(TestFrameworks.Language)) },
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            var tree = compilation.SyntaxTrees.Single();
            var model = compilation.GetSemanticModel(tree);
            var calls = tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
                .Select(call => (IInvocationOperation)model.GetOperation(call)!).ToList();
            var contains = calls.Single(call => call.TargetMethod.Name == "Contains");
            var create = calls.Single(call => call.TargetMethod.Name == "Create");
#if NET10_PROJECT
            Assert.Equal("MemoryExtensions", contains.TargetMethod.ContainingType.Name);
            Assert.Equal(3, contains.Arguments.Length);
            Assert.Equal(ArgumentKind.DefaultValue, contains.Arguments[2].ArgumentKind);
            Assert.Equal("ReadOnlySpan", create.TargetMethod.Parameters.Single().Type.Name);
#else
            Assert.Equal("Enumerable", contains.TargetMethod.ContainingType.Name);
            Assert.Equal(2, contains.Arguments.Length);
            Assert.Equal(TypeKind.Array, create.TargetMethod.Parameters.Single().Type.TypeKind);
#endif
        }

        [Fact]
        public Task AnArrayWrittenInPlaceAndTestedWithContainsIsATest() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System;
using System.Linq;
using Clst.Contracts;

static class Statuses
{
    public static bool IsDone(OrderStatus status)
        => new[] { OrderStatus.Filled, OrderStatus.Canceled, [|OrderStatus.PendingCancel|] }.Contains(status);

    public static bool IsDoneWithoutPendingCancel(OrderStatus status)
        => new[] { OrderStatus.Filled, OrderStatus.Canceled }.Contains(status);

    public static bool IsDoneNamed(OrderStatus status)
        => Enumerable.Contains(value: status, source: new[] { OrderStatus.Filled, [|OrderStatus.PendingCancel|] });

    public static bool IsDoneNamedWithoutPendingCancel(OrderStatus status)
        => Enumerable.Contains(value: status, source: new[] { OrderStatus.Filled, OrderStatus.Canceled });
}
""");

        [Fact]
        public Task AContainsWithAComparerOfItsOwnIsNotRead() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System;
using System.Collections.Generic;
using System.Linq;
using Clst.Contracts;

static class Statuses
{
    // What counts as equal is the comparer's to say: not read, so not judged.
    public static bool IsDone(OrderStatus status, IEqualityComparer<OrderStatus> comparer)
        => new[] { OrderStatus.Filled, OrderStatus.Canceled, OrderStatus.PendingCancel }.Contains(status, comparer);
}
""");

        [Fact]
        public Task ASetBuiltFromParamsArgumentsIsACollection() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System;
using System.Collections.Immutable;
using Clst.Contracts;

static class Statuses
{
    public static readonly ImmutableHashSet<OrderStatus> Closed =
        ImmutableHashSet.Create(OrderStatus.Filled, OrderStatus.Canceled, [|OrderStatus.PendingCancel|]);

    public static readonly ImmutableHashSet<OrderStatus> ClosedWithoutPendingCancel =
        ImmutableHashSet.Create(OrderStatus.Filled, OrderStatus.Canceled);

    public static readonly ImmutableArray<OrderStatus> Final =
        ImmutableArray.Create(OrderStatus.Filled, OrderStatus.Canceled, OrderStatus.Rejected, OrderStatus.Expired, [|OrderStatus.PendingCancel|]);

    public static readonly ImmutableArray<OrderStatus> FinalWithoutPendingCancel =
        ImmutableArray.Create(OrderStatus.Filled, OrderStatus.Canceled, OrderStatus.Rejected, OrderStatus.Expired, OrderStatus.Replaced);

    public static bool IsDone(OrderStatus status)
        => ImmutableHashSet.Create(OrderStatus.Filled, OrderStatus.Canceled, [|OrderStatus.PendingCancel|]).Contains(status);

    public static bool IsDoneWithoutPendingCancel(OrderStatus status)
        => ImmutableHashSet.Create(OrderStatus.Filled, OrderStatus.Canceled).Contains(status);
}
""");

        [Fact]
        public Task AnInPlaceSetOfTheFinalStatusesTestedWithContainsBecomesIsFinal() => Rule<PendingCancelTreatedAsFinalAnalyzer, UseIsFinalCodeFixProvider>.On("""

using System;
using System.Linq;
using Clst.Contracts;

class Poller
{
    public bool Done(Order o)
        => new[] { OrderStatus.Filled, OrderStatus.Canceled, OrderStatus.Rejected, OrderStatus.Expired, OrderStatus.Replaced, [|OrderStatus.PendingCancel|] }.Contains(o.Status);
}
""").FixesTo("""

using System;
using System.Linq;
using Clst.Contracts;

class Poller
{
    public bool Done(Order o)
        => o.Status.IsFinal();
}
""").VerifyAsync();

        [Fact]
        public Task TheElementIsTakenOutOfAParamsSetAndOfAnInPlaceArray() => Rule<PendingCancelTreatedAsFinalAnalyzer, TakeOutOfFinalCodeFixProvider>.On("""

using System;
using System.Collections.Immutable;
using System.Linq;
using Clst.Contracts;

static class Statuses
{
    public static readonly ImmutableHashSet<OrderStatus> Closed =
        ImmutableHashSet.Create(OrderStatus.Filled, OrderStatus.Canceled, [|OrderStatus.PendingCancel|]);

    public static bool IsDone(OrderStatus status)
        => new[] { OrderStatus.Filled, [|OrderStatus.PendingCancel|], OrderStatus.Canceled }.Contains(status);
}
""").FixesTo("""

using System;
using System.Collections.Immutable;
using System.Linq;
using Clst.Contracts;

static class Statuses
{
    public static readonly ImmutableHashSet<OrderStatus> Closed =
        ImmutableHashSet.Create(OrderStatus.Filled, OrderStatus.Canceled);

    public static bool IsDone(OrderStatus status)
        => new[] { OrderStatus.Filled, OrderStatus.Canceled }.Contains(status);
}
""").VerifyAsync();
    }
}
