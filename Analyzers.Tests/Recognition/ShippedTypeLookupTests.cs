using System.IO;
using System.Linq;
using Clst.Analyzers.Recognition;
using Clst.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Clst.Analyzers.Tests.Recognition
{
    /// <summary>
    /// The recogniser finds the shipped model's types by asking only the compilation itself and the references that declare
    /// the <c>Clst.Contracts</c> namespace (a lookup through the whole compilation would load every namespace of every
    /// framework assembly). Its answer must be the compilation's own answer in every placement of the model.
    /// </summary>
    public class ShippedTypeLookupTests
    {
        private const string ModelInSource = """

namespace Clst.Contracts
{
    public enum OrderStatus { New, PendingCancel, Canceled }
}
""";

        private const string ElsewhereStatus = """

namespace Acme.Orders
{
    public enum OrderStatus { New, PendingCancel, Canceled }
}
""";

        [Theory]
        [InlineData("referenced model", true, false, false, false)]
        [InlineData("no model", false, false, false, false)]
        [InlineData("model compiled in, and referenced", true, true, false, false)]
        [InlineData("model compiled in only", false, true, false, false)]
        [InlineData("two references declare it", true, false, true, false)]
        [InlineData("a reference with another OrderStatus", false, false, false, true)]
        public void FindsWhatTheCompilationFinds(string placement, bool referenced, bool inSource, bool secondReference, bool elsewhere)
        {
            var sources = inSource ? new[] { ModelInSource } : new[] { "class Empty { }" };
            var compilation = TestCompilation.Create(sources, withModel: referenced);
            if (secondReference)
            {
                compilation = compilation.AddReferences(Library("Other.Contracts", ModelInSource));
            }

            if (elsewhere)
            {
                compilation = compilation.AddReferences(Library("Acme.Orders", ElsewhereStatus));
            }

            foreach (var name in new[] { "OrderStatus", "OrderStatusExtensions", "OrdersClientExtensions" })
            {
                var expected = compilation.GetTypeByMetadataName("Clst.Contracts." + name);
                var found = ContractRecognizer.FindShippedType(compilation, name);
                Assert.True(SymbolEqualityComparer.Default.Equals(expected, found), $"{placement}: {name} found {found?.ContainingAssembly.Name ?? "none"}, the compilation {expected?.ContainingAssembly.Name ?? "none"}");
            }

            bool hasStatus = referenced || inSource;
            Assert.Equal(hasStatus && !secondReference, ContractRecognizer.FindShippedType(compilation, "OrderStatus") != null);
        }

        /// <summary>
        /// The model compiled into the compilation is found whatever the spelling of its namespace, and a type of the name in
        /// another <c>Contracts</c> namespace is not it.
        /// </summary>
        [Theory]
        [InlineData("file-scoped", """
namespace Clst.Contracts;

public enum OrderStatus { New, PendingCancel, Canceled }
public static class OrderStatusExtensions { }
""", true)]
        [InlineData("nested", """
namespace Clst
{
    namespace Contracts
    {
        public enum OrderStatus { New, PendingCancel, Canceled }
        public static class OrderStatusExtensions { }
    }
}
""", true)]
        [InlineData("another Contracts namespace", """
namespace Acme.Contracts
{
    public enum OrderStatus { New, PendingCancel, Canceled }
    public static class OrderStatusExtensions { }
}
""", false)]
        [InlineData("a Contracts namespace, the type elsewhere", """
namespace Clst.Contracts { public sealed class Placeholder { } }
namespace Acme { public enum OrderStatus { New, PendingCancel, Canceled } }
""", false)]
        public void FindsTheModelCompiledInWhateverItsNamespaceSpelling(string spelling, string source, bool found)
        {
            var compilation = TestCompilation.Create(new[] { source }, withModel: false);
            foreach (var name in new[] { "OrderStatus", "OrderStatusExtensions" })
            {
                var expected = compilation.GetTypeByMetadataName("Clst.Contracts." + name);
                var actual = ContractRecognizer.FindShippedType(compilation, name);
                Assert.True(SymbolEqualityComparer.Default.Equals(expected, actual), $"{spelling}: {name} found {actual?.ToDisplayString() ?? "none"}, the compilation {expected?.ToDisplayString() ?? "none"}");
            }

            Assert.Equal(found, ContractRecognizer.FindShippedType(compilation, "OrderStatus") != null);
        }

        private static MetadataReference Library(string name, string source)
        {
            var library = CSharpCompilation.Create(
                name,
                new[] { CSharpSyntaxTree.ParseText(source) },
                TestCompilation.FrameworkReferences,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            using var stream = new MemoryStream();
            var emitted = library.Emit(stream);
            Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
            return MetadataReference.CreateFromImage(stream.ToArray());
        }
    }
}
