using System.IO;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace Clst.Analyzers.Tests.Infrastructure
{
    /// <summary>
    /// What the rule tests compile against: .NET 8's reference assemblies and C# 12 (a net8.0 project, the oldest the
    /// package supports), or, in Analyzers.Tests.Net10 (<c>NET10_PROJECT</c>), .NET 10's and C# 14, which is what a new
    /// project on the .NET 10 SDK gets by default.
    /// </summary>
    public static class TestFrameworks
    {
        /// <summary>
        /// .NET 10's reference assemblies: the packages' newest builds (what a net10.0 test host restores) need them, as a
        /// user's net10.0 project has them.
        /// </summary>
        public static ReferenceAssemblies Net100 { get; } = new ReferenceAssemblies(
            "net10.0", new PackageIdentity("Microsoft.NETCore.App.Ref", "10.0.12"), Path.Combine("ref", "net10.0"));

#if NET10_PROJECT
        /// <summary>The reference assemblies of a rule test unless it names others.</summary>
        public static ReferenceAssemblies Default => Net100;

        /// <summary>The language version of every test compilation.</summary>
        public static LanguageVersion Language => LanguageVersion.CSharp14;
#else
        /// <summary>The reference assemblies of a rule test unless it names others.</summary>
        public static ReferenceAssemblies Default => ReferenceAssemblies.Net.Net80;

        /// <summary>The language version of every test compilation.</summary>
        public static LanguageVersion Language => LanguageVersion.CSharp12;
#endif
    }
}
