using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Clst.Analyzers.Recognition;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>
    /// CLST001: a PENDING_CANCEL answer treated as final. Finds PENDING_CANCEL grouped with the final statuses (form 1),
    /// answered "yes" by a function that says final / done / canceled (form 2), mapped to the canceled outcome (form 3),
    /// the cancel call's answer taken as the outcome (form 4), and only CANCELED accepted right after the cancel (form 5).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PendingCancelTreatedAsFinalAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.PendingCancelTreatedAsFinal);

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

                // Most members never name PENDING_CANCEL or call the cancel: only those that do are analysed.
                var analysis = new BlockAnalysis(new StatusTestReader(recognizer));
                RelevantMembers.Register(start, s_relevantKinds, analysis.IsRelevant, analysis.Analyze);
            });
        }

        private static readonly ImmutableArray<OperationKind> s_relevantKinds = ImmutableArray.Create(OperationKind.FieldReference, OperationKind.Invocation);

        /// <summary>The analysis of one member's body; the reader is shared (its caches are thread-safe), nothing else is.</summary>
        private sealed class BlockAnalysis
        {
            private readonly StatusTestReader _reader;
            private readonly ContractRecognizer _recognizer;

            /// <summary>Per enum member (asked on every enum member reference in the compilation): is it PENDING_CANCEL?</summary>
            private readonly ConcurrentDictionary<IFieldSymbol, bool> _isPendingCancel =
                new ConcurrentDictionary<IFieldSymbol, bool>(IdentityComparer<IFieldSymbol>.Instance);
            private readonly Func<IFieldSymbol, bool> _computeIsPendingCancel;

            public BlockAnalysis(StatusTestReader reader)
            {
                _reader = reader;
                _recognizer = reader.Recognizer;
                _computeIsPendingCancel = field => _reader.TryGetMember(field, out var universe, out int index) && index == universe!.PendingCancelIndex;
            }

            /// <summary>
            /// True for the two kinds of operation without which a block has nothing to report: a reference to PENDING_CANCEL
            /// (forms 1 to 3 judge only a test, mapping or group that names it: see <see cref="Judge"/>) and a call of the
            /// cancel operation (forms 4 and 5).
            /// </summary>
            public bool IsRelevant(IOperation operation) => operation switch
            {
                IFieldReferenceOperation { Field: { ContainingType.TypeKind: TypeKind.Enum } field }
                    => _isPendingCancel.GetOrAdd(field.OriginalDefinition, _computeIsPendingCancel),
                IInvocationOperation invocation => _recognizer.IsCancelOperation(invocation.TargetMethod),
                _ => false,
            };

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
                var tests = new List<IOperation>();
                var switchExpressions = new List<ISwitchExpressionOperation>();
                var switchStatements = new List<ISwitchOperation>();
                var bodies = new List<IBlockOperation>();
                var collections = new List<IOperation>();
                var cancels = new List<IInvocationOperation>();
                bool sawStatus = false;

                foreach (var operation in block.DescendantsAndSelf())
                {
                    context.CancellationToken.ThrowIfCancellationRequested();
                    switch (operation)
                    {
                        case IFieldReferenceOperation field:
                            sawStatus |= field.Field.ContainingType?.TypeKind == TypeKind.Enum && _reader.UniverseOf(field.Field.ContainingType) != null;
                            break;
                        case IInvocationOperation invocation:
                            if (_recognizer.IsCancelOperation(invocation.TargetMethod))
                            {
                                cancels.Add(invocation);
                            }
                            else if (IsTestRoot(invocation))
                            {
                                tests.Add(invocation);
                            }

                            break;
                        case IBinaryOperation or IUnaryOperation or IIsPatternOperation when IsTestRoot(operation):
                            tests.Add(operation);
                            break;
                        case ISwitchExpressionOperation switchExpression:
                            switchExpressions.Add(switchExpression);
                            break;
                        case ISwitchOperation switchStatement:
                            switchStatements.Add(switchStatement);
                            break;
                        case IArrayCreationOperation { Initializer: not null }:
                        case IObjectCreationOperation { Initializer: IObjectOrCollectionInitializerOperation { Initializers.IsEmpty: false } }:
                            collections.Add(operation);
                            break;
                        case IBlockOperation body when body.Parent is null or IMethodBodyOperation or IAnonymousFunctionOperation or ILocalFunctionOperation:
                            bodies.Add(body);
                            break;
                        default:
                            if (operation.Kind == OperationKind.None && operation.Syntax is CollectionExpressionSyntax)
                            {
                                collections.Add(operation);
                            }

                            break;
                    }
                }

                if (sawStatus)
                {
                    var judge = new Judge(_reader, context.OwningSymbol, cancels, findings);
                    foreach (var root in tests)
                    {
                        var read = new List<StatusTest>();
                        _reader.ReadLargestTests(root, read);
                        foreach (var test in read)
                        {
                            judge.JudgeTest(test);
                        }
                    }

                    foreach (var switchExpression in switchExpressions)
                    {
                        var mapping = StatusMapping.OfSwitchExpression(switchExpression, _reader);
                        if (mapping != null)
                        {
                            judge.JudgeMapping(mapping);
                        }
                    }

                    foreach (var switchStatement in switchStatements)
                    {
                        var mapping = StatusMapping.OfSwitchStatement(switchStatement, _reader);
                        if (mapping != null)
                        {
                            judge.JudgeMapping(mapping);
                        }
                    }

                    foreach (var body in bodies)
                    {
                        var mapping = StatusMapping.OfIfChain(body, _reader);
                        if (mapping != null)
                        {
                            judge.JudgeMapping(mapping);
                        }
                    }

                    foreach (var collection in collections)
                    {
                        judge.JudgeCollection(collection);
                    }
                }

                if (cancels.Count > 0)
                {
                    var answers = new CancelAnswerAnalysis(_reader);
                    foreach (var cancel in cancels)
                    {
                        answers.Analyze(cancel, () => context.GetControlFlowGraph(block), out var outcome, out var onlyCanceled, context.CancellationToken);
                        if (outcome != null)
                        {
                            findings.Add(Finding.Outcome(cancel, outcome, CanWait(cancel)));
                        }
                        else if (onlyCanceled != null)
                        {
                            findings.Add(Finding.OnlyCanceled(cancel, onlyCanceled));
                        }
                    }
                }
            }

            /// <summary>A boolean expression that is not itself a part of a larger <c>&amp;&amp;</c>, <c>||</c> or <c>!</c>.</summary>
            private static bool IsTestRoot(IOperation operation)
            {
                if (operation.Type?.SpecialType != SpecialType.System_Boolean)
                {
                    return false;
                }

                if (operation is IBinaryOperation binary && !OperationFacts.IsLogical(binary, out _)
                    && binary.OperatorKind is not (BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals))
                {
                    return false;
                }

                if (operation is IUnaryOperation unary && unary.OperatorKind != UnaryOperatorKind.Not)
                {
                    return false;
                }

                var parent = operation.Parent;
                while (parent is IConversionOperation)
                {
                    parent = parent.Parent;
                }

                return parent == null || !(OperationFacts.IsLogical(parent, out _) || OperationFacts.IsNot(parent));
            }

            /// <summary>True when the shipped <c>WaitForFinalStatusAsync</c> can follow this awaited call in an async function.</summary>
            private bool CanWait(IInvocationOperation cancel)
            {
                if (_recognizer.ShippedClientExtensions == null || cancel.Instance?.Type == null)
                {
                    return false;
                }

                IMethodSymbol? wait = null;
                foreach (var member in _recognizer.ShippedClientExtensions.GetMembers("WaitForFinalStatusAsync"))
                {
                    if (member is IMethodSymbol { IsExtensionMethod: true, Parameters.Length: > 0 } method)
                    {
                        wait = method;
                    }
                }

                if (wait == null)
                {
                    return false;
                }

                var clientType = wait.Parameters[0].Type;
                var receiverType = cancel.Instance.Type;
                bool converts = SymbolEqualityComparer.Default.Equals(receiverType, clientType);
                foreach (var implemented in receiverType.AllInterfaces)
                {
                    converts |= SymbolEqualityComparer.Default.Equals(implemented, clientType);
                }

                if (!converts)
                {
                    return false;
                }

                bool awaited = false;
                for (var parent = cancel.Parent; parent != null; parent = parent.Parent)
                {
                    if (parent is IAwaitOperation)
                    {
                        awaited = true;
                        break;
                    }

                    if (parent is not (IInvocationOperation or IConversionOperation))
                    {
                        break;
                    }
                }

                return awaited;
            }
        }

        /// <summary>Decides, for each construct, whether it treats PENDING_CANCEL as final, and records the finding.</summary>
        private sealed class Judge
        {
            private readonly StatusTestReader _reader;
            private readonly ISymbol _owningSymbol;
            private readonly List<IInvocationOperation> _cancels;
            private readonly Findings _findings;

            public Judge(StatusTestReader reader, ISymbol owningSymbol, List<IInvocationOperation> cancels, Findings findings)
            {
                _reader = reader;
                _owningSymbol = owningSymbol;
                _cancels = cancels;
                _findings = findings;
            }

            // ------------------------------------------------------------------ tests (forms 1 and 2)

            public void JudgeTest(StatusTest test)
            {
                var universe = test.Universe;
                int pc = universe.PendingCancelIndex;
                var reference = test.FirstReferenceTo(pc);
                if (reference == null)
                {
                    return;
                }

                bool pcIsTrue = (test.TrueSet & universe.PendingCancelBit) != 0;
                ulong side = pcIsTrue ? test.TrueSet : universe.All & ~test.TrueSet;
                var function = OperationFacts.EnclosingFunction(test.Root);
                var functionName = OperationFacts.FunctionName(function, _owningSymbol);
                bool answersYes = pcIsTrue && OperationFacts.IsReturned(test.Root) && SaysFinalAndReturnsBool(function, functionName);
                bool grouped = universe.IsFinalGroupWithPendingCancel(side);
                if (!answersYes && !grouped)
                {
                    return;
                }

                if (IsExempt(test.Root, OperationFacts.ConsumerName(test.Root, _owningSymbol), functionName) || OnlyLogsOnEitherBranch(test.Root)
                    || TernaryYieldsInFlight(test.Root, pcIsTrue))
                {
                    return;
                }

                var properties = ImmutableDictionary.CreateBuilder<string, string?>();
                var takeOut = TakeOutSyntax.OfTestOrCollection(reference.Syntax);
                if (takeOut != null)
                {
                    properties[PendingCancelFacts.TakeOutKey] = takeOut;
                }

                var useIsFinal = UseIsFinal(test);
                if (useIsFinal != null)
                {
                    properties[PendingCancelFacts.UseIsFinalKey] = useIsFinal;
                }

                if (answersYes)
                {
                    properties[PendingCancelFacts.FormKey] = "2";
                    _findings.Add(new Finding(reference, Finding.NamedFunctionPriority,
                        $"'{functionName}' answers yes for '{universe.Spell(pc)}'", properties.ToImmutable(), test.Root, null));
                }
                else
                {
                    properties[PendingCancelFacts.FormKey] = "1";
                    _findings.Add(new Finding(reference, Finding.GroupPriority,
                        $"'{universe.Spell(pc)}' is grouped with the final statuses ({universe.Describe(side & universe.Finals)})",
                        properties.ToImmutable(), test.Root, null));
                }
            }

            /// <summary>For the shipped model: does the test list exactly the final statuses and PENDING_CANCEL?</summary>
            private string? UseIsFinal(StatusTest test)
            {
                var universe = test.Universe;
                if (!universe.IsShipped || _reader.Recognizer.ShippedStatusExtensions == null
                    || !SymbolEqualityComparer.Default.Equals(test.Subject.Type, universe.EnumType))
                {
                    return null;
                }

                ulong group = universe.Finals | universe.PendingCancelBit;
                if (test.Listed != group)
                {
                    return null;
                }

                if (test.TrueSet == group && test.Shape is TestShape.OrPattern or TestShape.EqualsChain or TestShape.Contains)
                {
                    return PendingCancelFacts.UseIsFinal;
                }

                if (test.TrueSet == (universe.All & ~group) && test.Shape is TestShape.NotOrPattern or TestShape.NotEqualsChain)
                {
                    return PendingCancelFacts.UseNotIsFinal;
                }

                return null;
            }

            // ------------------------------------------------------------------ mappings (forms 1, 2 and 3)

            public void JudgeMapping(StatusMapping mapping)
            {
                var universe = mapping.Universe;
                int pc = universe.PendingCancelIndex;
                int route = mapping.Routes[pc];
                var routedBy = mapping.RoutedBy[pc];
                if (route < 0 || routedBy == null)
                {
                    return;
                }

                var branch = mapping.Branches[route];
                if (branch.OnlyLogs)
                {
                    return;
                }

                var construct = mapping.Construct;
                var function = construct is IBlockOperation ? FunctionOf(construct) : OperationFacts.EnclosingFunction(construct);
                var functionName = OperationFacts.FunctionName(function, _owningSymbol);
                bool isFunctionResult = construct switch
                {
                    ISwitchExpressionOperation => OperationFacts.IsReturned(construct),
                    ISwitchOperation => branch.Node is ISwitchCaseOperation section && section.Body.Length > 0 && section.Body[0] is IReturnOperation,
                    _ => true,
                };

                bool answersYes = isFunctionResult && branch.YieldsTrue && SaysFinalAndReturnsBool(function, functionName);
                ulong sameResult = mapping.SameResultAs(route);
                bool sameAsFinal = mapping.ResultIsKnownFor(route) && universe.IsFinalGroupWithPendingCancel(sameResult);
                bool namedFinal = branch.ValueName != null && IdentifierWords.SaysFinal(branch.ValueName);
                if (!answersYes && !sameAsFinal && !namedFinal)
                {
                    return;
                }

                var consumer = construct is ISwitchExpressionOperation ? OperationFacts.ConsumerName(construct, _owningSymbol) : null;
                if (IsExempt(construct, consumer, functionName) || (branch.ValueName != null && IdentifierWords.SaysInFlightOrCancelable(branch.ValueName)))
                {
                    return;
                }

                var reference = routedBy.Value.Operation;
                var properties = ImmutableDictionary.CreateBuilder<string, string?>();
                IOperation? moveTo = TakeOutOfMapping(mapping, route, reference, properties);
                string form;
                int priority;
                string description;
                if (answersYes)
                {
                    form = "2";
                    priority = Finding.NamedFunctionPriority;
                    description = $"'{functionName}' answers yes for '{universe.Spell(pc)}'";
                }
                else if (namedFinal)
                {
                    form = "3";
                    priority = Finding.NamedValuePriority;
                    description = $"'{universe.Spell(pc)}' is mapped to '{branch.ValueName}'";
                }
                else if ((OwnMembers(mapping, route) & universe.Finals) != 0)
                {
                    form = "1";
                    priority = Finding.GroupPriority;
                    description = $"'{universe.Spell(pc)}' is grouped with the final statuses ({universe.Describe(OwnMembers(mapping, route) & universe.Finals)})";
                }
                else
                {
                    form = "3";
                    priority = Finding.SameResultPriority;
                    int peer = (sameResult & (1UL << System.Math.Max(universe.CanceledIndex, 0))) != 0 && universe.CanceledIndex >= 0
                        ? universe.CanceledIndex
                        : LowestFinal(universe, sameResult);
                    description = $"'{universe.Spell(pc)}' is mapped to the same result as '{universe.Spell(peer)}'";
                }

                properties[PendingCancelFacts.FormKey] = form;
                _findings.Add(new Finding(reference, priority, description, properties.ToImmutable(), construct, moveTo));
            }

            private static ulong OwnMembers(StatusMapping mapping, int route)
            {
                ulong set = 0;
                for (int i = 0; i < mapping.Routes.Length; i++)
                {
                    if (mapping.Routes[i] == route)
                    {
                        set |= 1UL << i;
                    }
                }

                return set;
            }

            private static int LowestFinal(StatusUniverse universe, ulong set)
            {
                for (int i = 0; i < universe.Members.Length; i++)
                {
                    if ((set & universe.Finals & (1UL << i)) != 0)
                    {
                        return i;
                    }
                }

                return universe.PendingCancelIndex;
            }

            /// <summary>
            /// How PENDING_CANCEL can leave its branch without breaking the code: the way is written to
            /// <paramref name="properties"/>, and the pending branch it moves to (if any) is returned.
            /// </summary>
            private IOperation? TakeOutOfMapping(StatusMapping mapping, int route, IOperation reference, ImmutableDictionary<string, string?>.Builder properties)
            {
                var universe = mapping.Universe;
                int pc = universe.PendingCancelIndex;
                var syntax = reference.Syntax;

                // The branch of the pending statuses: it lists at least two of them, and nothing else.
                int pendingBranch = -1;
                for (int candidate = 0; candidate < mapping.Branches.Length && pendingBranch < 0; candidate++)
                {
                    if (candidate == route || mapping.Branches[candidate].IsDefault)
                    {
                        continue;
                    }

                    int pendings = 0, others = 0;
                    for (int i = 0; i < mapping.Routes.Length; i++)
                    {
                        if (mapping.Routes[i] != candidate || mapping.RoutedBy[i] == null)
                        {
                            continue;
                        }

                        if (i != pc && universe.Groups[i] == LifecycleGroup.Pending)
                        {
                            pendings++;
                        }
                        else
                        {
                            others++;
                        }
                    }

                    if (pendings >= 2 && others == 0)
                    {
                        pendingBranch = candidate;
                    }
                }

                switch (mapping.Construct)
                {
                    case ISwitchExpressionOperation:
                        {
                            bool defaultAfter = false;
                            for (int i = route + 1; i < mapping.Branches.Length; i++)
                            {
                                defaultAfter |= mapping.Branches[i].IsDefault;
                            }

                            string? way = TakeOutSyntax.OrPatternOf(syntax) != null ? PendingCancelFacts.TakeOut.OrLeaf
                                : TakeOutSyntax.ArmOf(syntax) != null ? PendingCancelFacts.TakeOut.Arm
                                : null;
                            if (way == null)
                            {
                                return null;
                            }

                            if (pendingBranch >= 0 && mapping.Branches[pendingBranch].Node is ISwitchExpressionArmOperation { Guard: null })
                            {
                                properties[PendingCancelFacts.TakeOutKey] = way;
                                properties[PendingCancelFacts.MoveToKey] = "arm";
                                return mapping.Branches[pendingBranch].Node;
                            }

                            if (defaultAfter)
                            {
                                properties[PendingCancelFacts.TakeOutKey] = way;
                            }

                            return null;
                        }

                    case ISwitchOperation switchStatement:
                        {
                            string? way;
                            var label = TakeOutSyntax.CaseLabelOf(syntax);
                            if (TakeOutSyntax.OrPatternOf(syntax) != null)
                            {
                                way = PendingCancelFacts.TakeOut.OrLeaf;
                            }
                            else if (label?.Parent is SwitchSectionSyntax section)
                            {
                                way = section.Labels.Count > 1 ? PendingCancelFacts.TakeOut.Label
                                    : CanRemoveSection(switchStatement, (ISwitchCaseOperation)mapping.Branches[route].Node) ? PendingCancelFacts.TakeOut.Section
                                    : null;
                            }
                            else
                            {
                                way = null;
                            }

                            if (way == null)
                            {
                                return null;
                            }

                            properties[PendingCancelFacts.TakeOutKey] = way;
                            if (pendingBranch >= 0 && mapping.Branches[pendingBranch].Node.Syntax is SwitchSectionSyntax)
                            {
                                properties[PendingCancelFacts.MoveToKey] = "section";
                                return mapping.Branches[pendingBranch].Node;
                            }

                            return null;
                        }

                    default:
                        {
                            // An if … return chain: a side of the test, or the whole `if (s == PendingCancel) return …;`.
                            var way = TakeOutSyntax.OfTestOrCollection(syntax);
                            if (way == null && IfOfSingleTest(reference) != null)
                            {
                                way = PendingCancelFacts.TakeOut.IfStatement;
                            }

                            if (way != null)
                            {
                                properties[PendingCancelFacts.TakeOutKey] = way;
                            }

                            return null;
                        }
                }
            }

            /// <summary>The <c>if (s == PendingCancel) return …;</c> (no <c>else</c>) whose whole condition is the reference's comparison.</summary>
            private static IConditionalOperation? IfOfSingleTest(IOperation reference)
            {
                var comparison = reference.Parent;
                while (comparison is IConversionOperation)
                {
                    comparison = comparison.Parent;
                }

                if (comparison is IConstantPatternOperation { Parent: IIsPatternOperation pattern })
                {
                    comparison = pattern;
                }

                if (comparison is not (IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } or IIsPatternOperation))
                {
                    return null;
                }

                return comparison.Parent is IConditionalOperation { WhenFalse: null, WhenTrue: IReturnOperation or IBlockOperation } conditional
                       && conditional.Condition == comparison && conditional.Parent is IBlockOperation
                    ? conditional
                    : null;
            }

            private static bool CanRemoveSection(ISwitchOperation switchStatement, ISwitchCaseOperation section)
            {
                if (!section.Locals.IsEmpty)
                {
                    return false;
                }

                foreach (var operation in switchStatement.Descendants())
                {
                    if (operation is IBranchOperation { BranchKind: BranchKind.GoTo } && operation.Syntax is GotoStatementSyntax { CaseOrDefaultKeyword.RawKind: not 0 })
                    {
                        return false;
                    }

                    if (operation is IVariableDeclaratorOperation && section.Syntax.Span.Contains(operation.Syntax.Span))
                    {
                        return false;
                    }
                }

                return true;
            }

            // ------------------------------------------------------------------ collections (form 1)

            public void JudgeCollection(IOperation collection)
            {
                if (!StatusTestReader.TryGetInlineElements(collection, out var elements) || elements.Length < 2)
                {
                    return;
                }

                StatusUniverse? universe = null;
                ulong set = 0;
                IOperation? reference = null;
                foreach (var element in elements)
                {
                    if (!_reader.TryGetMember(element, out var elementUniverse, out int index)
                        || (universe != null && !ReferenceEquals(universe, elementUniverse)))
                    {
                        return;
                    }

                    universe = elementUniverse;
                    set |= 1UL << index;
                    if (index == universe!.PendingCancelIndex && reference == null)
                    {
                        reference = OperationFacts.Strip(element);
                    }
                }

                if (universe == null || reference == null || !universe.IsFinalGroupWithPendingCancel(set))
                {
                    return;
                }

                // Climb through what passes the collection on: a set's constructor, ToHashSet(), ImmutableHashSet.Create(…).
                IOperation top = collection;
                while (true)
                {
                    var parent = top.Parent;
                    if (parent is IConversionOperation)
                    {
                        top = parent;
                        continue;
                    }

                    if (parent is IArgumentOperation { Parent: IObjectCreationOperation { Arguments.Length: 1 } creation })
                    {
                        top = creation;
                        continue;
                    }

                    if (parent is IArgumentOperation { Parent: IInvocationOperation passing } && StatusTestReader.IsPassThrough(passing, out var source)
                        && OperationFacts.Strip(source) == OperationFacts.Strip(top))
                    {
                        top = passing;
                        continue;
                    }

                    if (parent is IInvocationOperation instanceCall && instanceCall.Instance == top && StatusTestReader.IsPassThrough(instanceCall, out _))
                    {
                        top = instanceCall;
                        continue;
                    }

                    break;
                }

                // Used in place (new[] { … }.Contains(s)): that is a test, judged as one.
                if (top.Parent is IInvocationOperation { TargetMethod.Name: "Contains" } contains && contains.Instance == top
                    || top.Parent is IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "Contains" } })
                {
                    return;
                }

                var name = OperationFacts.ConsumerName(top, _owningSymbol);
                if (!IdentifierWords.SaysFinal(name))
                {
                    return;
                }

                var properties = ImmutableDictionary.CreateBuilder<string, string?>();
                properties[PendingCancelFacts.FormKey] = "1";
                if (TakeOutSyntax.OfTestOrCollection(reference.Syntax) == PendingCancelFacts.TakeOut.Element)
                {
                    properties[PendingCancelFacts.TakeOutKey] = PendingCancelFacts.TakeOut.Element;
                }

                _findings.Add(new Finding(reference, Finding.GroupPriority,
                    $"'{universe.Spell(universe.PendingCancelIndex)}' is listed with the final statuses in '{name}'",
                    properties.ToImmutable(), collection, null));
            }

            // ------------------------------------------------------------------ shared judgement

            private bool SaysFinalAndReturnsBool(IOperation? function, string? functionName)
                => IdentifierWords.SaysFinal(functionName)
                   && OperationFacts.FunctionReturnType(function, _owningSymbol)?.SpecialType == SpecialType.System_Boolean;

            /// <summary>
            /// Not judged: names that say "pending / requested / can cancel", code that only logs, and a check made before
            /// sending a cancel in the same function (it asks whether there is anything left to cancel).
            /// </summary>
            private bool IsExempt(IOperation construct, string? consumerName, string? functionName)
            {
                if (IdentifierWords.SaysInFlightOrCancelable(consumerName) || IdentifierWords.SaysInFlightOrCancelable(functionName)
                    || OperationFacts.IsInsideLogging(construct))
                {
                    return true;
                }

                // The functions the construct sits in, innermost first, up to the member itself (null).
                var functions = new List<IOperation?>();
                for (var function = OperationFacts.EnclosingFunction(construct); ; function = OperationFacts.EnclosingFunction(function))
                {
                    functions.Add(function);
                    if (function == null)
                    {
                        break;
                    }

                    if (IdentifierWords.SaysInFlightOrCancelable(OperationFacts.FunctionName(function, _owningSymbol)))
                    {
                        return true;
                    }
                }

                if (IdentifierWords.SaysInFlightOrCancelable(OperationFacts.FunctionName(null, _owningSymbol)))
                {
                    return true;
                }

                // A check made before a cancel is sent, in the same function or one around it: is there anything left to cancel?
                foreach (var cancel in _cancels)
                {
                    if (cancel.Syntax.SpanStart > construct.Syntax.Span.End && functions.Contains(OperationFacts.EnclosingFunction(cancel)))
                    {
                        return true;
                    }
                }

                return false;
            }

            /// <summary>True when the test picks a value for PENDING_CANCEL whose name says "pending / canceling" (<c>… ? "Canceling" : …</c>).</summary>
            private static bool TernaryYieldsInFlight(IOperation test, bool pcIsTrue)
            {
                var parent = test.Parent;
                while (parent is IConversionOperation)
                {
                    parent = parent.Parent;
                }

                if (parent is not IConditionalOperation { Type: not null } ternary || OperationFacts.Strip(ternary.Condition) != OperationFacts.Strip(test))
                {
                    return false;
                }

                var value = pcIsTrue ? ternary.WhenTrue : ternary.WhenFalse;
                return value != null && IdentifierWords.SaysInFlightOrCancelable(StatusMapping.ValueName(value));
            }

            /// <summary>True when the test is an <c>if</c>'s condition and both branches only log.</summary>
            private static bool OnlyLogsOnEitherBranch(IOperation test)
            {
                var current = test;
                var parent = current.Parent;
                while (parent != null && (parent is IConversionOperation || OperationFacts.IsLogical(parent, out _) || OperationFacts.IsNot(parent)))
                {
                    current = parent;
                    parent = parent.Parent;
                }

                return parent is IConditionalOperation { Type: null } conditional && conditional.Condition == current
                       && OperationFacts.OnlyLogs(conditional.WhenTrue) && OperationFacts.OnlyLogs(conditional.WhenFalse);
            }

            private static IOperation? FunctionOf(IOperation body)
                => body.Parent is IAnonymousFunctionOperation or ILocalFunctionOperation ? body.Parent : null;
        }

        /// <summary>One diagnostic per location: when two judgements see the same PENDING_CANCEL, the more specific one speaks.</summary>
        private sealed class Findings
        {
            private readonly Dictionary<(SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan), Finding> _byLocation =
                new Dictionary<(SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan), Finding>();

            private readonly List<(SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan)> _order =
                new List<(SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan)>();

            public void Add(Finding finding)
            {
                var key = (finding.At.Syntax.SyntaxTree, finding.At.Syntax.Span);
                if (_byLocation.TryGetValue(key, out var existing))
                {
                    if (existing.Priority >= finding.Priority)
                    {
                        return;
                    }
                }
                else
                {
                    _order.Add(key);
                }

                _byLocation[key] = finding;
            }

            public void Report(OperationBlockAnalysisContext context)
            {
                foreach (var key in _order)
                {
                    var finding = _byLocation[key];
                    if (HasErrors(finding))
                    {
                        continue;
                    }

                    var additional = new List<Location>();
                    if (finding.Construct != null)
                    {
                        additional.Add(finding.Construct.Syntax.GetLocation());
                        if (finding.MoveTo != null)
                        {
                            additional.Add(finding.MoveTo.Syntax.GetLocation());
                        }
                    }

                    context.ReportDiagnostic(Diagnostic.Create(
                        Rules.PendingCancelTreatedAsFinal,
                        finding.At.Syntax.GetLocation(),
                        additional,
                        finding.Properties,
                        finding.Description));
                }
            }

            /// <summary>
            /// Code that does not compile yet is not judged: the construct (or the cancel call's function) must have no syntax
            /// error, no invalid operation and no type the compiler could not find.
            /// </summary>
            private static bool HasErrors(Finding finding)
            {
                var scope = finding.Construct ?? OperationFacts.EnclosingFunction(finding.At) ?? Root(finding.At);
                if (scope.Syntax.ContainsDiagnostics)
                {
                    return true;
                }

                foreach (var operation in scope.DescendantsAndSelf())
                {
                    if (operation.Kind == OperationKind.Invalid || operation.Type?.TypeKind == TypeKind.Error)
                    {
                        return true;
                    }
                }

                return false;
            }

            private static IOperation Root(IOperation operation)
            {
                while (operation.Parent != null)
                {
                    operation = operation.Parent;
                }

                return operation;
            }
        }

        private sealed class Finding
        {
            public const int GroupPriority = 1;
            public const int SameResultPriority = 2;
            public const int NamedValuePriority = 3;
            public const int NamedFunctionPriority = 4;

            public Finding(IOperation at, int priority, string description, ImmutableDictionary<string, string?> properties, IOperation? construct, IOperation? moveTo)
            {
                At = at;
                Priority = priority;
                Description = description;
                Properties = properties;
                Construct = construct;
                MoveTo = moveTo;
            }

            public IOperation At { get; }

            public int Priority { get; }

            public string Description { get; }

            public ImmutableDictionary<string, string?> Properties { get; }

            public IOperation? Construct { get; }

            public IOperation? MoveTo { get; }

            public static Finding Outcome(IInvocationOperation cancel, CancelAnswerAnalysis.OutcomeFinding outcome, bool canWait)
            {
                var properties = ImmutableDictionary.CreateBuilder<string, string?>();
                properties[PendingCancelFacts.FormKey] = "4";
                if (canWait)
                {
                    properties[PendingCancelFacts.WaitKey] = "true";
                }

                return new Finding(cancel, 0,
                    $"The answer of '{cancel.TargetMethod.Name}' is taken as the outcome: the code then {outcome.Action}",
                    properties.ToImmutable(), null, null);
            }

            public static Finding OnlyCanceled(IInvocationOperation cancel, CancelAnswerAnalysis.OnlyCanceledFinding finding)
            {
                var properties = ImmutableDictionary.CreateBuilder<string, string?>();
                properties[PendingCancelFacts.FormKey] = "5";
                return new Finding(finding.Comparison, 0,
                    $"Only '{finding.Canceled}' counts as success right after '{cancel.TargetMethod.Name}', so its usual PENDING_CANCEL answer takes the failure branch",
                    properties.ToImmutable(), null, null);
            }
        }
    }
}
