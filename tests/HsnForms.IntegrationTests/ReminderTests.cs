using System.Text.Json;
using HsnForms.Cli;
using HsnForms.Intake.Mail;
using MimeKit;
using static HsnForms.IntegrationTests.IntakeHarness;

namespace HsnForms.IntegrationTests;

[Collection(AzuriteCollection.Name)]
public sealed class ReminderTests(Azurite azurite)
{
    [Fact]
    public async Task Reminders_go_once_to_those_still_outstanding_with_the_blank_form()
    {
        await using var h = new IntakeHarness(azurite);
        await h.ImportRegisterAsync(Register);
        await h.ImportCircularAsync();
        h.Mail("acme", "tm.chan@acme.com.hk", "Intention", Hkt(22, 9, 0), ("a.docx", Asset("forms/libreoffice/intention-acme.docx")));
        await h.Pipeline.RunCycleAsync(h.FolderMailbox(), null, CancellationToken.None);
        var outbox = Directory.CreateTempSubdirectory("hsn-reminders-").FullName;

        try
        {
            var (_, raw, _) = await h.RunCliAsync("remind", "--circular", "HDS/23/1109", "--as-of", "2023-11-23T09:30:00+08:00", "--dry-run", "--json");
            var dry = JsonDocument.Parse(raw).RootElement;
            // Times read as the report's do, "+08:00" and not "\u002B08:00", for anyone grepping the output.
            Assert.Contains("\"slot\":\"2023-11-23T09:00:00+08:00\"", raw, StringComparison.Ordinal);
            var first = await Run(h, "remind", "--circular", "HDS/23/1109", "--as-of", "2023-11-23T09:30:00+08:00", "--json", "--mailbox", h.MailFolder, "--outbox", outbox);
            var second = await Run(h, "remind", "--circular", "HDS/23/1109", "--as-of", "2023-11-23T10:30:00+08:00", "--json", "--mailbox", h.MailFolder, "--outbox", outbox);

            // Acme answered on time; Jade Dragon is registered by domain only, so it has no address to remind.
            string[] expected = ["HSN0761:intention:before_due"];
            Assert.Equal(expected, Reminders(dry));
            Assert.Equal(expected, Reminders(first));
            Assert.Empty(Reminders(second));
            // ... but it is listed, not silently dropped.
            var cannot = Assert.Single(dry.GetProperty("cannot_remind").EnumerateArray());
            Assert.Equal("HSN0350", cannot.GetProperty("subscriber_id").GetString());
            Assert.Equal("cannot be reminded: no registered address", cannot.GetProperty("reason").GetString());
            var (_, text, _) = await h.RunCliAsync("remind", "--circular", "HDS/23/1109", "--as-of", "2023-11-23T09:30:00+08:00", "--dry-run");
            Assert.Contains("HSN0350  intention  pending     cannot be reminded: no registered address", text, StringComparison.Ordinal);

            var sent = Directory.GetFiles(outbox).Select(f => MimeMessage.Load(f)).ToList();
            Assert.Single(sent);
            var vp = sent.Single(m => m.To.Mailboxes.Any(a => a.Address == "meiling.ho@vpfutures.com.hk"));
            Assert.Contains("24 Nov 2023 23:59 HKT", vp.HtmlBody, StringComparison.Ordinal);
            Assert.Contains("HSN0761", vp.HtmlBody, StringComparison.Ordinal);
            Assert.Single(vp.Attachments, a => a is MimePart { FileName: { } name } && name.EndsWith(".docx", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(outbox, recursive: true);
        }
    }

    private static string[] Reminders(JsonElement output) =>
        [.. output.GetProperty("reminders").EnumerateArray().Select(r => $"{r.GetProperty("subscriber_id").GetString()}:{r.GetProperty("form").GetString()}:{r.GetProperty("kind").GetString()}")];

    private static async Task<JsonElement> Run(IntakeHarness h, params string[] args)
    {
        var (exit, output, error) = await h.RunCliAsync(args);
        Assert.True(exit == 0, error);
        return JsonDocument.Parse(output).RootElement.Clone();
    }
}
