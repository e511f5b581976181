using System.Globalization;
using System.Runtime.CompilerServices;
using MimeKit;

namespace HsnForms.Intake.Mail;

/// <summary>
/// A folder of .eml files as the mailbox: the local default and the back-fill of old mail. Replies are
/// written as .eml files to an outbox, by default out/outbox under the current folder: the mailbox
/// folder is only ever read, so a mailbox inside a repository or on a read-only share stays as it was.
/// </summary>
public sealed class FolderMailbox(string folder, string? outbox = null) : IMailbox
{
    /// <summary>Where replies go when no outbox is named: out/outbox, as every other local output goes under out/.</summary>
    public static string DefaultOutbox => Path.GetFullPath(Path.Combine("out", "outbox"));

    private readonly string _outbox = Path.GetFullPath(outbox ?? DefaultOutbox);

    public string Name => "folder:" + Path.GetFullPath(folder);

    public string Outbox => _outbox;

    public async IAsyncEnumerable<IncomingMail> ReadNewAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"no mailbox folder {folder}");
        }

        // An outbox someone placed inside the mailbox folder holds our replies, not mail to take.
        var outboxFull = _outbox;
        var files = Directory.EnumerateFiles(folder, "*.eml", SearchOption.AllDirectories)
            .Where(f => !Path.GetFullPath(f).StartsWith(outboxFull + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var raw = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
            IncomingMail? mail;
            try
            {
                using var stream = new MemoryStream(raw);
                var message = await MimeMessage.LoadAsync(stream, cancellationToken).ConfigureAwait(false);
                // A file with no Received or Date header arrived when it was written into the folder.
                var arrived = new DateTimeOffset(File.GetLastWriteTimeUtc(file), TimeSpan.Zero);
                mail = MimeMail.FromMime(message, Path.GetRelativePath(folder, file), null, raw, arrived);
            }
            catch (FormatException)
            {
                // Not a message at all: nothing to take, and nothing to answer.
                mail = null;
            }

            if (mail is not null)
            {
                yield return mail;
            }
        }
    }

    public async Task ReplyAsync(IReadOnlyList<(IncomingMail Original, OutgoingMail Reply)> replies, CancellationToken cancellationToken)
    {
        foreach (var (original, reply) in replies)
        {
            var message = Compose(reply);
            if (original.InternetMessageId is { } id)
            {
                message.InReplyTo = id;
                message.References.Add(id);
            }

            await WriteAsync(message, $"{original.MessageKey}-reply.eml", cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task SendAsync(IReadOnlyList<OutgoingMail> messages, CancellationToken cancellationToken)
    {
        foreach (var mail in messages)
        {
            var message = Compose(mail);
            var name = $"{DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}-{Storage.TableKeys.Hash(mail.Subject + string.Join(',', mail.To))}.eml";
            await WriteAsync(message, name, cancellationToken).ConfigureAwait(false);
        }
    }

    public Task MarkProcessedAsync(IReadOnlyList<IncomingMail> messages, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task CompleteAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static MimeMessage Compose(OutgoingMail mail)
    {
        var message = new MimeMessage { Subject = mail.Subject };
        message.From.Add(new MailboxAddress("HKEX Hosting Services – Service Desk", "hsservicedesk@hkex.com.hk"));
        foreach (var to in mail.To)
        {
            message.To.Add(MailboxAddress.Parse(to));
        }

        var body = new BodyBuilder { HtmlBody = mail.HtmlBody };
        foreach (var (name, content) in mail.Attachments)
        {
            body.Attachments.Add(name, content.ToArray());
        }

        message.Body = body.ToMessageBody();
        return message;
    }

    private async Task WriteAsync(MimeMessage message, string name, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_outbox);
        await message.WriteToAsync(Path.Combine(_outbox, name), cancellationToken).ConfigureAwait(false);
    }
}
