using Clst.Analyzers.Recognition;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.NullableFields
{
    internal sealed partial class NullableFieldGraphWalker
    {
        /// <summary>A value that may be null: where it came from and how it is named.</summary>
        private sealed class Source
        {
            public Source(NullableOrderField field, ValueKey? key, ValueKey? inner, bool compilerTracks, string? throughVariable, bool direct)
            {
                Field = field;
                Key = key;
                Inner = inner;
                CompilerTracks = compilerTracks;
                ThroughVariable = throughVariable;
                Direct = direct;
            }

            public NullableOrderField Field { get; }

            /// <summary>The value's key (null when the analysis cannot name it).</summary>
            public ValueKey? Key { get; }

            /// <summary>For the result of <c>x?.M()</c>: the key of <c>x</c> (the result is null only if <c>x</c> is).</summary>
            public ValueKey? Inner { get; }

            public bool CompilerTracks { get; }

            public string? ThroughVariable { get; }

            /// <summary>True for a plain read of the field or a plain copy of it (a local copy can alias the path).</summary>
            public bool Direct { get; }
        }

        private Source? SourceOf(IOperation operation, NullFlowState state, int depth = 0)
        {
            if (depth > 8)
            {
                return null;
            }

            operation = Operations.SkipNullPreserving(operation);
            switch (operation)
            {
                case IPropertyReferenceOperation property when _owner.FieldOf(property.Property) is { } field:
                    return new Source(field, KeyOf(property), null, Types.IsDeclaredNullable(property.Property), null, true);
                case ILocalReferenceOperation local when state.GetTaint(local.Local) is { } localTaint:
                    return new Source(localTaint.Field, ValueKey.Variable(local.Local), null, localTaint.CompilerTracks, local.Local.Name, true);
                case IParameterReferenceOperation parameter when state.GetTaint(parameter.Parameter) is { } parameterTaint:
                    return new Source(parameterTaint.Field, ValueKey.Variable(parameter.Parameter), null, parameterTaint.CompilerTracks, parameter.Parameter.Name, true);
                case IFlowCaptureReferenceOperation capture:
                    if (_captureValues.TryGetValue(capture.Id, out var values) && values.Count == 1)
                    {
                        var inner = SourceOf(values[0], state, depth + 1);
                        return inner == null
                            ? null
                            : new Source(inner.Field, KeyOfCapture(capture), inner.Inner, inner.CompilerTracks, inner.ThroughVariable, inner.Direct);
                    }

                    if (_conditionalAccessReceivers.TryGetValue(capture.Id, out var receiver) && SourceOf(receiver, state, depth + 1) is { } accessed)
                    {
                        return new Source(accessed.Field, ValueKey.Capture(capture.Id), accessed.Key, true, accessed.ThroughVariable, false);
                    }

                    return null;
                default:
                    return null;
            }
        }

        private bool IsSafe(Source source, NullFlowState state)
        {
            if (state.IsSafe(source.Key) || (source.Inner != null && state.IsSafe(source.Inner)))
            {
                return true;
            }

            return _lenientOwner != null && source.Key != null && IsCaptured(source.Key);
        }

        /// <summary>In a local function whose callers are not all seen: true when the key reads what the function captures.</summary>
        private bool IsCaptured(ValueKey key)
        {
            if (key.ReadsInstance())
            {
                return true;
            }

            bool captured = false;
            key.ForEachVariable(variable =>
            {
                for (var container = variable.ContainingSymbol; container is IMethodSymbol method; container = method.ContainingSymbol)
                {
                    if (SymbolEqualityComparer.Default.Equals(method, _lenientOwner))
                    {
                        return;
                    }
                }

                captured = true;
            });
            return captured;
        }

        /// <summary>What a variable holds after it is assigned <paramref name="value"/>: an unchecked field, or nothing to follow.</summary>
        private Taint? TaintOf(IOperation value, NullFlowState state)
        {
            var source = SourceOf(value, state);
            if (source == null || IsSafe(source, state))
            {
                return null;
            }

            return new Taint(source.Field, source.Direct ? source.Key : null, source.CompilerTracks);
        }
    }
}
