namespace Clst.Analyzers.Tests.Package
{
    /// <summary>The code a newcomer's fresh project holds in <see cref="ReadmeRecipeTests"/>: each mistake on a line of its own.</summary>
    public static class FreshSources
    {
        /// <summary>
        /// Nullable enabled (the project template's default): line 5 reads two nullable fields without handling the null.
        /// The compiler reports CS8602 (Symbol) and CS8629 (AverageFillPrice); CLST002 leaves them to it.
        /// </summary>
        public const string NullableProgram = """
            using Clst.Contracts;

            Console.WriteLine(Describe(new Order { Symbol = "TSLA", AverageFillPrice = 47.95m }));

            static string Describe(Order order) => order.Symbol.ToUpper() + " " + order.AverageFillPrice.Value;

            """;

        /// <summary>Calls the methods of <see cref="Report"/>, so that the program uses them.</summary>
        public const string ReportProgram = """
            using Clst.Contracts;

            Console.WriteLine(Report.Count(new[] { new Order { Status = OrderStatus.New } }));
            Console.WriteLine(Report.Sign(Side.Buy));
            Console.WriteLine(Report.Price(new Order { LimitPrice = 10m }));

            """;

        /// <summary>CLST003 on <c>switch (order.Status)</c>, CLST005 on <c>side switch</c>, CLST002 on <c>order.LimitPrice.Value</c> (nullable disabled there, so CLST002 reports it).</summary>
        public const string Report = """
            using Clst.Contracts;

            public static class Report
            {
                public static int Count(IEnumerable<Order> orders)
                {
                    int working = 0;
                    foreach (var order in orders)
                    {
                        switch (order.Status)
                        {
                            case OrderStatus.New:
                            case OrderStatus.PartiallyFilled:
                                working++;
                                break;
                        }
                    }

                    return working;
                }

                public static int Sign(Side side)
                {
                    return side switch
                    {
                        Side.Buy => 1,
                        Side.Sell => -1,
                        _ => throw new ArgumentOutOfRangeException(nameof(side)),
                    };
                }

            #nullable disable
                public static decimal Price(Order order)
                {
                    return order.LimitPrice.Value;
                }
            #nullable restore
            }

            """;

        /// <summary>The 1-based line of the first line of <paramref name="source"/> that contains <paramref name="text"/>.</summary>
        public static int LineOf(string source, string text)
        {
            var lines = source.Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].Contains(text, System.StringComparison.Ordinal))
                {
                    return i + 1;
                }
            }

            throw new System.ArgumentException($"no line contains '{text}'");
        }
    }
}
