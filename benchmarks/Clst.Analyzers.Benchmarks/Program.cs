using System;
using System.Linq;
using System.Threading.Tasks;
using Clst.Analyzers.Benchmarks;

try
{
    // Measured in a process of its own, set for steady-state timings (see MeasuringProcess), unless --fresh-memory.
    if (await Clst.Analyzers.Benchmarks.Measurement.MeasuringProcess.RunAsync(args).ConfigureAwait(false) is int exitCode)
    {
        return exitCode;
    }

    if (args.Length > 0 && args[0] == "--scaling")
    {
        // One method 1×, 10×, 100× as long (issue 21): --scaling [base length, default 20] [runs, default 3] [shapes, comma-separated].
        int baseLength = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20;
        int runs = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3;
        var shapes = args.Length > 3 ? args[3].Split(',') : Clst.Analyzers.Benchmarks.Scaling.ScalingShapes.Names;
        return await new Clst.Analyzers.Benchmarks.Scaling.ScalingRun(Console.Out).ExecuteAsync(baseLength, runs, shapes).ConfigureAwait(false);
    }

    if (args.Length > 0 && args[0] == "--scaling-pieces")
    {
        // Where a CLST002 pass over one long method spends its time (issue 21): --scaling-pieces [shape] [lengths] [runs].
        var shape = args.Length > 1 ? args[1] : "pattern";
        var lengths = (args.Length > 2 ? args[2] : "1000,2000,5000,10000,20000").Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        int runs = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 3;
        return await new Clst.Analyzers.Benchmarks.Scaling.ScalingPieces(Console.Out).ExecuteAsync(shape, lengths, runs).ConfigureAwait(false);
    }

    if (args.Length > 0 && args[0] == "--fix-scaling")
    {
        // "Add the missing members" on one switch over an N-member enum (issue 21): --fix-scaling [sizes, default 1000,10000] [runs, default 3].
        var sizes = (args.Length > 1 ? args[1] : "1000,10000").Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        int runs = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3;
        return await new Clst.Analyzers.Benchmarks.Scaling.FixScalingRun(Console.Out).ExecuteAsync(sizes, runs).ConfigureAwait(false);
    }

    if (args.Length > 0 && args[0] == "--fix-all-project")
    {
        // Fix All in project scope, once per shipped fixer, over a project of N files (issue 21): --fix-all-project [files, default 2000] [runs, default 1].
        int files = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2000;
        int runs = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1;
        return await new Clst.Analyzers.Benchmarks.Scaling.FixAllProjectRun(Console.Out).ExecuteAsync(files, runs).ConfigureAwait(false);
    }

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
