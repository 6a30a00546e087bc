using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Clst.Analyzers.EnumMatch;
using Microsoft.CodeAnalysis.Testing;

namespace Clst.Analyzers.Tests.Recognition
{
    /// <summary>
    /// CLST004 (the time in force) and CLST005 (here the side, a contract enum every generator emits) on the order of each real
    /// generated client and of the shipped model, with no configuration: the generators' enums are recognised by their
    /// explicit wire names (Kiota and NSwag name the members <c>GOOD_TILL_CANCEL</c>, <c>SELL_SHORT</c>; Refit's model and the
    /// shipped one <c>GoodTillCancel</c>, <c>SellShort</c>, all with <c>[EnumMember(Value = "...")]</c>). Kiota reads every
    /// enum field as nullable (<c>TimeInForce?</c>, <c>Side?</c>), NSwag as required. The incomplete match beside its complete
    /// twin.
    /// </summary>
    public class GeneratedClientEnumRuleTests
    {
        /// <summary>
        /// The clients whose order carries the side. Refit's model (written by hand after the spec, with the fields its user
        /// reads) declares no <c>Side</c> and no other contract enum but the status and the time in force: see
        /// <see cref="ASideReadAsTextFromTheRefitClientIsNoContractEnumAndStaysSilent"/>.
        /// </summary>
        public static IEnumerable<object[]> WithSide => GeneratedClient.All.Where(c => (string)c[0] != "Refit");

        private static Task Verify(string client, string template)
            => GeneratedClient.Named(client).Test<IncompleteEnumMatchAnalyzer, EmptyCodeFixProvider>(template).VerifyAsync();

        [Theory]
        [MemberData(nameof(GeneratedClient.All), MemberType = typeof(GeneratedClient))]
        public Task ASwitchOverTwoTimesInForceWithNoDefaultIsFlagged(string client) => Verify(client, """
            using System;
            using System.Threading.Tasks;
            $usings$

            class Report
            {
                public async Task ShowAsync($client$, long accountId, string orderId)
                {
                    var answer = await $read$;
                    {|CLST004:switch|} (answer$data$.$F.TimeInForce$)
                    {
                        case $T.Day$:
                            Console.WriteLine("ends today");
                            break;
                        case $T.GoodTillCancel$:
                            Console.WriteLine("works again tomorrow");
                            break;
                    }
                }
            }
            """);

        [Theory]
        [MemberData(nameof(GeneratedClient.All), MemberType = typeof(GeneratedClient))]
        public Task ASwitchOverEveryTimeInForceStaysSilent(string client) => Verify(client, """
            using System;
            using System.Threading.Tasks;
            $usings$

            class Report
            {
                public async Task ShowAsync($client$, long accountId, string orderId)
                {
                    var answer = await $read$;
                    switch (answer$data$.$F.TimeInForce$)
                    {
                        case $T.Day$:
                        case $T.ImmediateOrCancel$:
                        case $T.FillOrKill$:
                        case $T.AtTheOpening$:
                        case $T.AtTheClose$:
                        case $T.GoodTillCrossing$:
                        case $T.GoodThroughCrossing$:
                        case $T.AtCrossing$:
                            Console.WriteLine("ends today");
                            break;
                        case $T.GoodTillCancel$:
                        case $T.GoodTillDate$:
                            Console.WriteLine("works again tomorrow");
                            break;
                        case $T.Other$:
                            Console.WriteLine("not known to this model");
                            break;
                    }
                }
            }
            """);

        [Theory]
        [MemberData(nameof(GeneratedClient.All), MemberType = typeof(GeneratedClient))]
        public Task AnIfChainOverTheTimeInForceThatThrowsForTheRestIsFlagged(string client) => Verify(client, """
            using System;
            using System.Threading.Tasks;
            $usings$

            class Report
            {
                public async Task<bool> CarriesOverAsync($client$, long accountId, string orderId)
                {
                    var answer = await $read$;
                    var tif = answer$data$.$F.TimeInForce$;
                    {|CLST004:if|} (tif == $T.Day$)
                        return false;
                    else if (tif == $T.GoodTillCancel$ || tif == $T.GoodTillDate$)
                        return true;
                    else
                        throw new NotSupportedException(tif.ToString());
                }
            }
            """);

        [Theory]
        [MemberData(nameof(GeneratedClient.All), MemberType = typeof(GeneratedClient))]
        public Task AnIfChainOverTheTimeInForceWithAnExplicitElseStaysSilent(string client) => Verify(client, """
            using System;
            using System.Threading.Tasks;
            $usings$

            class Report
            {
                public async Task<bool> CarriesOverAsync($client$, long accountId, string orderId)
                {
                    var answer = await $read$;
                    var tif = answer$data$.$F.TimeInForce$;
                    if (tif == $T.Day$)
                        return false;
                    else if (tif == $T.GoodTillCancel$ || tif == $T.GoodTillDate$)
                        return true;
                    else
                        return false;
                }
            }
            """);

        [Theory]
        [MemberData(nameof(WithSide))]
        public Task ASwitchOverBuyAndSellWithNoDefaultIsFlagged(string client) => Verify(client, """
            using System;
            using System.Threading.Tasks;
            $usings$

            class Report
            {
                public async Task<decimal> SignAsync($client$, long accountId, string orderId)
                {
                    var answer = await $read$;
                    decimal sign = 0m;
                    {|CLST005:switch|} (answer$data$.Side)
                    {
                        case $Side.Buy$:
                            sign = 1m;
                            break;
                        case $Side.Sell$:
                            sign = -1m;
                            break;
                    }

                    return sign;
                }
            }
            """);

        [Theory]
        [MemberData(nameof(WithSide))]
        public Task ASwitchOverEverySideStaysSilent(string client) => Verify(client, """
            using System;
            using System.Threading.Tasks;
            $usings$

            class Report
            {
                public async Task<decimal> SignAsync($client$, long accountId, string orderId)
                {
                    var answer = await $read$;
                    decimal sign = 0m;
                    switch (answer$data$.Side)
                    {
                        case $Side.Buy$:
                            sign = 1m;
                            break;
                        case $Side.Sell$:
                        case $Side.SellShort$:
                            sign = -1m;
                            break;
                        case $Side.Other$:
                            sign = 0m;
                            break;
                    }

                    return sign;
                }
            }
            """);

        [Theory]
        [MemberData(nameof(WithSide))]
        public Task ASwitchExpressionOverTheSideThatThrowsForTheRestIsFlagged(string client) => Verify(client, """
            using System;
            using System.Threading.Tasks;
            $usings$

            class Report
            {
                public async Task<decimal> SignAsync($client$, long accountId, string orderId)
                {
                    var answer = await $read$;
                    return answer$data$.Side {|CLST005:switch|}
                    {
                        $Side.Buy$ => 1m,
                        $Side.Sell$ => -1m,
                        _ => throw new NotSupportedException("side"),
                    };
                }
            }
            """);

        [Theory]
        [MemberData(nameof(WithSide))]
        public Task ASwitchExpressionOverTheSideWithAnExplicitFallbackStaysSilent(string client) => Verify(client, """
            using System;
            using System.Threading.Tasks;
            $usings$

            class Report
            {
                public async Task<decimal> SignAsync($client$, long accountId, string orderId)
                {
                    var answer = await $read$;
                    return answer$data$.Side switch
                    {
                        $Side.Buy$ => 1m,
                        $Side.Sell$ or $Side.SellShort$ => -1m,
                        _ => 0m,
                    };
                }
            }
            """);

        /// <summary>
        /// Refit's model has no side (nor order type, security type, queue state, trailing offset type): a user who needs the
        /// side reads it as the wire text. A match over a string is no match over a contract enum: nothing to report.
        /// </summary>
        [Fact]
        public Task ASideReadAsTextFromTheRefitClientIsNoContractEnumAndStaysSilent() => Verify("Refit", """
            using System;
            using System.Threading.Tasks;
            $usings$

            class Report
            {
                public async Task<decimal> SignAsync($client$, long accountId, string orderId, string side)
                {
                    var answer = await $read$;
                    Console.WriteLine(answer$data$.Id);
                    switch (side)
                    {
                        case "BUY":
                            return 1m;
                        case "SELL":
                            return -1m;
                    }

                    throw new NotSupportedException(side);
                }
            }
            """);
    }
}
