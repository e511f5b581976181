using Azure.Data.Tables;
using HsnForms.Intake.Mail;
using HsnForms.Intake.Storage;
using MimeKit;
using static HsnForms.IntegrationTests.IntakeHarness;

namespace HsnForms.IntegrationTests;

[Collection(AzuriteCollection.Name)]
public sealed class FolderIntakeTests(Azurite azurite)
{
    private const string Circular = "HDS/23/1109";

    /// <summary>A mailbox holding every case forms.md names.</summary>
    internal static void WriteEveryCase(IntakeHarness h)
    {
        var acme = Asset("forms/libreoffice/intention-acme.docx");
        h.Mail("01-on-time", "Chan Tai Man <tm.chan@acme.com.hk>", "HDS/23/1109 Intention Form", Hkt(24, 23, 55), ("Intention Form.docx", acme));
        h.Mail("02-late-by-domain", "yeung.hoiyan@jadedragon.com.hk", "Intention form", Hkt(25, 0, 5), ("intention.xlsx", Asset("forms/exceljs/intention-decline.xlsx")));
        h.Mail("03-unknown-sender", "someone@gmail.example", "form", Hkt(23, 9, 0), ("form.docx", Asset("forms/wordxml/intention-split-runs.docx")));
        h.Mail("04-mismatch", "ops@acme.com.hk", "Intention for our sister company", Hkt(23, 10, 0), ("vp.xlsx", Asset("forms/exceljs/intention-below-defined-names.xlsx")));
        var twice = Message("05-twice", "meiling.ho@vpfutures.com.hk", "Result form", Hkt(27, 11, 0), ("result.xlsx", Asset("forms/exceljs/result-table.xlsx")));
        twice.WriteTo(Path.Combine(h.MailFolder, "05-twice-a.eml"));
        twice.WriteTo(Path.Combine(h.MailFolder, "05-twice-b.eml"));
        h.Mail("06-resent", "Chan Tai Man <tm.chan@acme.com.hk>", "FW: Intention Form (again)", Hkt(25, 9, 0), ("Intention Form copy.docx", acme));
        h.Mail("07-correction", "Chan Tai Man <tm.chan@acme.com.hk>", "Corrected intention form", Hkt(25, 10, 0), ("corrected.docx", Asset("forms/wordxml/intention-content-controls.docx")));
        var inner = Message("08-inner", "meiling.ho@vpfutures.com.hk", "Intention", Hkt(22, 9, 0), ("vp-intention.xlsx", Asset("forms/exceljs/intention-below-defined-names.xlsx")));
        var forward = Message("08-forwarded", "meiling.ho@vpfutures.com.hk", "FW: Intention", Hkt(23, 15, 0));
        forward.Body = new Multipart("mixed")
        {
            new TextPart("plain") { Text = "Forwarding our intention form." },
            new MessagePart { Message = inner, ContentDisposition = new ContentDisposition(ContentDisposition.Attachment) },
        };
        forward.WriteTo(Path.Combine(h.MailFolder, "08-forwarded.eml"));
        h.Mail("09-pdf-only", "tm.chan@acme.com.hk", "Scanned result", Hkt(27, 12, 0), ("scan.pdf", Asset("bad/scan.pdf")));
        h.Mail("10-no-attachment", "tm.chan@acme.com.hk", "Lunch on Friday?", Hkt(26, 12, 0));
        h.Mail("11-no-attachment-reply", "tm.chan@acme.com.hk", "RE: HDS/23/1109 question about PS2", Hkt(26, 13, 0));
        var cloud = Message("12-cloud-link", "ops@acme.com.hk", "Result form link", Hkt(27, 9, 0));
        cloud.Headers.Add("X-Reference-Attachment", "Result Form.docx|https://acme.sharepoint.example/result.docx");
        cloud.WriteTo(Path.Combine(h.MailFolder, "12-cloud-link.eml"));
    }

    private async Task<IntakeHarness> NewHarnessAsync()
    {
        var h = new IntakeHarness(azurite);
        await h.ImportRegisterAsync(Register);
        await h.ImportCircularAsync();
        return h;
    }

    [Fact]
    public async Task Every_case_is_recorded_once_or_kept_for_review_with_its_reason()
    {
        await using var h = await NewHarnessAsync();
        WriteEveryCase(h);

        var summary = await h.Pipeline.RunCycleAsync(h.FolderMailbox(), null, CancellationToken.None);

        Assert.Equal(13, summary.Messages);
        Assert.Equal(1, summary.Untouched);
        var submissions = await h.Get<SubmissionStore>().ListAsync(Circular, CancellationToken.None);
        var bySubscriber = submissions.GroupBy(s => s.SubscriberId).ToDictionary(g => g.Key, g => g.OrderBy(s => s.ReceivedAt).ToList());

        // Acme: the on-time form (23:55 HKT), not again for the re-sent copy, and its correction.
        Assert.Equal(2, bySubscriber["HSN0427"].Count);
        Assert.Equal(Hkt(24, 23, 55), bySubscriber["HSN0427"][0].ReceivedAt);
        Assert.Equal("Intention Form.docx", bySubscriber["HSN0427"][0].AttachmentName);
        Assert.Equal("corrected.docx", bySubscriber["HSN0427"][1].AttachmentName);

        // Jade Dragon, matched by domain, at 00:05 HKT the next day.
        var jade = Assert.Single(bySubscriber["HSN0350"]);
        Assert.Equal(Hkt(25, 0, 5), jade.ReceivedAt);
        Assert.Equal("intention", jade.Form);

        // Victoria Peak: the forwarded intention and the result seen twice, each once.
        Assert.Equal(["intention", "result"], bySubscriber["HSN0761"].Select(s => s.Form).Order());

        var review = await h.Get<ReviewStore>().ListAsync(Circular, CancellationToken.None);
        Assert.Equal(
            new[] { "cloud_link", "no_form", "rejected:unsupported_type", "subscriber_mismatch", "unknown_sender" },
            review.Select(r => r.Reason).Order());
        Assert.All(review.Where(r => r.Attachment is not null && r.Reason != "cloud_link"), r => Assert.False(string.IsNullOrEmpty(r.Blob)));

        Assert.Equal(5, summary.Recorded);
        Assert.Equal(2, summary.Duplicates);
        Assert.Equal(9, summary.Forms);
        Assert.Equal(5, summary.Review);

        // Every message taken is answered once: the message seen twice gets one reply. The stranger is not answered:
        // its mail carries no authentication results, so nothing confirmed who sent it.
        Assert.Equal(10, Directory.GetFiles(h.Outbox).Length);
        Assert.Equal(10, summary.Acknowledged);
        Assert.Equal(1, summary.Unanswered);
    }

    [Fact]
    public async Task Running_the_same_mail_again_records_nothing_twice()
    {
        await using var h = await NewHarnessAsync();
        WriteEveryCase(h);
        var mailbox = h.FolderMailbox();

        var first = await h.Pipeline.RunCycleAsync(mailbox, null, CancellationToken.None);
        var again = await h.Pipeline.RunCycleAsync(mailbox, null, CancellationToken.None);

        Assert.Equal(0, again.Recorded);
        Assert.Equal(0, again.Review);
        Assert.Equal(0, again.Acknowledged);
        Assert.Equal(first.Recorded + first.Duplicates, again.Duplicates);

        // Passed over before anything was read: every message, by its file's name, size and time.
        Assert.Equal(first.Messages, again.Messages);
        Assert.Equal(first.Messages, again.Skipped);
        Assert.Equal(5, first.Recorded);
    }

    [Theory]
    [InlineData("archive", 1)]
    [InlineData("archive", 7)]
    [InlineData("record", 1)]
    [InlineData("record", 9)]
    [InlineData("acknowledge", 1)]
    [InlineData("mark", 1)]
    public async Task A_cycle_interrupted_at_any_step_ends_as_if_it_never_stopped(string step, int occurrence)
    {
        await using var reference = await NewHarnessAsync();
        WriteEveryCase(reference);
        await reference.Pipeline.RunCycleAsync(reference.FolderMailbox(), null, CancellationToken.None);

        await using var h = await NewHarnessAsync();
        WriteEveryCase(h);
        var seen = 0;
        h.Pipeline.Checkpoint = (name, _) => name == step && ++seen == occurrence ? throw new IOException($"interrupted at {step} #{occurrence}") : Task.CompletedTask;
        await Assert.ThrowsAsync<IOException>(() => h.Pipeline.RunCycleAsync(h.FolderMailbox(), null, CancellationToken.None));
        h.Pipeline.Checkpoint = null;
        await h.Pipeline.RunCycleAsync(h.FolderMailbox(), null, CancellationToken.None);

        Assert.Equal(await SnapshotAsync(reference), await SnapshotAsync(h));
        Assert.Equal(
            Directory.GetFiles(reference.Outbox).Select(Path.GetFileName).Order(),
            Directory.GetFiles(h.Outbox).Select(Path.GetFileName).Order());
    }

    private static async Task<string> SnapshotAsync(IntakeHarness h)
    {
        var lines = new List<string>();
        foreach (var s in await h.Get<SubmissionStore>().ListAsync(Circular, CancellationToken.None))
        {
            lines.Add($"submission {s.Id} {s.Form} {s.SubscriberId} {s.ReceivedAt:O} {s.Complete} {s.AttachmentName} {s.FieldsJson}");
        }

        foreach (var r in await h.Get<ReviewStore>().ListAsync(Circular, CancellationToken.None))
        {
            lines.Add($"review {r.Id} {r.Reason} {r.From} {r.AttachmentName}");
        }

        var storage = h.Get<StorageContext>();
        var ledger = await storage.TableAsync(Tables.Ledger, CancellationToken.None);
        await foreach (var e in ledger.QueryAsync<TableEntity>())
        {
            lines.Add($"ledger {e.RowKey} {e.GetString("StageName")}");
        }

        foreach (var container in new[] { storage.Options.MailContainer, storage.Options.AttachmentContainer })
        {
            var client = await storage.ContainerAsync(container, CancellationToken.None);
            await foreach (var blob in client.GetBlobsAsync())
            {
                lines.Add($"blob {blob.Name} {blob.Properties.ContentLength}");
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return string.Join('\n', lines);
    }

    [Fact]
    public async Task The_reply_tells_the_sender_whether_the_form_was_on_time_and_what_to_fix()
    {
        await using var h = await NewHarnessAsync();
        h.Mail("late", "yeung@jadedragon.com.hk", "Our form", Hkt(25, 0, 5), ("intention.xlsx", Asset("forms/libreoffice/intention-bad-email.xlsx")));

        await h.Pipeline.RunCycleAsync(h.FolderMailbox(), null, CancellationToken.None);

        var reply = await MimeMessage.LoadAsync(Directory.GetFiles(h.Outbox).Single());
        Assert.Equal("yeung@jadedragon.com.hk", reply.To.Mailboxes.Single().Address);
        Assert.Equal("<late@mail.example>", "<" + reply.InReplyTo + ">");
        Assert.Contains("HSN0350", reply.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("after the deadline", reply.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("25 Nov 2023 00:05 HKT", reply.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("is not an e-mail address", reply.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscriber_values_in_a_reply_are_HTML_encoded()
    {
        await using var h = await NewHarnessAsync();
        h.Mail("evil", "tm.chan@acme.com.hk", "<script>alert(1)</script>", Hkt(24, 9, 0), ("<b>form</b>.docx", Asset("forms/libreoffice/intention-acme.docx")));

        await h.Pipeline.RunCycleAsync(h.FolderMailbox(), null, CancellationToken.None);

        var reply = await MimeMessage.LoadAsync(Directory.GetFiles(h.Outbox).Single());
        Assert.DoesNotContain("<script>", reply.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>form</b>", reply.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", reply.HtmlBody, StringComparison.Ordinal);
    }
}
