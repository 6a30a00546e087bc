using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.NullableFields
{
    internal sealed partial class NullableFieldGraphWalker
    {
        private void CollectCaptures()
        {
            foreach (var block in _graph.Blocks)
            {
                foreach (var operation in block.Operations)
                {
                    foreach (var node in operation.DescendantsAndSelf())
                    {
                        if (node is IFlowCaptureOperation capture)
                        {
                            if (!_captureValues.TryGetValue(capture.Id, out var values))
                            {
                                _captureValues[capture.Id] = values = new List<IOperation>();
                            }

                            values.Add(capture.Value);
                        }
                    }
                }
            }

            // The result of x?.M() is captured twice: once as default (x is null), once as the access on x's capture.
            foreach (var pair in _captureValues)
            {
                if (pair.Value.Count != 2)
                {
                    continue;
                }

                int nullIndex = NullChecks.IsNullConstant(pair.Value[0]) ? 0 : NullChecks.IsNullConstant(pair.Value[1]) ? 1 : -1;
                if (nullIndex >= 0 && InnermostReceiver(pair.Value[1 - nullIndex]) is { } receiver && !receiver.Id.Equals(pair.Key))
                {
                    _conditionalAccessReceivers[pair.Key] = receiver;
                }
            }
        }

        private static IFlowCaptureReferenceOperation? InnermostReceiver(IOperation operation)
        {
            for (int depth = 0; depth < 32; depth++)
            {
                switch (operation)
                {
                    case IFlowCaptureReferenceOperation reference:
                        return reference;
                    case IConversionOperation conversion:
                        operation = conversion.Operand;
                        break;
                    case IMemberReferenceOperation { Instance: { } instance }:
                        operation = instance;
                        break;
                    case IInvocationOperation { Instance: { } instance }:
                        operation = instance;
                        break;
                    case IInvocationOperation { TargetMethod.IsExtensionMethod: true, Arguments.Length: > 0 } extension:
                        operation = extension.Arguments[0].Value;
                        break;
                    case IArrayElementReferenceOperation element:
                        operation = element.ArrayReference;
                        break;
                    default:
                        return null;
                }
            }

            return null;
        }

        private ValueKey? KeyOfCapture(IFlowCaptureReferenceOperation reference)
        {
            if (_captureKeys.TryGetValue(reference.Id, out var key))
            {
                return key;
            }

            _captureKeys[reference.Id] = ValueKey.Capture(reference.Id); // guards against cycles while computing
            if (_captureValues.TryGetValue(reference.Id, out var values) && values.Count == 1)
            {
                key = ValueKey.Of(values[0], _captureKey) ?? ValueKey.Capture(reference.Id);
            }
            else
            {
                key = ValueKey.Capture(reference.Id);
            }

            _captureKeys[reference.Id] = key;
            return key;
        }

        /// <summary>The key of an operation, computed once per graph (the fixed point visits each block several times).</summary>
        private ValueKey? KeyOf(IOperation operation)
        {
            if (!_keys.TryGetValue(operation, out var key))
            {
                key = ValueKey.Of(operation, _captureKey);
                _keys[operation] = key;
            }

            return key;
        }
    }
}
