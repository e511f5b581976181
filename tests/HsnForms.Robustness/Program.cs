using HsnForms.Robustness;

// run --manifest FILE --files DIR [--parallel N] [--isolated] [--report FILE]: the whole set, with a summary
// worker: reads file paths on standard input and answers one JSON line per file (run starts these)
return args.FirstOrDefault() switch
{
    "worker" => Worker.Run(Console.In, Console.Out),
    "run" => await RobustnessRun.RunAsync(RunSettings.Parse(args[1..])),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: HsnForms.Robustness run --manifest FILE --files DIR [--parallel N] [--isolated] [--report FILE]");
    return 2;
}
