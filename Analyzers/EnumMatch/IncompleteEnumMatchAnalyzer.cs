using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Clst.Analyzers.Recognition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.EnumMatch
{
    /// <summary>
    /// CLST003 (<c>OrderStatus</c>), CLST004 (<c>TimeInForce</c>), CLST005 (the other contract enums, and users' enums named in
    /// <c>clst.enum_match.additional_enums</c>): a match over the enum that leaves named members unhandled, where they are
    /// silently ignored (a <c>switch</c> statement with no <c>default</c>) or thrown (a throwing fallback, a <c>switch</c>
    /// expression with no arm for them, a <c>throw</c> right after the switch, an if/else-if chain ending in a throw).
    /// Which enum a value is comes from the recogniser only; what the match handles from <see cref="EnumMatchShape"/>.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class IncompleteEnumMatchAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>How many unhandled members the message names before "and N more".</summary>
        internal const int NamedInMessage = 3;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            Rules.IncompleteOrderStatusMatch, Rules.IncompleteTimeInForceMatch, Rules.IncompleteContractEnumMatch);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCode.Flags);
            context.RegisterCompilationStartAction(start =>
            {
                var recognizer = ContractRecognizer.TryGet(start.Compilation, start.Options);
                if (recognizer == null)
                {
                    return;
                }

                Func<INamedTypeSymbol, bool> checks = enumType => GetDescriptor(enumType, recognizer) != null;
                start.RegisterOperationAction(c => Analyze(c, recognizer, checks), OperationKind.Switch, OperationKind.SwitchExpression, OperationKind.Conditional);
            });
        }

        private static void Analyze(OperationAnalysisContext context, ContractRecognizer recognizer, Func<INamedTypeSymbol, bool> checks)
        {
            var operation = context.Operation;

            // Cheap gates first: the matched value must be one of the enums we check.
            ITypeSymbol? valueType;
            switch (operation)
            {
                case ISwitchOperation switchStatement:
                    valueType = switchStatement.Value.Type;
                    break;
                case ISwitchExpressionOperation switchExpression:
                    valueType = switchExpression.Value.Type;
                    break;
                case IConditionalOperation { Syntax: IfStatementSyntax { Else: not null } ifStatement } when ifStatement.Parent is not ElseClauseSyntax:
                    valueType = null; // known only once the chain is read
                    break;
                default:
                    return;
            }

            if (valueType != null && GetDescriptor(valueType, recognizer) == null)
            {
                return;
            }

            var shape = EnumMatchShape.TryRead(operation, context.CancellationToken, checks);
            if (shape == null || GetDescriptor(shape.EnumType, recognizer) is not { } descriptor)
            {
                return;
            }

            if (shape.Fallback == FallbackKind.Explicit
                || (recognizer.Options.ThrowingDefaultIsDeliberate && shape.Fallback is FallbackKind.Throws or FallbackKind.ThrowsAfter))
            {
                return;
            }

            var unhandled = shape.GetUnhandledMembers();
            if (unhandled.IsEmpty)
            {
                return;
            }

            int total = shape.CountMemberValues();
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[EnumMatchProperties.Form] = shape.Form.ToString();
            properties[EnumMatchProperties.Fallback] = shape.Fallback.ToString();
            properties[EnumMatchProperties.Missing] = EnumMatchProperties.EncodeGroups(GroupForFix(unhandled, descriptor, recognizer));
            if (shape.Form == MatchForm.SwitchExpression && shape.Fallback == FallbackKind.Implicit
                && GetNeutralValue((ISwitchExpressionOperation)operation) is { } neutral)
            {
                properties[EnumMatchProperties.Neutral] = neutral;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                descriptor,
                shape.Keyword.GetLocation(),
                properties.ToImmutable(),
                shape.EnumType.Name,
                unhandled.Length,
                total,
                NameFirstFew(unhandled),
                Fate(shape)));
        }

        /// <summary>CLST003 for the order status, CLST004 for the time in force, CLST005 for the other contract enums and the additional ones.</summary>
        internal static DiagnosticDescriptor? GetDescriptor(ITypeSymbol type, ContractRecognizer recognizer)
        {
            // Which enum first (one cached lookup); the [Flags] test reads the enum's attributes.
            var descriptor = recognizer.GetContractEnum(type) switch
            {
                ContractEnum.OrderStatus => Rules.IncompleteOrderStatusMatch,
                ContractEnum.TimeInForce => Rules.IncompleteTimeInForceMatch,
                ContractEnum.None => recognizer.IsAdditionalEnum(type) ? Rules.IncompleteContractEnumMatch : null,
                _ => Rules.IncompleteContractEnumMatch,
            };

            return descriptor != null && EnumMatchShape.GetEnumType(type) != null ? descriptor : null;
        }

        /// <summary>The order status's missing members by lifecycle group; one group otherwise. Members in declaration order.</summary>
        private static IEnumerable<MemberGroup> GroupForFix(ImmutableArray<IFieldSymbol> unhandled, DiagnosticDescriptor descriptor, ContractRecognizer recognizer)
        {
            if (descriptor != Rules.IncompleteOrderStatusMatch)
            {
                return new[] { new MemberGroup(string.Empty, unhandled.Select(f => f.Name).ToImmutableArray()) };
            }

            var order = new List<LifecycleGroup>();
            var byGroup = new Dictionary<LifecycleGroup, ImmutableArray<string>.Builder>();
            foreach (var field in unhandled)
            {
                var group = recognizer.GetStatusGroup(field) ?? LifecycleGroup.Unknown;
                if (!byGroup.TryGetValue(group, out var names))
                {
                    names = ImmutableArray.CreateBuilder<string>();
                    byGroup.Add(group, names);
                    order.Add(group);
                }

                names.Add(field.Name);
            }

            // In the contract README's order: final, pending, working, paused, unknown.
            return order
                .OrderBy(g => g == LifecycleGroup.Unknown ? int.MaxValue : (int)g)
                .Select(g => new MemberGroup(EnumMatchProperties.GroupComment(g), byGroup[g].ToImmutable()));
        }

        private static string NameFirstFew(ImmutableArray<IFieldSymbol> unhandled)
        {
            var builder = new StringBuilder();
            for (int i = 0; i < unhandled.Length && i < NamedInMessage; i++)
            {
                if (i > 0)
                {
                    builder.Append(", ");
                }

                builder.Append(unhandled[i].Name);
            }

            if (unhandled.Length > NamedInMessage)
            {
                builder.Append(" and ").Append(unhandled.Length - NamedInMessage).Append(" more");
            }

            return builder.ToString();
        }

        private static string Fate(EnumMatchShape shape) => shape.Fallback switch
        {
            FallbackKind.None => "silently ignored (the switch has no default)",
            FallbackKind.Throws when shape.Form == MatchForm.IfChain => "thrown at run time by the final else",
            FallbackKind.Throws => "thrown at run time by the fallback",
            FallbackKind.ThrowsAfter => "thrown at run time by the throw after the switch",
            FallbackKind.Implicit => "thrown at run time (the switch expression has no arm for them)",
            _ => string.Empty,
        };

        /// <summary>
        /// The value a "handle the rest" arm gives when the switch expression's result type has an obvious neutral one:
        /// <c>false</c> for <c>bool</c>, <c>null</c> for a nullable value type or a reference type declared nullable
        /// (<c>string?</c>) where the result goes. None for anything else (a number, an enum, a non-nullable or oblivious reference).
        /// </summary>
        private static string? GetNeutralValue(ISwitchExpressionOperation operation)
        {
            var type = DeclaredTargetType(operation) ?? operation.Type;
            if (type == null)
            {
                return null;
            }

            if (type.SpecialType == SpecialType.System_Boolean)
            {
                return "false";
            }

            if (type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
            {
                return "null";
            }

            return type.IsReferenceType && type.NullableAnnotation == NullableAnnotation.Annotated ? "null" : null;
        }

        /// <summary>The declared type of where the switch expression's value goes (with its nullable annotation), when plain.</summary>
        private static ITypeSymbol? DeclaredTargetType(IOperation operation)
        {
            var parent = operation.Parent;
            while (parent is IConversionOperation { IsImplicit: true } conversion)
            {
                if (conversion.Type?.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
                {
                    return conversion.Type;
                }

                parent = conversion.Parent;
            }

            switch (parent)
            {
                case IReturnOperation when operation.SemanticModel?.GetEnclosingSymbol(operation.Syntax.SpanStart) is IMethodSymbol method:
                {
                    var returnType = method.ReturnType;
                    if (method.IsAsync && returnType is INamedTypeSymbol { IsGenericType: true, Name: "Task" or "ValueTask", TypeArguments.Length: 1 } task)
                    {
                        return task.TypeArguments[0];
                    }

                    return returnType;
                }

                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }
                    when declarator.Syntax.Parent is VariableDeclarationSyntax { Type.IsVar: false }:
                    return declarator.Symbol.Type;
                case IFieldInitializerOperation { InitializedFields.Length: 1 } field:
                    return field.InitializedFields[0].Type;
                case IPropertyInitializerOperation { InitializedProperties.Length: 1 } property:
                    return property.InitializedProperties[0].Type;
                case IArgumentOperation { Parameter: { } parameter }:
                    return parameter.Type;
                case ISimpleAssignmentOperation { Target: IFieldReferenceOperation target }:
                    return target.Field.Type;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target }:
                    return target.Property.Type;
                default:
                    return null;
            }
        }
    }
}
