using System;
using System.Collections.Generic;
using Clst.Analyzers.Recognition;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>The analysis of one member's body; the reader is shared (its caches are thread-safe), nothing else is.</summary>
    internal sealed class BlockAnalysis
    {
        private readonly StatusTestReader _reader;
        private readonly ContractRecognizer _recognizer;

        /// <summary>Per enum member (asked on every enum member reference in the compilation): is it PENDING_CANCEL?</summary>
        private readonly IdentityCache<IFieldSymbol, bool> _isPendingCancel;

        public BlockAnalysis(StatusTestReader reader)
        {
            _reader = reader;
            _recognizer = reader.Recognizer;
            _isPendingCancel = new IdentityCache<IFieldSymbol, bool>(field => _reader.TryGetMember(field, out var universe, out int index) && index == universe!.PendingCancelIndex);
        }

        /// <summary>
        /// True for the two kinds of operation without which a block has nothing to report: a reference to PENDING_CANCEL
        /// (forms 1 to 3 judge only a test, mapping or group that names it: see <see cref="Judge"/>) and a call of the
        /// cancel operation (forms 4 and 5).
        /// </summary>
        public bool IsRelevant(IOperation operation) => operation switch
        {
            IFieldReferenceOperation field => field.Type?.TypeKind == TypeKind.Enum && IsPendingCancel(field.Field),
            IInvocationOperation invocation => IsCancel(invocation),
            _ => false,
        };

        /// <summary>A member of an order status enum that is PENDING_CANCEL (asked only of references of an enum type).</summary>
        private bool IsPendingCancel(IFieldSymbol field)
            => field.ContainingType?.TypeKind == TypeKind.Enum && _isPendingCancel.Get(field.OriginalDefinition);

        /// <summary>A cancel of one order, or of all open orders (whose answer holds the orders, each normally PENDING_CANCEL).</summary>
        private bool IsCancel(IInvocationOperation invocation) => _recognizer.GetOperation(invocation) is ContractOperation.CancelOrder or ContractOperation.CancelAllOrders;

        public void Analyze(OperationBlockAnalysisContext context)
        {
            var findings = new Findings();
            foreach (var block in context.OperationBlocks)
            {
                AnalyzeBlock(block, context, findings);
            }

            findings.Report(context);
        }

        private void AnalyzeBlock(IOperation block, OperationBlockAnalysisContext context, Findings findings)
        {
            var scratch = BlockScratch.Rent();
            try
            {
                AnalyzeBlock(block, context, findings, scratch);
            }
            finally
            {
                scratch.Return();
            }
        }

        private void AnalyzeBlock(IOperation block, OperationBlockAnalysisContext context, Findings findings, BlockScratch scratch)
        {
            var candidateTests = scratch.CandidateTests;
            var switchExpressions = scratch.SwitchExpressions;
            var switchStatements = scratch.SwitchStatements;
            var bodies = scratch.Bodies;
            var collections = scratch.Collections;
            var cancels = scratch.Cancels;
            var pendingCancels = scratch.PendingCancels;

            using (var walk = new OperationWalk(block))
            {
                while (walk.Next(out var operation))
                {
                    context.CancellationToken.ThrowIfCancellationRequested();
                    // By kind (one call), not by interface tests in turn: this runs for every operation of the member.
                    switch (operation.Kind)
                    {
                        case OperationKind.FieldReference:
                            var field = (IFieldReferenceOperation)operation;
                            if (field.Type?.TypeKind == TypeKind.Enum && IsPendingCancel(field.Field))
                            {
                                pendingCancels.Add(field.Syntax.SpanStart);
                            }

                            break;
                        case OperationKind.Invocation:
                            var invocation = (IInvocationOperation)operation;
                            if (IsCancel(invocation))
                            {
                                cancels.Add(invocation);
                            }
                            else
                            {
                                candidateTests.Add(invocation);
                            }

                            break;
                        case OperationKind.BinaryOperator or OperationKind.UnaryOperator or OperationKind.IsPattern:
                            candidateTests.Add(operation);
                            break;
                        case OperationKind.SwitchExpression:
                            switchExpressions.Add((ISwitchExpressionOperation)operation);
                            break;
                        case OperationKind.Switch:
                            switchStatements.Add((ISwitchOperation)operation);
                            break;
                        case OperationKind.ArrayCreation when ((IArrayCreationOperation)operation).Initializer != null:
                        case OperationKind.ObjectCreation when ((IObjectCreationOperation)operation).Initializer is IObjectOrCollectionInitializerOperation { Initializers.IsEmpty: false }:
                            collections.Add(operation);
                            break;
                        case OperationKind.Block when operation.Parent is null or IMethodBodyOperation or IAnonymousFunctionOperation or ILocalFunctionOperation:
                            bodies.Add((IBlockOperation)operation);
                            break;
                        case OperationKind.Conversion:
                            break;
                        default:
                            // A collection expression is OperationKind.None in Roslyn 4.8 and CollectionExpression from 4.9 on
                            // (a kind this 4.8-built analyzer cannot name): recognise it by its syntax, not its kind, the
                            // conversion to the target type around it aside; the one the compiler builds for a params
                            // collection argument has the call's syntax, and is recognised by its place.
                            if (operation.Syntax is CollectionExpressionSyntax || InlineCollections.IsParamsCollection(operation))
                            {
                                collections.Add(operation);
                            }

                            break;
                    }
                }
            }

            if (pendingCancels.Count == 0 && cancels.Count == 0)
            {
                return;
            }

            var judge = new Judge(_reader, context.OwningSymbol, cancels, findings);

            // Forms 1 to 3 judge only a test, mapping or collection that names PENDING_CANCEL itself (the judge gives up on
            // any other): one whose code holds none of the member's references to it is not read at all.
            if (pendingCancels.Count > 0)
            {
                pendingCancels.Seal();
                foreach (var root in candidateTests)
                {
                    if (pendingCancels.AnyWithin(root.Syntax.Span) && IsTestRoot(root))
                    {
                        var read = new List<StatusTest>();
                        _reader.ReadLargestTests(root, read);
                        foreach (var test in read)
                        {
                            judge.JudgeTest(test);
                        }
                    }
                }

                foreach (var switchExpression in switchExpressions)
                {
                    if (pendingCancels.AnyWithin(switchExpression.Syntax.Span)
                        && StatusMapping.OfSwitchExpression(switchExpression, _reader) is { } mapping)
                    {
                        judge.JudgeMapping(mapping);
                    }
                }

                foreach (var switchStatement in switchStatements)
                {
                    if (pendingCancels.AnyWithin(switchStatement.Syntax.Span)
                        && StatusMapping.OfSwitchStatement(switchStatement, _reader) is { } mapping)
                    {
                        judge.JudgeMapping(mapping);
                    }
                }

                foreach (var body in bodies)
                {
                    if (pendingCancels.AnyWithin(body.Syntax.Span) && StatusMapping.OfIfChain(body, _reader) is { } mapping)
                    {
                        judge.JudgeMapping(mapping);
                    }
                }

                foreach (var collection in collections)
                {
                    if (pendingCancels.AnyWithin(collection.Syntax.Span))
                    {
                        judge.JudgeCollection(collection);
                    }
                }
            }

            if (cancels.Count > 0)
            {
                // Past the bound (see FlowGraphBound) no graph is built and the answer analysis says nothing.
                judge.JudgeCancels(new MemberFlow(block, context.GetControlFlowGraph), context.CancellationToken);
            }
        }

        /// <summary>A boolean expression that is not itself a part of a larger <c>&amp;&amp;</c>, <c>||</c> or <c>!</c>.</summary>
        private static bool IsTestRoot(IOperation operation)
        {
            if (operation.Type?.SpecialType != SpecialType.System_Boolean)
            {
                return false;
            }

            if (operation is IBinaryOperation binary && !LogicalOperators.IsLogical(binary, out _)
                && binary.OperatorKind is not (BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals))
            {
                return false;
            }

            if (operation is IUnaryOperation unary && unary.OperatorKind != UnaryOperatorKind.Not)
            {
                return false;
            }

            var parent = ValueUses.ParentThroughConversions(operation);
            return parent == null || !(LogicalOperators.IsLogical(parent, out _) || LogicalOperators.IsNot(parent));
        }
    }
}
