using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Clst.Analyzers.Tests.Robustness
{
    /// <summary>
    /// Deterministic broken variants of a source, the way half-typed code looks in an editor: truncated at a token boundary,
    /// a token deleted or duplicated, a brace removed or added, an identifier misspelt, a type or a using missing.
    /// </summary>
    internal static class Mutator
    {
        public enum Kind
        {
            DeleteToken,
            DuplicateToken,
            RemoveBrace,
            AddBrace,
            MisspellIdentifier,
            RemoveTypeName,
            RemoveUsing,
            SwapAdjacentTokens,
        }

        private static readonly Kind[] s_kinds = (Kind[])Enum.GetValues(typeof(Kind));

        /// <summary>The source cut after each of its tokens (every prefix an editor shows while the file is typed).</summary>
        public static IEnumerable<string> Truncations(string source)
        {
            var tokens = CSharpSyntaxTree.ParseText(source, AnalyzerRunner.ParseOptions).GetRoot().DescendantTokens().ToList();
            foreach (var token in tokens)
            {
                yield return source.Substring(0, token.Span.End);
            }
        }

        /// <summary>One random mutation of the source, chosen by <paramref name="random"/>.</summary>
        public static (Kind Kind, string Source) Mutate(string source, Random random)
        {
            var tokens = CSharpSyntaxTree.ParseText(source, AnalyzerRunner.ParseOptions).GetRoot().DescendantTokens()
                .Where(t => !t.IsKind(SyntaxKind.EndOfFileToken)).ToList();
            if (tokens.Count == 0)
            {
                return (Kind.DeleteToken, source);
            }

            var kind = s_kinds[random.Next(s_kinds.Length)];
            SyntaxToken Pick(Func<SyntaxToken, bool> predicate)
            {
                var candidates = tokens.Where(predicate).ToList();
                return candidates.Count == 0 ? tokens[random.Next(tokens.Count)] : candidates[random.Next(candidates.Count)];
            }

            switch (kind)
            {
                case Kind.DeleteToken:
                {
                    var token = tokens[random.Next(tokens.Count)];
                    return (kind, source.Remove(token.SpanStart, token.Span.Length));
                }

                case Kind.DuplicateToken:
                {
                    var token = tokens[random.Next(tokens.Count)];
                    return (kind, source.Insert(token.Span.End, " " + token.Text));
                }

                case Kind.RemoveBrace:
                {
                    var token = Pick(t => t.IsKind(SyntaxKind.OpenBraceToken) || t.IsKind(SyntaxKind.CloseBraceToken));
                    return (kind, source.Remove(token.SpanStart, token.Span.Length));
                }

                case Kind.AddBrace:
                {
                    var token = tokens[random.Next(tokens.Count)];
                    return (kind, source.Insert(token.Span.End, random.Next(2) == 0 ? " {" : " }"));
                }

                case Kind.MisspellIdentifier:
                {
                    var token = Pick(t => t.IsKind(SyntaxKind.IdentifierToken) && t.Text.Length > 1);
                    var text = token.Text;
                    int at = random.Next(text.Length);
                    var misspelt = text.Substring(0, at) + (char)('a' + random.Next(26)) + text.Substring(at + 1);
                    return (kind, source.Remove(token.SpanStart, token.Span.Length).Insert(token.SpanStart, misspelt));
                }

                case Kind.RemoveTypeName:
                {
                    // A type the code relies on goes missing: rename every use of one of the model's names.
                    var names = new[] { "OrderStatus", "Order", "TimeInForce", "IClstOrdersClient", "CancelOpenOrderResponse", "Task", "OrderType", "Side" };
                    var name = names[random.Next(names.Length)];
                    return (kind, System.Text.RegularExpressions.Regex.Replace(source, @"\b" + name + @"\b", name + "Missing"));
                }

                case Kind.RemoveUsing:
                {
                    var lines = source.Split('\n').ToList();
                    var usings = lines.Select((l, i) => (l, i)).Where(x => x.l.TrimStart().StartsWith("using ", StringComparison.Ordinal)).ToList();
                    if (usings.Count == 0)
                    {
                        goto case Kind.DeleteToken;
                    }

                    lines.RemoveAt(usings[random.Next(usings.Count)].i);
                    return (kind, string.Join("\n", lines));
                }

                default:
                {
                    int i = random.Next(tokens.Count - 1 < 1 ? 1 : tokens.Count - 1);
                    if (i + 1 >= tokens.Count)
                    {
                        goto case Kind.DeleteToken;
                    }

                    var a = tokens[i];
                    var b = tokens[i + 1];
                    var between = source.Substring(a.Span.End, b.SpanStart - a.Span.End);
                    var swapped = b.Text + between + a.Text;
                    return (Kind.SwapAdjacentTokens, source.Remove(a.SpanStart, b.Span.End - a.SpanStart).Insert(a.SpanStart, swapped));
                }
            }
        }
    }
}
