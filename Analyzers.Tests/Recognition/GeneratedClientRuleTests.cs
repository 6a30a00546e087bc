using System.Threading.Tasks;
using Clst.Analyzers.EnumMatch;
using Clst.Analyzers.NullableFields;
using Microsoft.CodeAnalysis.Testing;

namespace Clst.Analyzers.Tests.Recognition
{
    /// <summary>
    /// CLST002 and CLST003 on the order and status of each real generated client and of the shipped model: the flagged
    /// form beside its silent twin.
    /// </summary>
    public class GeneratedClientRuleTests
    {
        private static Task Verify<TAnalyzer>(string client, string template)
            where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new()
            => GeneratedClient.Named(client).Test<TAnalyzer, EmptyCodeFixProvider>(template).VerifyAsync();

        [Theory]
        [MemberData(nameof(GeneratedClient.All), MemberType = typeof(GeneratedClient))]
        public Task SuppressingTheNullOfTheAverageFillPriceIsFlagged(string client) => Verify<NullableOptionalFieldAnalyzer>(client, """
            using System.Threading.Tasks;
            $usings$

            class Report
            {
                public async Task<string> PriceAsync($client$, long accountId, string orderId)
                {
                    var answer = await $read$;
                    var order = answer$data$;
                    return "filled at " + [|order.$F.AverageFillPrice$!|].ToString();
                }
            }
            """);

        [Theory]
        [MemberData(nameof(GeneratedClient.All), MemberType = typeof(GeneratedClient))]
        public Task HandlingTheNullOfTheAverageFillPriceStaysSilent(string client) => Verify<NullableOptionalFieldAnalyzer>(client, """
            using System.Threading.Tasks;
            $usings$

            class Report
            {
                public async Task<string> PriceAsync($client$, long accountId, string orderId)
                {
                    var answer = await $read$;
                    var order = answer$data$;
                    return order.$F.AverageFillPrice$ is { } price ? "filled at " + price : "no fill yet";
                }
            }
            """);

        [Theory]
        [MemberData(nameof(GeneratedClient.All), MemberType = typeof(GeneratedClient))]
        public Task ASwitchOverTwoStatusesWithNoDefaultIsFlagged(string client) => Verify<IncompleteEnumMatchAnalyzer>(client, """
            using System;
            using System.Threading.Tasks;
            $usings$

            class Report
            {
                public async Task ShowAsync($client$, long accountId, string orderId)
                {
                    var answer = await $read$;
                    {|CLST003:switch|} (answer$data$.Status)
                    {
                        case $S.Filled$:
                            Console.WriteLine("filled");
                            break;
                        case $S.Canceled$:
                            Console.WriteLine("canceled");
                            break;
                    }
                }
            }
            """);

        [Theory]
        [MemberData(nameof(GeneratedClient.All), MemberType = typeof(GeneratedClient))]
        public Task ASwitchWithADefaultThatHandlesTheRestStaysSilent(string client) => Verify<IncompleteEnumMatchAnalyzer>(client, """
            using System;
            using System.Threading.Tasks;
            $usings$

            class Report
            {
                public async Task ShowAsync($client$, long accountId, string orderId)
                {
                    var answer = await $read$;
                    switch (answer$data$.Status)
                    {
                        case $S.Filled$:
                            Console.WriteLine("filled");
                            break;
                        case $S.Canceled$:
                            Console.WriteLine("canceled");
                            break;
                        default:
                            Console.WriteLine("still open or pending: " + answer$data$.Status);
                            break;
                    }
                }
            }
            """);
    }
}
