using System.IO.Compression;
using System.Text;
using HsnForms.GraphSimulator;
using HsnForms.Intake.Mail;
using HsnForms.Intake.Mail.Graph;
using HsnForms.Intake.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;
using static HsnForms.IntegrationTests.IntakeHarness;

namespace HsnForms.IntegrationTests;

/// <summary>
/// Mail anyone can send, made to stop intake: values longer than a table column holds, control and bidi
/// characters, files in the mailbox folder that are no mail, a message that fails every time, one too
/// large to hold in memory. Each is taken or kept for review with a reason, and never holds up the rest.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class HostileMailTests(Azurite azurite)
{
    private const string Circular = "HDS/23/1109";

    /// <summary>Exchange Online's stamp for mail whose sender's domain passed every check.</summary>
    private static string Passed(string domain) =>
        $"spf=pass (sender IP is 203.0.113.9) smtp.mailfrom={domain}; dkim=pass (signature was verified) header.d={domain};dmarc=pass action=none header.from={domain};compauth=pass reason=100";

    private async Task<IntakeHarness> HarnessAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var h = new IntakeHarness(azurite, settings);
        await h.ImportRegisterAsync(await File.ReadAllTextAsync(Path.Combine(Azurite.RepositoryRoot, "samples", "register.csv")));
        await h.ImportCircularAsync();
        return h;
    }

    /// <summary>A message as a mail program writes it, its headers given as raw text (so any character can be in them).</summary>
    private static byte[] Raw(string headers, params (string Name, byte[] Content)[] files)
    {
        var body = new StringBuilder();
        body.Append(headers.TrimEnd('\r', '\n').Replace("\n", "\r\n", StringComparison.Ordinal)).Append("\r\n");
        body.Append("MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nForm attached.\r\n");
        var options = FormatOptions.Default.Clone();
        options.NewLineFormat = NewLineFormat.Dos;
        foreach (var (name, content) in files)
        {
            var disposition = new ContentDisposition(ContentDisposition.Attachment) { FileName = name };
            body.Append("--b\r\nContent-Type: application/octet-stream\r\n")
                .Append(disposition.ToString(options, Encoding.UTF8, encode: true).TrimEnd())
                .Append("\r\nContent-Transfer-Encoding: base64\r\n\r\n").Append(Convert.ToBase64String(content, Base64FormattingOptions.InsertLineBreaks)).Append("\r\n");
        }

        body.Append("--b--\r\n");
        return Encoding.UTF8.GetBytes(body.ToString());
    }

    private static byte[] Bytes(MimeMessage message)
    {
        using var buffer = new MemoryStream();
        message.WriteTo(buffer);
        return buffer.ToArray();
    }

    private static string Headers(string from, string subject, string messageId, DateTimeOffset received, string? authentication = null) =>
        $"From: {from}\nTo: hsservicedesk@hkex.com.hk\nSubject: {subject}\nDate: {MimeKit.Utils.DateUtils.FormatDate(received.AddMinutes(-1))}\nMessage-ID: <{messageId}>\n"
        + (authentication is null ? "" : $"Authentication-Results: {authentication}\n")
        + $"Received: from mail.example by mx.hkex.com.hk; {MimeKit.Utils.DateUtils.FormatDate(received)}\n";

    /// <summary>Golden Harbour's intention form with its contact name 33,000 characters long.</summary>
    private static byte[] LongContactName()
    {
        using var copy = new MemoryStream();
        copy.Write(Asset("forms/libreoffice/intention-golden-harbour.docx"));
        using (var zip = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("word/document.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            var at = xml.IndexOf("Wong Ka Ming", StringComparison.Ordinal);
            xml = string.Concat(xml.AsSpan(0, at), "Wong Ka Ming ", new string('W', 33_000), xml.AsSpan(at + "Wong Ka Ming".Length));
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write(xml);
        }

        return copy.ToArray();
    }

    [Fact]
    public async Task No_value_from_mail_or_a_form_stops_intake_and_every_file_in_the_folder_is_a_message_or_a_review_item()
    {
        await using var h = await HarnessAsync();
        var folder = h.MailFolder;
        void Write(string name, byte[] content) => File.WriteAllBytes(Path.Combine(folder, name), content);
        var longSubject = "HDS/23/1109 " + new string('S', 40_000);

        Write("01-long-subject.eml", Raw(Headers("tm.chan@acme.com.hk", longSubject, "m01@acme.com.hk", Hkt(22, 10, 0)), ("intention.docx", Asset("forms/libreoffice/intention-acme.docx"))));
        Write("02-long-file-name.eml", Raw(Headers("tm.chan@acme.com.hk", "Result form", "m02@acme.com.hk", Hkt(27, 10, 0)), (new string('n', 40_000) + ".docx", Asset("forms/libreoffice/result-acme.docx"))));
        Write("03-long-from.eml", Raw(Headers(new string('f', 40_000) + "@acme.com.hk", "Intention", "m03@acme.com.hk", Hkt(22, 11, 0)), ("cc.docx", Asset("forms/wordxml/intention-content-controls.docx"))));
        Write("04-long-contact-name.eml", Raw(Headers("kaming.wong@goldenharbour.com.hk", "Intention form", "m04@goldenharbour.com.hk", Hkt(22, 12, 0)), ("gh.docx", LongContactName())));
        Write("05-control-in-display-name.eml", Raw(Headers("\"Lam\u0001Chi Keung\" <ck.lam@lotusam.com.hk>", "Intention form", "m05@lotusam.com.hk", Hkt(22, 13, 0)), ("lotus.xlsx", Asset("forms/libreoffice/intention-lotus.xlsx"))));
        Write("06-right-to-left-override.eml", Raw(Headers("someone@partner.example", "Result \u202Emrof", "m06@partner.example", Hkt(27, 11, 0), Passed("partner.example")), ("result \u202Excod.exe.xlsx", Asset("forms/libreoffice/result-lotus.xlsx"))));
        Write("07-first-line-white-space.eml", [.. " \r\n"u8, .. Raw(Headers("sf.lee@klnbaycap.com.hk", "Intention form", "m07@klnbaycap.com.hk", Hkt(22, 14, 0)), ("kb.docx", Asset("forms/libreoffice/intention-decline-kowloon.docx")))]);
        Write("08-long-message-id.eml", Raw(Headers("wk.cheung@pearlriver.com.hk", "Intention form", new string('i', 40_000) + "@pearlriver.com.hk", Hkt(22, 15, 0)), ("prs.xlsx", Asset("forms/exceljs/intention-right-booleans.xlsx"))));
        Write("notes.txt", "Remember to chase Lotus on Friday."u8.ToArray());
        Write("scan.jpg", Asset("bad/scan.jpg"));
        Write("dropped-form.docx", Asset("forms/wordxml/intention-legacy-fields.docx"));
        Write(".DS_Store", [0, 0, 0, 1, 66, 117, 100, 49]);
        Write("Thumbs.db", [0xD0, 0xCF, 0x11, 0xE0]);

        var outbox = Path.Combine(Path.GetDirectoryName(folder)!, Path.GetFileName(folder) + "-outbox");
        try
        {
            var summary = await h.Pipeline.RunCycleAsync(new FolderMailbox(folder, outbox), null, CancellationToken.None);

            Assert.Equal(11, summary.Messages);
            Assert.Equal(0, summary.Failed);
            var submissions = await h.Get<SubmissionStore>().ListAsync(Circular, CancellationToken.None);
            var review = await h.Get<ReviewStore>().ListAsync(Circular, CancellationToken.None);
            var everywhere = await h.Get<HsnForms.Intake.Review.ReviewDesk>().ListAsync(null, includeSettled: true, CancellationToken.None);

            // Every form from a registered sender counted: the long subject, file name, contact name and Message-ID are cut, not fatal.
            Assert.Equal(["HSN0093", "HSN0112", "HSN0235", "HSN0427", "HSN0427", "HSN0588"], submissions.Select(s => s.SubscriberId).Order());
            var subject = Assert.Single(submissions, s => s.AttachmentName == "intention.docx").Subject;
            Assert.True(subject.Length <= StoredText.Line && StoredText.IsCut(subject), subject[..80]);
            Assert.True(StoredText.IsCut(Assert.Single(submissions, s => s.Form == "result").AttachmentName));
            var contact = System.Text.Json.JsonDocument.Parse(Assert.Single(submissions, s => s.SubscriberId == "HSN0112").FieldsJson).RootElement.GetProperty("contact_name").GetString()!;
            Assert.StartsWith("Wong Ka Ming WWW", contact, StringComparison.Ordinal);
            Assert.True(StoredText.IsCut(contact) && contact.Length <= StoredText.JsonString);

            // A control character in the display name does not empty From: the form counts for Lotus, and the reply goes to ck.lam.
            Assert.Equal("ck.lam@lotusam.com.hk", Assert.Single(submissions, s => s.SubscriberId == "HSN0093").From);

            // An address too long to be one is no address: its form waits for review, and nobody is answered.
            Assert.Contains(everywhere, r => r.Reason == "unknown_sender" && r.From.Length == 0);

            // Files that are no mail are kept for review with their reason and their content.
            var notMail = everywhere.Where(r => r.Reason == "not_mail").ToList();
            Assert.Equal(["dropped-form.docx", "notes.txt", "scan.jpg"], notMail.Select(r => r.AttachmentName).Order());
            Assert.All(notMail, r => Assert.False(string.IsNullOrEmpty(r.Blob)));
            Assert.Contains("zip package", notMail.Single(r => r.AttachmentName == "dropped-form.docx").Detail, StringComparison.Ordinal);
            Assert.True(review.Count > 0);

            // The right-to-left override is shown, never obeyed, in the reply.
            var replies = Directory.GetFiles(outbox).Select(f => MimeMessage.Load(f)).ToList();
            var toStranger = Assert.Single(replies, r => r.To.Mailboxes.Single().Address == "someone@partner.example");
            Assert.DoesNotContain("\u202E", toStranger.HtmlBody, StringComparison.Ordinal);
            Assert.Contains("[U+202E]", toStranger.HtmlBody, StringComparison.Ordinal);
            Assert.DoesNotContain("\u202E", toStranger.Subject, StringComparison.Ordinal);
            Assert.Contains(replies, r => r.To.Mailboxes.Single().Address == "ck.lam@lotusam.com.hk");

            // ... and on the report page and in the tracker.
            var output = Directory.CreateTempSubdirectory("hsn-hostile-report-").FullName;
            try
            {
                var (exit, _, stderr) = await h.RunCliAsync("report", "--circular", Circular, "--as-of", "2023-11-28T09:00:00+08:00", "--out", output);
                Assert.True(exit is 0 or 1, stderr);
                var page = await File.ReadAllTextAsync(Path.Combine(output, "report.html"));
                Assert.DoesNotContain('\u202E', page);
                Assert.Contains("[U+202E]", page, StringComparison.Ordinal);
                using var tracker = ZipFile.OpenRead(Path.Combine(output, "tracker.xlsx"));
                var text = string.Concat(tracker.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)).Select(e => new StreamReader(e.Open()).ReadToEnd()));
                Assert.DoesNotContain('\u202E', text);
                Assert.Contains("[U+202E]", text, StringComparison.Ordinal);
            }
            finally
            {
                Directory.Delete(output, recursive: true);
            }

            // Done is done: the second cycle passes over every file before reading one.
            var again = await h.Pipeline.RunCycleAsync(new FolderMailbox(folder, outbox), null, CancellationToken.None);
            Assert.Equal(11, again.Skipped);
            Assert.Equal(0, again.Review + again.Recorded + again.Acknowledged);
        }
        finally
        {
            if (Directory.Exists(outbox))
            {
                Directory.Delete(outbox, recursive: true);
            }
        }
    }

    [Fact]
    public async Task A_message_that_fails_every_time_goes_to_review_as_unprocessable_and_never_holds_up_the_others()
    {
        await using var h = await HarnessAsync();
        h.Mail("01-before", "tm.chan@acme.com.hk", "Intention form", Hkt(22, 9, 0), ("acme.docx", Asset("forms/libreoffice/intention-acme.docx")));
        h.Mail("02-poisoned", "ck.lam@lotusam.com.hk", "poison", Hkt(22, 9, 5), ("lotus.xlsx", Asset("forms/libreoffice/intention-lotus.xlsx")));
        h.Mail("03-after", "sf.lee@klnbaycap.com.hk", "Intention form", Hkt(22, 9, 10), ("kb.docx", Asset("forms/libreoffice/intention-decline-kowloon.docx")));
        h.Pipeline.BeforeTake = (mail, _) => mail.Subject == "poison" ? throw new InvalidDataException("a part no library can read") : Task.CompletedTask;
        var mailbox = h.FolderMailbox();

        var first = await h.Pipeline.RunCycleAsync(mailbox, null, CancellationToken.None);
        Assert.Equal(2, first.Recorded);
        Assert.Equal(1, first.Failed);
        var second = await h.Pipeline.RunCycleAsync(mailbox, null, CancellationToken.None);
        Assert.Equal((0, 1, 2), (second.Recorded, second.Failed, second.Skipped));
        var third = await h.Pipeline.RunCycleAsync(mailbox, null, CancellationToken.None);
        Assert.Equal((0, 1), (third.Failed, third.Review));

        var item = Assert.Single(await h.Get<ReviewStore>().ListAsync(null, CancellationToken.None));
        Assert.Equal("unprocessable", item.Reason);
        Assert.Contains("3 times", item.Detail, StringComparison.Ordinal);
        Assert.Contains("a part no library can read", item.Detail, StringComparison.Ordinal);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(h.MailFolder, "02-poisoned.eml")), await h.Get<MailArchive>().ReadAsync(item.Blob!, CancellationToken.None));

        var fourth = await h.Pipeline.RunCycleAsync(mailbox, null, CancellationToken.None);
        Assert.Equal((3, 0), (fourth.Skipped, fourth.Failed));
    }

    [Fact]
    public async Task A_message_that_fails_every_time_through_Graph_lets_the_others_be_recorded_and_marked_at_once()
    {
        await using var h = await HarnessAsync();
        await using var graph = await GraphSimulator.GraphSimulator.StartAsync(new GraphSimulatorOptions());
        graph.AddMessage(Bytes(Message("g1", "tm.chan@acme.com.hk", "Intention form", Hkt(22, 9, 0), ("acme.docx", Asset("forms/libreoffice/intention-acme.docx")))), Hkt(22, 9, 0));
        var poisoned = graph.AddMessage(Bytes(Message("g2", "ck.lam@lotusam.com.hk", "poison", Hkt(22, 9, 5), ("lotus.xlsx", Asset("forms/libreoffice/intention-lotus.xlsx")))), Hkt(22, 9, 5));
        graph.AddMessage(Bytes(Message("g3", "sf.lee@klnbaycap.com.hk", "Intention form", Hkt(22, 9, 10), ("kb.docx", Asset("forms/libreoffice/intention-decline-kowloon.docx")))), Hkt(22, 9, 10));
        h.Pipeline.BeforeTake = (mail, _) => mail.Subject == "poison" ? throw new InvalidDataException("a part no library can read") : Task.CompletedTask;
        var options = new GraphOptions { BaseUrl = graph.BaseUrl.ToString(), Mailbox = graph.Mailbox };
        GraphMailbox Mailbox() => new(GraphClients.Create(options), options, h.Get<MailboxSyncState>(), TimeProvider.System, NullLogger<GraphMailbox>.Instance);

        var first = await h.Pipeline.RunCycleAsync(Mailbox(), null, CancellationToken.None);
        Assert.Equal((2, 1), (first.Recorded, first.Failed));
        Assert.Equal(2, graph.Messages.Count(m => m.Categories.Contains("HSN Forms: recorded")));

        // The read position is kept while the message is tried again; what was finished is passed over unread.
        var second = await h.Pipeline.RunCycleAsync(Mailbox(), null, CancellationToken.None);
        Assert.Equal((1, 2), (second.Failed, second.Skipped));
        var third = await h.Pipeline.RunCycleAsync(Mailbox(), null, CancellationToken.None);
        Assert.Equal((0, 1), (third.Failed, third.Review));
        Assert.Contains("HSN Forms: recorded", graph.Messages.Single(m => m.Id == poisoned.Id).Categories);
        Assert.Equal("unprocessable", Assert.Single(await h.Get<ReviewStore>().ListAsync(null, CancellationToken.None)).Reason);

        var quiet = await h.Pipeline.RunCycleAsync(Mailbox(), null, CancellationToken.None);
        Assert.Equal(0, quiet.Messages);
    }

    [Fact]
    public async Task A_message_over_the_size_limit_is_archived_whole_kept_for_review_and_its_sender_told()
    {
        await using var h = await HarnessAsync(new Dictionary<string, string?> { ["Intake:MaxMessageBytes"] = "65536" });
        var padding = new byte[120_000];
        new Random(10).NextBytes(padding);
        var path = Path.Combine(h.MailFolder, "big.eml");
        await File.WriteAllBytesAsync(path, Raw(Headers("tm.chan@acme.com.hk", "HDS/23/1109 forms and our photos", "big@acme.com.hk", Hkt(22, 10, 0), Passed("acme.com.hk")),
            ("intention.docx", Asset("forms/libreoffice/intention-acme.docx")), ("photos.zip", padding)));
        h.Mail("small", "sf.lee@klnbaycap.com.hk", "Intention form", Hkt(22, 11, 0), ("kb.docx", Asset("forms/libreoffice/intention-decline-kowloon.docx")));
        var outbox = h.Outbox;

        var summary = await h.Pipeline.RunCycleAsync(h.FolderMailbox(), null, CancellationToken.None);

        Assert.Equal(1, summary.Recorded);
        var item = Assert.Single(await h.Get<ReviewStore>().ListAsync(null, CancellationToken.None));
        Assert.Equal("too_large", item.Reason);
        Assert.Equal(await File.ReadAllBytesAsync(path), await h.Get<MailArchive>().ReadAsync(item.Blob!, CancellationToken.None));
        Assert.Contains("Intake__MaxMessageBytes", item.Detail, StringComparison.Ordinal);
        var told = Directory.GetFiles(outbox).Select(f => MimeMessage.Load(f)).Single(m => m.To.Mailboxes.Single().Address == "tm.chan@acme.com.hk");
        Assert.Contains("send the form on its own", told.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_address_gets_more_acknowledgements_in_a_day_than_the_cap_however_much_mail_comes_in_its_name()
    {
        await using var h = await HarnessAsync(new Dictionary<string, string?> { ["Intake:MaxAcknowledgementsPerAddressPerDay"] = "2" });
        h.Mail("01", "tm.chan@acme.com.hk", "Intention form", Hkt(22, 9, 0), ("a.docx", Asset("forms/libreoffice/intention-acme.docx")));
        h.Mail("02", "tm.chan@acme.com.hk", "Result form", Hkt(22, 9, 5), ("r.docx", Asset("forms/libreoffice/result-acme.docx")));
        h.Mail("03", "TM.Chan@Acme.com.hk", "Intention form again", Hkt(22, 9, 10), ("c.docx", Asset("forms/wordxml/intention-content-controls.docx")));

        var first = await h.Pipeline.RunCycleAsync(h.FolderMailbox(), null, CancellationToken.None);
        h.Mail("04", "tm.chan@acme.com.hk", "One more", Hkt(22, 9, 15), ("l.xlsx", Asset("forms/libreoffice/intention-lotus.xlsx")));
        var second = await h.Pipeline.RunCycleAsync(h.FolderMailbox(), null, CancellationToken.None);

        // The same address however it is written; the count is kept across cycles.
        Assert.Equal((2, 1), (first.Acknowledged, first.Unanswered));
        Assert.Equal((0, 1), (second.Acknowledged, second.Unanswered));
        Assert.Equal(2, Directory.GetFiles(h.Outbox).Length);
    }

    [Fact]
    public async Task Another_message_that_only_shares_a_finished_messages_id_is_still_read()
    {
        await using var h = await HarnessAsync();
        var first = Message("copied-template", "tm.chan@acme.com.hk", "Intention form", Hkt(22, 9, 0), ("i.docx", Asset("forms/libreoffice/intention-acme.docx")));
        first.WriteTo(Path.Combine(h.MailFolder, "01.eml"));
        await h.Pipeline.RunCycleAsync(h.FolderMailbox(), null, CancellationToken.None);

        // A mail program (or a person copying a file) reused the Message-ID for a different message.
        var second = Message("copied-template", "tm.chan@acme.com.hk", "Result form", Hkt(27, 9, 0), ("r.docx", Asset("forms/libreoffice/result-acme.docx")));
        second.WriteTo(Path.Combine(h.MailFolder, "02.eml"));
        File.Copy(Path.Combine(h.MailFolder, "01.eml"), Path.Combine(h.MailFolder, "03-same-again.eml"));
        var again = await h.Pipeline.RunCycleAsync(h.FolderMailbox(), null, CancellationToken.None);

        Assert.Equal(1, again.Recorded);
        Assert.Equal(2, again.Skipped);
        Assert.Equal(["intention", "result"], (await h.Get<SubmissionStore>().ListAsync("HDS/23/1109", CancellationToken.None)).Select(s => s.Form).Order());
    }
}
