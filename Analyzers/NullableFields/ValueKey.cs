using System;
using System.Collections.Immutable;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.NullableFields
{
    /// <summary>
    /// The "same value" of CLST002's flow analysis: an access path such as <c>order.AverageFillPrice</c>,
    /// <c>response.Data.Symbol</c>, <c>this._order.Details</c> or a local copy <c>px</c>. A check of a path makes later uses
    /// of the same path safe until a variable of the path is assigned. Paths through calls and indexers count too
    /// (<c>GetOrder().Symbol</c>): the analysis assumes that reading twice gives the same value, as the compiler's own
    /// nullable analysis does, because where it cannot tell it stays silent.
    /// </summary>
    internal sealed class ValueKey : IEquatable<ValueKey>
    {
        private readonly int _hash;

        private ValueKey(ValueKeyKind kind, ISymbol? symbol, ValueKey? parent, ImmutableArray<ValueKey> arguments, object? constant)
        {
            Kind = kind;
            Symbol = symbol;
            Parent = parent;
            Arguments = arguments.IsDefault ? ImmutableArray<ValueKey>.Empty : arguments;
            Constant = constant;

            int hash = (int)kind;
            hash = (hash * 31) + (symbol == null ? 0 : SymbolEqualityComparer.Default.GetHashCode(symbol));
            hash = (hash * 31) + (parent?._hash ?? 0);
            foreach (var argument in Arguments)
            {
                hash = (hash * 31) + argument._hash;
            }

            hash = (hash * 31) + (constant?.GetHashCode() ?? 0);
            _hash = hash;

            int depth = parent?.Depth ?? 0;
            foreach (var argument in Arguments)
            {
                depth = Math.Max(depth, argument.Depth);
            }

            Depth = depth + 1;
        }

        /// <summary>
        /// How deep a key that facts are built on may nest (<see cref="Of"/> names operations at most 16 deep; a nested
        /// property pattern stops adding facts here): the key's methods recurse on its parts.
        /// </summary>
        public const int MaxDepth = 32;

        /// <summary>How deep the key nests (1 for a variable).</summary>
        public int Depth { get; }

        /// <summary>The key at the start of the path: the variable, <c>this</c>, type or capture it is read from.</summary>
        public ValueKey Root
        {
            get
            {
                var root = this;
                while (root.Parent != null)
                {
                    root = root.Parent;
                }

                return root;
            }
        }

        public ValueKeyKind Kind { get; }

        /// <summary>The variable, member, method or type of the key.</summary>
        public ISymbol? Symbol { get; }

        public ValueKey? Parent { get; }

        public ImmutableArray<ValueKey> Arguments { get; }

        public object? Constant { get; }

        public static ValueKey Variable(ISymbol localOrParameter) => new ValueKey(ValueKeyKind.Variable, localOrParameter, null, default, null);

        public static ValueKey Capture(CaptureId id) => new ValueKey(ValueKeyKind.Capture, null, null, default, id);

        /// <summary>True when the key names the local or parameter, or contains it anywhere (as its root or in an argument).</summary>
        public bool DependsOn(ISymbol variable)
        {
            if (Kind == ValueKeyKind.Variable && SymbolEqualityComparer.Default.Equals(Symbol, variable))
            {
                return true;
            }

            if (Parent != null && Parent.DependsOn(variable))
            {
                return true;
            }

            foreach (var argument in Arguments)
            {
                if (argument.DependsOn(variable))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when <paramref name="prefix"/> is this key or one of its receivers (<c>order.Data</c> of <c>order.Data.Symbol</c>).</summary>
        public bool StartsWith(ValueKey prefix)
        {
            for (var current = this; current != null; current = current.Parent)
            {
                if (current.Equals(prefix))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when the key involves a flow capture (valid only inside its own control flow graph).</summary>
        public bool InvolvesCapture()
        {
            if (Kind == ValueKeyKind.Capture || (Parent != null && Parent.InvolvesCapture()))
            {
                return true;
            }

            foreach (var argument in Arguments)
            {
                if (argument.InvolvesCapture())
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Calls <paramref name="action"/> for every local and parameter the key depends on.</summary>
        public void ForEachVariable(Action<ISymbol> action)
        {
            if (Kind == ValueKeyKind.Variable && Symbol != null)
            {
                action(Symbol);
            }

            Parent?.ForEachVariable(action);
            foreach (var argument in Arguments)
            {
                argument.ForEachVariable(action);
            }
        }

        /// <summary>
        /// The key with the variable <paramref name="from"/> replaced by <paramref name="to"/> (a fact about <c>o.Symbol</c> in
        /// <c>Where(o =&gt; o.Symbol != null)</c> becomes a fact about <c>x.Symbol</c> in the <c>Select(x =&gt; ...)</c> after it).
        /// </summary>
        public ValueKey Rebase(ISymbol from, ISymbol to) => Rebase(Variable(from), Variable(to));

        /// <summary>The key with every occurrence of <paramref name="from"/> replaced by <paramref name="to"/>.</summary>
        public ValueKey Rebase(ValueKey from, ValueKey to)
        {
            if (Equals(from))
            {
                return to;
            }

            if (!Contains(from))
            {
                return this;
            }

            var builder = ImmutableArray.CreateBuilder<ValueKey>(Arguments.Length);
            foreach (var argument in Arguments)
            {
                builder.Add(argument.Rebase(from, to));
            }

            return new ValueKey(Kind, Symbol, Parent?.Rebase(from, to), builder.MoveToImmutable(), Constant);
        }

        /// <summary>True when <paramref name="part"/> is this key or any part of it.</summary>
        public bool Contains(ValueKey part)
        {
            if (Equals(part) || (Parent != null && Parent.Contains(part)))
            {
                return true;
            }

            foreach (var argument in Arguments)
            {
                if (argument.Contains(part))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The key of a field or property (no arguments) of <paramref name="parent"/>.</summary>
        public static ValueKey MemberOf(ValueKey parent, ISymbol member) => new ValueKey(ValueKeyKind.Member, member.OriginalDefinition, parent, default, null);

        /// <summary>True when the key reads <c>this</c> (a field or property of the instance).</summary>
        public bool ReadsInstance()
        {
            if (Kind == ValueKeyKind.Instance || (Parent != null && Parent.ReadsInstance()))
            {
                return true;
            }

            foreach (var argument in Arguments)
            {
                if (argument.ReadsInstance())
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The key of an operation's value, or null when it has none (a value the analysis cannot name).
        /// <paramref name="captureKey"/> resolves flow capture references of the control flow graph.
        /// </summary>
        public static ValueKey? Of(IOperation? operation, Func<IFlowCaptureReferenceOperation, ValueKey?> captureKey, int depth = 0)
        {
            if (operation == null || depth > 16)
            {
                return null;
            }

            operation = Operations.SkipNullPreserving(operation);
            switch (operation)
            {
                case ILocalReferenceOperation local:
                    return Variable(local.Local);
                case IParameterReferenceOperation parameter:
                    return Variable(parameter.Parameter);
                case IInstanceReferenceOperation:
                    return new ValueKey(ValueKeyKind.Instance, null, null, default, null);
                case IFlowCaptureReferenceOperation capture:
                    return captureKey(capture);
                case IFieldReferenceOperation field:
                    return Member(field.Field, field.Instance, captureKey, depth);
                case IPropertyReferenceOperation property:
                    if (property.Arguments.IsEmpty)
                    {
                        return Member(property.Property, property.Instance, captureKey, depth);
                    }

                    return WithArguments(ValueKeyKind.Element, property.Property, property.Instance, ArgumentValues(property.Arguments), captureKey, depth);
                case IArrayElementReferenceOperation element:
                    return WithArguments(ValueKeyKind.Element, null, element.ArrayReference, element.Indices, captureKey, depth);
                case IInvocationOperation invocation:
                    return WithArguments(ValueKeyKind.Call, invocation.TargetMethod, invocation.Instance, ArgumentValues(invocation.Arguments), captureKey, depth);
                case ILiteralOperation { ConstantValue.HasValue: true } literal:
                    return new ValueKey(ValueKeyKind.Constant, null, null, default, literal.ConstantValue.Value ?? NullConstant.Instance);
                default:
                    if (operation.ConstantValue.HasValue)
                    {
                        return new ValueKey(ValueKeyKind.Constant, null, null, default, operation.ConstantValue.Value ?? NullConstant.Instance);
                    }

                    return null;
            }
        }

        private static ImmutableArray<IOperation> ArgumentValues(ImmutableArray<IArgumentOperation> arguments)
        {
            var builder = ImmutableArray.CreateBuilder<IOperation>(arguments.Length);
            foreach (var argument in arguments)
            {
                builder.Add(argument.Value);
            }

            return builder.MoveToImmutable();
        }

        private static ValueKey? Member(ISymbol member, IOperation? instance, Func<IFlowCaptureReferenceOperation, ValueKey?> captureKey, int depth)
        {
            ValueKey? parent;
            if (member.IsStatic || instance == null)
            {
                parent = new ValueKey(ValueKeyKind.StaticRoot, member.ContainingType, null, default, null);
            }
            else
            {
                parent = Of(instance, captureKey, depth + 1);
                if (parent == null)
                {
                    return null;
                }
            }

            return MemberOf(parent, member);
        }

        private static ValueKey? WithArguments(
            ValueKeyKind kind,
            ISymbol? symbol,
            IOperation? instance,
            ImmutableArray<IOperation> arguments,
            Func<IFlowCaptureReferenceOperation, ValueKey?> captureKey,
            int depth)
        {
            ValueKey? parent = null;
            if (instance != null)
            {
                parent = Of(instance, captureKey, depth + 1);
                if (parent == null)
                {
                    return null;
                }
            }
            else if (symbol != null)
            {
                parent = new ValueKey(ValueKeyKind.StaticRoot, symbol.ContainingType, null, default, null);
            }

            var builder = ImmutableArray.CreateBuilder<ValueKey>(arguments.Length);
            foreach (var argument in arguments)
            {
                var key = Of(argument, captureKey, depth + 1);
                if (key == null)
                {
                    return null;
                }

                builder.Add(key);
            }

            return new ValueKey(kind, symbol?.OriginalDefinition, parent, builder.MoveToImmutable(), null);
        }

        public bool Equals(ValueKey? other)
        {
            if (ReferenceEquals(this, other))
            {
                return true;
            }

            if (other == null || other._hash != _hash || other.Kind != Kind || !SymbolEqualityComparer.Default.Equals(Symbol, other.Symbol)
                || !Equals(Constant, other.Constant) || Arguments.Length != other.Arguments.Length)
            {
                return false;
            }

            if (Parent == null ? other.Parent != null : !Parent.Equals(other.Parent))
            {
                return false;
            }

            for (int i = 0; i < Arguments.Length; i++)
            {
                if (!Arguments[i].Equals(other.Arguments[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is ValueKey other && Equals(other);

        public override int GetHashCode() => _hash;

        public override string ToString() => Kind switch
        {
            ValueKeyKind.Variable => Symbol?.Name ?? "?",
            ValueKeyKind.Instance => "this",
            ValueKeyKind.StaticRoot => Symbol?.Name ?? "?",
            ValueKeyKind.Member => Parent + "." + Symbol?.Name,
            ValueKeyKind.Element => Parent + "[" + string.Join(", ", Arguments) + "]",
            ValueKeyKind.Call => Parent + "." + Symbol?.Name + "(" + string.Join(", ", Arguments) + ")",
            ValueKeyKind.Constant => Constant?.ToString() ?? "null",
            _ => "capture " + Constant,
        };

        /// <summary>Stands for the constant <c>null</c> (so that keys can tell it from "no constant").</summary>
        private sealed class NullConstant
        {
            public static readonly NullConstant Instance = new NullConstant();

            public override string ToString() => "null";
        }
    }
}
