using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Clst.Analyzers.Recognition;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>
    /// Reads tests (<c>==</c>, <c>!=</c>, patterns, <c>&amp;&amp;</c>, <c>||</c>, <c>!</c>, an inline collection's
    /// <c>Contains</c>, the shipped <c>IsFinal()</c> / <c>IsPending()</c>) and patterns as sets of order status members.
    /// Anything it does not understand makes it give up: the caller then does not judge.
    /// </summary>
    internal sealed partial class StatusTestReader
    {
        private readonly ContractRecognizer _recognizer;
        // Asked at every status test, switch and collection that may name a status: keyed by the enum's definition, by
        // identity (see IdentityCache; a symbol-equality dictionary hashed the type on every lookup).
        private readonly IdentityCache<ITypeSymbol, StatusUniverse?> _universes;

        public StatusTestReader(ContractRecognizer recognizer)
        {
            _recognizer = recognizer;
            _universes = new IdentityCache<ITypeSymbol, StatusUniverse?>(type => StatusUniverse.Create(_recognizer, type));
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

            return _universes.Get(Types.Definition(named));
        }

        /// <summary>The test as a whole, or null when any part of it is not a test of the same value against status members.</summary>
        public StatusTest? Read(IOperation test)
        {
            var stripped = Operations.SkipConversions(test);
            if (!MayBeTest(stripped))
            {
                return null;
            }

            var context = new StatusTestContext();
            if (!Test(stripped, context, out var set) || context.Universe == null || context.SubjectKey == null
                || context.References.Count == 0)
            {
                return null;
            }

            return new StatusTest(test, context.Universe, context.SubjectKey, context.Subject!, set & context.Universe.All,
                context.References.ToImmutableArray(), ShapeOf(test, context));
        }

        /// <summary>
        /// False for what <see cref="Test"/> would reject at once, without reading it (most conditions of a member are
        /// <c>x &gt; 0</c>, a flag or a call): only <c>&amp;&amp;</c>, <c>||</c>, <c>!</c>, <c>==</c>, <c>!=</c>, <c>is</c>
        /// and the calls <c>Contains</c>, <c>IsFinal</c> and <c>IsPending</c> can be tests.
        /// </summary>
        private static bool MayBeTest(IOperation operation) => IsLogicalOrNot(operation) || operation switch
        {
            IBinaryOperation binary => binary.OperatorKind is BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals,
            IIsPatternOperation => true,
            IInvocationOperation invocation => invocation.TargetMethod.Name is "Contains" or "IsFinal" or "IsPending",
            _ => false,
        };

        /// <summary>
        /// The largest parts of a boolean expression that are tests (the whole of it when it is one): in
        /// <c>(s is A or B) &amp;&amp; retry</c>, the pattern.
        /// </summary>
        public void ReadLargestTests(IOperation root, List<StatusTest> tests)
        {
            // An explicit stack, left part first: a chain of && and || is as deep as the input. Most roots are one test,
            // or none, so the stack is made only when a root splits.
            Stack<IOperation>? work = null;
            var current = root;
            while (true)
            {
                var test = Read(current);
                if (test != null)
                {
                    tests.Add(test);
                }
                else
                {
                    var stripped = Operations.SkipConversions(current);
                    if (LogicalOperators.IsLogical(stripped, out _))
                    {
                        var binary = (IBinaryOperation)stripped;
                        work ??= new Stack<IOperation>();
                        work.Push(binary.RightOperand);
                        work.Push(binary.LeftOperand);
                    }
                    else if (stripped is IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not)
                    {
                        work ??= new Stack<IOperation>();
                        work.Push(not.Operand);
                    }
                }

                if (work == null || work.Count == 0)
                {
                    return;
                }

                current = work.Pop();
            }
        }

        /// <summary>
        /// A pattern applied to a status value of a known universe: the set it matches, with the members written out.
        /// False when the pattern is anything but constants, <c>or</c>, <c>and</c>, <c>not</c> and discards.
        /// </summary>
        public bool ReadPattern(IPatternOperation pattern, StatusUniverse universe, out ulong set, out ImmutableArray<StatusReference> references)
        {
            var context = new StatusTestContext { Universe = universe, SubjectKey = string.Empty };
            bool ok = Pattern(pattern, string.Empty, null, context, out set);
            set &= universe.All;
            references = context.References.ToImmutableArray();
            return ok;
        }

        /// <summary>A single status constant (a field reference to a member of an order status enum).</summary>
        public bool TryGetMember(IOperation operation, out StatusUniverse? universe, out int index)
        {
            if (Operations.SkipConversions(operation) is IFieldReferenceOperation { Field: { ContainingType.TypeKind: TypeKind.Enum } field })
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
    }
}
