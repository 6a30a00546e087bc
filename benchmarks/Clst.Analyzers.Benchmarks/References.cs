using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Clst.Analyzers.Benchmarks
{
    /// <summary>The metadata references the corpus compiles against: the framework's reference pack and the shipped model.</summary>
    internal static class References
    {
        /// <summary>
        /// The .NET reference assemblies a real build uses (<c>packs/Microsoft.NETCore.App.Ref/…/ref/netN.0</c>) when the SDK is
        /// installed beside the runtime; otherwise the running runtime's own assemblies.
        /// </summary>
        public static (IReadOnlyList<MetadataReference> References, string Description) Framework()
        {
            var coreLib = typeof(object).Assembly.Location;
            var dotnetRoot = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(coreLib)!, "..", "..", ".."));
            var packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
            var tfm = "net" + Environment.Version.Major + ".0";
            if (Directory.Exists(packs))
            {
                var refDir = Directory.GetDirectories(packs)
                    .Select(d => Path.Combine(d, "ref", tfm))
                    .Where(Directory.Exists)
                    .OrderByDescending(d => Version.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(d))), out var v) ? v : new Version())
                    .FirstOrDefault();
                if (refDir != null)
                {
                    var refs = Directory.GetFiles(refDir, "*.dll").OrderBy(p => p, StringComparer.Ordinal)
                        .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
                    return (refs, $"reference pack {refDir} ({refs.Count} assemblies)");
                }
            }

            var tpa = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
                .Split(Path.PathSeparator)
                .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal)
                            || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
                .ToList();
            return (tpa, $"runtime assemblies (no reference pack found under {packs}; {tpa.Count} assemblies)");
        }

        /// <summary>
        /// The packages the generated clients compile against, as their users reference them (Refit 16.4.0, Kiota 2.1.6; the
        /// NSwag System.Text.Json client needs only the reference pack).
        /// </summary>
        public static IReadOnlyList<MetadataReference> GeneratedClientPackages()
        {
            var types = new[]
            {
                typeof(Refit.DeleteAttribute),
                typeof(Microsoft.Kiota.Abstractions.IRequestAdapter),
                typeof(Microsoft.Kiota.Http.HttpClientLibrary.HttpClientRequestAdapter),
                typeof(Microsoft.Kiota.Serialization.Json.JsonParseNodeFactory),
                typeof(Microsoft.Kiota.Serialization.Text.TextParseNodeFactory),
                typeof(Microsoft.Kiota.Serialization.Form.FormParseNodeFactory),
                typeof(Microsoft.Kiota.Serialization.Multipart.MultipartSerializationWriterFactory),
            };
            return types.Select(t => (MetadataReference)MetadataReference.CreateFromFile(t.Assembly.Location)).ToList();
        }

        /// <summary>The shipped model, from the Contracts project's build output copied beside the program.</summary>
        public static MetadataReference Model()
            => MetadataReference.CreateFromFile(typeof(Clst.Contracts.Order).Assembly.Location);
    }
}
