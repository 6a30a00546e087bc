using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Clst.Analyzers.Tests.Robustness
{
    /// <summary>
    /// Issue 21's hostile inputs, generated: legal code as long, deep or wide as a generator or a hand-unrolled file makes it,
    /// in each rule's shapes. Each input is a member of <c>My.Ns.C</c> with one spot that takes exactly one mistake (a rule's
    /// finding) or its fix, so a run must report exactly the one finding, or nothing.
    /// </summary>
    internal static class HostileCorpus
    {
        // The sizes: the issue's (50,000-term chains and or-patterns, 2,000 parentheses, 3,000 branches, a 10,000-arm switch over
        // a 10,000-member enum, 500 levels of nesting) wherever the compiler alone builds the input in under ~10 s on the
        // shared 2-core machine, measured there under load (load average 13-27) without any analyzer:
        //   ||/&& chains: 50,000 terms 11-22 s, so 20,000 here (the single-rule tests keep 50,000: DeepStatusTestTests,
        //     DeepInputTests, DeepConditionTests);
        //   or-patterns: 500 members 1.7 s, 1,000 4.2 s, 2,000 14.8 s, 5,000 over 3 minutes (the decision DAG grows faster than
        //     the square of the pattern), so 1,000;
        //   switch statements over a 10,000-member enum (the enum alone: 0.3 s): 2,500 sections 4.7 s, 5,000 8.5 s, 10,000
        //     19.6 s, so 4,000 sections, which leave 6,000 members for the finding to name.

        /// <summary>Terms of the <c>||</c> / <c>&amp;&amp;</c> chains.</summary>
        public const int ChainTerms = 20_000;

        /// <summary>Members of the <c>or</c> pattern.</summary>
        public const int OrPatternTerms = 1_000;

        /// <summary>Sections (arms) of the switches over the <see cref="LargeEnumMembers"/>-member enum.</summary>
        public const int LargeSwitchArms = 4_000;

        public const int NestedParentheses = 2_000;
        public const int ElseIfBranches = 3_000;
        public const int LargeEnumMembers = 10_000;
        public const int NestingLevels = 500;

        private static readonly string[] s_finals = { "Filled", "Canceled", "Rejected", "Expired", "Replaced" };
        private static readonly string[] s_statuses = typeof(Clst.Contracts.OrderStatus).GetEnumNames();

        private static readonly Lazy<ImmutableArray<HostileInput>> s_inputs = new Lazy<ImmutableArray<HostileInput>>(Build);

        public static ImmutableArray<HostileInput> Inputs => s_inputs.Value;

        public static HostileInput Named(string name) => Inputs.Single(i => i.Name == name);

        private static ImmutableArray<HostileInput> Build()
        {
            var inputs = new List<HostileInput>();

            // CLST001, "is it done?" as an expression body: the final statuses over and over, PendingCancel once at the end.
            inputs.Add(Input("IsDoneOrChain", "CLST001",
                "static bool IsDone(OrderStatus s) => " + Join(ChainTerms, " || ", i => "s == OrderStatus." + s_finals[i % 5]) + "{0};",
                " || s == OrderStatus.PendingCancel"));
            inputs.Add(Input("IsDoneAndChain", "CLST001",
                "static bool IsDone(OrderStatus s) => !(" + Join(ChainTerms, " && ", i => "s != OrderStatus." + s_finals[i % 5]) + "{0});",
                " && s != OrderStatus.PendingCancel"));
            inputs.Add(Input("IsDoneOrPattern", "CLST001",
                "static bool IsDone(OrderStatus s) => s is " + Join(OrPatternTerms, " or ", i => "OrderStatus." + s_finals[i % 5]) + "{0};",
                " or OrderStatus.PendingCancel"));
            inputs.Add(Input("IsDoneInNestedParentheses", "CLST001",
                "static bool IsDone(OrderStatus s) => " + Nest(NestedParentheses, "s == OrderStatus.Filled{0}") + ";",
                " || s == OrderStatus.PendingCancel"));

            // CLST001 on the cancel's own answer: a test that lets PENDING_CANCEL through into removing the order from the open
            // ones (the mistake) or into tracking it as pending (the fix).
            const string books = "private readonly System.Collections.Generic.HashSet<string> _open = new(), _pendingCancels = new();\n";
            const string cancel = "async System.Threading.Tasks.Task M(IClstOrdersClient client, long accountId, string id) { var ack = await client.CancelOpenOrderAsync(accountId, id); if ";
            inputs.Add(Input("CancelAnswerAndChain", "CLST001",
                books + cancel + "(" + Join(ChainTerms, " && ", _ => "ack.Data.Status != OrderStatus.Rejected") + ") {0}(id); }",
                "_open.Remove", "_pendingCancels.Add"));
            inputs.Add(Input("CancelAnswerInNestedParentheses", "CLST001",
                books + cancel + Nest(NestedParentheses, "ack.Data.Status != OrderStatus.Rejected") + " {0}(id); }",
                "_open.Remove", "_pendingCancels.Add"));

            // CLST003, an if/else-if chain whose first condition is the long chain; the mistake is the throwing else.
            const string chainRest = " return 1; else if (s == OrderStatus.Filled) return 2; else {0}";
            const string throws = "throw new InvalidOperationException();";
            inputs.Add(Input("IfChainFirstConditionOr", "CLST003",
                "static int M(OrderStatus s) { if (" + Join(ChainTerms, " || ", _ => "s == OrderStatus.New") + ")" + chainRest + " }",
                throws, "return 0;"));
            // An && chain of == is no test of one value: no match, silent either way (its "mistake" twin is silent too).
            inputs.Add(Input("IfChainFirstConditionAnd", null,
                "static int M(OrderStatus s) { if (" + Join(ChainTerms, " && ", _ => "s == OrderStatus.New") + ")" + chainRest + " }",
                throws, "return 0;"));
            inputs.Add(Input("IfChainFirstConditionInNestedParentheses", "CLST003",
                "static int M(OrderStatus s) { if " + Nest(NestedParentheses, "s == OrderStatus.New") + chainRest + " }",
                throws, "return 0;"));
            inputs.Add(Input("ElseIfChain", "CLST003",
                "static int M(OrderStatus s) { " + ElseIfs(ElseIfBranches) + " else {0} }",
                throws, "return -1;"));

            // CLST002, a null-check chain before the reads it proves, then one unchecked read (the mistake).
            const string unchecked_ = "a += order.AverageFillPrice.Value;";
            const string checked_ = "a += order.AverageFillPrice ?? 0m;";
            inputs.Add(Nullable(Input("NullCheckAndChain", "CLST002",
                Method("if (" + Join(ChainTerms, " && ", _ => "order.Symbol != null") + ") n += order.Symbol.Length;"), unchecked_, checked_)));
            inputs.Add(Nullable(Input("NullCheckOrChain", "CLST002",
                Method("if (" + Join(ChainTerms, " || ", _ => "order.Symbol == null") + ") return 0m; n += order.Symbol.Length;"), unchecked_, checked_)));
            inputs.Add(Nullable(Input("NullCheckInNestedParentheses", "CLST002",
                Method("if " + Nest(NestedParentheses, "order.Symbol != null") + " n += order.Symbol.Length;"), unchecked_, checked_)));

            // CLST005 / CLST003 over a 10,000-member look-alike enum named in the options: 4,000 members matched, the other
            // 6,000 left to nothing (no default) or to the compiler's throw (no arm), or to an explicit fallback.
            var big = BigEnum();
            inputs.Add(Input("LargeEnumSwitchStatement", "CLST005",
                "static int M(Big v) { int n = 0; switch (v) { " + Join(LargeSwitchArms, " ", i => $"case Big.M{i}: n += {i}; break;") + "{0} } return n; }",
                "", " default: n = -1; break;") with { Prelude = big, Options = new[] { ("clst.enum_match.additional_enums", "My.Ns.Big") } });
            inputs.Add(Input("LargeEnumSwitchExpression", "CLST003",
                "static int M(Big v) => v switch { " + Join(LargeSwitchArms, " ", i => $"Big.M{i} => {i},") + "{0} };",
                "", " _ => -1,") with { Prelude = big, Options = new[] { ("clst.order_status_types", "My.Ns.Big") } });

            // Lambdas and local functions nested 500 deep, one mistake of each rule at the bottom.
            foreach (var nesting in new[] { "Lambdas", "LocalFunctions" })
            {
                inputs.Add(Input($"Nested{nesting}WithIsDone", "CLST001",
                    Nested(nesting, "bool IsDone(OrderStatus s) => s == OrderStatus.Filled || s == OrderStatus.Canceled{0}; return IsDone(x) ? 1 : 0;"),
                    " || s == OrderStatus.PendingCancel"));
                inputs.Add(Input($"Nested{nesting}WithSwitch", "CLST003",
                    Nested(nesting, "int r = 0; switch (x) { case OrderStatus.Filled: r = 1; break; case OrderStatus.Canceled: r = 2; break;{0} } return r;"),
                    "", " default: r = 3; break;"));
                inputs.Add(Input($"Nested{nesting}WithCancel", "CLST001",
                    books + Nested(nesting, "client.CancelOpenOrderAsync(accountId, id).GetAwaiter().GetResult(); {0}(id); return 0;"),
                    "_open.Remove", "_pendingCancels.Add"));
                inputs.Add(Nullable(Input($"Nested{nesting}WithUncheckedRead", "CLST002",
                    Nested(nesting, "return (order.AverageFillPrice{0}) > 0m ? 1 : 0;"),
                    ".Value", " ?? 0m")));
            }

            return inputs.ToImmutableArray();
        }

        /// <summary>
        /// An input whose member text holds <c>{0}</c>: <paramref name="mistake"/> there makes the flagged member (one finding
        /// of <paramref name="rule"/>, or none when null), <paramref name="fix"/> the silent one.
        /// </summary>
        private static HostileInput Input(string name, string? rule, string member, string mistake, string fix = "")
            => new HostileInput(name, rule, member, mistake, fix);

        /// <summary>CLST002 speaks where the compiler's nullable analysis does not (nullable context off).</summary>
        private static HostileInput Nullable(HostileInput input) => input with { Nullable = NullableContextOptions.Disable };

        private static string Join(int count, string separator, Func<int, string> term)
        {
            var builder = new StringBuilder();
            for (int i = 0; i < count; i++)
            {
                builder.Append(i == 0 ? string.Empty : separator).Append(term(i));
            }

            return builder.ToString();
        }

        private static string Nest(int depth, string inner) => new string('(', depth) + inner + new string(')', depth);

        /// <summary><c>if (s == A) return 0; else if (s == B) return 1; …</c>, every status but <c>Other</c> in turn.</summary>
        private static string ElseIfs(int branches)
        {
            var named = s_statuses.Where(n => n != "Other").ToArray();
            return Join(branches, " else ", i => $"if (s == OrderStatus.{named[i % named.Length]}) return {i};");
        }

        private static string Method(string statement)
            => "static decimal M(Order order) { decimal a = 0m; int n = 0; " + statement + " {0} return a + n; }";

        /// <summary>
        /// <see cref="NestingLevels"/> lambdas (<c>Func&lt;OrderStatus, int&gt; f1 = x => { … return f1(x); }</c>) or local
        /// functions (<c>int L1(OrderStatus x) { … } return L1(x);</c>), <paramref name="innermost"/> at the bottom.
        /// </summary>
        private static string Nested(string nesting, string innermost)
        {
            var open = new StringBuilder();
            var close = new StringBuilder();
            for (int i = 1; i <= NestingLevels; i++)
            {
                if (nesting == "Lambdas")
                {
                    open.Append($"Func<OrderStatus, int> f{i} = x => {{ ");
                    close.Insert(0, $" }}; return f{i}(x);");
                }
                else
                {
                    open.Append($"int L{i}(OrderStatus x) {{ ");
                    close.Insert(0, $" }} return L{i}(x);");
                }
            }

            return "int M(OrderStatus x, Order order, IClstOrdersClient client, long accountId, string id) { " + open + innermost + close + " }";
        }

        private static string BigEnum()
            => "namespace My.Ns\n{\n    public enum Big { " + Join(LargeEnumMembers, ", ", i => "M" + i) + " }\n}\n";
    }

    /// <summary>
    /// One hostile input: its member, whose <c>{0}</c> takes the mistake (one finding of <see cref="Rule"/>, or none when it
    /// is null) or its fix (no finding).
    /// </summary>
    internal sealed record HostileInput(string Name, string? Rule, string Member, string Mistake, string Fix)
    {
        public string FlaggedMember => Member.Replace("{0}", Mistake);

        public string CleanMember => Member.Replace("{0}", Fix);

        /// <summary>The member with both inside it, under <c>#if CLST_HOSTILE</c> / <c>#else</c> (the symbol is not defined).</summary>
        public string MemberWithDirectives(string underIf, string underElse)
            => Member.Replace("{0}", "\n#if CLST_HOSTILE\n" + underIf + "\n#else\n" + underElse + "\n#endif\n");

        /// <summary>Types the member needs, before the class.</summary>
        public string Prelude { get; init; } = string.Empty;

        public NullableContextOptions Nullable { get; init; } = NullableContextOptions.Enable;

        /// <summary>The <c>.editorconfig</c> keys the run is given (<c>clst.*</c>).</summary>
        public (string Key, string Value)[] Options { get; init; } = Array.Empty<(string, string)>();

        /// <summary>The file holding <paramref name="member"/> (or the text with its directives) in <c>My.Ns.C</c>.</summary>
        public string File(string member)
            => "using System;\nusing System.Linq;\nusing Clst.Contracts;\n" + Prelude + "namespace My.Ns\n{\n    partial class C\n    {\n" + member + "\n    }\n}\n";

        public override string ToString() => Name;
    }
}
