using System.Text.Json;
using HsnForms.Intake.Mail;
using HsnForms.Intake.Storage;

namespace HsnForms.IntegrationTests;

[Collection(AzuriteCollection.Name)]
public sealed class ReviewCliTests(Azurite azurite)
{
    // Harbourfront is registered, but its staff sent the form from a private address.
    private const string RegisterWithHarbourfront = IntakeHarness.Register + "\nHSN0904,Harbourfront Investment Services Ltd,it@harbourfront.com.hk,,OTP-C";

    private static async Task<IntakeHarness> HarnessWithEveryCaseAsync(Azurite azurite)
    {
        var h = new IntakeHarness(azurite);
        await h.ImportRegisterAsync(RegisterWithHarbourfront);
        await h.ImportCircularAsync();
        FolderIntakeTests.WriteEveryCase(h);
        await h.Pipeline.RunCycleAsync(h.FolderMailbox(), null, CancellationToken.None);
        return h;
    }

    [Fact]
    public async Task A_form_from_a_private_address_accepted_from_review_counts_as_on_time_from_the_moment_it_is_accepted()
    {
        await using var h = await HarnessWithEveryCaseAsync(azurite);
        var waiting = await ListAsync(h);
        Assert.Equal(["cloud_link", "no_form", "rejected:unsupported_type", "subscriber_mismatch", "unknown_sender"], waiting.Select(i => i.GetProperty("reason").GetString()).Order());
        var privateMail = waiting.Single(i => i.GetProperty("reason").GetString() == "unknown_sender");
        Assert.Equal("someone@gmail.example", privateMail.GetProperty("from").GetString());
        Assert.Equal("open", privateMail.GetProperty("status").GetString());
        var before = await ReportAsync(h, "2023-11-28T09:00:00+08:00");

        var (exit, output, error) = await h.RunCliAsync("review", "accept", privateMail.GetProperty("id").GetString()!, "--subscriber", "hsn0904", "--note", "Sent from Mr Lee's own mailbox; confirmed by phone.", "--json");

        Assert.True(exit == 0, error);
        var decision = JsonDocument.Parse(output).RootElement;
        Assert.Equal("accepted", decision.GetProperty("item").GetProperty("status").GetString());
        Assert.Equal("HSN0904", decision.GetProperty("submission").GetProperty("subscriber_id").GetString());
        Assert.Equal("intention", decision.GetProperty("submission").GetProperty("form").GetString());
        Assert.Equal("2023-11-23T09:00:00+08:00", decision.GetProperty("submission").GetProperty("received_at").GetString());
        Assert.Equal(0, decision.GetProperty("warnings").GetArrayLength());

        // Counted as received on 23 November, so on time; the item no longer waits.
        var now = await ReportAsync(h, asOf: null);
        Assert.Equal("on_time", Intention(now, "HSN0904").GetProperty("status").GetString());
        Assert.Equal("2023-11-23T09:00:00+08:00", Intention(now, "HSN0904").GetProperty("received_at").GetString());
        Assert.DoesNotContain(now.GetProperty("review").EnumerateArray(), i => i.GetProperty("reason").GetString() == "unknown_sender");

        // A report for a moment before the decision is what it was then.
        var rebuilt = await ReportAsync(h, "2023-11-28T09:00:00+08:00");
        Assert.Equal("missing", Intention(rebuilt, "HSN0904").GetProperty("status").GetString());
        Assert.Equal(before.GetRawText(), rebuilt.GetRawText());

        // Accepting it again changes nothing and says why.
        var again = await h.RunCliAsync("review", "accept", privateMail.GetProperty("id").GetString()!, "--subscriber", "HSN0904");
        Assert.Equal(2, again.Exit);
        Assert.Contains("already accepted for HSN0904", again.Err, StringComparison.Ordinal);
        Assert.Single(await h.Get<SubmissionStore>().ListAsync("HDS/23/1109", CancellationToken.None), s => s.SubscriberId == "HSN0904");
    }

    [Fact]
    public async Task A_held_form_already_counted_for_its_subscriber_is_settled_without_counting_it_twice()
    {
        await using var h = await HarnessWithEveryCaseAsync(azurite);
        var mismatch = (await ListAsync(h)).Single(i => i.GetProperty("reason").GetString() == "subscriber_mismatch");
        var countedBefore = (await h.Get<SubmissionStore>().ListAsync("HDS/23/1109", CancellationToken.None)).Count;

        // Acme's ops desk sent Victoria Peak's intention, which Victoria Peak also forwarded itself.
        var (exit, output, error) = await h.RunCliAsync("review", "accept", mismatch.GetProperty("id").GetString()!, "--subscriber", "HSN0761", "--json");

        Assert.True(exit == 0, error);
        var decision = JsonDocument.Parse(output).RootElement;
        Assert.True(decision.GetProperty("already_counted").GetBoolean());
        Assert.False(decision.TryGetProperty("submission", out _));
        Assert.Equal(countedBefore, (await h.Get<SubmissionStore>().ListAsync("HDS/23/1109", CancellationToken.None)).Count);
        Assert.Equal(4, (await ListAsync(h)).Count);
    }

    [Fact]
    public async Task Items_without_a_form_are_dismissed_with_a_note_and_mistakes_get_one_line()
    {
        await using var h = await HarnessWithEveryCaseAsync(azurite);
        var waiting = await ListAsync(h);
        string Id(string reason) => waiting.Single(i => i.GetProperty("reason").GetString() == reason).GetProperty("id").GetString()!;

        var noNote = await h.RunCliAsync("review", "dismiss", Id("no_form"));
        var cloud = await h.RunCliAsync("review", "accept", Id("cloud_link"), "--subscriber", "HSN0427");
        var pdf = await h.RunCliAsync("review", "accept", Id("rejected:unsupported_type"), "--subscriber", "HSN0427");
        var stranger = await h.RunCliAsync("review", "accept", Id("unknown_sender"), "--subscriber", "HSN9999");
        var nothing = await h.RunCliAsync("review", "dismiss", "no-such-item", "--note", "x");

        Assert.All(new[] { noNote, cloud, pdf, stranger, nothing }, r =>
        {
            Assert.Equal(2, r.Exit);
            Assert.Single(r.Err.TrimEnd().Split('\n'));
        });
        Assert.Contains("--note", noNote.Err, StringComparison.Ordinal);
        Assert.Contains("dismiss", cloud.Err, StringComparison.Ordinal);
        Assert.Contains("not a form we can read", pdf.Err, StringComparison.Ordinal);
        Assert.Contains("HSN9999 is not in the subscriber register", stranger.Err, StringComparison.Ordinal);
        Assert.Equal(5, (await ListAsync(h)).Count);

        var dismissed = await h.RunCliAsync("review", "dismiss", Id("no_form"), "--note", "A lunch invitation, not a form.");

        Assert.Equal(0, dismissed.Exit);
        Assert.Contains("dismissed", dismissed.Out, StringComparison.Ordinal);
        Assert.Equal(4, (await ListAsync(h)).Count);
        var all = await ListAsync(h, "--all");
        var settled = Assert.Single(all, i => i.GetProperty("status").GetString() == "dismissed");
        Assert.Equal("A lunch invitation, not a form.", settled.GetProperty("note").GetString());
        Assert.Equal(5, all.Count);

        var table = await h.RunCliAsync("review");
        Assert.Equal(0, table.Exit);
        Assert.StartsWith("4 items wait for review", table.Out, StringComparison.Ordinal);
    }

    private static async Task<List<JsonElement>> ListAsync(IntakeHarness h, params string[] extra)
    {
        var (exit, output, error) = await h.RunCliAsync(["review", "list", "--circular", "HDS/23/1109", "--json", .. extra]);
        Assert.True(exit == 0, error);
        return [.. JsonDocument.Parse(output).RootElement.GetProperty("review").EnumerateArray().Select(e => e.Clone())];
    }

    private static async Task<JsonElement> ReportAsync(IntakeHarness h, string? asOf)
    {
        var (exit, output, error) = await h.RunCliAsync(["report", "--circular", "HDS/23/1109", "--json", .. asOf is null ? Array.Empty<string>() : ["--as-of", asOf]]);
        Assert.True(exit == 0, error);
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    private static JsonElement Intention(JsonElement report, string subscriberId) =>
        report.GetProperty("subscribers").EnumerateArray().Single(s => s.GetProperty("subscriber_id").GetString() == subscriberId).GetProperty("intention");
}
