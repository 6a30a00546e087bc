using System.Collections.Immutable;

namespace Clst.Analyzers.EnumMatch
{
    /// <summary>A run of missing members the fixes add together, under one comment (the lifecycle group, for the order status).</summary>
    internal sealed class MemberGroup
    {
        public MemberGroup(string comment, ImmutableArray<string> memberNames)
        {
            Comment = comment;
            MemberNames = memberNames;
        }

        /// <summary>The one-line comment placed above the group (no <c>//</c>), or empty for none.</summary>
        public string Comment { get; }

        /// <summary>The members' names (C# identifiers), in declaration order.</summary>
        public ImmutableArray<string> MemberNames { get; }
    }
}
