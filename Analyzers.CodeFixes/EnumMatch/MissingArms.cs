using System.Collections.Generic;
using System.Linq;
using Clst.Analyzers.EnumMatch;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;

namespace Clst.Analyzers.CodeFixes.EnumMatch
{
    /// <summary>
    /// "Add the missing members" on a <c>switch</c> expression: an arm per group of missing members (one member a line, joined
    /// by <c>or</c>) that throws what the code threw for them before: a copy of the catch-all's throw, or the compiler's own
    /// exception where there was no catch-all. Placed before the catch-all.
    /// </summary>
    internal static class MissingArms
    {
        public static SyntaxNode? Build(EnumMatchFix fix, SwitchExpressionSyntax expression)
        {
            ExpressionSyntax? thrown;
            int index;
            switch (fix.Shape.Fallback)
            {
                case FallbackKind.Implicit:
                    thrown = CompilerThrow(fix);
                    index = expression.Arms.Count;
                    break;
                case FallbackKind.Throws when fix.Shape.FallbackNode is SwitchExpressionArmSyntax fallbackArm:
                    thrown = fix.CopyInsideSwitch(new[] { fallbackArm.Expression })?[0];
                    index = expression.Arms.IndexOf(fallbackArm);
                    break;
                default:
                    return null;
            }

            if (thrown == null || index < 0)
            {
                return null;
            }

            var newArms = fix.Groups.Select(g => Arm(fix, g, thrown)).ToList();
            return expression.WithArms(fix.InsertArms(expression.Arms, index, newArms));
        }

        /// <summary>What the compiler's code throws for an unmatched value: <c>SwitchExpressionException(value)</c> where it exists.</summary>
        private static ExpressionSyntax CompilerThrow(EnumMatchFix fix)
        {
            var generator = SyntaxGenerator.GetGenerator(fix.Document);
            var exceptionType = fix.Model.Compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.SwitchExpressionException");
            SyntaxNode creation;
            if (exceptionType == null)
            {
                // No SwitchExpressionException (netstandard2.0, .NET Framework): the compiler throws InvalidOperationException.
                var invalid = fix.Model.Compilation.GetTypeByMetadataName("System.InvalidOperationException");
                creation = generator.ObjectCreationExpression(invalid == null ? SyntaxFactory.ParseTypeName("System.InvalidOperationException") : generator.TypeExpression(invalid));
            }
            else
            {
                var value = fix.Shape.Value;
                while (value is IConversionOperation { IsImplicit: true } conversion)
                {
                    value = conversion.Operand;
                }

                var type = generator.TypeExpression(exceptionType).WithAdditionalAnnotations(Simplifier.AddImportsAnnotation);
                creation = StableReferences.IsStable(value) && value.Syntax is ExpressionSyntax valueSyntax
                    ? generator.ObjectCreationExpression(type, valueSyntax.WithoutTrivia())
                    : generator.ObjectCreationExpression(type);
            }

            return SyntaxFactory.ThrowExpression((ExpressionSyntax)creation).WithAdditionalAnnotations(Simplifier.Annotation);
        }

        private static SwitchExpressionArmSyntax Arm(EnumMatchFix fix, MemberGroup group, ExpressionSyntax thrown)
        {
            // One member a line: 'A' then 'or B' lines one level under the arm (the formatter moves the lines with the arm).
            var continuation = SyntaxFactory.TriviaList(SyntaxFactory.Whitespace(fix.IndentUnit));
            PatternSyntax? pattern = null;
            foreach (var name in group.MemberNames)
            {
                var constant = SyntaxFactory.ConstantPattern(fix.MemberAccess(name));
                pattern = pattern == null
                    ? constant
                    : SyntaxFactory.BinaryPattern(
                        SyntaxKind.OrPattern,
                        pattern.WithTrailingTrivia(fix.EndOfLine),
                        SyntaxFactory.Token(continuation, SyntaxKind.OrKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space)),
                        constant);
            }

            return SyntaxFactory.SwitchExpressionArm(pattern!, thrown)
                .WithLeadingTrivia(fix.CommentTrivia(group))
                .WithAdditionalAnnotations(Formatter.Annotation);
        }
    }
}
