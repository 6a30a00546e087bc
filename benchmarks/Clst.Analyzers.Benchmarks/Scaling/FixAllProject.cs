using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Clst.Analyzers.Benchmarks.Scaling
{
    /// <summary>
    /// The project of issue 21's "Fix All over a 2,000-file project": N files, each one class that holds one flagged case for
    /// every code fix the package ships (taken from the fixers' own tests, so each is reported and fixable), with the shipped
    /// model <c>Clst.Contracts</c> and the nullable context disabled. Shared by the test (<c>FixAllProjectTests</c>, linked
    /// into the test project) and the benchmark (<c>--fix-all-project</c>), with the one way both put it in a workspace.
    /// </summary>
    /// <remarks>
    /// Several fixes may be offered for one case (Take out and Use IsFinal on a full set of final statuses; Guard and the
    /// Inline fixes on an unguarded read; both enum fixes on a switch statement without default): each fixer's Fix All
    /// addresses at least the case meant for it in every file.
    /// </remarks>
    internal static class FixAllProject
    {
        /// <summary>The file name of file <paramref name="index"/>.</summary>
        public static string FileName(int index) => "Orders" + index.ToString("D4", CultureInfo.InvariantCulture) + ".cs";

        /// <summary>
        /// The project of <paramref name="files"/> files in <paramref name="workspace"/>'s current solution (a DLL, C# 12,
        /// nullable disabled), against <paramref name="references"/>, which must hold the framework and <c>Clst.Contracts</c>.
        /// </summary>
        public static Project AddTo(Workspace workspace, int files, IEnumerable<MetadataReference> references)
        {
            var projectId = ProjectId.CreateNewId();
            var documents = Sources(files).Select((source, i) => DocumentInfo.Create(
                DocumentId.CreateNewId(projectId), FileName(i),
                loader: TextLoader.From(TextAndVersion.Create(SourceText.From(source), VersionStamp.Default)),
                filePath: "/fixall/" + FileName(i)));
            var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
                projectId, VersionStamp.Default, "FixAllProject", "FixAllProject", LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable),
                parseOptions: new CSharpParseOptions(LanguageVersion.CSharp12),
                metadataReferences: references,
                documents: documents));
            return solution.GetProject(projectId)!;
        }

        /// <summary>The <paramref name="files"/> sources of the project, in order.</summary>
        public static IReadOnlyList<string> Sources(int files)
        {
            var sources = new List<string>(files);
            for (int i = 0; i < files; i++)
            {
                sources.Add(Source(i));
            }

            return sources;
        }

        /// <summary>File <paramref name="index"/>: class <c>Orders{index}</c> with one case per fixer, its members suffixed with the index.</summary>
        public static string Source(int index)
        {
            string n = index.ToString(CultureInfo.InvariantCulture);
            return $$"""
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Clst.Contracts;

namespace FixAll.Project
{
    public class Orders{{n}}
    {
        private readonly Dictionary<string, Order> _openOrders{{n}} = new Dictionary<string, Order>();
        private decimal _position{{n}};

        // CLST001, Take out of the final statuses (TakeOutOfFinalFixTests.OrPatternSideIsRemoved).
        public bool Gone{{n}}(Order order) => order.Status is OrderStatus.Canceled or OrderStatus.PendingCancel or OrderStatus.Filled;

        // CLST001, Use IsFinal() (UseIsFinalFixTests.OrPatternBecomesIsFinal).
        public bool Stop{{n}}(Order order)
            => order.Status is OrderStatus.Filled or OrderStatus.Canceled or OrderStatus.Rejected or OrderStatus.Expired or OrderStatus.Replaced or OrderStatus.PendingCancel;

        // CLST001, Wait for the final status (WaitForFinalStatusFixTests.WaitIsInsertedAndTheFinalOrderIsRead).
        public async Task CancelAsync{{n}}(IClstOrdersClient client, long accountId, string orderId, CancellationToken ct)
        {
            var response = await client.CancelOpenOrderAsync(accountId, orderId, ct);
            _openOrders{{n}}.Remove(orderId);
            _position{{n}} += response.Data.FilledQuantity;
        }

        // CLST002, Guard (GuardFixTests.GuardsAValueUnwrappedWithValue).
        public void Report{{n}}(Order order)
        {
            Console.WriteLine("filled");
            Console.WriteLine(order.AverageFillPrice.Value * order.FilledQuantity);
        }

        // CLST002, Inline '?.' (InlineFixTests.ConditionalAccessWhereTheResultMayBeNull).
        public void Upper{{n}}(Order order)
        {
            var upper = order.Symbol.ToUpperInvariant();
            Console.WriteLine(upper);
        }

        // CLST004, Add the missing members and Handle the rest explicitly (HandleRestFixTests.StatementWithoutDefaultGetsDefaultBreak).
        public void Describe{{n}}(Order order)
        {
            switch (order.TimeInForce)
            {
                case TimeInForce.Day:
                    Console.WriteLine("day");
                    break;
            }
        }
    }
}

""";
        }
    }
}
