namespace Clst.Analyzers.EnumMatch
{
    /// <summary>What becomes of the values that no case of the match names.</summary>
    internal enum FallbackKind
    {
        /// <summary>A <c>switch</c> statement with no <c>default</c>: they skip the switch (silently ignored).</summary>
        None,

        /// <summary>The match's own fallback throws: <c>default: throw</c>, <c>_ =&gt; throw</c>, a throw helper, a final <c>else</c> that throws.</summary>
        Throws,

        /// <summary>A <c>switch</c> statement with no <c>default</c>, followed at once by a <c>throw</c>.</summary>
        ThrowsAfter,

        /// <summary>A <c>switch</c> expression with no catch-all arm: the compiler's generated code throws.</summary>
        Implicit,

        /// <summary>A fallback that does something other than throw: an explicit choice for "everything else".</summary>
        Explicit,
    }
}
