using System.Diagnostics;
using System.Text.Json;
using HsnForms.Cli;

namespace HsnForms.IntegrationTests;

/// <summary>The README's main command: the whole system locally, leaving nothing running.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DemoTests
{
    [Fact]
    public async Task Hsnforms_demo_runs_end_to_end_and_writes_what_the_service_desk_opens()
    {
        var output = Directory.CreateTempSubdirectory("hsn-demo-").FullName;
        var previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(Azurite.RepositoryRoot);
        try
        {
            var (exit, stdout, stderr) = await Run("demo", "--out", output);

            Assert.True(exit == 0, stderr);
            var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "report.json"))).RootElement;
            Assert.Equal(12, report.GetProperty("subscribers").GetArrayLength());
            var summary = report.GetProperty("summary");
            Assert.Equal(9, summary.GetProperty("intention").GetProperty("on_time").GetInt32());
            Assert.Equal(2, summary.GetProperty("intention").GetProperty("late").GetInt32());
            Assert.Equal(2, summary.GetProperty("result").GetProperty("not_required").GetInt32());
            Assert.True(new FileInfo(Path.Combine(output, "tracker.xlsx")).Length > 0);
            Assert.True(new FileInfo(Path.Combine(output, "report.html")).Length > 0);
            Assert.Equal(22, Directory.GetFiles(Path.Combine(output, "outbox")).Length);
            Assert.Equal(23, Directory.GetFiles(Path.Combine(output, "samples", "mailbox"), "*.eml").Length);
            Assert.Contains("Reminders due", stdout, StringComparison.Ordinal);
            Assert.Contains("hsnforms demo --keep", stdout, StringComparison.Ordinal);
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public async Task Demo_keep_leaves_its_records_for_the_other_verbs_through_hsnforms_azurite()
    {
        var home = Directory.CreateTempSubdirectory("hsn-home-").FullName;
        var output = Directory.CreateTempSubdirectory("hsn-demo-keep-").FullName;
        var id = Guid.NewGuid().ToString("N")[..8];

        // Names of its own, in case an Azurite of someone else's already listens on the default ports.
        var environment = new Dictionary<string, string?>
        {
            ["HSNFORMS_HOME"] = home,
            ["StorageOptions__TablePrefix"] = "keep" + id,
            ["StorageOptions__MailContainer"] = "keep-mail-" + id,
            ["StorageOptions__AttachmentContainer"] = "keep-files-" + id,
            ["StorageOptions__ReportContainer"] = "keep-reports-" + id,
        };
        foreach (var (key, value) in environment)
        {
            Environment.SetEnvironmentVariable(key, value);
        }

        using var stop = new CancellationTokenSource();
        Task<(int Exit, string Out, string Err)>? storage = null;
        try
        {
            // Another run's demo may hold the default ports for a moment (they are shared by every demo on the machine).
            await WaitUntilAsync(() => !HsnForms.Cli.Local.LocalAzurite.IsListening);
            var demo = await Run("demo", "--out", output, "--keep");
            Assert.True(demo.Exit == 0, demo.Err);
            Assert.Contains("hsnforms report --circular HDS/23/1109", demo.Out, StringComparison.Ordinal);

            if (demo.Out.Contains("Started Azurite", StringComparison.Ordinal))
            {
                // The demo stopped its Azurite; the data stays in the profile folder, and hsnforms azurite serves it again.
                Assert.Contains("hsnforms azurite", demo.Out, StringComparison.Ordinal);
                Assert.True(Directory.EnumerateFileSystemEntries(Path.Combine(home, "azurite")).Any());
                storage = RunUntilCancelled(stop.Token, "azurite");
                await WaitUntilAsync(() => HsnForms.Cli.Local.LocalAzurite.IsListening || storage.IsCompleted);
                Assert.False(storage.IsCompleted, storage.IsCompleted ? (await storage).Err : "");
            }

            var report = await Run("report", "--circular", "HDS/23/1109", "--as-of", "2023-11-28T09:00:00+08:00", "--json");
            var review = await Run("review", "--json");

            Assert.True(report.Exit == 0, report.Err);
            Assert.Equal(12, JsonDocument.Parse(report.Out).RootElement.GetProperty("subscribers").GetArrayLength());
            Assert.True(review.Exit == 0, review.Err);
            Assert.NotEmpty(JsonDocument.Parse(review.Out).RootElement.GetProperty("review").EnumerateArray());
        }
        finally
        {
            await stop.CancelAsync();
            if (storage is not null)
            {
                var stopped = await storage;
                Assert.True(stopped.Exit == 0, stopped.Err);
                Assert.Contains("Azurite stopped", stopped.Out, StringComparison.Ordinal);
            }

            foreach (var key in environment.Keys)
            {
                Environment.SetEnvironmentVariable(key, null);
            }

            Directory.Delete(output, recursive: true);
            Directory.Delete(home, recursive: true);
        }
    }

    internal static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr, CancellationToken.None);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static async Task<(int Exit, string Out, string Err)> RunUntilCancelled(CancellationToken cancellationToken, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await Task.Run(() => CliApp.RunAsync(args, TextWriter.Synchronized(stdout), TextWriter.Synchronized(stderr), cancellationToken), CancellationToken.None);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition() && clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(100);
        }
    }
}
