using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static Clst.Analyzers.Tests.EnumMatch.EnumMatchTest;

namespace Clst.Analyzers.Tests.EnumMatch
{
    /// <summary>
    /// An enum of more members than the judge compares pairwise (it keeps the values met in a set there): an alias still
    /// counts once, in the message's count of values and among the members it names.
    /// </summary>
    public class LargeEnumTests
    {
        private const int Members = 70;

        /// <summary>Seventy members M0…M69, and two aliases: <c>Alias</c> of M3, <c>LateAlias</c> of M69.</summary>
        private static string Source(string cases) => $$"""

namespace My.Ns
{
    public enum Big { {{string.Join(", ", Enumerable.Range(0, Members).Select(i => "M" + i))}}, Alias = 3, LateAlias = 69 }

    class C
    {
        void M(Big big)
        {
            {|#0:switch|} (big)
            {
{{cases}}
                    break;
            }
        }
    }
}

""";

        /// <summary>A case label per member index, M3 named by its alias and M69 by its late alias.</summary>
        private static string Cases(int count) => string.Join("\n", Enumerable.Range(0, count).Select(i => i switch
        {
            3 => "                case Big.Alias:",
            69 => "                case Big.LateAlias:",
            _ => $"                case Big.M{i}:",
        }));

        [Fact]
        public Task AnAliasCountsOnceInALargeEnum() => Analyze(Source(Cases(64)))
            .WithoutShippedModel()
            .WithEditorConfig("clst.enum_match.additional_enums = My.Ns.Big")
            .Expecting(
                // M64 to M69 unhandled (LateAlias is M69's value, not one more); 70 values, not 72 members.
                new DiagnosticResult("CLST005", DiagnosticSeverity.Info).WithLocation(0)
                    .WithArguments("Big", "6", "70", "M64, M65, M66 and 3 more", "silently ignored (the switch has no default)"))
            .VerifyAsync();

        [Fact]
        public Task EveryValueHandledThroughAliasesIsSilent() => Analyze(Source(Cases(Members)).Replace("{|#0:switch|}", "switch"))
            .WithoutShippedModel()
            .WithEditorConfig("clst.enum_match.additional_enums = My.Ns.Big")
            .VerifyAsync();
    }
}
