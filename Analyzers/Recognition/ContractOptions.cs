using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Clst.Analyzers.Recognition
{
    /// <summary>
    /// The package's <c>.editorconfig</c> / <c>.globalconfig</c> options, read once per compilation.
    /// A key is looked up in the global options, then in the options of the compilation's source files
    /// (the first file that sets it wins), so that both <c>[*.cs]</c> sections and global configs work.
    /// </summary>
    internal sealed class ContractOptions
    {
        /// <summary><c>clst.lookalike_models</c>: recognise users' own models by wire name (default true).</summary>
        public const string LookalikeModelsKey = "clst.lookalike_models";

        /// <summary><c>clst.order_status_types</c>: full names of enums that are the order status.</summary>
        public const string OrderStatusTypesKey = "clst.order_status_types";

        /// <summary><c>clst.time_in_force_types</c>: full names of enums that are the time in force.</summary>
        public const string TimeInForceTypesKey = "clst.time_in_force_types";

        /// <summary><c>clst.order_types</c>: full names of classes that are the order.</summary>
        public const string OrderTypesKey = "clst.order_types";

        /// <summary><c>clst.cancel_methods</c>: full names (<c>Namespace.Type.Method</c>) of methods that cancel an order.</summary>
        public const string CancelMethodsKey = "clst.cancel_methods";

        /// <summary><c>clst.enum_match.throwing_default_is_deliberate</c>: CLST003–CLST005 accept a throwing fallback (default false).</summary>
        public const string ThrowingDefaultIsDeliberateKey = "clst.enum_match.throwing_default_is_deliberate";

        /// <summary><c>clst.enum_match.additional_enums</c>: full names of users' enums mirrored from the contract that CLST005 covers.</summary>
        public const string AdditionalEnumsKey = "clst.enum_match.additional_enums";

        /// <summary>
        /// <c>clst.nullable_fields.report_in_enabled_code</c>: CLST002 also reports, where the compiler's nullable warnings
        /// are on, the uses the compiler already warns on (CS8602, CS8604, CS8629), as it does in disabled code (default false).
        /// </summary>
        public const string NullableFieldsReportInEnabledCodeKey = "clst.nullable_fields.report_in_enabled_code";

        public static readonly ContractOptions Default = new ContractOptions(
            true, ImmutableHashSet<string>.Empty, ImmutableHashSet<string>.Empty, ImmutableHashSet<string>.Empty,
            ImmutableHashSet<string>.Empty, false, ImmutableHashSet<string>.Empty, false);

        private ContractOptions(
            bool lookalikeModels,
            ImmutableHashSet<string> orderStatusTypes,
            ImmutableHashSet<string> timeInForceTypes,
            ImmutableHashSet<string> orderTypes,
            ImmutableHashSet<string> cancelMethods,
            bool throwingDefaultIsDeliberate,
            ImmutableHashSet<string> additionalEnums,
            bool nullableFieldsReportInEnabledCode)
        {
            LookalikeModels = lookalikeModels;
            OrderStatusTypes = orderStatusTypes;
            TimeInForceTypes = timeInForceTypes;
            OrderTypes = orderTypes;
            CancelMethods = cancelMethods;
            ThrowingDefaultIsDeliberate = throwingDefaultIsDeliberate;
            AdditionalEnums = additionalEnums;
            NullableFieldsReportInEnabledCode = nullableFieldsReportInEnabledCode;
        }

        public bool LookalikeModels { get; }

        public ImmutableHashSet<string> OrderStatusTypes { get; }

        public ImmutableHashSet<string> TimeInForceTypes { get; }

        public ImmutableHashSet<string> OrderTypes { get; }

        public ImmutableHashSet<string> CancelMethods { get; }

        public bool ThrowingDefaultIsDeliberate { get; }

        public ImmutableHashSet<string> AdditionalEnums { get; }

        public bool NullableFieldsReportInEnabledCode { get; }

        /// <summary>True when the user named any type or method: the compilation is then checked whatever else it holds.</summary>
        public bool NamesAnything =>
            !OrderStatusTypes.IsEmpty || !TimeInForceTypes.IsEmpty || !OrderTypes.IsEmpty || !CancelMethods.IsEmpty || !AdditionalEnums.IsEmpty;

        public static ContractOptions Read(Compilation compilation, AnalyzerOptions options)
        {
            var provider = options.AnalyzerConfigOptionsProvider;

            // The files' options, each distinct set once: files that share their .editorconfig sections share one
            // options object, so a large compilation usually has a handful, and each key is looked up in those alone.
            // Read on every new compilation, so in the editor on every keystroke, for every file of the project: files that
            // share their options object one after the other are compared, not hashed, and a C# compilation's files are
            // walked as its array, not through an enumerator's interface calls.
            var sources = new List<AnalyzerConfigOptions> { provider.GlobalOptions };
            var seen = new HashSet<AnalyzerConfigOptions>(IdentityComparer<AnalyzerConfigOptions>.Instance) { provider.GlobalOptions };
            AnalyzerConfigOptions previous = provider.GlobalOptions;
            var trees = compilation is CSharpCompilation csharp ? csharp.SyntaxTrees : compilation.SyntaxTrees.ToImmutableArray();
            foreach (var tree in trees)
            {
                var treeOptions = provider.GetOptions(tree);
                if (!ReferenceEquals(treeOptions, previous))
                {
                    previous = treeOptions;
                    if (seen.Add(treeOptions))
                    {
                        sources.Add(treeOptions);
                    }
                }
            }

            string? Get(string key)
            {
                foreach (var source in sources)
                {
                    if (source.TryGetValue(key, out var value))
                    {
                        return value;
                    }
                }

                return null;
            }

            return new ContractOptions(
                ParseBool(Get(LookalikeModelsKey), true),
                ParseList(Get(OrderStatusTypesKey)),
                ParseList(Get(TimeInForceTypesKey)),
                ParseList(Get(OrderTypesKey)),
                ParseList(Get(CancelMethodsKey)),
                ParseBool(Get(ThrowingDefaultIsDeliberateKey), false),
                ParseList(Get(AdditionalEnumsKey)),
                ParseBool(Get(NullableFieldsReportInEnabledCodeKey), false));
        }

        internal static bool ParseBool(string? value, bool defaultValue)
        {
            if (value == null)
            {
                return defaultValue;
            }

            return value.Trim().ToLowerInvariant() switch
            {
                "true" or "yes" or "on" or "1" => true,
                "false" or "no" or "off" or "0" => false,
                _ => defaultValue,
            };
        }

        internal static ImmutableHashSet<string> ParseList(string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return ImmutableHashSet<string>.Empty;
            }

            var builder = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            foreach (var part in value!.Split(new[] { ',', ';', ' ' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var name = part.Trim();
                if (name.StartsWith("global::", StringComparison.Ordinal))
                {
                    name = name.Substring("global::".Length);
                }

                if (name.Length > 0)
                {
                    builder.Add(name);
                }
            }

            return builder.ToImmutable();
        }
    }
}
