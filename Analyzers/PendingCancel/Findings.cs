using System.Collections.Generic;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>One diagnostic per location: when two judgements see the same PENDING_CANCEL, the more specific one speaks.</summary>
    /// <remarks>Most members analysed have no finding: the collections are made at the first.</remarks>
    internal sealed class Findings
    {
        private Dictionary<(SyntaxTree, TextSpan), Finding>? _byLocation;
        private List<(SyntaxTree, TextSpan)>? _order;

        public void Add(Finding finding)
        {
            var key = (finding.At.Syntax.SyntaxTree, finding.At.Syntax.Span);
            _byLocation ??= new Dictionary<(SyntaxTree, TextSpan), Finding>();
            _order ??= new List<(SyntaxTree, TextSpan)>();
            if (_byLocation.TryGetValue(key, out var existing))
            {
                if (existing.Priority >= finding.Priority)
                {
                    return;
                }
            }
            else
            {
                _order.Add(key);
            }

            _byLocation[key] = finding;
        }

        public void Report(OperationBlockAnalysisContext context)
        {
            if (_byLocation == null || _order == null)
            {
                return;
            }

            foreach (var key in _order)
            {
                var finding = _byLocation[key];
                if (HasErrors(finding))
                {
                    continue;
                }

                var additional = PendingCancelDiagnosticProperties.AdditionalLocations(finding.Construct?.Syntax, finding.MoveTo?.Syntax);
                context.ReportDiagnostic(Diagnostic.Create(
                    Rules.PendingCancelTreatedAsFinal,
                    finding.At.Syntax.GetLocation(),
                    additional,
                    finding.Properties,
                    finding.Description));
            }
        }

        /// <summary>
        /// Code that does not compile yet is not judged: the construct (or the cancel call's function) must have no syntax
        /// error, no invalid operation and no type the compiler could not find.
        /// </summary>
        private static bool HasErrors(Finding finding)
        {
            var scope = finding.Construct ?? EnclosingFunctions.Of(finding.At) ?? EnclosingFunctions.Root(finding.At);
            if (scope.Syntax.ContainsDiagnostics)
            {
                return true;
            }

            using (var walk = new OperationWalk(scope))
            {
                while (walk.Next(out var operation))
                {
                    if (operation.Kind == OperationKind.Invalid || operation.Type?.TypeKind == TypeKind.Error)
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
