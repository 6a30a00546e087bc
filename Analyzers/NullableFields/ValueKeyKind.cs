namespace Clst.Analyzers.NullableFields
{
    /// <summary>What a <see cref="ValueKey"/> names: the step of an access path it is.</summary>
    internal enum ValueKeyKind
    {
        /// <summary>A local or a parameter.</summary>
        Variable,

        /// <summary><c>this</c> / <c>base</c> / <c>Me</c>.</summary>
        Instance,

        /// <summary>The containing type of a static member.</summary>
        StaticRoot,

        /// <summary>A field or property of a parent value (or of a static root).</summary>
        Member,

        /// <summary>An indexer or array element of a parent value, with its arguments.</summary>
        Element,

        /// <summary>The result of a call, with its receiver and arguments.</summary>
        Call,

        /// <summary>A constant (an index, a call's argument).</summary>
        Constant,

        /// <summary>A flow capture of the control flow graph whose value the key cannot name otherwise.</summary>
        Capture,
    }
}
