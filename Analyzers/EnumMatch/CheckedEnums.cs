using System;
using System.Collections.Concurrent;
using Clst.Analyzers.Recognition;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;

namespace Clst.Analyzers.EnumMatch
{
    /// <summary>
    /// The enums CLST003–005 check in one compilation, each read once: which rule speaks for it (asked at every switch and
    /// <c>if</c>/<c>else</c> chain, up to three times) and its values (asked for every match reported). Keyed by the enum's
    /// definition, by identity (see <see cref="IdentityComparer{T}"/>).
    /// </summary>
    internal sealed class CheckedEnums
    {
        private readonly ConcurrentDictionary<ITypeSymbol, DiagnosticDescriptor?> _descriptors =
            new ConcurrentDictionary<ITypeSymbol, DiagnosticDescriptor?>(IdentityComparer<ITypeSymbol>.Instance);
        private readonly ConcurrentDictionary<ITypeSymbol, EnumValues> _values =
            new ConcurrentDictionary<ITypeSymbol, EnumValues>(IdentityComparer<ITypeSymbol>.Instance);
        private readonly Func<ITypeSymbol, DiagnosticDescriptor?> _computeDescriptor;
        private readonly Func<ITypeSymbol, EnumValues> _computeValues;

        public CheckedEnums(ContractRecognizer recognizer)
        {
            Recognizer = recognizer;
            _computeDescriptor = type => EnumMatchJudge.GetDescriptor(type, recognizer);
            _computeValues = type => EnumValues.Of((INamedTypeSymbol)type);
            IsChecked = enumType => DescriptorOf(enumType) != null;
        }

        public ContractRecognizer Recognizer { get; }

        /// <summary>True for an enum one of the rules checks (the if/else chain reader's early test).</summary>
        public Func<INamedTypeSymbol, bool> IsChecked { get; }

        /// <summary>The rule for a matched value's type (its nullable form unwrapped): see <see cref="EnumMatchJudge.GetDescriptor"/>.</summary>
        public DiagnosticDescriptor? DescriptorOf(ITypeSymbol? type)
        {
            if (Types.UnwrapNullable(type) is not INamedTypeSymbol { TypeKind: TypeKind.Enum } named)
            {
                return null;
            }

            return _descriptors.GetOrAdd(Types.Definition(named), _computeDescriptor);
        }

        /// <summary>The enum's named values (<see cref="EnumValues"/>).</summary>
        public EnumValues ValuesOf(INamedTypeSymbol enumType) => _values.GetOrAdd(Types.Definition(enumType), _computeValues);
    }
}
