using System;
using System.Collections.Generic;
using System.Globalization;
using Clst.Analyzers.Benchmarks.Corpus;
using Microsoft.CodeAnalysis.Text;

namespace Clst.Analyzers.Benchmarks.Editor
{
    /// <summary>One document of the editor scenario: its kind, its size class and its text, and where the edit goes.</summary>
    internal sealed class EditorDocument
    {
        public EditorDocument(string kind, string size, CorpusFile file)
        {
            Kind = kind;
            Size = size;
            File = file;
            Lines = file.Text.Split('\n').Length;
            int marker = file.Text.IndexOf(EditorDocuments.EditMarker, StringComparison.Ordinal);
            if (marker < 0)
            {
                throw new InvalidOperationException($"the editor document {file.Path} has no edit site");
            }

            EditSpan = new TextSpan(marker + EditorDocuments.EditMarker.Length - 2, 1);
        }

        /// <summary><c>client code</c> (uses the contract model) or <c>ordinary code</c>.</summary>
        public string Kind { get; }

        /// <summary><c>small</c>, <c>2,000 lines</c> or <c>10,000 lines</c>.</summary>
        public string Size { get; }

        public CorpusFile File { get; }

        public int Lines { get; }

        /// <summary>The literal <c>0</c> of the edit site's <c>var editStep = 0;</c>: each edit puts another number there.</summary>
        public TextSpan EditSpan { get; }

        public string Name => $"{Kind}, {Size}";

        /// <summary>The document's text after edit number <paramref name="edit"/> (each edit a different literal, so nothing is reused).</summary>
        public TextChange Edit(int edit) => new TextChange(EditSpan, (edit + 1).ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The documents added to the open project: small, 2,000 and 10,000 lines, each as client code and as ordinary code.</summary>
    internal static class EditorDocuments
    {
        /// <summary>The statement each edit changes (its literal); it sits in a member in the middle of the document.</summary>
        public const string EditMarker = "var editStep = 0;";

        public static readonly (string Label, int Lines)[] Sizes =
        {
            ("small", 100),
            ("2,000 lines", 2_000),
            ("10,000 lines", 10_000),
        };

        private static readonly MemberTemplate s_editSite = new MemberTemplate(MemberTemplate.NoRule, false, "edit site", n => $$"""
            public int EditSite{{n}}(int value)
            {
                {{EditMarker}}
                return value + editStep;
            }
            """);

        public static IReadOnlyList<EditorDocument> Generate(int seed)
        {
            var documents = new List<EditorDocument>();
            int index = 1_000_000;
            foreach (var (label, lines) in Sizes)
            {
                foreach (bool client in new[] { true, false })
                {
                    var file = CorpusGenerator.EditorDocument(client, index++, seed, lines, s_editSite);
                    documents.Add(new EditorDocument(client ? "client code" : "ordinary code", label, file));
                }
            }

            return documents;
        }
    }
}
