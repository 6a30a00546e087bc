using System.Collections.Immutable;
using System.Linq;
using Clst.Analyzers.EnumMatch;
using Clst.Analyzers.Recognition;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Clst.Analyzers.Tests.EnumMatch
{
    /// <summary>
    /// The contract between CLST003–005 and their fixers (<see cref="EnumMatchDiagnosticProperties"/>): what the analyzer
    /// writes, the fixer reads back the same, group comments included; what it did not write, the fixer refuses.
    /// </summary>
    public class DiagnosticPropertiesTests
    {
        [Fact]
        public void OrderStatusGroupsComeBackWithTheirCommentsInOrder()
        {
            var written = new EnumMatchDiagnosticProperties(
                MatchForm.SwitchStatement,
                FallbackKind.Throws,
                ImmutableArray.Create(
                    new MemberGroup(LifecycleGroup.Final, ImmutableArray.Create("Filled", "Canceled")),
                    new MemberGroup(LifecycleGroup.Pending, ImmutableArray.Create("PendingCancel")),
                    new MemberGroup(LifecycleGroup.Unknown, ImmutableArray.Create("Other"))),
                neutral: "false");

            var read = EnumMatchDiagnosticProperties.TryRead(DiagnosticWith(written.Write()));

            Assert.NotNull(read);
            Assert.Equal(MatchForm.SwitchStatement, read!.Form);
            Assert.Equal(FallbackKind.Throws, read.Fallback);
            Assert.Equal("false", read.Neutral);
            Assert.Equal(
                new[]
                {
                    "final: the order can no longer fill or change|Filled,Canceled",
                    "pending: a request is in flight, the order can still fill|PendingCancel",
                    "unknown: a value the model does not know, assume the order can still change|Other",
                },
                read.Missing.Select(g => g.Comment + "|" + string.Join(",", g.MemberNames)));
        }

        [Fact]
        public void AnotherEnumsOneGroupComesBackWithoutAComment()
        {
            var written = new EnumMatchDiagnosticProperties(
                MatchForm.SwitchExpression,
                FallbackKind.Implicit,
                ImmutableArray.Create(new MemberGroup(null, ImmutableArray.Create("Day", "GoodTillCancel"))),
                neutral: null);

            var read = EnumMatchDiagnosticProperties.TryRead(DiagnosticWith(written.Write()));

            Assert.NotNull(read);
            var group = Assert.Single(read!.Missing);
            Assert.Null(group.LifecycleGroup);
            Assert.Equal(string.Empty, group.Comment);
            Assert.Equal(new[] { "Day", "GoodTillCancel" }, group.MemberNames);
            Assert.Null(read.Neutral);
        }

        [Theory]
        [InlineData("Final|Filled")] // the form's twin: read
        [InlineData("|Day")] // the form's twin: read
        public void WellFormedMissingIsRead(string missing)
            => Assert.NotNull(EnumMatchDiagnosticProperties.TryRead(DiagnosticWith(Properties(missing))));

        [Theory]
        [InlineData("")]
        [InlineData("Filled")] // no group part
        [InlineData("Final|")] // no members
        [InlineData("Terminal|Filled")] // a group the analyzer never writes
        [InlineData("final|Filled")] // names are read exactly, not case-insensitively
        [InlineData("1|Filled")] // nor as numbers
        [InlineData("Final|Filled;Bogus|Other")] // one bad group spoils the whole
        public void MalformedMissingIsRefused(string missing)
            => Assert.Null(EnumMatchDiagnosticProperties.TryRead(DiagnosticWith(Properties(missing))));

        private static ImmutableDictionary<string, string?> Properties(string missing)
            => ImmutableDictionary<string, string?>.Empty
                .Add("Form", nameof(MatchForm.SwitchStatement))
                .Add("Fallback", nameof(FallbackKind.None))
                .Add("Missing", missing);

        private static Diagnostic DiagnosticWith(ImmutableDictionary<string, string?> properties)
            => Diagnostic.Create(Rules.IncompleteOrderStatusMatch, Location.None, properties);
    }
}
