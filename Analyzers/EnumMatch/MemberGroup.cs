using System.Collections.Immutable;
using Clst.Analyzers.Recognition;

namespace Clst.Analyzers.EnumMatch
{
    /// <summary>A run of missing members the fixes add together, under one comment (the lifecycle group, for the order status).</summary>
    internal sealed class MemberGroup
    {
        public MemberGroup(LifecycleGroup? lifecycleGroup, ImmutableArray<string> memberNames)
        {
            LifecycleGroup = lifecycleGroup;
            MemberNames = memberNames;
        }

        /// <summary>The order status's lifecycle group these members belong to; null for another enum's members (one group).</summary>
        public LifecycleGroup? LifecycleGroup { get; }

        /// <summary>The one-line comment placed above the group (no <c>//</c>), or empty for none.</summary>
        public string Comment => LifecycleGroup is { } group ? LifecycleGroupComments.For(group) : string.Empty;

        /// <summary>The members' names (C# identifiers), in declaration order.</summary>
        public ImmutableArray<string> MemberNames { get; }
    }
}
