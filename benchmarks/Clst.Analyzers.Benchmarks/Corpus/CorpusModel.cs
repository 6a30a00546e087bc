using System.Collections.Generic;
using System.Linq;

namespace Clst.Analyzers.Benchmarks.Corpus
{
    /// <summary>What a generated file is: the shared types, client code that uses the contract, or ordinary code.</summary>
    internal enum CorpusFileKind
    {
        Shared,
        Contract,
        Ordinary,

        /// <summary>Client code against a generated client (NSwag, Refit, Kiota), not the shipped model.</summary>
        GeneratedClientUser,

        /// <summary>A generated client's own source (the committed test fixtures), marked auto-generated.</summary>
        GeneratedClient,
    }

    /// <summary>One generated source file and the forms planted in it (e.g. <c>CLST001 flagged: or-pattern</c>).</summary>
    internal sealed class CorpusFile
    {
        public CorpusFile(string path, string text, CorpusFileKind kind, IReadOnlyList<PlantedForm> forms)
        {
            Path = path;
            Text = text;
            Kind = kind;
            Forms = forms;
        }

        public string Path { get; }

        public string Text { get; }

        public CorpusFileKind Kind { get; }

        public IReadOnlyList<PlantedForm> Forms { get; }
    }

    /// <summary>
    /// A form planted in the corpus: the rule it is about, whether the rule should flag it, its name, the span of the member
    /// that holds it in its file (<c>[Start, End)</c>), and whether the file enables the nullable context.
    /// </summary>
    internal readonly record struct PlantedForm(string Rule, bool Flagged, string Name, int Start, int End, bool NullableEnabled);

    /// <summary>A generated corpus.</summary>
    internal sealed class GeneratedCorpus
    {
        public GeneratedCorpus(string name, bool referencesModel, IReadOnlyList<CorpusFile> files)
        {
            Name = name;
            ReferencesModel = referencesModel;
            Files = files;
        }

        public string Name { get; }

        public bool ReferencesModel { get; }

        public IReadOnlyList<CorpusFile> Files { get; }

        /// <summary>Files of client code: against the shipped model or against a generated client.</summary>
        public int ContractFiles => Files.Count(f => f.Kind is CorpusFileKind.Contract or CorpusFileKind.GeneratedClientUser);

        /// <summary>Of <see cref="ContractFiles"/>, those written against a generated client.</summary>
        public int GeneratedClientUserFiles => Files.Count(f => f.Kind == CorpusFileKind.GeneratedClientUser);

        /// <summary>The generated clients' own source files, added beside the generated files (not counted in the size).</summary>
        public int GeneratedClientSources => Files.Count(f => f.Kind == CorpusFileKind.GeneratedClient);

        public int OrdinaryFiles => Files.Count(f => f.Kind is CorpusFileKind.Ordinary or CorpusFileKind.Shared);

        public int Lines => Files.Sum(f => CountLines(f.Text));

        public long Characters => Files.Sum(f => (long)f.Text.Length);

        /// <summary>Planted forms per rule: (rule, flagged) → count.</summary>
        public IReadOnlyDictionary<string, (int Flagged, int Clean)> FormCounts()
        {
            var result = new SortedDictionary<string, (int Flagged, int Clean)>(System.StringComparer.Ordinal);
            foreach (var form in Files.SelectMany(f => f.Forms))
            {
                result.TryGetValue(form.Rule, out var counts);
                result[form.Rule] = form.Flagged ? (counts.Flagged + 1, counts.Clean) : (counts.Flagged, counts.Clean + 1);
            }

            return result;
        }

        private static int CountLines(string text)
        {
            int lines = 1;
            foreach (char c in text)
            {
                if (c == '\n')
                {
                    lines++;
                }
            }

            return lines;
        }
    }
}
