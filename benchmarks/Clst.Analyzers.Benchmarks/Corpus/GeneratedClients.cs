using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Clst.Analyzers.Benchmarks.Corpus
{
    /// <summary>
    /// A real generated client of the contract (committed under <c>Analyzers.Tests/Fixtures/GeneratedClients</c>, generated from
    /// <c>shared/contract/orders-openapi.yml</c>; see <c>regenerate.sh</c> there) and the spellings user code writes against it.
    /// The recogniser finds its cancel by route (no name list, no configuration): these exercise that path in the corpus.
    /// Placeholders in <see cref="GeneratedClientTemplates"/>: <c>$cancel$</c>, <c>$cancelAll$</c>, <c>$read$</c> (calls, not
    /// awaited), <c>$data$</c> (from an answer to its data), <c>$S.Member$</c> (a status member, in the shipped model's C# name),
    /// <c>$id$</c> (an order's id, as a non-null string).
    /// </summary>
    internal sealed class GeneratedClient
    {
        public const string FixturesFolder = "Analyzers.Tests/Fixtures/GeneratedClients";

        private GeneratedClient(string name, string folder, string[] usings, string[] fields, string cancel, string cancelAll, string read, string data, string id, bool upperSnakeStatus)
        {
            Name = name;
            Folder = folder;
            Usings = usings;
            Fields = fields;
            Cancel = cancel;
            CancelAll = cancelAll;
            Read = read;
            Data = data;
            Id = id;
            UpperSnakeStatus = upperSnakeStatus;
        }

        public string Name { get; }

        public string Folder { get; }

        public string[] Usings { get; }

        /// <summary>The client fields a user class holds, as <c>Type name</c> (the constructor takes them in this order).</summary>
        public string[] Fields { get; }

        public string Cancel { get; }

        public string CancelAll { get; }

        public string Read { get; }

        public string Data { get; }

        public string Id { get; }

        public bool UpperSnakeStatus { get; }

        /// <summary>The clients the corpus uses: NSwag (System.Text.Json, reference pack only), Refit and Kiota (their packages).</summary>
        public static IReadOnlyList<GeneratedClient> All { get; } = new[]
        {
            new GeneratedClient(
                "NSwagSystemTextJson", "NSwagSystemTextJson", new[] { "Clst.Generated.NSwagSystemTextJson" }, new[] { "CancelClient _cancel", "GetClient _get" },
                "_cancel.Open_orderAsync(accountId, orderId)", "_cancel.All_open_ordersAsync(accountId, null, null, null, null)",
                "_get.Order_by_idAsync(accountId, orderId)", ".Data", "o.Id", upperSnakeStatus: true),
            new GeneratedClient(
                "Refit", "Refit", new[] { "Clst.Generated.Refit" }, new[] { "IClearStreetOrdersApi _api" },
                "_api.DeleteOrder(accountId, orderId)", "_api.DeleteOpenOrders(accountId)",
                "_api.OrderById(accountId, orderId)", ".Data", "o.Id", upperSnakeStatus: false),
            new GeneratedClient(
                "Kiota", "Kiota", new[] { "Clst.Generated.Kiota", "Clst.Generated.Kiota.Models" }, new[] { "ClstApiClient _client" },
                "_client.V1.Accounts[accountId].Orders[orderId].DeleteAsWithOrder_DeleteResponseAsync()",
                "_client.V1.Accounts[accountId].Orders.DeleteAsOrdersDeleteResponseAsync()",
                "_client.V1.Accounts[accountId].Orders[orderId].GetAsWithOrder_GetResponseAsync()", "!.Data!", "o.Id!", upperSnakeStatus: true),
        };

        /// <summary>The client's generated source files, as corpus files (paths under <c>/corpus/Generated/</c>).</summary>
        public IEnumerable<CorpusFile> Sources(string repositoryRoot)
        {
            var folder = Path.Combine(repositoryRoot, FixturesFolder, Folder);
            return Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => new CorpusFile(
                    "/corpus/Generated/" + Folder + "/" + Path.GetRelativePath(folder, p).Replace('\\', '/'),
                    File.ReadAllText(p),
                    CorpusFileKind.GeneratedClient,
                    Array.Empty<PlantedForm>()));
        }

        /// <summary>A template's code written for this client.</summary>
        public string Write(string template)
        {
            var text = template
                .Replace("$cancelAll$", CancelAll, StringComparison.Ordinal)
                .Replace("$cancel$", Cancel, StringComparison.Ordinal)
                .Replace("$read$", Read, StringComparison.Ordinal)
                .Replace("$data$", Data, StringComparison.Ordinal)
                .Replace("$id$", Id, StringComparison.Ordinal);
            int start;
            while ((start = text.IndexOf("$S.", StringComparison.Ordinal)) >= 0)
            {
                int end = text.IndexOf('$', start + 3);
                var member = text.Substring(start + 3, end - start - 3);
                text = text.Substring(0, start) + "OrderStatus." + (UpperSnakeStatus ? UpperSnake(member) : member) + text.Substring(end + 1);
            }

            return text;
        }

        private static string UpperSnake(string member)
            => string.Concat(member.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();
    }
}
