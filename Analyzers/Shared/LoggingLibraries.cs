using Microsoft.CodeAnalysis;

namespace Clst.Analyzers.Shared
{
    /// <summary>
    /// The logging libraries both rules leave alone: <c>Debug</c> and <c>Trace</c>, and the types of
    /// Microsoft.Extensions.Logging, Serilog, NLog and log4net. One list, so that CLST001's logging calls and CLST002's
    /// display-only reads agree on what a log is.
    /// </summary>
    internal static class LoggingLibraries
    {
        private static readonly string[] s_systemDiagnostics = { "System", "Diagnostics" };
        private static readonly string[][] s_libraries =
        {
            new[] { "Microsoft", "Extensions", "Logging" },
            new[] { "Serilog" },
            new[] { "NLog" },
            new[] { "log4net" },
        };

        /// <summary>True for <c>System.Diagnostics.Debug</c> and <c>Trace</c>, and for a type of a logging library.</summary>
        public static bool Declares(INamedTypeSymbol type)
        {
            var ns = type.ContainingNamespace;
            if (type.Name is "Debug" or "Trace" && Namespaces.Is(ns, s_systemDiagnostics))
            {
                return true;
            }

            foreach (var library in s_libraries)
            {
                if (Namespaces.IsWithin(ns, library))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
