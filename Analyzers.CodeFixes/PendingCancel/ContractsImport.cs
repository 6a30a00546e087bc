using System.Linq;
using Clst.Analyzers.Recognition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Clst.Analyzers.CodeFixes.PendingCancel
{
    /// <summary>Adds <c>using Clst.Contracts;</c> to a file that lacks it, for the shipped extension methods.</summary>
    internal static class ContractsImport
    {
        /// <summary>The root with the import added, or null when the file already imports the namespace (or is not a compilation unit).</summary>
        public static SyntaxNode? Add(SyntaxNode root)
        {
            if (root is not CompilationUnitSyntax unit || unit.Usings.Any(u => u.Alias == null && u.Name?.ToString() == ContractRecognizer.ShippedNamespace))
            {
                return null;
            }

            var endOfLine = unit.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            if (!endOfLine.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                endOfLine = SyntaxFactory.CarriageReturnLineFeed;
            }

            var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(ContractRecognizer.ShippedNamespace))
                .WithUsingKeyword(SyntaxFactory.Token(SyntaxKind.UsingKeyword).WithTrailingTrivia(SyntaxFactory.Space))
                .WithTrailingTrivia(endOfLine);
            return unit.WithUsings(unit.Usings.Add(directive));
        }
    }
}
