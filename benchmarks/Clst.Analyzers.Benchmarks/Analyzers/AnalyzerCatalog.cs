using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Clst.Analyzers.Benchmarks.Analyzers
{
    /// <summary>Finds the analyzers to measure: ours (by reflection) and Roslyn's IDE0010/IDE0072 (from the CodeStyle package).</summary>
    internal static class AnalyzerCatalog
    {
        public const string OurAssemblyName = "Clst.Analyzers";
        public static readonly ImmutableArray<string> IdeIds = ImmutableArray.Create("IDE0010", "IDE0072");

        /// <summary>
        /// Every non-abstract <see cref="DiagnosticAnalyzer"/> of <c>Clst.Analyzers</c> that carries
        /// <c>[DiagnosticAnalyzer]</c> for C# and has a public parameterless constructor, in name order. Empty (not an error)
        /// while the rules are not written yet.
        /// </summary>
        /// <param name="path">
        /// Another build of the analyzers to measure (e.g. a rule author's branch), loaded in its own load context beside
        /// the one the benchmark references; null for the referenced <c>Clst.Analyzers</c>.
        /// </param>
        public static (ImmutableArray<DiagnosticAnalyzer> Analyzers, string Assembly, Assembly? Loaded, ImmutableArray<string> Problems) Ours(string? path = null)
        {
            var problems = ImmutableArray.CreateBuilder<string>();
            Assembly assembly;
            try
            {
                assembly = path == null
                    ? Assembly.Load(new AssemblyName(OurAssemblyName))
                    : new IsolatedLoadContext(Path.GetFullPath(path)).LoadFromAssemblyPath(Path.GetFullPath(path));
            }
            catch (Exception ex)
            {
                problems.Add($"could not load {OurAssemblyName}: {ex.Message}");
                return (ImmutableArray<DiagnosticAnalyzer>.Empty, OurAssemblyName + " (not loaded)", null, problems.ToImmutable());
            }

            Type[] types;
            try
            {
                types = assembly.GetTypes();
            }
            catch (ReflectionTypeLoadException ex)
            {
                types = ex.Types.Where(t => t != null).ToArray()!;
                problems.AddRange(ex.LoaderExceptions.Where(e => e != null).Select(e => "type load: " + e!.Message).Distinct());
            }

            var analyzers = ImmutableArray.CreateBuilder<DiagnosticAnalyzer>();
            foreach (var type in types.OrderBy(t => t.FullName, StringComparer.Ordinal))
            {
                if (type.IsAbstract || !typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
                {
                    continue;
                }

                var attribute = type.GetCustomAttributes<DiagnosticAnalyzerAttribute>(inherit: false).FirstOrDefault();
                if (attribute == null || !attribute.Languages.Contains(LanguageNames.CSharp))
                {
                    continue;
                }

                if (type.GetConstructor(Type.EmptyTypes) == null)
                {
                    problems.Add($"{type.FullName} has no public parameterless constructor: skipped");
                    continue;
                }

                try
                {
                    analyzers.Add((DiagnosticAnalyzer)Activator.CreateInstance(type)!);
                }
                catch (Exception ex)
                {
                    problems.Add($"{type.FullName} could not be created: {ex.GetBaseException().Message}");
                }
            }

            var location = assembly.Location;
            return (analyzers.ToImmutable(), $"{assembly.GetName().Name} {assembly.GetName().Version} ({location})", assembly, problems.ToImmutable());
        }

        /// <summary>
        /// Roslyn's PopulateSwitch analyzers (IDE0010 on switch statements, IDE0072 on switch expressions), found among the
        /// analyzers of the CodeStyle package's DLLs in <paramref name="directory"/> by the IDs they support.
        /// </summary>
        public static (ImmutableArray<DiagnosticAnalyzer> Analyzers, string Description, ImmutableArray<string> Problems) Ide(string directory)
        {
            var problems = ImmutableArray.CreateBuilder<string>();
            if (!Directory.Exists(directory))
            {
                problems.Add($"CodeStyle analyzers not found: {directory} does not exist (build the benchmark project, or pass --codestyle-dir)");
                return (ImmutableArray<DiagnosticAnalyzer>.Empty, "(missing)", problems.ToImmutable());
            }

            var loader = new DefaultContextLoader();
            var found = ImmutableArray.CreateBuilder<DiagnosticAnalyzer>();
            var files = Directory.GetFiles(directory, "*.dll").Where(f => !f.EndsWith(".Fixes.dll", StringComparison.OrdinalIgnoreCase)).OrderBy(f => f, StringComparer.Ordinal).ToList();
            foreach (var file in files)
            {
                loader.AddDependencyLocation(file);
            }

            foreach (var file in files)
            {
                var reference = new AnalyzerFileReference(file, loader);
                reference.AnalyzerLoadFailed += (_, e) => problems.Add($"{Path.GetFileName(file)}: {e.TypeName ?? "?"}: {e.Message}");
                foreach (var analyzer in reference.GetAnalyzers(LanguageNames.CSharp))
                {
                    ImmutableArray<DiagnosticDescriptor> supported;
                    try
                    {
                        supported = analyzer.SupportedDiagnostics;
                    }
                    catch (Exception)
                    {
                        continue;
                    }

                    if (supported.Any(d => IdeIds.Contains(d.Id)))
                    {
                        found.Add(analyzer);
                    }
                }
            }

            var version = files.Select(f => FileVersionOf(f)).FirstOrDefault(v => v != null) ?? "?";
            var analyzers = found.OrderBy(a => IdOf(a), StringComparer.Ordinal).ToImmutableArray();
            foreach (var id in IdeIds.Where(id => !analyzers.Any(a => IdOf(a) == id)))
            {
                problems.Add($"{id} not found among the analyzers in {directory}");
            }

            return (analyzers, $"Microsoft.CodeAnalysis.CSharp.CodeStyle {version} ({directory})", problems.ToImmutable());
        }

        /// <summary>The first supported diagnostic ID of an analyzer (IDE0010 / IDE0072 / CLST00n…).</summary>
        public static string IdOf(DiagnosticAnalyzer analyzer)
        {
            try
            {
                return analyzer.SupportedDiagnostics.IsDefaultOrEmpty ? "?" : analyzer.SupportedDiagnostics[0].Id;
            }
            catch (Exception)
            {
                return "?";
            }
        }

        private static string? FileVersionOf(string file)
        {
            try
            {
                var info = System.Diagnostics.FileVersionInfo.GetVersionInfo(file);
                return info.ProductVersion?.Split('+')[0];
            }
            catch (Exception)
            {
                return null;
            }
        }

        /// <summary>
        /// A load context for another build of our analyzers: its own assembly and the files beside it, with Roslyn and the
        /// framework shared from the default context (the host's Roslyn).
        /// </summary>
        private sealed class IsolatedLoadContext : System.Runtime.Loader.AssemblyLoadContext
        {
            private readonly string _directory;

            public IsolatedLoadContext(string mainPath)
                : base("ours: " + mainPath, isCollectible: false)
            {
                _directory = Path.GetDirectoryName(mainPath)!;
            }

            protected override Assembly? Load(AssemblyName assemblyName)
            {
                if (assemblyName.Name is null || assemblyName.Name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) || assemblyName.Name.StartsWith("System", StringComparison.Ordinal))
                {
                    return null;
                }

                var candidate = Path.Combine(_directory, assemblyName.Name + ".dll");
                return File.Exists(candidate) ? LoadFromAssemblyPath(candidate) : null;
            }
        }

        /// <summary>Loads analyzer assemblies into the default context, beside the Roslyn the program hosts.</summary>
        private sealed class DefaultContextLoader : IAnalyzerAssemblyLoader
        {
            private readonly Dictionary<string, string> _byName = new(StringComparer.OrdinalIgnoreCase);

            public DefaultContextLoader()
            {
                AppDomain.CurrentDomain.AssemblyResolve += (_, args) =>
                {
                    var name = new AssemblyName(args.Name).Name;
                    return name != null && _byName.TryGetValue(name, out var path) ? Assembly.LoadFrom(path) : null;
                };
            }

            public void AddDependencyLocation(string fullPath) => _byName[Path.GetFileNameWithoutExtension(fullPath)] = fullPath;

            public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
        }
    }
}
