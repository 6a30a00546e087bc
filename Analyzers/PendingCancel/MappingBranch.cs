using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>One way out of a mapping: a switch arm, a switch section, or a <c>return</c>.</summary>
    internal sealed class MappingBranch
    {
        public MappingBranch(IOperation node, IOperation? value, string? key, string? valueName, bool onlyLogs, bool isDefault)
        {
            Node = node;
            Value = value;
            Key = key;
            ValueName = valueName;
            OnlyLogs = onlyLogs;
            IsDefault = isDefault;
        }

        /// <summary>The arm, the section, or the <c>return</c>.</summary>
        public IOperation Node { get; }

        /// <summary>The value the branch yields or returns, when it is one expression.</summary>
        public IOperation? Value { get; }

        /// <summary>Equal keys: equal results. Null when the result cannot be compared with another branch's.</summary>
        public string? Key { get; }

        /// <summary>The name of the value (an enum member, a constant, a string), when it has one.</summary>
        public string? ValueName { get; }

        public bool OnlyLogs { get; }

        /// <summary>The <c>default</c> section or a discard arm: it takes what the others do not.</summary>
        public bool IsDefault { get; }

        public bool YieldsTrue => Value != null && Operations.SkipConversions(Value).ConstantValue is { HasValue: true, Value: true };
    }
}
