using Clst.Analyzers.Recognition;

namespace Clst.Analyzers.NullableFields
{
    /// <summary>A use of a nullable optional field that nothing before it handles.</summary>
    internal sealed class NullableFieldFinding
    {
        public NullableFieldFinding(NullableUse use, NullableOrderField field, bool compilerTracks, string? throughVariable)
        {
            Use = use;
            Field = field;
            CompilerTracks = compilerTracks;
            ThroughVariable = throughVariable;
        }

        public NullableUse Use { get; }

        public NullableOrderField Field { get; }

        /// <summary>True when the compiler's own nullable analysis knows the value may be null (a nullable value type, or an annotated reference).</summary>
        public bool CompilerTracks { get; }

        /// <summary>The local the value went through (<c>var px = order.AverageFillPrice; ... px.Value</c>), or null.</summary>
        public string? ThroughVariable { get; }
    }
}
