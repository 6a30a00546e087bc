using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Clst.Analyzers.Recognition;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>An order status member written out in the code (a constant in a pattern, comparison, label or collection).</summary>
    internal readonly struct StatusReference
    {
        public StatusReference(int index, IOperation operation)
        {
            Index = index;
            Operation = operation;
        }

        public int Index { get; }

        public IOperation Operation { get; }
    }

    /// <summary>The shape of a test, for the fix that replaces it with <c>IsFinal()</c>.</summary>
    internal enum TestShape
    {
        /// <summary>Anything else: not replaced.</summary>
        Other,

        /// <summary><c>s is A or B or C</c>.</summary>
        OrPattern,

        /// <summary><c>s is not (A or B or C)</c>.</summary>
        NotOrPattern,

        /// <summary><c>s == A || s == B || s == C</c>.</summary>
        EqualsChain,

        /// <summary><c>s != A &amp;&amp; s != B &amp;&amp; s != C</c>.</summary>
        NotEqualsChain,

        /// <summary><c>new[] { A, B, C }.Contains(s)</c>.</summary>
        Contains,
    }

    /// <summary>
    /// A boolean test of one value against order status members, read as the set of members for which it is true.
    /// </summary>
    internal sealed class StatusTest
    {
        public StatusTest(IOperation root, StatusUniverse universe, string subjectKey, IOperation subject, ulong trueSet,
            ImmutableArray<StatusReference> references, TestShape shape)
        {
            Root = root;
            Universe = universe;
            SubjectKey = subjectKey;
            Subject = subject;
            TrueSet = trueSet;
            References = references;
            Shape = shape;
        }

        public IOperation Root { get; }

        public StatusUniverse Universe { get; }

        public string SubjectKey { get; }

        /// <summary>The tested value (for a property pattern, the object whose property is tested).</summary>
        public IOperation Subject { get; }

        public ulong TrueSet { get; }

        public ImmutableArray<StatusReference> References { get; }

        public TestShape Shape { get; }

        /// <summary>The members written out in the test.</summary>
        public ulong Listed
        {
            get
            {
                ulong set = 0;
                foreach (var reference in References)
                {
                    set |= 1UL << reference.Index;
                }

                return set;
            }
        }

        public IOperation? FirstReferenceTo(int index)
        {
            foreach (var reference in References)
            {
                if (reference.Index == index)
                {
                    return reference.Operation;
                }
            }

            return null;
        }
    }

    /// <summary>
    /// Reads tests (<c>==</c>, <c>!=</c>, patterns, <c>&amp;&amp;</c>, <c>||</c>, <c>!</c>, an inline collection's
    /// <c>Contains</c>, the shipped <c>IsFinal()</c> / <c>IsPending()</c>) and patterns as sets of order status members.
    /// Anything it does not understand makes it give up: the caller then does not judge.
    /// </summary>
    internal sealed class StatusTestReader
    {
        private readonly ContractRecognizer _recognizer;
        private readonly ConcurrentDictionary<ITypeSymbol, StatusUniverse?> _universes =
            new ConcurrentDictionary<ITypeSymbol, StatusUniverse?>(SymbolEqualityComparer.Default);

        /// <summary>Made once: a lambda capturing this, written at the call, would be a new delegate on every lookup.</summary>
        private readonly Func<ITypeSymbol, StatusUniverse?> _createUniverse;

        public StatusTestReader(ContractRecognizer recognizer)
        {
            _recognizer = recognizer;
            _createUniverse = type => StatusUniverse.Create(_recognizer, type);
        }

        public ContractRecognizer Recognizer => _recognizer;

        /// <summary>The universe of an order status enum (or its nullable form), or null.</summary>
        public StatusUniverse? UniverseOf(ITypeSymbol? type)
        {
            type = Types.UnwrapNullable(type);
            if (type is not INamedTypeSymbol { TypeKind: TypeKind.Enum } named)
            {
                return null;
            }

            return _universes.GetOrAdd(named.OriginalDefinition, _createUniverse);
        }

        /// <summary>The test as a whole, or null when any part of it is not a test of the same value against status members.</summary>
        public StatusTest? Read(IOperation test)
        {
            var context = new Context();
            if (!Test(OperationFacts.Strip(test), context, out var set) || context.Universe == null || context.SubjectKey == null
                || context.References.Count == 0)
            {
                return null;
            }

            return new StatusTest(test, context.Universe, context.SubjectKey, context.Subject!, set & context.Universe.All,
                context.References.ToImmutableArray(), ShapeOf(test, context));
        }

        /// <summary>
        /// The largest parts of a boolean expression that are tests (the whole of it when it is one): in
        /// <c>(s is A or B) &amp;&amp; retry</c>, the pattern.
        /// </summary>
        public void ReadLargestTests(IOperation root, List<StatusTest> tests)
        {
            var test = Read(root);
            if (test != null)
            {
                tests.Add(test);
                return;
            }

            var stripped = OperationFacts.Strip(root);
            if (OperationFacts.IsLogical(stripped, out _))
            {
                var binary = (IBinaryOperation)stripped;
                ReadLargestTests(binary.LeftOperand, tests);
                ReadLargestTests(binary.RightOperand, tests);
            }
            else if (stripped is IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not)
            {
                ReadLargestTests(not.Operand, tests);
            }
        }

        /// <summary>
        /// A pattern applied to a status value of a known universe: the set it matches, with the members written out.
        /// False when the pattern is anything but constants, <c>or</c>, <c>and</c>, <c>not</c> and discards.
        /// </summary>
        public bool ReadPattern(IPatternOperation pattern, StatusUniverse universe, out ulong set, out ImmutableArray<StatusReference> references)
        {
            var context = new Context { Universe = universe, SubjectKey = string.Empty };
            bool ok = Pattern(pattern, string.Empty, null, context, out set);
            set &= universe.All;
            references = context.References.ToImmutableArray();
            return ok;
        }

        /// <summary>A single status constant (a field reference to a member of an order status enum).</summary>
        public bool TryGetMember(IOperation operation, out StatusUniverse? universe, out int index)
        {
            if (OperationFacts.Strip(operation) is IFieldReferenceOperation { Field: { ContainingType.TypeKind: TypeKind.Enum } field })
            {
                return TryGetMember(field, out universe, out index);
            }

            universe = null;
            index = -1;
            return false;
        }

        /// <summary>A member of an order status enum: its universe and its index there.</summary>
        public bool TryGetMember(IFieldSymbol field, out StatusUniverse? universe, out int index)
        {
            universe = UniverseOf(field.ContainingType);
            index = universe?.IndexOf(field) ?? -1;
            return index >= 0;
        }

        /// <summary>
        /// The elements of a collection written in place: an array or collection expression, a collection initializer, a
        /// <c>params</c> array, or one of them passed through a set's constructor or a <c>To…()</c> / <c>As…()</c> call.
        /// </summary>
        public static bool TryGetInlineElements(IOperation collection, out ImmutableArray<IOperation> elements)
        {
            elements = default;
            collection = OperationFacts.Strip(collection);
            switch (collection)
            {
                case IArrayCreationOperation { Initializer: { } initializer }:
                    elements = initializer.ElementValues;
                    return true;
                case IObjectCreationOperation { Initializer: IObjectOrCollectionInitializerOperation initializer } creation when creation.Arguments.Length == 0 && !initializer.Initializers.IsEmpty:
                    var builder = ImmutableArray.CreateBuilder<IOperation>();
                    foreach (var element in initializer.Initializers)
                    {
                        if (element is IInvocationOperation { Arguments.Length: 1 } add)
                        {
                            builder.Add(add.Arguments[0].Value);
                        }
                        else
                        {
                            return false;
                        }
                    }

                    elements = builder.ToImmutable();
                    return true;
                case IObjectCreationOperation { Initializer: null, Arguments.Length: 1 } creation:
                    return TryGetInlineElements(creation.Arguments[0].Value, out elements);
                case IInvocationOperation invocation when IsPassThrough(invocation, out var source):
                    return TryGetInlineElements(source, out elements);
                default:
                    if (collection.Syntax is CollectionExpressionSyntax)
                    {
                        var items = ImmutableArray.CreateBuilder<IOperation>();
                        foreach (var child in collection.ChildOperations)
                        {
                            items.Add(child);
                        }

                        elements = items.ToImmutable();
                        return ((CollectionExpressionSyntax)collection.Syntax).Elements.Count == elements.Length;
                    }

                    return false;
            }
        }

        /// <summary><c>x.ToHashSet()</c>, <c>x.ToList()</c>, <c>x.AsReadOnly()</c>, <c>ImmutableHashSet.Create(…)</c> and the like.</summary>
        public static bool IsPassThrough(IInvocationOperation invocation, out IOperation source)
        {
            source = null!;
            var name = invocation.TargetMethod.Name;
            if (name.StartsWith("To", System.StringComparison.Ordinal) || name.StartsWith("As", System.StringComparison.Ordinal))
            {
                if (invocation.Instance != null && invocation.Arguments.Length == 0)
                {
                    source = invocation.Instance;
                    return true;
                }

                if (invocation.Instance == null && invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length == 1)
                {
                    source = invocation.Arguments[0].Value;
                    return true;
                }
            }

            if (name is "Create" or "CreateRange" && invocation.Instance == null && invocation.Arguments.Length == 1
                && invocation.TargetMethod.ContainingNamespace?.ToDisplayString() is "System.Collections.Immutable" or "System.Collections.Frozen")
            {
                source = invocation.Arguments[0].Value;
                return true;
            }

            return false;
        }

        private sealed class Context
        {
            public StatusUniverse? Universe;
            public string? SubjectKey;
            public IOperation? Subject;
            public readonly List<StatusReference> References = new List<StatusReference>();
            public bool SawOr, SawAnd, SawNot, SawEquals, SawNotEquals, SawPattern, SawContains, SawGroupCall, SawPropertyPattern;

            public bool UseUniverse(StatusUniverse? universe)
            {
                if (universe == null)
                {
                    return false;
                }

                if (Universe == null)
                {
                    Universe = universe;
                    return true;
                }

                return ReferenceEquals(Universe, universe);
            }

            public bool UseSubject(string key, IOperation? subject)
            {
                if (SubjectKey == null)
                {
                    SubjectKey = key;
                    Subject = subject;
                    return true;
                }

                return SubjectKey == key;
            }
        }

        private bool Test(IOperation operation, Context context, out ulong set)
        {
            set = 0;
            switch (operation)
            {
                case IBinaryOperation binary when OperationFacts.IsLogical(binary, out bool isOr):
                    if (!Test(OperationFacts.Strip(binary.LeftOperand), context, out var left)
                        || !Test(OperationFacts.Strip(binary.RightOperand), context, out var right))
                    {
                        return false;
                    }

                    if (isOr)
                    {
                        context.SawOr = true;
                        set = left | right;
                    }
                    else
                    {
                        context.SawAnd = true;
                        set = left & right;
                    }

                    return true;

                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                    if (!Test(OperationFacts.Strip(not.Operand), context, out var inner) || context.Universe == null)
                    {
                        return false;
                    }

                    context.SawNot = true;
                    set = context.Universe.All & ~inner;
                    return true;

                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } comparison:
                    {
                        var left2 = OperationFacts.Strip(comparison.LeftOperand);
                        var right2 = OperationFacts.Strip(comparison.RightOperand);
                        IOperation constant, subject;
                        if (TryGetMember(right2, out _, out _))
                        {
                            constant = right2;
                            subject = left2;
                        }
                        else if (TryGetMember(left2, out _, out _))
                        {
                            constant = left2;
                            subject = right2;
                        }
                        else
                        {
                            return false;
                        }

                        if (TryGetMember(subject, out _, out _) || !TryGetMember(constant, out var universe, out int index)
                            || !context.UseUniverse(universe) || !context.UseSubject(OperationFacts.TextKey(subject.Syntax), subject))
                        {
                            return false;
                        }

                        context.References.Add(new StatusReference(index, constant));
                        bool equals = comparison.OperatorKind == BinaryOperatorKind.Equals;
                        context.SawEquals |= equals;
                        context.SawNotEquals |= !equals;
                        set = equals ? 1UL << index : universe!.All & ~(1UL << index);
                        return true;
                    }

                case IIsPatternOperation isPattern:
                    {
                        context.SawPattern = true;
                        var subject = OperationFacts.Strip(isPattern.Value);
                        return Pattern(isPattern.Pattern, OperationFacts.TextKey(subject.Syntax), subject, context, out set);
                    }

                case IInvocationOperation invocation:
                    return Invocation(invocation, context, out set);

                default:
                    return false;
            }
        }

        private bool Invocation(IInvocationOperation invocation, Context context, out ulong set)
        {
            set = 0;
            var method = invocation.TargetMethod;
            if (method.Name is "IsFinal" or "IsPending" && invocation.Instance == null && invocation.Arguments.Length == 1
                && _recognizer.ShippedStatusExtensions != null
                && SymbolEqualityComparer.Default.Equals(method.ContainingType, _recognizer.ShippedStatusExtensions))
            {
                var subject = OperationFacts.Strip(invocation.Arguments[0].Value);
                var universe = UniverseOf(subject.Type);
                if (!context.UseUniverse(universe) || !context.UseSubject(OperationFacts.TextKey(subject.Syntax), subject))
                {
                    return false;
                }

                context.SawGroupCall = true;
                set = method.Name == "IsFinal" ? universe!.Finals : universe!.Pendings;
                return true;
            }

            if (method.Name != "Contains" || method.ReturnType.SpecialType != SpecialType.System_Boolean)
            {
                return false;
            }

            IOperation collection, item;
            if (invocation.Instance != null && invocation.Arguments.Length == 1)
            {
                collection = invocation.Instance;
                item = invocation.Arguments[0].Value;
            }
            else if (invocation.Instance == null && invocation.Arguments.Length == 2)
            {
                collection = invocation.Arguments[0].Value;
                item = invocation.Arguments[1].Value;
            }
            else
            {
                return false;
            }

            if (!TryGetInlineElements(collection, out var elements) || elements.IsEmpty)
            {
                return false;
            }

            var itemSubject = OperationFacts.Strip(item);
            if (!context.UseSubject(OperationFacts.TextKey(itemSubject.Syntax), itemSubject))
            {
                return false;
            }

            foreach (var element in elements)
            {
                if (!TryGetMember(element, out var universe, out int index) || !context.UseUniverse(universe))
                {
                    return false;
                }

                context.References.Add(new StatusReference(index, OperationFacts.Strip(element)));
                set |= 1UL << index;
            }

            context.SawContains = true;
            return true;
        }

        private bool Pattern(IPatternOperation pattern, string subjectKey, IOperation? subject, Context context, out ulong set)
        {
            set = 0;
            switch (pattern)
            {
                case IConstantPatternOperation constant:
                    {
                        var value = OperationFacts.Strip(constant.Value);
                        if (value is ILiteralOperation { ConstantValue: { HasValue: true, Value: null } })
                        {
                            return context.UseSubject(subjectKey, subject);
                        }

                        if (!TryGetMember(value, out var universe, out int index) || !context.UseUniverse(universe)
                            || !context.UseSubject(subjectKey, subject))
                        {
                            return false;
                        }

                        context.References.Add(new StatusReference(index, value));
                        set = 1UL << index;
                        return true;
                    }

                case INegatedPatternOperation negated:
                    if (!Pattern(negated.Pattern, subjectKey, subject, context, out var inner) || context.Universe == null)
                    {
                        return false;
                    }

                    context.SawNot = true;
                    set = context.Universe.All & ~inner;
                    return true;

                case IBinaryPatternOperation binary:
                    if (!Pattern(binary.LeftPattern, subjectKey, subject, context, out var left)
                        || !Pattern(binary.RightPattern, subjectKey, subject, context, out var right))
                    {
                        return false;
                    }

                    if (binary.OperatorKind == BinaryOperatorKind.Or)
                    {
                        context.SawOr = true;
                        set = left | right;
                        return true;
                    }

                    if (binary.OperatorKind == BinaryOperatorKind.And)
                    {
                        context.SawAnd = true;
                        set = left & right;
                        return true;
                    }

                    return false;

                case IDiscardPatternOperation:
                    if (context.Universe == null)
                    {
                        return false;
                    }

                    set = context.Universe.All;
                    return true;

                case IRecursivePatternOperation recursive
                    when recursive.PropertySubpatterns.Length == 1 && recursive.DeconstructionSubpatterns.IsEmpty
                         && recursive.DeclaredSymbol == null && recursive.PropertySubpatterns[0].Member is IPropertyReferenceOperation member:
                    context.SawPropertyPattern = true;
                    return Pattern(recursive.PropertySubpatterns[0].Pattern, subjectKey + "{" + OperationFacts.TextKey(member.Syntax) + "}",
                        subject, context, out set);

                default:
                    return false;
            }
        }

        private static TestShape ShapeOf(IOperation test, Context context)
        {
            if (context.SawGroupCall || context.SawPropertyPattern)
            {
                return TestShape.Other;
            }

            var stripped = OperationFacts.Strip(test);
            if (stripped is IIsPatternOperation isPattern && !context.SawAnd && !context.SawEquals && !context.SawNotEquals && !context.SawContains)
            {
                if (!context.SawNot)
                {
                    return TestShape.OrPattern;
                }

                if (isPattern.Pattern is INegatedPatternOperation { Pattern: var negated } && !ContainsNegation(negated))
                {
                    return TestShape.NotOrPattern;
                }

                return TestShape.Other;
            }

            if (context.SawPattern || context.SawNot)
            {
                return TestShape.Other;
            }

            if (context.SawContains)
            {
                return stripped is IInvocationOperation ? TestShape.Contains : TestShape.Other;
            }

            if (context.SawEquals && !context.SawNotEquals && !context.SawAnd)
            {
                return TestShape.EqualsChain;
            }

            if (context.SawNotEquals && !context.SawEquals && !context.SawOr)
            {
                return TestShape.NotEqualsChain;
            }

            return TestShape.Other;
        }

        private static bool ContainsNegation(IPatternOperation pattern)
            => pattern switch
            {
                INegatedPatternOperation => true,
                IBinaryPatternOperation binary => binary.OperatorKind != BinaryOperatorKind.Or
                                                  || ContainsNegation(binary.LeftPattern) || ContainsNegation(binary.RightPattern),
                _ => false,
            };
    }
}
