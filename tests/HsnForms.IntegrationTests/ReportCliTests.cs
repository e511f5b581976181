using System.Text.Json;
using HsnForms.Cli;
using HsnForms.Intake.Mail;

namespace HsnForms.IntegrationTests;

[Collection(AzuriteCollection.Name)]
public sealed class ReportCliTests(Azurite azurite)
{
    [Fact]
    public async Task The_report_as_of_a_moment_counts_only_mail_received_by_then()
    {
        await using var h = new IntakeHarness(azurite);
        await h.ImportRegisterAsync(IntakeHarness.Register);
        await h.ImportCircularAsync();
        FolderIntakeTests.WriteEveryCase(h);
        await h.Pipeline.RunCycleAsync(h.FolderMailbox(), null, CancellationToken.None);

        var after = await ReportAsync(h, "2023-11-28T09:00:00+08:00");
        var before = await ReportAsync(h, "2023-11-24T12:00:00+08:00");
        var again = await ReportAsync(h, "2023-11-28T09:00:00+08:00");

        Assert.Equal("2023-11-28T09:00:00+08:00", after.GetProperty("as_of").GetString());
        var bySubscriber = after.GetProperty("subscribers").EnumerateArray().ToDictionary(s => s.GetProperty("subscriber_id").GetString()!);
        Assert.Equal("on_time", Status(bySubscriber["HSN0427"], "intention"));
        Assert.Equal("2023-11-24T23:55:00+08:00", bySubscriber["HSN0427"].GetProperty("intention").GetProperty("received_at").GetString());
        Assert.Equal("missing", Status(bySubscriber["HSN0427"], "result"));
        Assert.Equal("late", Status(bySubscriber["HSN0350"], "intention"));
        Assert.False(bySubscriber["HSN0350"].GetProperty("intention").GetProperty("participate").GetBoolean());
        Assert.Equal("not_required", Status(bySubscriber["HSN0350"], "result"));
        Assert.Equal("on_time", Status(bySubscriber["HSN0761"], "intention"));
        Assert.Equal("incomplete", Status(bySubscriber["HSN0761"], "result"));

        var summary = after.GetProperty("summary");
        Assert.Equal(2, summary.GetProperty("intention").GetProperty("on_time").GetInt32());
        Assert.Equal(1, summary.GetProperty("intention").GetProperty("late").GetInt32());
        Assert.Equal(1, summary.GetProperty("result").GetProperty("not_required").GetInt32());
        Assert.Equal(5, after.GetProperty("review").GetArrayLength());

        // At noon on the due day Acme's 23:55 mail has not arrived yet.
        var early = before.GetProperty("subscribers").EnumerateArray().ToDictionary(s => s.GetProperty("subscriber_id").GetString()!);
        Assert.Equal("pending", Status(early["HSN0427"], "intention"));
        Assert.Equal("pending", Status(early["HSN0350"], "intention"));
        Assert.Equal("on_time", Status(early["HSN0761"], "intention"));

        // A report for a past moment is the same whenever it is built.
        Assert.Equal(after.GetRawText(), again.GetRawText());
    }

    private static string Status(JsonElement subscriber, string form) => subscriber.GetProperty(form).GetProperty("status").GetString()!;

    private static async Task<JsonElement> ReportAsync(IntakeHarness h, string asOf)
    {
        var (exit, output, error) = await h.RunCliAsync("report", "--circular", "HDS/23/1109", "--as-of", asOf, "--json");
        Assert.True(exit == 0, error);
        return JsonDocument.Parse(output).RootElement.Clone();
    }
}

[Collection(AzuriteCollection.Name)]
public sealed class ReportPublisherTests(Azurite azurite)
{
    [Fact]
    public async Task The_report_is_published_as_latest_and_as_a_stamped_copy_and_rebuilding_is_harmless()
    {
        await using var h = new IntakeHarness(azurite);
        await h.ImportRegisterAsync(IntakeHarness.Register);
        await h.ImportCircularAsync();
        FolderIntakeTests.WriteEveryCase(h);
        await h.Pipeline.RunCycleAsync(h.FolderMailbox(), null, CancellationToken.None);
        var publisher = h.Get<HsnForms.Reporting.ReportPublisher>();

        var first = await publisher.PublishAsync("HDS/23/1109", CancellationToken.None);
        var second = await publisher.PublishAsync("HDS/23/1109", CancellationToken.None);

        var storage = h.Get<HsnForms.Intake.Storage.StorageContext>();
        var container = await storage.ContainerAsync(storage.Options.ReportContainer, CancellationToken.None);
        var names = new List<string>();
        await foreach (var blob in container.GetBlobsAsync())
        {
            names.Add(blob.Name);
        }

        Assert.Contains("HDS-23-1109/latest/tracker.xlsx", names);
        Assert.Contains("HDS-23-1109/latest/report.html", names);
        Assert.Contains("HDS-23-1109/latest/report.json", names);
        Assert.Contains(names, n => n.StartsWith("HDS-23-1109/history/", StringComparison.Ordinal) && n.EndsWith("/tracker.xlsx", StringComparison.Ordinal));
        Assert.NotNull(first);
        Assert.Equal(
            JsonDocument.Parse(first.Json).RootElement.GetProperty("summary").GetRawText(),
            JsonDocument.Parse(second!.Json).RootElement.GetProperty("summary").GetRawText());
        using var tracker = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(first.Tracker), false);
        Assert.NotNull(tracker.WorkbookPart);
    }

    [Fact]
    public async Task Report_out_writes_the_tracker_the_page_and_the_json()
    {
        await using var h = new IntakeHarness(azurite);
        await h.ImportRegisterAsync(IntakeHarness.Register);
        await h.ImportCircularAsync();
        var output = Path.Combine(h.MailFolder, "out");

        var (exit, _, error) = await h.RunCliAsync("report", "--circular", "HDS/23/1109", "--as-of", "2023-11-28T09:00:00+08:00", "--out", output);

        Assert.True(exit == 0, error);
        Assert.True(new FileInfo(Path.Combine(output, "tracker.xlsx")).Length > 0);
        Assert.Contains("HDS/23/1109", await File.ReadAllTextAsync(Path.Combine(output, "report.html")), StringComparison.Ordinal);
        Assert.Equal(3, JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "report.json"))).RootElement.GetProperty("summary").GetProperty("intention").GetProperty("missing").GetInt32());
    }
}
