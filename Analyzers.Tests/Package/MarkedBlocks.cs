using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Clst.Analyzers.Tests.Package
{
    /// <summary>
    /// The fenced blocks of a Markdown page with the marker comment on the line just above their opening fence:
    /// <c>&lt;!-- recipe: NAME --&gt;</c> for a command or a file a user copies (run by <see cref="ReadmeRecipeTests"/>), and
    /// <c>&lt;!-- example: flagged, statements --&gt;</c> (or <c>not flagged</c>, <c>members</c>) for C# examples
    /// (compiled by <see cref="DocumentedExampleTests"/>). Comments inside a fence are content, not markers.
    /// </summary>
    public static class MarkedBlocks
    {
        public static IReadOnlyList<MarkedBlock> Read(string path)
        {
            var lines = File.ReadAllLines(path);
            var blocks = new List<MarkedBlock>();
            for (int i = 0; i < lines.Length; i++)
            {
                if (!lines[i].StartsWith("```", StringComparison.Ordinal))
                {
                    continue;
                }

                var language = lines[i].Substring(3).Trim();
                int close = Array.FindIndex(lines, i + 1, l => l.StartsWith("```", StringComparison.Ordinal));
                if (close < 0)
                {
                    throw new InvalidOperationException($"{path}:{i + 1}: a fence that is never closed");
                }

                string? marker = null;
                if (i > 0 && lines[i - 1].StartsWith("<!--", StringComparison.Ordinal) && lines[i - 1].EndsWith("-->", StringComparison.Ordinal))
                {
                    marker = lines[i - 1].Substring(4, lines[i - 1].Length - 7).Trim();
                }

                var content = string.Join("\n", lines.Skip(i + 1).Take(close - i - 1));
                blocks.Add(new MarkedBlock(path, i + 2, language, marker, content, Section(lines, i)));
                i = close;
            }

            return blocks;
        }

        /// <summary>The <c>## </c> heading the line is under.</summary>
        private static string Section(string[] lines, int index)
        {
            for (int i = index; i >= 0; i--)
            {
                if (lines[i].StartsWith("## ", StringComparison.Ordinal))
                {
                    return lines[i].Substring(3).Trim();
                }
            }

            return string.Empty;
        }

        /// <summary>The one recipe of that name (several blocks may carry it only when they are identical).</summary>
        public static string Recipe(IReadOnlyList<MarkedBlock> blocks, string name)
        {
            var matching = blocks.Where(b => b.Marker == "recipe: " + name).Select(b => b.Content).Distinct().ToList();
            if (matching.Count != 1)
            {
                throw new InvalidOperationException($"expected one recipe '{name}', found {matching.Count} different ones");
            }

            return matching[0];
        }
    }

    /// <summary>One fenced block: where its first line is, its language, its marker (without the comment delimiters).</summary>
    public sealed record MarkedBlock(string Path, int FirstLine, string Language, string? Marker, string Content, string Section)
    {
        public bool IsRecipe => Marker?.StartsWith("recipe: ", StringComparison.Ordinal) == true;

        public bool IsExample => Marker?.StartsWith("example: ", StringComparison.Ordinal) == true;

        public override string ToString() => $"{System.IO.Path.GetFileName(Path)}:{FirstLine} ({Marker ?? "no marker"})";
    }
}
