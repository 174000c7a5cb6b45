using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(RightsBot.Benchmarks.RetrievalBenchmarks).Assembly).Run(args);
