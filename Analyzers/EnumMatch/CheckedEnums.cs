using System;
using Clst.Analyzers.Recognition;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;

namespace Clst.Analyzers.EnumMatch
{
    /// <summary>
    /// The enums CLST003–005 check in one compilation, each read once: which rule speaks for it (asked at every switch and
    /// <c>if</c>/<c>else</c> chain, up to three times) and its values (asked for every match reported). Keyed by the enum's
    /// definition, by identity (see <see cref="IdentityCache{TKey, TValue}"/>).
    /// </summary>
    internal sealed class CheckedEnums
    {
        private readonly IdentityCache<ITypeSymbol, DiagnosticDescriptor?> _descriptors;
        private readonly IdentityCache<ITypeSymbol, EnumValues> _values;

        public CheckedEnums(ContractRecognizer recognizer)
        {
            Recognizer = recognizer;
            _descriptors = new IdentityCache<ITypeSymbol, DiagnosticDescriptor?>(type => EnumMatchJudge.GetDescriptor(type, recognizer));
            _values = new IdentityCache<ITypeSymbol, EnumValues>(type => EnumValues.Of((INamedTypeSymbol)type));
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

            return _descriptors.Get(Types.Definition(named));
        }

        /// <summary>The enum's named values (<see cref="EnumValues"/>).</summary>
        public EnumValues ValuesOf(INamedTypeSymbol enumType) => _values.Get(Types.Definition(enumType));
    }
}
