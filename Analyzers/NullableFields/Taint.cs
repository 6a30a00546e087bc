using System;
using Clst.Analyzers.Recognition;

namespace Clst.Analyzers.NullableFields
{
    /// <summary>A local (or parameter) that holds a value read from one of the nullable optional fields, not yet checked.</summary>
    internal sealed class Taint : IEquatable<Taint>
    {
        public Taint(NullableOrderField field, ValueKey? alias, bool compilerTracks)
        {
            Field = field;
            Alias = alias;
            CompilerTracks = compilerTracks;
        }

        /// <summary>The field the value came from.</summary>
        public NullableOrderField Field { get; }

        /// <summary>The path the variable is a plain copy of (<c>order.AverageFillPrice</c>), while that copy still holds; else null.</summary>
        public ValueKey? Alias { get; }

        /// <summary>True when the compiler's nullable analysis also knows the value may be null (see <see cref="NullableFieldFinding"/>).</summary>
        public bool CompilerTracks { get; }

        public Taint WithoutAlias() => Alias == null ? this : new Taint(Field, null, CompilerTracks);

        public bool Equals(Taint? other)
            => other != null && other.Field.WireName == Field.WireName && Equals(other.Alias, Alias) && other.CompilerTracks == CompilerTracks;

        public override bool Equals(object? obj) => obj is Taint other && Equals(other);

        public override int GetHashCode() => Field.WireName.GetHashCode();
    }
}
