using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Clst.Analyzers.CodeFixes.Shared;
using Clst.Analyzers.PendingCancel;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Text;

namespace Clst.Analyzers.CodeFixes.PendingCancel
{
    /// <summary>
    /// CLST001 fix: takes PENDING_CANCEL out of the final group (a side of an <c>or</c> pattern or of a <c>||</c> chain, a
    /// collection element, a <c>case</c> label, a switch arm or section, an <c>if … return</c>), or moves it to the branch
    /// of the pending statuses when the switch has one.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TakeOutOfFinalCodeFixProvider))]
    [Shared]
    public sealed class TakeOutOfFinalCodeFixProvider : PendingCancelFixProvider
    {
        protected override string EquivalenceKey => PendingCancelDiagnosticProperties.TakeOutEquivalenceKey;

        private protected override bool Applies(ImmutableDictionary<string, string?> properties)
            => PendingCancelDiagnosticProperties.TryReadTakeOut(properties, out _);

        private protected override async Task<(Document Document, string Title)?> FixAsync(Document document, FixTarget target, CancellationToken cancellationToken)
        {
            if (target.Node is not ExpressionSyntax reference
                || !PendingCancelDiagnosticProperties.TryReadTakeOut(target.Properties, out var way))
            {
                return null;
            }

            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return null;
            }

            var editor = new SyntaxEditor(root, document.Project.Solution.Workspace.Services);
            var member = reference.WithoutTrivia();
            string name = member is MemberAccessExpressionSyntax access ? access.Name.Identifier.ValueText : member.ToString();
            string title = $"Take '{name}' out of the final statuses";
            if (PendingCancelDiagnosticProperties.TryReadMoveTo(target.Properties, out _))
            {
                var branch = target.AdditionalAt(PendingCancelDiagnosticProperties.PendingBranchLocation);
                if (!MoveTo(editor, branch, member))
                {
                    return null;
                }

                title = $"Move '{name}' to the pending statuses";
            }

            if (!TakeOut(editor, reference, way))
            {
                return null;
            }

            return (document.WithSyntaxRoot(editor.GetChangedRoot()), title);
        }

        private static bool TakeOut(SyntaxEditor editor, ExpressionSyntax reference, TakeOutWay way)
        {
            switch (way)
            {
                case TakeOutWay.OrLeaf:
                    {
                        var or = TakeOutSyntax.OrPatternOf(reference);
                        if (or == null)
                        {
                            return false;
                        }

                        return TakeOutSide(editor, or, or.Left, or.OperatorToken, or.Right, removeLeft: or.Left.Span.Contains(reference.Span));
                    }

                case TakeOutWay.ChainLeaf:
                    {
                        var chain = TakeOutSyntax.ChainOf(reference, out var side);
                        if (chain == null)
                        {
                            return false;
                        }

                        return TakeOutSide(editor, chain, chain.Left, chain.OperatorToken, chain.Right, removeLeft: chain.Left == side);
                    }

                case TakeOutWay.Element:
                    {
                        if (TakeOutSyntax.ElementListCount(reference) < 2)
                        {
                            return false;
                        }

                        SyntaxNode element = reference.Parent is ExpressionElementSyntax or ArgumentSyntax ? reference.Parent : reference;
                        if (Directives.In(element.Parent!, Directives.WithSeparator(element)))
                        {
                            return false;
                        }

                        RemoveFromList(editor, element);
                        return true;
                    }

                case TakeOutWay.Label:
                    {
                        var label = TakeOutSyntax.CaseLabelOf(reference);
                        if (label?.Parent is not SwitchSectionSyntax { Labels.Count: > 1 } || Directives.In(label, label.FullSpan))
                        {
                            return false;
                        }

                        editor.RemoveNode(label, SyntaxRemoveOptions.KeepNoTrivia);
                        return true;
                    }

                case TakeOutWay.Section:
                    {
                        var label = TakeOutSyntax.CaseLabelOf(reference);
                        if (label?.Parent is not SwitchSectionSyntax { Labels.Count: 1 } section || Directives.In(section, section.FullSpan))
                        {
                            return false;
                        }

                        editor.RemoveNode(section, SyntaxRemoveOptions.KeepNoTrivia);
                        return true;
                    }

                case TakeOutWay.Arm:
                    {
                        var arm = TakeOutSyntax.ArmOf(reference);
                        if (arm == null || Directives.In(arm.Parent!, Directives.WithSeparator(arm)))
                        {
                            return false;
                        }

                        RemoveFromList(editor, arm);
                        return true;
                    }

                case TakeOutWay.IfStatement:
                    {
                        var statement = reference.FirstAncestorOrSelf<IfStatementSyntax>();
                        if (statement == null || statement.Else != null || statement.Parent is not BlockSyntax block
                            || Directives.In(statement, statement.FullSpan))
                        {
                            return false;
                        }

                        int index = block.Statements.IndexOf(statement);
                        editor.RemoveNode(statement, SyntaxRemoveOptions.KeepNoTrivia);
                        if (index == 0 && block.Statements.Count > 1)
                        {
                            // The statement opened the block: the next one should not start with the blank line that followed it.
                            var next = block.Statements[1];
                            var trivia = next.GetLeadingTrivia();
                            int firstKept = 0;
                            while (firstKept < trivia.Count && (trivia[firstKept].IsKind(SyntaxKind.EndOfLineTrivia) || trivia[firstKept].IsKind(SyntaxKind.WhitespaceTrivia))
                                   && trivia.Skip(firstKept).Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia)))
                            {
                                firstKept++;
                            }

                            editor.ReplaceNode(next, next.WithLeadingTrivia(trivia.Skip(firstKept)));
                        }

                        return true;
                    }

                default:
                    return false;
            }
        }

        /// <summary>
        /// Takes one side of a binary pattern or chain out. Where the text that goes holds a directive or inactive code, the fix
        /// is not offered, except in the case: the right side goes and every directive it would take sits on the lines
        /// before its operator (<c>#endif</c> / <c>|| s == PendingCancel</c>, or a whole <c>#if NEVER … #endif</c> block).
        /// Those lines stay, in front of what followed the whole (the <c>;</c>, the <c>=&gt;</c>): every directive and every
        /// inactive member keeps its place in the text.
        /// </summary>
        private static bool TakeOutSide(SyntaxEditor editor, SyntaxNode whole, SyntaxNode left, SyntaxToken operatorToken, SyntaxNode right, bool removeLeft)
        {
            if (!Directives.In(whole, Removed(left, right, removeLeft)))
            {
                editor.ReplaceNode(whole, removeLeft
                    ? KeepRight(right, operatorToken, whole.GetLeadingTrivia())
                    : KeepLeft(left, operatorToken, whole.GetTrailingTrivia()));
                return true;
            }

            var next = whole.GetLastToken().GetNextToken();
            if (removeLeft || Directives.In(whole, right.FullSpan) || next.Parent is not { } holder || !holder.Span.Contains(whole.Span))
            {
                return false;
            }

            // The left side keeps all its trivia (its line break included: the carried lines start a line).
            var marker = new SyntaxAnnotation();
            var carried = operatorToken.LeadingTrivia;
            editor.ReplaceNode(whole, left.WithAdditionalAnnotations(marker));
            editor.ReplaceNode(holder, (current, _) =>
            {
                var kept = current.GetAnnotatedNodes(marker).FirstOrDefault();
                if (kept == null)
                {
                    return current;
                }

                var following = kept.GetLastToken().GetNextToken();
                return current.ReplaceToken(following, following.WithLeadingTrivia(carried.Concat(following.LeadingTrivia)));
            });
            return true;
        }

        /// <summary>
        /// The text taking one side of a binary pattern or chain out removes: the side and the operator with the trivia between
        /// them (a directive there, or inside the side, makes the fix not offered).
        /// </summary>
        private static TextSpan Removed(SyntaxNode left, SyntaxNode right, bool removeLeft)
            => removeLeft ? TextSpan.FromBounds(left.SpanStart, right.SpanStart) : TextSpan.FromBounds(left.Span.End, right.Span.End);

        /// <summary>
        /// The left side, kept alone: its own trailing comments stay (<c>Filled /* f */</c>), the spaces and line breaks after
        /// them give way to what followed the whole (a line comment keeps its line break: the code after it must not become
        /// part of the comment), and what follows starts the next line at the removed operator's indentation.
        /// </summary>
        private static T KeepLeft<T>(T left, SyntaxToken operatorToken, SyntaxTriviaList trailingOfWhole)
            where T : SyntaxNode
        {
            var own = left.GetTrailingTrivia();
            int end = own.Count;
            while (end > 0 && (own[end - 1].IsKind(SyntaxKind.WhitespaceTrivia) || own[end - 1].IsKind(SyntaxKind.EndOfLineTrivia)))
            {
                end--;
            }

            if (end == 0)
            {
                return left.WithTrailingTrivia(trailingOfWhole);
            }

            if (own[end - 1].IsKind(SyntaxKind.SingleLineCommentTrivia))
            {
                var indentation = operatorToken.LeadingTrivia.Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia));
                return left.WithTrailingTrivia(own.Concat(indentation).Concat(trailingOfWhole));
            }

            return left.WithTrailingTrivia(own.Take(end).Concat(trailingOfWhole));
        }

        /// <summary>
        /// The right side, kept alone: it takes the place of the whole (its leading trivia), and the comments written after the
        /// operator, which stood beside it (<c>or /* f */ Filled</c>), stay with it.
        /// </summary>
        private static T KeepRight<T>(T right, SyntaxToken operatorToken, SyntaxTriviaList leadingOfWhole)
            where T : SyntaxNode
        {
            var afterOperator = operatorToken.TrailingTrivia.SkipWhile(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).ToList();
            return right.WithLeadingTrivia(leadingOfWhole.Concat(afterOperator).Concat(right.GetLeadingTrivia()));
        }

        /// <summary>Removes an element of a comma-separated list with its separator (on the list as other edits left it).</summary>
        private static void RemoveFromList(SyntaxEditor editor, SyntaxNode element)
        {
            var list = element.Parent!;
            int index = ElementsOf(list).IndexOf(element);
            if (index < 0)
            {
                return;
            }

            editor.ReplaceNode(list, (current, _) =>
            {
                var elements = ElementsOf(current);
                return index < elements.Count ? RemoveSeparated(current, elements[index]) : current;
            });
        }

        private static System.Collections.Generic.List<SyntaxNode> ElementsOf(SyntaxNode list)
            => list switch
            {
                InitializerExpressionSyntax initializer => initializer.Expressions.Cast<SyntaxNode>().ToList(),
                CollectionExpressionSyntax collection => collection.Elements.Cast<SyntaxNode>().ToList(),
                ArgumentListSyntax arguments => arguments.Arguments.Cast<SyntaxNode>().ToList(),
                SwitchExpressionSyntax switchExpression => switchExpression.Arms.Cast<SyntaxNode>().ToList(),
                _ => new System.Collections.Generic.List<SyntaxNode>(),
            };

        private static SyntaxNode RemoveSeparated(SyntaxNode list, SyntaxNode element)
            => list switch
            {
                InitializerExpressionSyntax initializer => initializer.WithExpressions(Remove(initializer.Expressions, (ExpressionSyntax)element)),
                CollectionExpressionSyntax collection => collection.WithElements(Remove(collection.Elements, (CollectionElementSyntax)element)),
                ArgumentListSyntax arguments => arguments.WithArguments(Remove(arguments.Arguments, (ArgumentSyntax)element)),
                SwitchExpressionSyntax switchExpression => switchExpression.WithArms(Remove(switchExpression.Arms, (SwitchExpressionArmSyntax)element)),
                _ => list,
            };

        /// <summary>
        /// Removes an element and one separator: the one after it, or the one before it when it is the last element without
        /// a trailing separator. The element's line goes with it when it stood on its own line.
        /// </summary>
        private static SeparatedSyntaxList<T> Remove<T>(SeparatedSyntaxList<T> list, T element)
            where T : SyntaxNode
        {
            int index = list.IndexOf(element);
            if (index < 0)
            {
                return list;
            }

            var nodes = list.GetWithSeparators();
            int position = nodes.IndexOf(element);
            int removeFrom = position, removeTo = position;
            if (position + 1 < nodes.Count)
            {
                removeTo = position + 1;
            }
            else if (position > 0)
            {
                removeFrom = position - 1;
            }

            var items = new System.Collections.Generic.List<SyntaxNodeOrToken>();
            for (int i = 0; i < nodes.Count; i++)
            {
                if (i < removeFrom || i > removeTo)
                {
                    items.Add(nodes[i]);
                }
            }

            // When the removed separator was before the element (last element), the separator before it now ends the list:
            // keep the trailing trivia the removed element had (usually the space or newline before the closing brace).
            if (removeFrom < position && items.Count > 0)
            {
                var last = items[items.Count - 1];
                var trailing = element.GetTrailingTrivia();
                items[items.Count - 1] = last.IsNode ? last.AsNode()!.WithTrailingTrivia(trailing) : last.AsToken().WithTrailingTrivia(trailing);
            }

            return SyntaxFactory.SeparatedList<T>(items);
        }

        private static bool MoveTo(SyntaxEditor editor, SyntaxNode? branch, ExpressionSyntax member)
        {
            switch (branch)
            {
                case SwitchExpressionArmSyntax arm:
                    {
                        var pattern = arm.Pattern;
                        var added = SyntaxFactory.BinaryPattern(
                                SyntaxKind.OrPattern,
                                pattern.WithoutTrailingTrivia(),
                                SyntaxFactory.Token(SyntaxKind.OrKeyword).WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space),
                                SyntaxFactory.ConstantPattern(member))
                            .WithTrailingTrivia(pattern.GetTrailingTrivia());
                        editor.ReplaceNode(pattern, added);
                        return true;
                    }

                case SwitchSectionSyntax section:
                    {
                        var anchor = section.Labels.LastOrDefault(l => l is not DefaultSwitchLabelSyntax) ?? section.Labels.Last();
                        // On a line of its own at the anchor's indentation: the anchor's other trivia (a directive, a comment)
                        // is its own, and copying it would duplicate it.
                        var indentation = anchor.GetLeadingTrivia().LastOrDefault();
                        var endOfLine = anchor.GetTrailingTrivia().LastOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
                        var label = SyntaxFactory.CaseSwitchLabel(
                                SyntaxFactory.Token(SyntaxKind.CaseKeyword).WithTrailingTrivia(SyntaxFactory.Space),
                                member,
                                SyntaxFactory.Token(SyntaxKind.ColonToken))
                            .WithLeadingTrivia(indentation.IsKind(SyntaxKind.WhitespaceTrivia) ? SyntaxFactory.TriviaList(indentation) : SyntaxFactory.TriviaList())
                            .WithTrailingTrivia(endOfLine.IsKind(SyntaxKind.EndOfLineTrivia) ? SyntaxFactory.TriviaList(endOfLine) : anchor.GetTrailingTrivia());
                        editor.InsertAfter(anchor, label);
                        return true;
                    }

                default:
                    return false;
            }
        }
    }
}
