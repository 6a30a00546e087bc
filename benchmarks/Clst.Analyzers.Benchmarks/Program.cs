using System;
using System.Threading.Tasks;
using Clst.Analyzers.Benchmarks;

try
{
    var options = BenchmarkOptions.Parse(args);
    if (options.Help)
    {
        Console.WriteLine(BenchmarkOptions.Usage);
        return 0;
    }

    return await new BenchmarkRun(options, Console.Out).ExecuteAsync().ConfigureAwait(false);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine();
    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return 1;
}
