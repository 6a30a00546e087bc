using System.Collections.Generic;
using System.Collections.Immutable;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.NullableFields
{
    internal sealed partial class NullableFieldGraphWalker
    {
        /// <summary>The LINQ methods that keep the elements of their source (so that a <c>Where</c> before them still holds).</summary>
        private static readonly ImmutableHashSet<string> s_elementPreserving = ImmutableHashSet.Create(
            "Where", "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending", "Take", "Skip", "TakeLast", "SkipLast",
            "TakeWhile", "SkipWhile", "Distinct", "DistinctBy", "Reverse", "AsEnumerable", "ToList", "ToArray", "ToHashSet");

        /// <summary>
        /// True for a read of an element a query proves not null: <c>orders.First(o =&gt; o.Symbol != null).Symbol</c>,
        /// <c>orders.Where(o =&gt; o.Symbol != null).First().Symbol</c> (First, Single, Last and their OrDefault forms).
        /// </summary>
        private bool ProvenByQuery(IOperation operation)
        {
            var members = new List<ISymbol>();
            IOperation? current = operation;
            for (int depth = 0; current != null && depth < 8; depth++)
            {
                current = Operations.SkipNullPreserving(current);
                switch (current)
                {
                    case IPropertyReferenceOperation { Arguments.IsEmpty: true, Instance: { } instance } property:
                        members.Add(property.Property);
                        current = instance;
                        continue;
                    case IFieldReferenceOperation { Instance: { } instance } field:
                        members.Add(field.Field);
                        current = instance;
                        continue;
                    case IFlowCaptureReferenceOperation capture:
                        current = _captureValues.TryGetValue(capture.Id, out var values) && values.Count == 1 ? values[0] : null;
                        continue;
                    case IInvocationOperation call when IsElementQuery(call):
                        var element = call.TargetMethod;
                        var facts = AddFilterFacts(NullFlowState.Empty, call.Arguments[0].Value, element);
                        if (call.Arguments.Length == 2)
                        {
                            facts = AddPredicateFacts(facts, call.Arguments[1].Value, element);
                        }

                        var key = ValueKey.Variable(element);
                        for (int i = members.Count - 1; i >= 0; i--)
                        {
                            key = ValueKey.MemberOf(key, members[i]);
                        }

                        return facts.Safe.Contains(key);
                    default:
                        return false;
                }
            }

            return false;
        }

        private static bool IsElementQuery(IInvocationOperation call)
            => call.TargetMethod.Name is "First" or "FirstOrDefault" or "Single" or "SingleOrDefault" or "Last" or "LastOrDefault"
               && call.TargetMethod.ContainingType is { Name: "Enumerable" } type
               && Namespaces.Is(type.ContainingNamespace, "System", "Linq")
               && call.Arguments.Length is 1 or 2;

        /// <summary>
        /// For a lambda that receives the elements of a sequence (<c>seq.Select(o =&gt; ...)</c>, <c>list.ForEach(o =&gt; ...)</c>):
        /// the sequence; else null.
        /// </summary>
        private IOperation? SequenceOfElementLambda(IFlowAnonymousFunctionOperation lambda)
        {
            IOperation current = lambda;
            while (current.Parent is IDelegateCreationOperation or IConversionOperation)
            {
                current = current.Parent;
            }

            if (current.Parent is not IArgumentOperation { Parent: IInvocationOperation invocation } argument)
            {
                return null;
            }

            IOperation? sequence = invocation.TargetMethod.IsExtensionMethod && invocation.Instance == null
                ? (invocation.Arguments.Length > 0 && invocation.Arguments[0] != argument ? invocation.Arguments[0].Value : null)
                : invocation.Instance;
            if (sequence == null)
            {
                return null;
            }

            var element = ElementType(sequence.Type);
            return element != null && SymbolEqualityComparer.Default.Equals(element, lambda.Symbol.Parameters[0].Type) ? sequence : null;
        }

        /// <summary>For the loop variable of a <c>foreach</c> (assigned <c>enumerator.Current</c>): the sequence enumerated; else null.</summary>
        private IOperation? EnumeratedSequence(IOperation value)
        {
            if (value is IPropertyReferenceOperation { Property.Name: "Current", Instance: IFlowCaptureReferenceOperation enumerator }
                && _captureValues.TryGetValue(enumerator.Id, out var values) && values.Count == 1
                && values[0] is IInvocationOperation { TargetMethod.Name: "GetEnumerator", Instance: { } sequence })
            {
                return sequence;
            }

            return null;
        }

        private static ITypeSymbol? ElementType(ITypeSymbol? sequenceType)
        {
            if (sequenceType is not INamedTypeSymbol named)
            {
                return null;
            }

            if (named.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
            {
                return named.TypeArguments[0];
            }

            foreach (var @interface in named.AllInterfaces)
            {
                if (@interface.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
                {
                    return @interface.TypeArguments[0];
                }
            }

            return null;
        }

        /// <summary>
        /// Adds what <c>Where(p =&gt; condition)</c> calls of the sequence (through LINQ calls that keep its elements) prove of
        /// every element, as facts about <paramref name="element"/>: <c>Where(o =&gt; o.Symbol != null).Select(o =&gt; o.Symbol.Length)</c>.
        /// </summary>
        private NullFlowState AddFilterFacts(NullFlowState state, IOperation sequence, ISymbol element)
        {
            IOperation? current = sequence;
            for (int depth = 0; current != null && depth < 16; depth++)
            {
                current = Operations.SkipNullPreserving(current);
                if (current is IConversionOperation { IsImplicit: true } conversion)
                {
                    current = conversion.Operand;
                    continue;
                }

                if (current is IFlowCaptureReferenceOperation capture)
                {
                    current = _captureValues.TryGetValue(capture.Id, out var values) && values.Count == 1 ? values[0] : null;
                    continue;
                }

                if (current is not IInvocationOperation call
                    || call.TargetMethod.ContainingType is not { Name: "Enumerable" } type
                    || !Namespaces.Is(type.ContainingNamespace, "System", "Linq")
                    || !s_elementPreserving.Contains(call.TargetMethod.Name)
                    || call.Arguments.IsEmpty)
                {
                    break;
                }

                if (call.TargetMethod.Name == "Where" && call.Arguments.Length == 2)
                {
                    state = AddPredicateFacts(state, call.Arguments[1].Value, element);
                }

                current = call.Arguments[0].Value;
            }

            return state;
        }

        private NullFlowState AddPredicateFacts(NullFlowState state, IOperation predicate, ISymbol element)
        {
            while (predicate is IDelegateCreationOperation or IConversionOperation)
            {
                predicate = predicate is IDelegateCreationOperation creation ? creation.Target : ((IConversionOperation)predicate).Operand;
            }

            if (predicate is not IFlowAnonymousFunctionOperation flowLambda
                || flowLambda.Syntax.SyntaxTree != _owner.Model.SyntaxTree
                || _owner.OriginalLambda(flowLambda) is not { } lambda
                || lambda.Symbol.Parameters.Length != 1
                || lambda.Body.Operations.Length != 1
                || lambda.Body.Operations[0] is not IReturnOperation { ReturnedValue: { } condition })
            {
                return state;
            }

            var parameter = lambda.Symbol.Parameters[0];
            var keys = new List<ValueKey>();
            CollectNotNull(condition, true, keys);
            foreach (var key in keys)
            {
                if (key.DependsOn(parameter))
                {
                    var rebased = key.Rebase(parameter, element);
                    if (Matters(rebased, state))
                    {
                        state = state.WithSafe(rebased);
                    }
                }
            }

            return state;
        }
    }
}
