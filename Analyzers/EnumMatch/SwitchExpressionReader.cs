using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.EnumMatch
{
    /// <summary>
    /// Reads a <c>switch</c> expression into an <see cref="EnumMatchShape"/>: the values its unguarded arms name and its
    /// catch-all arm; with none, the compiler's generated code throws (<see cref="FallbackKind.Implicit"/>).
    /// </summary>
    internal static class SwitchExpressionReader
    {
        public static EnumMatchShape? Read(ISwitchExpressionOperation operation, CancellationToken cancellationToken)
        {
            if (operation.Syntax is not SwitchExpressionSyntax syntax
                || syntax.ContainsDiagnostics
                || EnumMatchShape.GetEnumType(operation.Value.Type) is not { } enumType
                || EnumMatchShape.HasInvalid(operation.Value))
            {
                return null;
            }

            var handled = new HashSet<ulong>();
            ISwitchExpressionArmOperation? fallbackArm = null;
            foreach (var arm in operation.Arms)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (arm.Guard != null)
                {
                    continue;
                }

                switch (CaseReader.ReadPattern(arm.Pattern, enumType, handled))
                {
                    case CaseReader.PatternKind.CatchAll:
                        fallbackArm ??= arm;
                        break;
                    case CaseReader.PatternKind.Unknown:
                        return null;
                }
            }

            FallbackKind fallback;
            SyntaxNode? fallbackNode = null;
            if (fallbackArm != null)
            {
                if (fallbackArm.Syntax is not SwitchExpressionArmSyntax armSyntax || EnumMatchShape.HasInvalid(fallbackArm.Value))
                {
                    return null;
                }

                fallbackNode = armSyntax;
                fallback = FallbackThrows.ExpressionAlwaysThrows(fallbackArm.Value, cancellationToken) ? FallbackKind.Throws : FallbackKind.Explicit;
            }
            else
            {
                fallback = FallbackKind.Implicit;
            }

            return new EnumMatchShape(MatchForm.SwitchExpression, enumType, operation.Value, handled, fallback, fallbackNode, syntax.SwitchKeyword);
        }
    }
}
