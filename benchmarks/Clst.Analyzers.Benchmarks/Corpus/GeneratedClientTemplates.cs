using System.Collections.Generic;

namespace Clst.Analyzers.Benchmarks.Corpus
{
    /// <summary>
    /// CLST001 forms after the cancel of a generated client, as users write them (after
    /// <c>Analyzers.Tests/Recognition/GeneratedClientCancelTests.cs</c>, where each is known to be flagged or silent on every
    /// client): a flagged form and its clean twin. The code is written for a client by <see cref="GeneratedClient.Write"/>; a
    /// class holding them has the client's fields, <c>_accountId</c> (<c>long</c>), <c>_open</c> and <c>_pendingCancel</c>
    /// (<c>HashSet&lt;string&gt;</c>) and <c>_journal</c> (<c>List&lt;string&gt;</c>). The file does not import
    /// <c>Clst.Contracts</c>: the generated client has its own <c>OrderStatus</c>. A form that is also another rule's form
    /// (the clean twin that ends an if/else-if chain on the status in <c>throw</c> is an incomplete CLST003 match) says so.
    /// </summary>
    internal static class GeneratedClientTemplates
    {
        public static IReadOnlyList<MemberTemplate> Clst001 { get; } = new[]
        {
            // ---- flagged
            new MemberTemplate("CLST001", true, "generated client: order removed right after the cancel", n => $$"""
                public async Task Cancel{{n}}Async(string orderId)
                {
                    long accountId = _accountId;
                    await $cancel$;
                    _open.Remove(orderId);
                }
                """),
            new MemberTemplate("CLST001", true, "generated client: only Canceled accepted after the cancel", n => $$"""
                public async Task<bool> TryCancel{{n}}Async(string orderId)
                {
                    long accountId = _accountId;
                    var answer = await $cancel$;
                    if (answer$data$.Status == $S.Canceled$)
                    {
                        return true;
                    }
                    else
                    {
                        throw new InvalidOperationException("cancel failed for " + orderId);
                    }
                }
                """),
            new MemberTemplate("CLST001", true, "generated client: Canceled acted on, PendingCancel falling through", n => $$"""
                public async Task CancelAndForget{{n}}Async(string orderId)
                {
                    long accountId = _accountId;
                    var answer = await $cancel$;
                    if (answer$data$.Status == $S.Canceled$)
                    {
                        _open.Remove(orderId);
                    }
                }
                """),
            new MemberTemplate("CLST001", true, "generated client: cancel-all answer taken as canceled", n => $$"""
                public async Task Flatten{{n}}Async()
                {
                    long accountId = _accountId;
                    await $cancelAll$;
                    _open.Clear();
                }
                """),
            // ---- clean twins
            new MemberTemplate("CLST001", false, "generated client: tracked as pending after the cancel", n => $$"""
                public async Task Cancel{{n}}Async(string orderId)
                {
                    long accountId = _accountId;
                    await $cancel$;
                    _pendingCancel.Add(orderId);
                }
                """),
            new MemberTemplate("CLST001", false, "generated client: Canceled and PendingCancel each handled", n => $$"""
                public async Task<bool> TryCancel{{n}}Async(string orderId)
                {
                    long accountId = _accountId;
                    var answer = await $cancel$;
                    if (answer$data$.Status == $S.Canceled$)
                    {
                        return true;
                    }
                    else if (answer$data$.Status == $S.PendingCancel$)
                    {
                        _pendingCancel.Add(orderId);
                        return false;
                    }
                    else
                    {
                        throw new InvalidOperationException("cancel rejected for " + orderId);
                    }
                }
                """, also: ("CLST003", true)), // an if/else-if chain on the status ending in throw: incomplete (CLST003)
            new MemberTemplate("CLST001", false, "generated client: order read back before it is removed", n => $$"""
                public async Task CancelAndConfirm{{n}}Async(string orderId)
                {
                    long accountId = _accountId;
                    await $cancel$;
                    var back = await $read$;
                    if (back$data$.Status == $S.Canceled$ || back$data$.Status == $S.Filled$)
                    {
                        _open.Remove(orderId);
                    }
                }
                """),
            new MemberTemplate("CLST001", false, "generated client: Canceled acted on, otherwise read back", n => $$"""
                public async Task CancelOrReadBack{{n}}Async(string orderId)
                {
                    long accountId = _accountId;
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
                """),
            new MemberTemplate("CLST001", false, "generated client: skipped when final or being canceled", n => $$"""
                public async Task CancelIfOpen{{n}}Async(string orderId)
                {
                    long accountId = _accountId;
                    var current = await $read$;
                    if (current$data$.Status is $S.Canceled$ or $S.Filled$ or $S.PendingCancel$)
                    {
                        return;
                    }

                    await $cancel$;
                    _pendingCancel.Add(orderId);
                }
                """),
            new MemberTemplate("CLST001", false, "generated client: cancel-all orders tracked as pending", n => $$"""
                public async Task Flatten{{n}}Async()
                {
                    long accountId = _accountId;
                    var answer = await $cancelAll$;
                    foreach (var o in answer$data$)
                    {
                        _pendingCancel.Add($id$);
                    }
                }
                """),
        };
    }
}
