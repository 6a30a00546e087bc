using Microsoft.CodeAnalysis;

namespace Clst.Analyzers.Shared
{
    /// <summary>
    /// Namespace tests by their parts (<c>System</c>, <c>Linq</c>), without building the dotted name: the rules ask them of
    /// calls in the code they read, where <c>ToDisplayString()</c> would format a new string every time.
    /// </summary>
    internal static class Namespaces
    {
        /// <summary>True when the namespace is exactly <paramref name="parts"/>.</summary>
        public static bool Is(INamespaceSymbol? ns, params string[] parts)
        {
            for (int i = parts.Length - 1; i >= 0; i--)
            {
                if (ns == null || ns.IsGlobalNamespace || ns.Name != parts[i])
                {
                    return false;
                }

                ns = ns.ContainingNamespace;
            }

            return ns == null || ns.IsGlobalNamespace;
        }

        /// <summary>True when the namespace is <paramref name="parts"/> or inside it.</summary>
        public static bool IsWithin(INamespaceSymbol? ns, params string[] parts)
        {
            for (; ns != null && !ns.IsGlobalNamespace; ns = ns.ContainingNamespace)
            {
                if (Is(ns, parts))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
