namespace Clst.Analyzers.PendingCancel
{
    /// <summary>The ways a written-out PENDING_CANCEL can leave the final group (see <see cref="TakeOutSyntax"/>).</summary>
    internal enum TakeOutWay
    {
        /// <summary>A side of an <c>or</c> pattern.</summary>
        OrLeaf,

        /// <summary>A comparison in a <c>||</c> chain of <c>==</c>, or a <c>&amp;&amp;</c> chain of <c>!=</c>.</summary>
        ChainLeaf,

        /// <summary>An element of a collection, or an argument of <c>ImmutableHashSet.Create(…)</c>.</summary>
        Element,

        /// <summary>One <c>case</c> label among others of a switch section.</summary>
        Label,

        /// <summary>A whole switch section whose only label is PENDING_CANCEL.</summary>
        Section,

        /// <summary>A whole switch expression arm whose pattern is PENDING_CANCEL.</summary>
        Arm,

        /// <summary>An <c>if (s == PendingCancel) return …;</c> statement.</summary>
        IfStatement,
    }
}
