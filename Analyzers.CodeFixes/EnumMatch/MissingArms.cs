using System.Collections.Generic;
using System.Linq;
using Clst.Analyzers.EnumMatch;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
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

            // Written out line by line at the arms' indentation (see FixLayout): no formatter pass.
            string indentation = expression.Arms.Count > 0 && FixLayout.StartsLine(expression.Arms[0].GetFirstToken())
                ? FixLayout.IndentationOf(expression.Arms[0].GetFirstToken())
                : FixLayout.IndentationOf(expression.OpenBraceToken) + fix.IndentUnit;
            var newArms = fix.Groups.Select(g => Arm(fix, g, thrown, indentation)).ToList();

            // The line before the new arms must end, and what follows them (an arm, or the closing brace) start a new line.
            var before = index == 0 ? expression.OpenBraceToken
                : index - 1 < expression.Arms.SeparatorCount ? expression.Arms.GetSeparator(index - 1)
                : expression.Arms[index - 1].GetLastToken();
            var after = index < expression.Arms.Count ? expression.Arms[index].GetFirstToken() : expression.CloseBraceToken;
            string afterIndentation = index < expression.Arms.Count ? indentation : FixLayout.IndentationOf(expression.OpenBraceToken);
            var laidOut = expression.ReplaceTokens(
                new[] { before, after },
                (original, _) => original == before
                    ? FixLayout.EndingLine(original, fix.EndOfLine)
                    : FixLayout.StartingLine(original, FixLayout.StartsLine(original), afterIndentation));
            return laidOut.WithArms(fix.InsertArms(laidOut.Arms, index, newArms));
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

        private static SwitchExpressionArmSyntax Arm(EnumMatchFix fix, MemberGroup group, ExpressionSyntax thrown, string indentation)
        {
            // One member a line: 'A' then 'or B' lines one level under the arm.
            var continuation = FixLayout.Whitespace(indentation + fix.IndentUnit);
            var space = SyntaxFactory.TriviaList(SyntaxFactory.Space);
            PatternSyntax? pattern = null;
            for (int i = 0; i < group.MemberNames.Length; i++)
            {
                var access = fix.MemberAccess(group.MemberNames[i]);
                if (i == 0)
                {
                    access = access.WithLeadingTrivia(fix.FirstLineTrivia(group, indentation));
                }

                var constant = SyntaxFactory.ConstantPattern(access);
                pattern = pattern == null
                    ? constant
                    : SyntaxFactory.BinaryPattern(
                        SyntaxKind.OrPattern,
                        pattern.WithTrailingTrivia(fix.EndOfLine),
                        FixLayout.Token(SyntaxKind.OrKeyword, continuation, space),
                        constant);
            }

            return SyntaxFactory.SwitchExpressionArm(
                pattern!.WithTrailingTrivia(space),
                whenClause: null,
                FixLayout.Token(SyntaxKind.EqualsGreaterThanToken, default, space),
                thrown);
        }
    }
}
