using HsnForms.Benchmarks;

return BenchmarkApp.Run(args, Console.Out, Console.Error);
