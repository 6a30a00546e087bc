using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Clst.Analyzers.CodeFixes.Shared
{
    /// <summary>The nodes a diagnostic points at, found again in a document that earlier fixes may have changed.</summary>
    internal sealed class FixTarget
    {
        public FixTarget(SyntaxNode node, ImmutableArray<SyntaxNode?> additional, ImmutableDictionary<string, string?> properties)
        {
            Node = node;
            Additional = additional;
            Properties = properties;
        }

        /// <summary>The node at the diagnostic's own location.</summary>
        public SyntaxNode Node { get; }

        /// <summary>The nodes at the diagnostic's additional locations, in their order; null where one is no longer found.</summary>
        public ImmutableArray<SyntaxNode?> Additional { get; }

        /// <summary>The diagnostic's properties, as the analyzer wrote them.</summary>
        public ImmutableDictionary<string, string?> Properties { get; }

        /// <summary>The node at additional location <paramref name="index"/>, or null when there is none or it is gone.</summary>
        public SyntaxNode? AdditionalAt(int index) => index < Additional.Length ? Additional[index] : null;
    }
}
