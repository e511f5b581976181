using System.Text.Json;
using HsnForms.Intake.Mail;
using HsnForms.Intake.Storage;
using MimeKit;
using static HsnForms.IntegrationTests.IntakeHarness;

namespace HsnForms.IntegrationTests;

/// <summary>
/// The mail corpus tests/assets/mail (made by Outlook-like writers, TNEF, Apple Mail's layout, mutt,
/// s-nail, mpack, openssl and by hand) ingested through the real <c>hsnforms ingest</c> on Azurite,
/// checked message by message against tests/assets/mail/expected.json.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class OtherMailClientsTests(Azurite azurite)
{
    private const string Circular = "HDS/23/1109";

    /// <summary>The one message with no Received or Date header: the time its file was written into the folder counts.</summary>
    private static readonly DateTimeOffset s_fileArrived = Hkt(23, 9, 30);

    private sealed record Expected(string File, DateTimeOffset? ReceivedAt, List<(string Form, string Subscriber, string Attachment)> Recorded, int Duplicates, List<string> Review);

    private static List<Expected> LoadExpected()
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Azurite.RepositoryRoot, "tests", "assets", "mail", "expected.json")));
        return [.. document.RootElement.EnumerateArray().Select(e => new Expected(
            e.GetProperty("file").GetString()!,
            e.GetProperty("received_at").ValueKind == JsonValueKind.Null ? null : e.GetProperty("received_at").GetDateTimeOffset(),
            [.. e.GetProperty("recorded").EnumerateArray().Select(r => (r.GetProperty("form").GetString()!, r.GetProperty("subscriber_id").GetString()!, r.GetProperty("attachment").GetString()!))],
            e.TryGetProperty("duplicates", out var d) ? d.GetInt32() : 0,
            e.TryGetProperty("review", out var r) ? [.. r.EnumerateArray().Select(x => x.GetString()!)] : []))];
    }

    private static async Task<IntakeHarness> MailboxOfOtherClientsAsync(Azurite azurite)
    {
        var h = new IntakeHarness(azurite);
        await h.ImportRegisterAsync(await File.ReadAllTextAsync(Path.Combine(Azurite.RepositoryRoot, "samples", "register.csv")));
        await h.ImportCircularAsync();
        foreach (var file in Directory.GetFiles(Path.Combine(Azurite.RepositoryRoot, "tests", "assets", "mail"), "*.eml"))
        {
            File.Copy(file, Path.Combine(h.MailFolder, Path.GetFileName(file)));
        }

        File.SetLastWriteTimeUtc(Path.Combine(h.MailFolder, "17-no-date-no-received.eml"), s_fileArrived.UtcDateTime);
        return h;
    }

    private static string MessageKey(string path)
    {
        var message = MimeMessage.Load(path);
        return new IncomingMail { SourceId = Path.GetFileName(path), InternetMessageId = message.MessageId, From = "", ReceivedAt = default }.MessageKey;
    }

    [Fact]
    public async Task Every_message_from_another_mail_program_has_its_forms_recorded_once_or_a_reason_for_review()
    {
        await using var h = await MailboxOfOtherClientsAsync(azurite);
        var expected = LoadExpected();

        var (exit, stdout, stderr) = await h.RunCliAsync("ingest", "--mailbox", h.MailFolder, "--json");

        Assert.True(exit == 0, stderr);
        using var summary = JsonDocument.Parse(stdout);
        Assert.Equal(expected.Count, summary.RootElement.GetProperty("messages").GetInt32());
        Assert.Equal(expected.Sum(e => e.Recorded.Count), summary.RootElement.GetProperty("recorded").GetInt32());
        Assert.Equal(expected.Sum(e => e.Duplicates), summary.RootElement.GetProperty("duplicates").GetInt32());
        Assert.Equal(expected.Sum(e => e.Review.Count), summary.RootElement.GetProperty("review").GetInt32());

        var submissions = await h.Get<SubmissionStore>().ListAsync(Circular, CancellationToken.None);
        var review = await h.Get<ReviewStore>().ListAsync(Circular, CancellationToken.None);
        foreach (var message in expected)
        {
            var key = MessageKey(Path.Combine(h.MailFolder, message.File));
            var recorded = submissions.Where(s => s.MessageKey == key).ToList();
            Assert.True(
                message.Recorded.Order().SequenceEqual(recorded.Select(s => (s.Form, s.SubscriberId, s.AttachmentName)).Order()),
                $"{message.File}: expected [{string.Join("; ", message.Recorded)}], recorded [{string.Join("; ", recorded.Select(s => (s.Form, s.SubscriberId, s.AttachmentName)))}]");
            Assert.All(recorded, s => Assert.Equal(message.ReceivedAt ?? s_fileArrived, s.ReceivedAt));
            var reasons = review.Where(r => r.MessageKey == key).Select(r => r.Reason).Order().ToList();
            Assert.True(message.Review.Order().SequenceEqual(reasons), $"{message.File}: expected review [{string.Join(", ", message.Review)}], got [{string.Join(", ", reasons)}]");
        }

        // What the service desk reads for the zip: the form inside is named, and the sender is told what to do.
        var zip = Assert.Single(review, r => r.AttachmentName == "PS2 forms.zip");
        Assert.Contains("result-acme.docx", zip.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingesting_the_other_programs_mail_again_records_nothing_twice()
    {
        await using var h = await MailboxOfOtherClientsAsync(azurite);

        await h.RunCliAsync("ingest", "--mailbox", h.MailFolder, "--json");
        var (exit, stdout, stderr) = await h.RunCliAsync("ingest", "--mailbox", h.MailFolder, "--json");

        Assert.True(exit == 0, stderr);
        using var again = JsonDocument.Parse(stdout);
        Assert.Equal(0, again.RootElement.GetProperty("recorded").GetInt32());
        Assert.Equal(0, again.RootElement.GetProperty("review").GetInt32());
        Assert.Equal(LoadExpected().Sum(e => e.Recorded.Count + e.Duplicates), again.RootElement.GetProperty("duplicates").GetInt32());
    }
}
