using Microsoft.CodeAnalysis;

namespace Clst.Analyzers.Recognition
{
    /// <summary>An enum member with its wire name.</summary>
    internal readonly struct ContractEnumMember
    {
        public ContractEnumMember(IFieldSymbol field, string wireName)
        {
            Field = field;
            WireName = wireName;
        }

        public IFieldSymbol Field { get; }

        public string WireName { get; }
    }
}
