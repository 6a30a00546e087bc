namespace Clst.Analyzers.Tests.NullableFields
{
    /// <summary>Wraps the statements of a test in a class that uses the shipped model.</summary>
    internal static class Code
    {
        public const string Usings = """
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Clst.Contracts;

""";

        /// <summary>A class <c>C</c> with <c>void M(Order order, ...)</c> whose body is <paramref name="body"/>, plus helpers.</summary>
        public static string InMethod(string body, string parameters = "Order order") => Usings + $$"""

class C
{
    void M({{parameters}})
    {
{{body}}
    }

    static void Use(decimal value) { }
    static void Use(string value) { }
    static void Use(DateTimeOffset value) { }
    static void UseAnything(object? value) { }
}

""";
    }
}
