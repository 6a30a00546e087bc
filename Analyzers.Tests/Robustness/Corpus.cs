using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Clst.Analyzers.Tests.Robustness
{
    /// <summary>
    /// The code the robustness tests work on: every C# source held in a string literal of the rules' tests (their flagged
    /// cases and silent twins, markup removed) and the sample programs. Read from the repository's files at test time,
    /// so the corpus grows with the tests.
    /// </summary>
    internal static class Corpus
    {
        private static readonly Lazy<ImmutableArray<CorpusFile>> s_files = new Lazy<ImmutableArray<CorpusFile>>(Load);

        /// <summary>Every file of the corpus, in a stable order.</summary>
        public static ImmutableArray<CorpusFile> Files => s_files.Value;

        /// <summary>The repository's root (the folder that holds <c>Clst.Analyzers.sln</c>).</summary>
        public static string RepositoryRoot { get; } = FindRoot();

        /// <summary>Every analyzer the package ships.</summary>
        public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = typeof(Rules).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() != null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

        /// <summary>Every code fix the package ships.</summary>
        public static ImmutableArray<CodeFixProvider> CodeFixes { get; } = Assembly.Load("Clst.Analyzers.CodeFixes").GetTypes()
            .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t) && t.GetCustomAttribute<ExportCodeFixProviderAttribute>() != null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
            .ToImmutableArray();

        private static readonly Regex s_markup = new Regex(@"\{\|(#\d+|[A-Z]+\d+)(:)|\|\}|\[\||\|\]", RegexOptions.Compiled);

        /// <summary>Removes the testing library's diagnostic markup (<c>{|CLST001:x|}</c>, <c>[|x|]</c>, <c>{|#0:x|}</c>).</summary>
        public static string StripMarkup(string source) => s_markup.Replace(source, string.Empty);

        private static string FindRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Clst.Analyzers.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("The repository root (Clst.Analyzers.sln) was not found above " + AppContext.BaseDirectory);
        }

        private static ImmutableArray<CorpusFile> Load()
        {
            var files = new List<CorpusFile>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var testsRoot = Path.Combine(RepositoryRoot, "Analyzers.Tests");
            foreach (var path in Directory.EnumerateFiles(testsRoot, "*.cs", SearchOption.AllDirectories)
                         .Where(p => !IsBuildOutput(p) && !p.Contains(Path.DirectorySeparatorChar + "Robustness" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                         .OrderBy(p => p, StringComparer.Ordinal))
            {
                var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(path));
                int index = 0;
                foreach (var literal in tree.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>())
                {
                    if (!literal.IsKind(SyntaxKind.StringLiteralExpression))
                    {
                        continue;
                    }

                    var text = literal.Token.ValueText;
                    if (text.Length < 40 || !LooksLikeCode(text))
                    {
                        continue;
                    }

                    var code = StripMarkup(text);
                    if (seen.Add(code))
                    {
                        files.Add(new CorpusFile(Path.GetRelativePath(RepositoryRoot, path) + "#" + index++, code, IsProgram(code)));
                    }
                }
            }

            var samples = Path.Combine(RepositoryRoot, "samples");
            if (Directory.Exists(samples))
            {
                foreach (var path in Directory.EnumerateFiles(samples, "*.cs", SearchOption.AllDirectories)
                             .Where(p => !IsBuildOutput(p))
                             .OrderBy(p => p, StringComparer.Ordinal))
                {
                    var code = File.ReadAllText(path);
                    if (seen.Add(code))
                    {
                        files.Add(new CorpusFile(Path.GetRelativePath(RepositoryRoot, path), code, IsProgram(code)));
                    }
                }
            }

            return files.ToImmutableArray();
        }

        private static bool IsBuildOutput(string path)
        {
            var sep = Path.DirectorySeparatorChar;
            return path.Contains(sep + "obj" + sep, StringComparison.Ordinal)
                   || path.Contains(sep + "bin" + sep, StringComparison.Ordinal)
                   || path.Contains(sep + ".packages" + sep, StringComparison.Ordinal);
        }

        private static bool LooksLikeCode(string text)
            => text.Contains(';') && (text.Contains("class ") || text.Contains("switch") || text.Contains("await ") || text.Contains("enum "));

        private static bool IsProgram(string code)
        {
            var root = CSharpSyntaxTree.ParseText(code).GetRoot();
            return root.ChildNodes().OfType<GlobalStatementSyntax>().Any();
        }
    }

    /// <summary>One source of the corpus.</summary>
    internal sealed class CorpusFile
    {
        public CorpusFile(string name, string code, bool isProgram)
        {
            Name = name;
            Code = code;
            IsProgram = isProgram;
        }

        public string Name { get; }

        public string Code { get; }

        public bool IsProgram { get; }

        public override string ToString() => Name;
    }
}
