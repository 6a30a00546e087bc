using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Clst.Analyzers.Benchmarks.Corpus
{
    /// <summary>
    /// Generates a deterministic corpus of client code: file <c>i</c> depends only on the seed and <c>i</c>, so the corpus of
    /// 1,000 files is the first 1,000 files of the corpus of 5,000 (growth is measured on the same code, not on new mixes).
    /// </summary>
    /// <remarks>
    /// Proportions (defaults): file 0 holds the shop's shared types; of the rest, <c>contractShare</c> (30 %) are client code
    /// that uses the model and the others ordinary code. A contract file holds 5–8 members: 30 % CLST001 forms, 30 % CLST002
    /// forms, 25 % CLST003–005 forms, 15 % plain helpers; each rule form is a flagged one with probability 1/4, otherwise a
    /// correct twin. An ordinary file holds 5–9 ordinary members. 40 % of files enable the nullable context
    /// (<c>#nullable enable</c>); the project default is disabled, as in most existing code.
    /// </remarks>
    internal static class CorpusGenerator
    {
        public const double FlaggedShare = 0.25;
        public const double NullableEnabledShare = 0.40;

        private static readonly string[] s_deskNames =
        {
            "OrderDesk", "CancelWorkflow", "ExecutionMonitor", "OrderBook", "RiskGate", "BlotterFeed", "AllocationJob", "EodReconciler",
        };

        private static readonly string[] s_ordinaryNames =
        {
            "InvoiceService", "BasketCalculator", "ReportBuilder", "CustomerDirectory", "ShippingPlanner", "PriceList",
            "AuditTrail", "CsvImporter", "NotificationHub", "ReturnsDesk", "LoyaltyProgram", "StockLedger",
        };

        internal static readonly string[] UsingsCommon =
        {
            "System", "System.Collections.Generic", "System.Globalization", "System.Linq", "System.Text", "System.Threading", "System.Threading.Tasks",
        };

        /// <summary>Share of the client files written against a generated client (when the fixtures are found) rather than the shipped model.</summary>
        public const double GeneratedClientShare = 0.20;

        /// <summary>
        /// The main corpus: client code against the shipped model, with ordinary code around it. With
        /// <paramref name="repositoryRoot"/>, a share of the client files is written against the real generated clients
        /// (<see cref="GeneratedClient.All"/>), whose sources are added after the <paramref name="files"/> files.
        /// </summary>
        public static GeneratedCorpus Generate(int files, int seed, double contractShare, string? repositoryRoot = null)
        {
            var clients = repositoryRoot == null ? Array.Empty<GeneratedClient>() : GeneratedClient.All;
            var list = Enumerable.Range(0, files).Select(i => GenerateFile(i, seed, contractShare, allowContract: true, clients)).ToList();
            foreach (var client in clients)
            {
                list.AddRange(client.Sources(repositoryRoot!));
            }

            return new GeneratedCorpus($"main-{files}", referencesModel: true, list);
        }

        /// <summary>
        /// The bail-out corpus: the same number of files, no model reference and nothing of the contract; file <c>i</c> is
        /// the main corpus's file <c>i</c> wherever that one is ordinary code.
        /// </summary>
        public static GeneratedCorpus GenerateBailOut(int files, int seed, double contractShare)
            => new GeneratedCorpus($"bailout-{files}", referencesModel: false, Enumerable.Range(0, files).Select(i => GenerateFile(i, seed, contractShare, allowContract: false, Array.Empty<GeneratedClient>())).ToList());

        private static CorpusFile GenerateFile(int index, int seed, double contractShare, bool allowContract, IReadOnlyList<GeneratedClient> clients)
        {
            if (index == 0)
            {
                return new CorpusFile("/corpus/Shared/Shop.cs", OrdinaryTemplates.SharedFile + "\n", CorpusFileKind.Shared, Array.Empty<PlantedForm>());
            }

            var random = new Random(unchecked((seed * 1_000_003) + index));
            bool contract = random.NextDouble() < contractShare;
            bool nullableEnabled = random.NextDouble() < NullableEnabledShare;
            if (contract && allowContract && clients.Count > 0)
            {
                // A draw of its own, so that the files of the shipped model stay what they were without generated clients.
                var pick = new Random(unchecked((seed * 977) + index));
                if (pick.NextDouble() < GeneratedClientShare)
                {
                    return GeneratedClientFiles.File(index, random, nullableEnabled, clients[pick.Next(clients.Count)]);
                }
            }

            return contract && allowContract
                ? ContractFile(index, random, nullableEnabled)
                : OrdinaryFile(index, random, nullableEnabled);
        }

        private static CorpusFile ContractFile(int index, Random random, bool nullableEnabled)
        {
            int memberCount = random.Next(5, 9);
            var members = new List<MemberTemplate>(memberCount);
            for (int m = 0; m < memberCount; m++)
            {
                members.Add(PickContractMember(random));
            }

            string name = s_deskNames[index % s_deskNames.Length] + index.ToString(CultureInfo.InvariantCulture);
            string ns = "Acme.Trading.Desk" + (index % 40).ToString(CultureInfo.InvariantCulture);
            return ContractClass($"/corpus/Trading/{name}.cs", ns, name, index, nullableEnabled, members);
        }

        private static MemberTemplate PickContractMember(Random random)
        {
            double family = random.NextDouble();
            IReadOnlyList<MemberTemplate> pool = family switch
            {
                < 0.30 => ContractTemplates.Clst001,
                < 0.60 => ContractTemplates.Clst002,
                < 0.85 => ContractTemplates.EnumMatch,
                < 0.95 => ContractTemplates.Plain,
                _ => BclOnly,
            };
            if (pool == ContractTemplates.Plain || pool == BclOnly)
            {
                return pool[random.Next(pool.Count)];
            }

            bool flagged = random.NextDouble() < FlaggedShare;
            var candidates = pool.Where(t => t.Flagged == flagged).ToArray();
            return candidates[random.Next(candidates.Length)];
        }

        internal static readonly MemberTemplate[] BclOnly = OrdinaryTemplates.All.Where(t => !t.UsesShop).ToArray();

        private static CorpusFile ContractClass(string path, string ns, string name, int index, bool nullableEnabled, List<MemberTemplate> members)
        {
            var text = new StringBuilder();
            Header(text, nullableEnabled, UsingsCommon.Append("Clst.Contracts"));
            text.Append("namespace ").AppendLine(ns).AppendLine("{");
            text.Append("    /// <summary>Client code of the desk ").Append(index.ToString(CultureInfo.InvariantCulture)).AppendLine(".</summary>");
            text.Append("    public sealed class ").AppendLine(name).AppendLine("    {");
            text.AppendLine("        private readonly IClstOrdersClient _client;");
            text.AppendLine("        private readonly long _accountId;");
            text.AppendLine("        private readonly Dictionary<string, Order> _open = new Dictionary<string, Order>();");
            text.AppendLine("        private readonly List<string> _journal = new List<string>();");
            text.AppendLine("        private readonly Dictionary<string, decimal> _cache = new Dictionary<string, decimal>();");
            text.AppendLine();
            text.Append("        public ").Append(name).AppendLine("(IClstOrdersClient client, long accountId)");
            text.AppendLine("        {");
            text.AppendLine("            _client = client;");
            text.AppendLine("            _accountId = accountId;");
            text.AppendLine("        }");
            text.AppendLine();
            text.AppendLine("        public int JournalSize => _journal.Count + _cache.Count;");
            var forms = Members(text, members, nullableEnabled);
            text.AppendLine("    }").AppendLine("}");
            return new CorpusFile(path, text.ToString(), CorpusFileKind.Contract, forms);
        }

        private static CorpusFile OrdinaryFile(int index, Random random, bool nullableEnabled)
        {
            int memberCount = random.Next(5, 10);
            var members = new List<MemberTemplate>(memberCount);
            for (int m = 0; m < memberCount; m++)
            {
                members.Add(OrdinaryTemplates.All[random.Next(OrdinaryTemplates.All.Count)]);
            }

            string name = s_ordinaryNames[index % s_ordinaryNames.Length] + index.ToString(CultureInfo.InvariantCulture);
            string ns = "Acme.Backoffice.Area" + (index % 40).ToString(CultureInfo.InvariantCulture);
            return OrdinaryClass($"/corpus/Backoffice/{name}.cs", ns, name, index, nullableEnabled, members);
        }

        private static CorpusFile OrdinaryClass(string path, string ns, string name, int index, bool nullableEnabled, List<MemberTemplate> members)
        {
            var text = new StringBuilder();
            Header(text, nullableEnabled, UsingsCommon.Append("Acme.Shop"));
            text.Append("namespace ").AppendLine(ns).AppendLine("{");
            text.Append("    /// <summary>Back-office code ").Append(index.ToString(CultureInfo.InvariantCulture)).AppendLine(".</summary>");
            text.Append("    public sealed class ").AppendLine(name).AppendLine("    {");
            text.AppendLine("        private readonly List<string> _journal = new List<string>();");
            text.AppendLine("        private readonly Dictionary<string, decimal> _cache = new Dictionary<string, decimal>(StringComparer.Ordinal);");
            text.AppendLine();
            text.AppendLine("        public int JournalSize => _journal.Count + _cache.Count;");
            Members(text, members, nullableEnabled);
            text.AppendLine("    }").AppendLine("}");
            return new CorpusFile(path, text.ToString(), CorpusFileKind.Ordinary, Array.Empty<PlantedForm>());
        }

        /// <summary>
        /// One document of the editor scenario: client code (the contract templates) or ordinary code, of about
        /// <paramref name="targetLines"/> lines, in the corpus's class shape, with <paramref name="editSite"/> in the middle
        /// (the member the scenario edits). The first member is a switch, so that IDE0010/IDE0072 have work in every document.
        /// </summary>
        public static CorpusFile EditorDocument(bool client, int index, int seed, int targetLines, MemberTemplate editSite)
        {
            var random = new Random(unchecked((seed * 7_368_787) + index));
            var members = new List<MemberTemplate>
            {
                client
                    ? ContractTemplates.EnumMatch.First(t => t.Flagged)
                    : OrdinaryTemplates.All.First(t => t.Name.Contains("switch", StringComparison.Ordinal)),
            };
            int lines = 30 + LinesOf(members[0]) + LinesOf(editSite);
            while (lines < targetLines)
            {
                var member = client ? PickContractMember(random) : OrdinaryTemplates.All[random.Next(OrdinaryTemplates.All.Count)];
                members.Add(member);
                lines += LinesOf(member);
            }

            members.Insert(members.Count / 2, editSite);
            string name = (client ? "EditorClient" : "EditorBackoffice") + index.ToString(CultureInfo.InvariantCulture);
            return client
                ? ContractClass($"/editor/{name}.cs", "Acme.Trading.Editor", name, index, nullableEnabled: false, members)
                : OrdinaryClass($"/editor/{name}.cs", "Acme.Backoffice.Editor", name, index, nullableEnabled: false, members);
        }

        private static int LinesOf(MemberTemplate member) => member.Code(1).Split('\n').Length + 1;

        internal static void Header(StringBuilder text, bool nullableEnabled, IEnumerable<string> usings)
        {
            text.AppendLine("// Benchmark corpus (Clst.Analyzers.Benchmarks): client code in the shapes users write.");
            if (nullableEnabled)
            {
                text.AppendLine("#nullable enable");
            }

            text.AppendLine();
            foreach (var u in usings)
            {
                text.Append("using ").Append(u).AppendLine(";");
            }

            text.AppendLine();
        }

        /// <summary>Writes the members, each with its own suffix; returns the planted rule forms with the span each member takes.</summary>
        internal static List<PlantedForm> Members(StringBuilder text, List<MemberTemplate> members, bool nullableEnabled)
        {
            var forms = new List<PlantedForm>();
            for (int m = 0; m < members.Count; m++)
            {
                text.AppendLine();
                int start = text.Length;
                var code = members[m].Code(m + 1);
                foreach (var line in code.Split('\n'))
                {
                    var trimmed = line.TrimEnd('\r');
                    if (trimmed.Length > 0)
                    {
                        text.Append("        ").Append(trimmed);
                    }

                    text.AppendLine();
                }

                if (members[m].Rule != MemberTemplate.NoRule)
                {
                    forms.AddRange(members[m].ToForms(start, text.Length, nullableEnabled));
                }
            }

            return forms;
        }
    }
}
