namespace Clst.Analyzers.PendingCancel
{
    /// <summary>The shape of a test, for the fix that replaces it with <c>IsFinal()</c>.</summary>
    internal enum TestShape
    {
        /// <summary>Anything else: not replaced.</summary>
        Other,

        /// <summary><c>s is A or B or C</c>.</summary>
        OrPattern,

        /// <summary><c>s is not (A or B or C)</c>.</summary>
        NotOrPattern,

        /// <summary><c>s == A || s == B || s == C</c>.</summary>
        EqualsChain,

        /// <summary><c>s != A &amp;&amp; s != B &amp;&amp; s != C</c>.</summary>
        NotEqualsChain,

        /// <summary><c>new[] { A, B, C }.Contains(s)</c>.</summary>
        Contains,
    }
}
