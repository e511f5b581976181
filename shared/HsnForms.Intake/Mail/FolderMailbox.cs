using System.Globalization;
using System.Runtime.CompilerServices;
using MimeKit;

namespace HsnForms.Intake.Mail;

/// <summary>
/// A folder of .eml files as the mailbox: the local default and the back-fill of old mail. Every file in
/// it is looked at, whatever its name: each is a message, or a file that is not mail (kept for review
/// with that reason), so nothing in the folder is passed over without a word; only the files an operating
/// system or version control keeps in every folder (hidden ones, Thumbs.db) are no one's mail. Replies are written as .eml
/// files to an outbox, by default out/outbox under the current folder: the mailbox folder is only ever
/// read, so a mailbox inside a repository or on a read-only share stays as it was.
/// </summary>
public sealed class FolderMailbox(string folder, string? outbox = null) : IMailbox
{
    /// <summary>The service-desk address replies are written from.</summary>
    public const string DefaultAddress = "hsservicedesk@hkex.com.hk";

    /// <summary>Where replies go when no outbox is named: out/outbox, as every other local output goes under out/.</summary>
    public static string DefaultOutbox => Path.GetFullPath(Path.Combine("out", "outbox"));

    private readonly string _outbox = Path.GetFullPath(outbox ?? DefaultOutbox);

    public string Name => "folder:" + Path.GetFullPath(folder);

    public string Outbox => _outbox;

    public string Address => DefaultAddress;

    public bool ListsEverything => true;

    public async IAsyncEnumerable<IncomingMail> ReadNewAsync(MailboxReading reading, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"no mailbox folder {folder}");
        }

        // An outbox someone placed inside the mailbox folder holds our replies, not mail to take.
        var outboxFull = _outbox;
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFullPath(f).StartsWith(outboxFull + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !IsHousekeeping(Path.GetRelativePath(folder, f)))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var source = Path.GetRelativePath(folder, file);
            FileInfo info;
            try
            {
                info = new FileInfo(file);
                if (!info.Exists)
                {
                    continue;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            var stamp = string.Create(CultureInfo.InvariantCulture, $"{info.Length}:{info.LastWriteTimeUtc.Ticks}");
            if (reading.Finished.SkipSource(source, stamp))
            {
                continue;
            }

            // A file with no Received or Date header arrived when it was written into the folder.
            var arrived = new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero);
            yield return await ReadAsync(file, source, stamp, info.Length, arrived, reading.MaxMessageBytes, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<IncomingMail> ReadAsync(string file, string source, string stamp, long length, DateTimeOffset arrived, long maxBytes, CancellationToken cancellationToken)
    {
        IncomingMail Failed(string why) => new() { SourceId = source, SourceStamp = stamp, From = "", ReceivedAt = arrived, Size = length, ReadFailure = why };
        try
        {
            if (length > maxBytes)
            {
                return await TooLargeAsync(file, source, stamp, length, arrived, cancellationToken).ConfigureAwait(false);
            }

            var raw = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
            return MailFile.Read(raw, source, arrived, Address) with { SourceStamp = stamp, LoadMime = _ => Task.FromResult<ReadOnlyMemory<byte>>(raw) };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failed($"the file could not be read ({ex.Message})");
        }
    }

    /// <summary>
    /// Files the operating system or version control keeps in any folder, never put there as mail: hidden
    /// (dot) files and folders (.DS_Store, macOS's ._ companions, .gitkeep, .git), Thumbs.db, desktop.ini.
    /// </summary>
    private static bool IsHousekeeping(string relative) =>
        relative.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'))
        || Path.GetFileName(relative).ToLowerInvariant() is "thumbs.db" or "desktop.ini" or "ehthumbs.db";

    /// <summary>A message over the size limit: only its headers are read; the archive copies it as a stream.</summary>
    private async Task<IncomingMail> TooLargeAsync(string file, string source, string stamp, long length, DateTimeOffset arrived, CancellationToken cancellationToken)
    {
        HeaderList headers;
        await using (var stream = File.OpenRead(file))
        {
            headers = await MailFile.HeadersAsync(stream, cancellationToken).ConfigureAwait(false);
        }

        var message = new MimeMessage();
        foreach (var header in headers)
        {
            message.Headers.Add(header);
        }

        var (from, name) = MailAddress.SenderOf(message);
        return new IncomingMail
        {
            SourceId = source,
            SourceStamp = stamp,
            InternetMessageId = message.MessageId,
            From = from,
            FromName = name,
            Subject = message.Subject ?? "",
            ReceivedAt = MimeMail.ReceivedAt(message, arrived),
            Headers = message.Headers,
            Size = length,
            TooLarge = true,
            OpenMime = _ => Task.FromResult<Stream>(File.OpenRead(file)),
        };
    }

    public async Task ReplyAsync(IReadOnlyList<(IncomingMail Original, OutgoingMail Reply)> replies, CancellationToken cancellationToken)
    {
        foreach (var (original, reply) in replies)
        {
            var message = OutgoingMime.Compose(reply, Address, original.InternetMessageId);
            await WriteAsync(message, $"{original.MessageKey}-reply.eml", cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task SendAsync(IReadOnlyList<OutgoingMail> messages, CancellationToken cancellationToken)
    {
        foreach (var mail in messages)
        {
            var message = OutgoingMime.Compose(mail, Address, null);
            var name = $"{DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}-{Storage.TableKeys.Hash(mail.Subject + string.Join(',', mail.To))}.eml";
            await WriteAsync(message, name, cancellationToken).ConfigureAwait(false);
        }
    }

    public Task MarkProcessedAsync(IReadOnlyList<IncomingMail> messages, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task CompleteAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task WriteAsync(MimeMessage message, string name, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_outbox);
        await message.WriteToAsync(Path.Combine(_outbox, name), cancellationToken).ConfigureAwait(false);
    }
}
