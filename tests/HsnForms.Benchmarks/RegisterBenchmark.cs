using System.Diagnostics;
using System.Globalization;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using HsnForms.Intake.Storage;
using HsnForms.TestSupport;
using Microsoft.Extensions.Options;

namespace HsnForms.Benchmarks;

/// <summary>
/// The register import on Azurite: a 10,000-row register imported into empty storage (every row written:
/// the baseline, and what every import cost while the sender index was rewritten whole), the same file
/// again, then one row changed. Batch writes are counted on the wire, not trusted from the code.
/// </summary>
internal static class RegisterBenchmark
{
    private const int Rows = 10_000;

    /// <summary>A one-row change may take this many batch writes at most: its subscriber row, and the index rows of what it changed.</summary>
    public const int OneRowBatchTarget = 4;

    /// <summary>...and at most this share of the full import's time.</summary>
    public const double OneRowTimeRatioTarget = 0.25;

    public static async Task<(string Report, bool Pass)> RunAsync(bool quick, TextWriter stderr)
    {
        await using var azurite = await AzuriteProcess.StartAsync().ConfigureAwait(false);
        var counter = new BatchCounter();
        var options = new TableClientOptions();
        options.AddPolicy(counter, HttpPipelinePosition.PerCall);
        var storage = new StorageContext(new TableServiceClient(azurite.ConnectionString, options), new BlobServiceClient(azurite.ConnectionString),
            Options.Create(new StorageOptions { TablePrefix = "bench" + DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture) }));
        var register = new SubscriberRegister(storage);
        var original = Csv(changed: -1);
        var rows = new List<(string Case, double Seconds, int Batches)>();

        async Task Measure(string name, string csv)
        {
            counter.Reset();
            var clock = Stopwatch.StartNew();
            await register.ImportCsvAsync(new StringReader(csv), CancellationToken.None).ConfigureAwait(false);
            rows.Add((name, clock.Elapsed.TotalSeconds, counter.Batches));
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {clock.Elapsed.TotalSeconds:0.00} s, {counter.Batches} batch writes"));
        }

        await Measure("first import, 10,000 rows into empty storage (baseline: every row written)", original);
        await Measure("the same file again", original);
        var oneRow = new List<(double Seconds, int Batches)>();
        var iterations = quick ? 2 : 6;
        for (var i = 0; i < iterations; i++)
        {
            // Alternately one row changed and back, so each import changes exactly one subscriber.
            await Measure($"one row changed ({i + 1})", i % 2 == 0 ? Csv(changed: 4321) : original);
            oneRow.Add((rows[^1].Seconds, rows[^1].Batches));
        }

        var full = rows[0].Seconds;
        var sorted = oneRow.Select(r => r.Seconds).Order().ToList();
        var median = sorted[sorted.Count / 2];
        var worst = sorted[^1];
        var worstBatches = oneRow.Max(r => r.Batches);
        var pass = worstBatches <= OneRowBatchTarget && worst / full <= OneRowTimeRatioTarget;

        var text = new StringBuilder();
        text.AppendLine("## Register import (Azurite)").AppendLine();
        text.AppendLine(BenchmarkApp.Environment()).AppendLine();
        text.AppendLine("| case | time (s) | batch writes |").AppendLine("| --- | ---: | ---: |");
        foreach (var (name, seconds, batches) in rows)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {seconds:0.00} | {batches} |"));
        }

        text.AppendLine();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"One row changed: median {median:0.00} s, worst {worst:0.00} s = {worst / full:P1} of the full import (target ≤ {OneRowTimeRatioTarget:P0}); " +
            $"worst {worstBatches} batch writes (target ≤ {OneRowBatchTarget}). {(pass ? "PASS" : "FAIL")}"));
        return (text.ToString(), pass);
    }

    /// <summary>A register as the desk keeps it: an address and a domain per subscriber; <paramref name="changed"/> gets a new address.</summary>
    private static string Csv(int changed)
    {
        var csv = new StringBuilder("subscriber_id,subscriber_name,emails,domains,services\n");
        for (var i = 0; i < Rows; i++)
        {
            var email = i == changed ? $"newdesk@firm{i}.com.hk" : $"ops@firm{i}.com.hk";
            csv.Append(CultureInfo.InvariantCulture, $"HSN{i:D4},Firm {i} Securities Ltd,{email},firm{i}.com.hk,OTP-C;OMD-C\n");
        }

        return csv.ToString();
    }

    /// <summary>Counts the table batch ($batch) requests that go out.</summary>
    private sealed class BatchCounter : HttpPipelineSynchronousPolicy
    {
        private int _batches;

        public int Batches => _batches;

        public void Reset() => _batches = 0;

        public override void OnSendingRequest(HttpMessage message)
        {
            if (message.Request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _batches);
            }
        }
    }
}
