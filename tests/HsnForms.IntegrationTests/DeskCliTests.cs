using System.Text.Json;
using HsnForms.Intake.Decisions;
using HsnForms.Intake.Mail;
using HsnForms.Intake.Storage;
using static HsnForms.IntegrationTests.IntakeHarness;

namespace HsnForms.IntegrationTests;

/// <summary>
/// The service desk's verbs of cli.md, driven as outside checks drive them: each decision, and what a
/// report shows before it (as of a 2023 moment) and after it (now).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DeskCliTests(Azurite azurite)
{
    private const string Circular = "HDS/23/1109";
    private const string Before = "2023-11-28T09:00:00+08:00";

    /// <summary>Acme on time; Jade Dragon's intention read as declining, after the deadline; Acme's result only as a scanned PDF.</summary>
    internal static async Task<IntakeHarness> HarnessAsync(Azurite azurite)
    {
        var h = new IntakeHarness(azurite);
        await h.ImportRegisterAsync(Register + "\nHSN0904,Harbourfront Investment Services Ltd,it@harbourfront.com.hk,,OTP-C");
        await h.ImportCircularAsync();
        h.Mail("01-acme", "Chan Tai Man <tm.chan@acme.com.hk>", "HDS/23/1109 Intention Form", Hkt(23, 10, 0), ("Intention Form.docx", Asset("forms/libreoffice/intention-acme.docx")));
        h.Mail("02-jade", "yeung.hoiyan@jadedragon.com.hk", "Intention form", Hkt(24, 18, 5), ("intention.xlsx", Asset("forms/exceljs/intention-decline.xlsx")));
        h.Mail("03-scan", "tm.chan@acme.com.hk", "Scanned result", Hkt(27, 12, 0), ("scan.pdf", Asset("bad/scan.pdf")));
        await h.Pipeline.RunCycleAsync(new FolderMailbox(h.MailFolder), null, CancellationToken.None);
        return h;
    }

    [Fact]
    public async Task A_misread_participation_corrected_shows_from_the_correction_on_and_never_in_a_report_for_an_earlier_moment()
    {
        await using var h = await HarnessAsync(azurite);
        var before = await ReportAsync(h, Before);
        var jade = Assert.Single((await ListAsync(h, "--subscriber", "HSN0350")).GetProperty("submissions").EnumerateArray());
        Assert.False(jade.GetProperty("fields").GetProperty("participate").GetBoolean());
        Assert.Equal("mail", jade.GetProperty("source").GetString());
        Assert.False(jade.GetProperty("corrected").GetBoolean());

        var (exit, output, error) = await h.RunCliAsync("submissions", "correct", jade.GetProperty("id").GetString()!,
            "--set", "participate=true", "services=OTP-C;omd-c", "--note", "Misread: the form ticks 'will participate' (confirmed by phone).", "--by", "Wong Siu Ming", "--json");

        Assert.True(exit == 0, error);
        var corrected = JsonDocument.Parse(output).RootElement;
        Assert.True(corrected.GetProperty("corrected").GetBoolean());
        Assert.Equal("complete", corrected.GetProperty("status").GetString());
        Assert.True(corrected.GetProperty("fields").GetProperty("participate").GetBoolean());
        Assert.Equal(["OTP-C", "OMD-C"], corrected.GetProperty("fields").GetProperty("services").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("desk", corrected.GetProperty("sources").GetProperty("participate").GetString());
        Assert.Equal("label", corrected.GetProperty("sources").GetProperty("contact_name").GetString());
        Assert.Equal("Wong Siu Ming", corrected.GetProperty("correction").GetProperty("by").GetString());

        // Now: the values are the corrected ones, the status still follows the mail's time (on time), and the result form is required again.
        var now = Subscriber(await ReportAsync(h, null), "HSN0350");
        Assert.Equal("on_time", now.GetProperty("intention").GetProperty("status").GetString());
        Assert.True(now.GetProperty("intention").GetProperty("participate").GetBoolean());
        Assert.True(now.GetProperty("intention").GetProperty("corrected").GetBoolean());
        Assert.Equal("mail", now.GetProperty("intention").GetProperty("source").GetString());
        Assert.Equal("missing", now.GetProperty("result").GetProperty("status").GetString());

        // As of a moment before the correction: exactly as it was, whenever it is built.
        var rebuilt = await ReportAsync(h, Before);
        Assert.Equal(before.GetRawText(), rebuilt.GetRawText());
        Assert.False(Subscriber(rebuilt, "HSN0350").GetProperty("intention").GetProperty("corrected").GetBoolean());
        Assert.Equal("not_required", Subscriber(rebuilt, "HSN0350").GetProperty("result").GetProperty("status").GetString());

        // The reading itself is untouched; the correction stands beside it, and in the audit.
        var stored = Assert.Single(await h.Get<SubmissionStore>().ListAsync(Circular, CancellationToken.None), s => s.SubscriberId == "HSN0350");
        Assert.False(stored.Fields.Participate);
        var audit = Assert.Single(await h.Get<AuditLog>().ListAsync(Circular, CancellationToken.None), a => a.Action == "correction");
        Assert.Equal(("Wong Siu Ming", stored.Id), (audit.By, audit.Subject));
        Assert.Contains("phone", audit.Why, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_correction_can_make_a_form_incomplete_and_a_bad_value_is_refused_in_one_line_naming_its_key()
    {
        await using var h = await HarnessAsync(azurite);
        var acme = Assert.Single((await ListAsync(h, "--subscriber", "HSN0427")).GetProperty("submissions").EnumerateArray());
        var id = acme.GetProperty("id").GetString()!;

        var refusals = new[]
        {
            (await h.RunCliAsync("submissions", "correct", id, "--set", "participate=maybe", "--note", "x"), "participate"),
            (await h.RunCliAsync("submissions", "correct", id, "--set", "services=OTP-C;XYZ-9", "--note", "x"), "services"),
            (await h.RunCliAsync("submissions", "correct", id, "--set", "signed_date=24/11/2023", "--note", "x"), "signed_date"),
            (await h.RunCliAsync("submissions", "correct", id, "--set", "colour=blue", "--note", "x"), "colour"),
            (await h.RunCliAsync("submissions", "correct", id, "--set", "contact_email=not-an-address", "--note", "x"), "contact_email"),
            (await h.RunCliAsync("submissions", "correct", id, "--set", "participate=true"), "--note"),
            (await h.RunCliAsync("submissions", "correct", id, "--set", "contact_name=" + new string('x', 5000), "--note", "x"), "contact_name"),
            (await h.RunCliAsync("submissions", "correct", "HSN0427-nosuch", "--set", "participate=true", "--note", "x"), "no submission"),
        };
        Assert.All(refusals, r =>
        {
            Assert.Equal(2, r.Item1.Exit);
            Assert.Single(r.Item1.Err.TrimEnd().Split('\n'));
            Assert.Contains(r.Item2, r.Item1.Err, StringComparison.Ordinal);
        });
        Assert.Empty((await h.Get<DecisionStore>().ListAsync(Circular, CancellationToken.None)).Corrections);

        var (exit, output, error) = await h.RunCliAsync("submissions", "correct", id, "--unset", "contact_phone", "--set", "signed_date=2023-11-21", "--note", "The number is the switchboard's, not the contact's.", "--json");

        Assert.True(exit == 0, error);
        var corrected = JsonDocument.Parse(output).RootElement;
        Assert.Equal("incomplete", corrected.GetProperty("status").GetString());
        Assert.False(corrected.GetProperty("fields").TryGetProperty("contact_phone", out _));
        Assert.Contains(corrected.GetProperty("problems").EnumerateArray(), p => p.GetProperty("field").GetString() == "contact_phone" && p.GetProperty("code").GetString() == "missing");
        Assert.Equal("incomplete", Subscriber(await ReportAsync(h, null), "HSN0427").GetProperty("intention").GetProperty("status").GetString());
        Assert.Equal("on_time", Subscriber(await ReportAsync(h, Before), "HSN0427").GetProperty("intention").GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_scanned_result_entered_from_its_review_item_counts_as_received_with_its_mail_and_settles_the_item()
    {
        await using var h = await HarnessAsync(azurite);
        var item = (await ReportAsync(h, null)).GetProperty("review").EnumerateArray().Single(i => i.GetProperty("reason").GetString() == "rejected:unsupported_type");
        var itemId = item.GetProperty("id").GetString()!;

        var (exit, output, error) = await h.RunCliAsync("submissions", "enter", "--circular", Circular, "--subscriber", "hsn0427", "--form", "result", "--review", itemId,
            "--set", "results=OTP-C:successful;OMD-C:not_tested", "contact_name=Chan Tai Man", "contact_phone=+852 2211 6080", "contact_email=tm.chan@acme.com.hk",
            "--note", "Scanned PDF; read by hand.", "--by", "Lee Ka Yan", "--json");

        Assert.True(exit == 0, error);
        var entered = JsonDocument.Parse(output).RootElement;
        Assert.Equal("desk", entered.GetProperty("source").GetString());
        Assert.Equal("complete", entered.GetProperty("status").GetString());
        Assert.Equal("2023-11-27T12:00:00+08:00", entered.GetProperty("received_at").GetString());
        Assert.Equal("scan.pdf", entered.GetProperty("file").GetString());
        Assert.Equal("entered", entered.GetProperty("review").GetProperty("status").GetString());
        Assert.Equal("HSN0427", entered.GetProperty("fields").GetProperty("subscriber_id").GetString());

        var now = await ReportAsync(h, null);
        var result = Subscriber(now, "HSN0427").GetProperty("result");
        Assert.Equal(("on_time", "desk"), (result.GetProperty("status").GetString(), result.GetProperty("source").GetString()));
        Assert.Equal("not_tested", result.GetProperty("results").GetProperty("OMD-C").GetString());
        Assert.DoesNotContain(now.GetProperty("review").EnumerateArray(), i => i.GetProperty("id").GetString() == itemId);

        var then = await ReportAsync(h, Before);
        Assert.Equal("missing", Subscriber(then, "HSN0427").GetProperty("result").GetProperty("status").GetString());
        Assert.Contains(then.GetProperty("review").EnumerateArray(), i => i.GetProperty("id").GetString() == itemId);

        // The evidence is the item's own file; entering it again adds nothing.
        var stored = Assert.Single(await h.Get<SubmissionStore>().ListAsync(Circular, CancellationToken.None), s => s.Source == SubmissionSources.Desk);
        Assert.Equal(Asset("bad/scan.pdf"), await h.Get<MailArchive>().ReadAsync(stored.AttachmentBlob, CancellationToken.None));
        var again = await h.RunCliAsync("submissions", "enter", "--circular", Circular, "--subscriber", "HSN0427", "--form", "result", "--review", itemId,
            "--set", "results=OTP-C:successful", "--note", "again");
        Assert.Equal(2, again.Exit);
        Assert.Contains("already entered", again.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_phoned_in_and_faxed_is_entered_with_its_evidence_and_its_own_received_time()
    {
        await using var h = await HarnessAsync(azurite);
        var fax = Path.Combine(h.MailFolder, "fax.tif");
        await File.WriteAllBytesAsync(fax, [0x49, 0x49, 0x2A, 0x00, 1, 2, 3]);
        string[] args = ["submissions", "enter", "--circular", Circular, "--subscriber", "HSN0904", "--form", "intention", "--received", "2023-11-24T16:30:00+08:00",
            "--set", "participate=false", "contact_name=Lee Man Kit", "contact_phone=2877 1234", "contact_email=mk.lee@harbourfront.com.hk",
            "--note", "Faxed; confirmed by phone with Mr Lee.", "--file", fax, "--json"];

        var (exit, output, error) = await h.RunCliAsync(args);
        var again = await h.RunCliAsync(args);
        var future = await h.RunCliAsync("submissions", "enter", "--circular", Circular, "--subscriber", "HSN0904", "--form", "intention", "--received", "2099-01-01T00:00:00+08:00",
            "--set", "participate=false", "--note", "x");
        var wrongForm = await h.RunCliAsync("submissions", "enter", "--circular", Circular, "--subscriber", "HSN0904", "--form", "survey", "--received", "2023-11-24T16:30:00+08:00", "--note", "x");
        var stranger = await h.RunCliAsync("submissions", "enter", "--circular", Circular, "--subscriber", "HSN9999", "--form", "intention", "--received", "2023-11-24T16:30:00+08:00", "--note", "x");

        Assert.True(exit == 0, error);
        var entered = JsonDocument.Parse(output).RootElement;
        Assert.Equal(("complete", "desk", "fax.tif"), (entered.GetProperty("status").GetString(), entered.GetProperty("source").GetString(), entered.GetProperty("file").GetString()));
        Assert.True(JsonDocument.Parse(again.Out).RootElement.GetProperty("already_recorded").GetBoolean());
        Assert.All(new[] { future, wrongForm, stranger }, r => Assert.Equal(2, r.Exit));
        Assert.Contains("future", future.Err, StringComparison.Ordinal);
        Assert.Contains("survey", wrongForm.Err, StringComparison.Ordinal);

        var now = Subscriber(await ReportAsync(h, null), "HSN0904");
        Assert.Equal(("on_time", "not_required"), (now.GetProperty("intention").GetProperty("status").GetString(), now.GetProperty("result").GetProperty("status").GetString()));
        Assert.Equal("missing", Subscriber(await ReportAsync(h, Before), "HSN0904").GetProperty("intention").GetProperty("status").GetString());
        Assert.Single(await h.Get<SubmissionStore>().ListAsync(Circular, CancellationToken.None), s => s.SubscriberId == "HSN0904");
    }

    [Fact]
    public async Task Notes_and_paused_reminders_show_in_the_report_and_the_dry_run_from_when_they_were_made()
    {
        await using var h = await HarnessAsync(azurite);

        // Still open today, so a dry run as of now (after the pause is made) plans the overdue reminders.
        var open = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Azurite.RepositoryRoot, "samples", "circular-HDS-23-1109.json")))!;
        open["closes"] = "2099-12-31";
        var openFile = Path.Combine(h.MailFolder, "..", Path.GetFileName(h.MailFolder) + "-circular.json");
        await File.WriteAllTextAsync(openFile, open.ToJsonString());
        await h.ImportCircularAsync(openFile);
        File.Delete(openFile);
        var note = await h.RunCliAsync("notes", "add", "--circular", Circular, "--subscriber", "HSN0761", "--text", "Chased by phone 28 Nov <b>& promised</b> the result.", "--by", "Wong Siu Ming", "--json");
        var pause = await h.RunCliAsync("reminders", "pause", "--circular", Circular, "--subscriber", "HSN0761", "--form", "result", "--note", "Result promised by phone.", "--json");
        var now = DateTimeOffset.UtcNow.AddMinutes(1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(note.Exit == 0, note.Err);
        Assert.True(pause.Exit == 0, pause.Err);
        Assert.Equal("Wong Siu Ming", JsonDocument.Parse(note.Out).RootElement.GetProperty("by").GetString());
        Assert.True(JsonDocument.Parse(pause.Out).RootElement.GetProperty("paused").GetBoolean());
        var vp = Subscriber(await ReportAsync(h, null), "HSN0761");
        var shown = Assert.Single(vp.GetProperty("notes").EnumerateArray());
        Assert.Equal("Chased by phone 28 Nov <b>& promised</b> the result.", shown.GetProperty("text").GetString());
        Assert.Equal("Wong Siu Ming", shown.GetProperty("by").GetString());
        Assert.False(vp.GetProperty("reminders_paused").GetProperty("intention").GetBoolean());
        Assert.True(vp.GetProperty("reminders_paused").GetProperty("result").GetBoolean());
        Assert.True(vp.GetProperty("result").GetProperty("reminders_paused").GetBoolean());

        var earlier = Subscriber(await ReportAsync(h, Before), "HSN0761");
        Assert.Empty(earlier.GetProperty("notes").EnumerateArray());
        Assert.False(earlier.GetProperty("reminders_paused").GetBoolean());

        // The dry run lists the paused subscriber as paused, not among those reminded; then resumed, it is reminded again.
        var plan = await DryRunAsync(h, now);
        Assert.DoesNotContain(plan.GetProperty("reminders").EnumerateArray(), r => r.GetProperty("subscriber_id").GetString() == "HSN0761" && r.GetProperty("form").GetString() == "result");
        Assert.Contains(plan.GetProperty("paused").EnumerateArray(), r => r.GetProperty("subscriber_id").GetString() == "HSN0761" && r.GetProperty("form").GetString() == "result");
        Assert.Contains(plan.GetProperty("reminders").EnumerateArray(), r => r.GetProperty("subscriber_id").GetString() == "HSN0904");
        Assert.Contains("HSN0761", plan.GetProperty("digests").EnumerateArray().Single(d => d.GetProperty("form").GetString() == "result").GetProperty("reminders_paused").EnumerateArray().Select(e => e.GetString()));

        var resume = await h.RunCliAsync("reminders", "resume", "--circular", Circular, "--subscriber", "HSN0761");
        Assert.True(resume.Exit == 0, resume.Err);
        var later = await DryRunAsync(h, DateTimeOffset.UtcNow.AddMinutes(2).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(later.GetProperty("reminders").EnumerateArray(), r => r.GetProperty("subscriber_id").GetString() == "HSN0761" && r.GetProperty("form").GetString() == "result");
        Assert.Empty(later.GetProperty("paused").EnumerateArray());
        Assert.Equal(["note", "pause", "resume"], (await h.Get<AuditLog>().ListAsync(Circular, CancellationToken.None)).Select(a => a.Action).Order());
    }

    private static async Task<JsonElement> DryRunAsync(IntakeHarness h, string asOf)
    {
        var (exit, output, error) = await h.RunCliAsync("remind", "--circular", Circular, "--as-of", asOf, "--dry-run", "--json");
        Assert.True(exit == 0, error);
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    private static async Task<JsonElement> ListAsync(IntakeHarness h, params string[] extra)
    {
        var (exit, output, error) = await h.RunCliAsync(["submissions", "list", "--circular", Circular, "--json", .. extra]);
        Assert.True(exit == 0, error);
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    internal static async Task<JsonElement> ReportAsync(IntakeHarness h, string? asOf)
    {
        var (exit, output, error) = await h.RunCliAsync(["report", "--circular", Circular, "--json", .. asOf is null ? Array.Empty<string>() : ["--as-of", asOf]]);
        Assert.True(exit == 0, error);
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    internal static JsonElement Subscriber(JsonElement report, string id) =>
        report.GetProperty("subscribers").EnumerateArray().Single(s => s.GetProperty("subscriber_id").GetString() == id);
}
