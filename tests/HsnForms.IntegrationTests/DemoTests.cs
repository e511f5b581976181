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
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var exit = await CliApp.RunAsync(["demo", "--out", output], stdout, stderr, CancellationToken.None);

            Assert.True(exit == 0, stderr.ToString());
            var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "report.json"))).RootElement;
            Assert.Equal(12, report.GetProperty("subscribers").GetArrayLength());
            var summary = report.GetProperty("summary");
            Assert.Equal(9, summary.GetProperty("intention").GetProperty("on_time").GetInt32());
            Assert.Equal(2, summary.GetProperty("intention").GetProperty("late").GetInt32());
            Assert.Equal(2, summary.GetProperty("result").GetProperty("not_required").GetInt32());
            Assert.True(new FileInfo(Path.Combine(output, "tracker.xlsx")).Length > 0);
            Assert.True(new FileInfo(Path.Combine(output, "report.html")).Length > 0);
            Assert.Equal(22, Directory.GetFiles(Path.Combine(output, "outbox")).Length);
            Assert.Contains("Reminders due", stdout.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
            Directory.Delete(output, recursive: true);
        }
    }
}
