using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Clst.Analyzers.Benchmarks.Corpus
{
    /// <summary>
    /// Files of client code written against a generated client (its own namespace, its own <c>OrderStatus</c>; no
    /// <c>Clst.Contracts</c> import): 4–6 members, each a CLST001 form after the client's cancel (flagged with the corpus's
    /// flagged share, otherwise its clean twin) or, one time in four, a plain helper.
    /// </summary>
    internal static class GeneratedClientFiles
    {
        private static readonly ConcurrentDictionary<string, MemberTemplate[]> s_written = new(StringComparer.Ordinal);

        public static CorpusFile File(int index, Random random, bool nullableEnabled, GeneratedClient client)
        {
            var forms = s_written.GetOrAdd(client.Name, _ => GeneratedClientTemplates.Clst001
                .Select(t => new MemberTemplate(t.Rule, t.Flagged, t.Name + " (" + client.Name + ")", n => client.Write(t.Code(n)), also: t.Also.ToArray()))
                .ToArray());
            int memberCount = random.Next(4, 7);
            var members = new List<MemberTemplate>(memberCount);
            for (int m = 0; m < memberCount; m++)
            {
                if (random.NextDouble() < 0.25)
                {
                    members.Add(CorpusGenerator.BclOnly[random.Next(CorpusGenerator.BclOnly.Length)]);
                    continue;
                }

                bool flagged = random.NextDouble() < CorpusGenerator.FlaggedShare;
                var candidates = forms.Where(t => t.Flagged == flagged).ToArray();
                members.Add(candidates[random.Next(candidates.Length)]);
            }

            string name = "OrderGateway" + client.Name + index.ToString(CultureInfo.InvariantCulture);
            var fields = client.Fields.Select(f => (Type: f.Split(' ')[0], Field: f.Split(' ')[1])).ToArray();
            var text = new StringBuilder();
            CorpusGenerator.Header(text, nullableEnabled, CorpusGenerator.UsingsCommon.Concat(client.Usings));
            text.Append("namespace Acme.Trading.Gateway").AppendLine((index % 40).ToString(CultureInfo.InvariantCulture)).AppendLine("{");
            text.Append("    /// <summary>Client code of the gateway ").Append(index.ToString(CultureInfo.InvariantCulture)).Append(", on the generated ").Append(client.Name).AppendLine(" client.</summary>");
            text.Append("    public sealed class ").AppendLine(name).AppendLine("    {");
            foreach (var (type, field) in fields)
            {
                text.Append("        private readonly ").Append(type).Append(' ').Append(field).AppendLine(";");
            }

            text.AppendLine("        private readonly long _accountId;");
            text.AppendLine("        private readonly HashSet<string> _open = new HashSet<string>();");
            text.AppendLine("        private readonly HashSet<string> _pendingCancel = new HashSet<string>();");
            text.AppendLine("        private readonly List<string> _journal = new List<string>();");
            text.AppendLine("        private readonly Dictionary<string, decimal> _cache = new Dictionary<string, decimal>();");
            text.AppendLine();
            text.Append("        public ").Append(name).Append('(').Append(string.Join(", ", fields.Select(f => f.Type + " " + f.Field.TrimStart('_')))).AppendLine(", long accountId)");
            text.AppendLine("        {");
            foreach (var (_, field) in fields)
            {
                text.Append("            ").Append(field).Append(" = ").Append(field.TrimStart('_')).AppendLine(";");
            }

            text.AppendLine("            _accountId = accountId;");
            text.AppendLine("        }");
            text.AppendLine();
            text.AppendLine("        public int JournalSize => _journal.Count + _cache.Count + _open.Count + _pendingCancel.Count;");
            var planted = CorpusGenerator.Members(text, members, nullableEnabled);
            text.AppendLine("    }").AppendLine("}");
            return new CorpusFile($"/corpus/Gateway/{name}.cs", text.ToString(), CorpusFileKind.GeneratedClientUser, planted);
        }
    }
}
