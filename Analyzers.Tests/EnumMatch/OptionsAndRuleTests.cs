using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static Clst.Analyzers.Tests.EnumMatch.EnumMatchTest;

namespace Clst.Analyzers.Tests.EnumMatch
{
    /// <summary>
    /// Which rule reports for which enum, and the options: <c>clst.enum_match.throwing_default_is_deliberate</c>,
    /// <c>clst.enum_match.additional_enums</c>, and the severity keys.
    /// </summary>
    public class OptionsAndRuleTests
    {
        // ------------------------------------------------------------------ one rule per enum kind

        [Theory]
        [InlineData("OrderStatus", "Filled", "CLST003", DiagnosticSeverity.Warning)]
        [InlineData("TimeInForce", "Day", "CLST004", DiagnosticSeverity.Warning)]
        [InlineData("OrderType", "Market", "CLST005", DiagnosticSeverity.Info)]
        [InlineData("Side", "Buy", "CLST005", DiagnosticSeverity.Info)]
        [InlineData("SecurityType", "Option", "CLST005", DiagnosticSeverity.Info)]
        [InlineData("QueueState", "Released", "CLST005", DiagnosticSeverity.Info)]
        [InlineData("TrailingOffsetType", "Bps", "CLST005", DiagnosticSeverity.Info)]
        public Task EachContractEnumHasItsRule(string enumName, string member, string id, DiagnosticSeverity severity) => Analyze($$"""

using Clst.Contracts;

class C
{
    void M({{enumName}} value)
    {
        switch (value)
        {
            case {{enumName}}.{{member}}:
                break;
        }
    }
}

""").Expecting(new DiagnosticResult(id, severity).WithSpan(8, 9, 8, 15)).VerifyAsync();

        [Fact]
        public Task SeverityCanBeChangedInEditorConfig() => Analyze("""

using Clst.Contracts;

class C
{
    void M(OrderStatus s, TimeInForce t)
    {
        switch (s)
        {
            case OrderStatus.Filled:
                break;
        }

        {|CLST004:switch|} (t)
        {
            case TimeInForce.Day:
                break;
        }
    }
}

""").WithEditorConfig("dotnet_diagnostic.CLST003.severity = none").VerifyAsync();

        // ------------------------------------------------------------------ clst.enum_match.throwing_default_is_deliberate

        private const string ThrowingForms = """

using System;
using Clst.Contracts;

class C
{
    string Default(OrderStatus s)
    {
        SWITCH (s)
        {
            case OrderStatus.Filled:
                return "filled";
            default:
                throw new InvalidOperationException();
        }
    }

    string Discard(OrderStatus s) => s SWITCH
    {
        OrderStatus.Filled => "filled",
        _ => throw new InvalidOperationException(),
    };

    string After(OrderStatus s)
    {
        SWITCH (s)
        {
            case OrderStatus.Filled:
                return "filled";
        }

        throw new InvalidOperationException();
    }

    string Chain(OrderStatus s)
    {
        IF (s == OrderStatus.Filled)
            return "filled";
        else if (s == OrderStatus.Canceled)
            return "canceled";
        else
            throw new InvalidOperationException();
    }

    void NoDefault(OrderStatus s)
    {
        {|CLST003:switch|} (s)
        {
            case OrderStatus.Filled:
                break;
        }
    }

    string NoArm(OrderStatus s) => s {|CS8509:{|CLST003:switch|}|}
    {
        OrderStatus.Filled => "filled",
    };
}

""";

        [Fact]
        public Task ThrowingFallbacksAreFlaggedByDefault()
            => Analyze(ThrowingForms.Replace("SWITCH", "{|CLST003:switch|}").Replace("IF", "{|CLST003:if|}"))
                .WithCompilerWarnings().VerifyAsync();

        [Fact]
        public Task DeliberateThrowingFallbacksAreAcceptedButNotMissingOnes()
            => Analyze(ThrowingForms.Replace("SWITCH", "switch").Replace("IF", "if"))
                .WithEditorConfig("clst.enum_match.throwing_default_is_deliberate = true")
                .WithCompilerWarnings().VerifyAsync();

        [Fact]
        public Task OptionSetToFalseKeepsTheDefault() => Analyze("""

using System;
using Clst.Contracts;

class C
{
    string Discard(OrderStatus s) => s {|CLST003:switch|}
    {
        OrderStatus.Filled => "filled",
        _ => throw new InvalidOperationException(),
    };
}

""").WithEditorConfig("clst.enum_match.throwing_default_is_deliberate = false").VerifyAsync();

        // ------------------------------------------------------------------ clst.enum_match.additional_enums

        private const string UsersEnum = """

using System;

namespace My.Ns
{
    public enum Venue { Nyse, Nasdaq, Arca, Other }

    public enum Aliased { First = 1, Second = 2, Primary = 1 }

    [Flags]
    public enum Permissions { None = 0, Read = 1, Trade = 2 }

    class C
    {
        void M(Venue venue, Aliased aliased, Permissions permissions)
        {
            SWITCH1 (venue)
            {
                case Venue.Nyse:
                    break;
            }

            SWITCH2 (aliased)
            {
                case Aliased.Primary:
                    break;
            }

            switch (permissions)
            {
                case Permissions.Read:
                    break;
            }
        }
    }
}

""";

        [Fact]
        public Task AdditionalEnumsAreCoveredByClst005() => Analyze(UsersEnum
                .Replace("SWITCH1", "switch")
                .Replace("SWITCH2", "switch"))
            .WithoutShippedModel()
            .WithEditorConfig("clst.enum_match.additional_enums = My.Ns.Venue, global::My.Ns.Aliased ; My.Ns.Permissions")
            .Expecting(
                new DiagnosticResult("CLST005", DiagnosticSeverity.Info).WithSpan(17, 13, 17, 19)
                    .WithArguments("Venue", "3", "4", "Nasdaq, Arca, Other", "silently ignored (the switch has no default)"),
                // An alias names the value of another member: one member per value.
                new DiagnosticResult("CLST005", DiagnosticSeverity.Info).WithSpan(23, 13, 23, 19)
                    .WithArguments("Aliased", "1", "2", "Second", "silently ignored (the switch has no default)"))
            .VerifyAsync();

        [Fact]
        public Task UsersEnumsAreSilentUnlessNamed() => Analyze(UsersEnum
                .Replace("SWITCH1", "switch")
                .Replace("SWITCH2", "switch"))
            .WithEditorConfig("clst.enum_match.additional_enums = My.Ns.Elsewhere")
            .VerifyAsync();

        [Fact]
        public Task AContractEnumNamedAsAdditionalKeepsItsOwnRule() => Analyze("""

using Clst.Contracts;

class C
{
    void M(OrderStatus s)
    {
        {|CLST003:switch|} (s)
        {
            case OrderStatus.Filled:
                break;
        }
    }
}

""").WithEditorConfig("clst.enum_match.additional_enums = Clst.Contracts.OrderStatus").VerifyAsync();
    }
}
