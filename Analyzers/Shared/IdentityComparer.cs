using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Clst.Analyzers.Shared
{
    /// <summary>
    /// Reference identity, for the per-compilation caches that the rules consult on every property read, field reference or
    /// switch, and for sets of option objects (netstandard2.0 has no <c>ReferenceEqualityComparer</c>). A compilation hands
    /// out one object per symbol definition (the caches key on <c>OriginalDefinition</c>), so reference identity finds the
    /// same entries as <c>SymbolEqualityComparer.Default</c> without its cost: a property's <c>GetHashCode</c> hashes its
    /// name and parameters on every call. Where the compiler does hand out two objects for one definition (a type seen with
    /// and without a nullable annotation), the cache holds the same answer twice: never a wrong one.
    /// </summary>
    internal sealed class IdentityComparer<T> : IEqualityComparer<T>
        where T : class
    {
        public static readonly IdentityComparer<T> Instance = new IdentityComparer<T>();

        private IdentityComparer()
        {
        }

        public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

        public int GetHashCode(T obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
