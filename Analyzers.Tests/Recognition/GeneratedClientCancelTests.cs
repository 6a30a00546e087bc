using System.Threading.Tasks;
using Clst.Analyzers.PendingCancel;
using Microsoft.CodeAnalysis.Testing;

namespace Clst.Analyzers.Tests.Recognition
{
    /// <summary>
    /// CLST001 after the cancel of each real generated client (Kiota default and <c>--ebc</c>, NSwag in four modes, Refit)
    /// and of the shipped one, with no configuration: the recogniser finds the cancel by its route, not by a name list.
    /// Each flagged form sits beside its silent twin.
    /// </summary>
    public class GeneratedClientCancelTests
    {
        private static Task Verify(string client, string template)
            => GeneratedClient.Named(client).Test<PendingCancelTreatedAsFinalAnalyzer, EmptyCodeFixProvider>(template).VerifyAsync();

        [Theory]
        [MemberData(nameof(GeneratedClient.All), MemberType = typeof(GeneratedClient))]
        public Task RemovingTheOrderRightAfterTheCancelIsFlagged(string client) => Verify(client, """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            $usings$

            class Book
            {
                private readonly HashSet<string> _open = new();

                public async Task CancelAsync($client$, long accountId, string orderId)
                {
                    await [|$cancel$|];
                    _open.Remove(orderId);
                }
            }
            """);

        [Theory]
        [MemberData(nameof(GeneratedClient.All), MemberType = typeof(GeneratedClient))]
        public Task TrackingTheOrderAsPendingAfterTheCancelStaysSilent(string client) => Verify(client, """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            $usings$

            class Book
            {
                private readonly HashSet<string> _pendingCancel = new();

                public async Task CancelAsync($client$, long accountId, string orderId)
                {
                    await $cancel$;
                    _pendingCancel.Add(orderId);
                }
            }
            """);

        [Theory]
        [MemberData(nameof(GeneratedClient.All), MemberType = typeof(GeneratedClient))]
        public Task AcceptingOnlyCanceledRightAfterTheCancelIsFlagged(string client) => Verify(client, """
            using System;
            using System.Threading.Tasks;
            $usings$

            class Book
            {
                public async Task<bool> CancelAsync($client$, long accountId, string orderId)
                {
                    var answer = await $cancel$;
                    if ([|answer$data$.Status == $S.Canceled$|])
                    {
                        return true;
                    }
                    else
                    {
                        throw new InvalidOperationException("cancel failed");
                    }
                }
            }
            """);

        [Theory]
        [MemberData(nameof(GeneratedClient.All), MemberType = typeof(GeneratedClient))]
        public Task AcceptingCanceledAndWaitingOnPendingCancelStaysSilent(string client) => Verify(client, """
            using System;
            using System.Threading.Tasks;
            $usings$

            class Book
            {
                public async Task<bool> CancelAsync($client$, long accountId, string orderId)
                {
                    var answer = await $cancel$;
                    if (answer$data$.Status == $S.Canceled$)
                    {
                        return true;
                    }
                    else if (answer$data$.Status == $S.PendingCancel$)
                    {
                        return false;
                    }
                    else
                    {
                        throw new InvalidOperationException("cancel rejected");
                    }
                }
            }
            """);

        [Theory]
        [MemberData(nameof(GeneratedClient.All), MemberType = typeof(GeneratedClient))]
        public Task SkippingOrdersAlreadyFinalOrBeingCanceledBeforeTheCancelStaysSilent(string client) => Verify(client, """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            $usings$

            class Book
            {
                private readonly HashSet<string> _pendingCancel = new();

                public async Task CancelAsync($client$, long accountId, string orderId)
                {
                    var current = await $read$;
                    if (current$data$.Status is $S.Canceled$ or $S.Filled$ or $S.PendingCancel$)
                    {
                        return;
                    }

                    await $cancel$;
                    _pendingCancel.Add(orderId);
                }
            }
            """);

        [Theory]
        [MemberData(nameof(GeneratedClient.All), MemberType = typeof(GeneratedClient))]
        public Task ReadingTheOrderBackAfterTheCancelBeforeRemovingItStaysSilent(string client) => Verify(client, """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            $usings$

            class Book
            {
                private readonly HashSet<string> _open = new();

                public async Task CancelAsync($client$, long accountId, string orderId)
                {
                    await $cancel$;
                    var back = await $read$;
                    if (back$data$.Status == $S.Canceled$ || back$data$.Status == $S.Filled$)
                    {
                        _open.Remove(orderId);
                    }
                }
            }
            """);

        [Theory]
        [MemberData(nameof(GeneratedClient.All), MemberType = typeof(GeneratedClient))]
        public Task ActingOnCanceledAloneWithPendingCancelFallingThroughIsFlagged(string client) => Verify(client, """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            $usings$

            class Book
            {
                private readonly HashSet<string> _open = new();

                public async Task CancelAsync($client$, long accountId, string orderId)
                {
                    var answer = await $cancel$;
                    if ([|answer$data$.Status == $S.Canceled$|])
                    {
                        _open.Remove(orderId);
                    }
                }
            }
            """);

        [Theory]
        [MemberData(nameof(GeneratedClient.All), MemberType = typeof(GeneratedClient))]
        public Task ActingOnCanceledAndReadingTheOrderBackOtherwiseStaysSilent(string client) => Verify(client, """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            $usings$

            class Book
            {
                private readonly HashSet<string> _open = new();

                public async Task CancelAsync($client$, long accountId, string orderId)
                {
                    var answer = await $cancel$;
                    if (answer$data$.Status == $S.Canceled$)
                    {
                        _open.Remove(orderId);
                        return;
                    }

                    var back = await $read$;
                    if (back$data$.Status == $S.Filled$)
                    {
                        _open.Remove(orderId);
                    }
                }
            }
            """);

        [Theory]
        [MemberData(nameof(GeneratedClient.All), MemberType = typeof(GeneratedClient))]
        public Task TakingTheCancelAllAnswerAsCanceledOrdersIsFlagged(string client) => Verify(client, """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            $usings$

            class Book
            {
                private readonly HashSet<string> _open = new();

                public async Task FlattenAsync($client$, long accountId)
                {
                    await [|$cancelAll$|];
                    _open.Clear();
                }

                public async Task FlattenEachAsync($client$, long accountId)
                {
                    var answer = await [|$cancelAll$|];
                    foreach (var o in answer$data$)
                    {
                        _open.Remove(o.$F.Id$!);
                    }
                }
            }
            """);

        [Theory]
        [MemberData(nameof(GeneratedClient.All), MemberType = typeof(GeneratedClient))]
        public Task ReadingEachOrderOfTheCancelAllBackOrTrackingItStaysSilent(string client) => Verify(client, """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            $usings$

            class Book
            {
                private readonly HashSet<string> _open = new();
                private readonly HashSet<string> _pendingCancel = new();

                public async Task FlattenAsync($client$, long accountId)
                {
                    var answer = await $cancelAll$;
                    foreach (var o in answer$data$)
                    {
                        var orderId = o.$F.Id$!;
                        var back = await $read$;
                        if (back$data$.Status == $S.Canceled$ || back$data$.Status == $S.Filled$)
                        {
                            _open.Remove(orderId);
                        }
                    }
                }

                public async Task TrackAsync($client$, long accountId)
                {
                    var answer = await $cancelAll$;
                    foreach (var o in answer$data$)
                    {
                        _pendingCancel.Add(o.$F.Id$!);
                    }
                }
            }
            """);
    }
}
