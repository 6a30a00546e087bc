using System;

namespace Clst.Analyzers.Tests.Infrastructure
{
    /// <summary>
    /// The rules' tests run twice: in Analyzers.Tests under Roslyn 4.8 (the oldest host the package supports) and in
    /// Analyzers.Tests.Roslyn5 under Roslyn 5.x (SDK 10, current IDEs). This holds each project to its compiler, so that a
    /// package restore that quietly unified them would fail here rather than halve the coverage.
    /// </summary>
    public class HostRoslynTests
    {
        [Fact]
        public void TheTestsRunUnderTheRoslynTheirProjectNames()
        {
            var version = typeof(Microsoft.CodeAnalysis.Compilation).Assembly.GetName().Version!;
#if ROSLYN5
            Assert.Equal(5, version.Major);
#else
            Assert.Equal(new Version(4, 8), new Version(version.Major, version.Minor));
#endif
        }
    }
}
