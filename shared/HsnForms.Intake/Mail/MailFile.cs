using MimeKit;

namespace HsnForms.Intake.Mail;

/// <summary>
/// A file that should hold one message (.eml), read the way mail programs save them: a byte-order mark,
/// blank or white-space lines before the headers, or an mbox "From " line are passed over, so such a
/// message is still a message. A file that is no mail at all (a document, a picture, an Outlook .msg, a
/// text with no headers) says why, for review.
/// </summary>
public static class MailFile
{
    private static readonly byte[] s_ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] s_bom = [0xEF, 0xBB, 0xBF];
    private static readonly byte[] s_zip = [(byte)'P', (byte)'K', 3, 4];

    /// <summary>Headers any message has at least one of; a file with none of them is no message.</summary>
    private static readonly HeaderId[] s_mailHeaders = [HeaderId.From, HeaderId.Sender, HeaderId.Date, HeaderId.MessageId, HeaderId.Received, HeaderId.Subject, HeaderId.ReturnPath, HeaderId.To];

    public static IncomingMail Read(byte[] raw, string source, DateTimeOffset arrived, string? ownAddress)
    {
        IncomingMail NotMail(string why) => new() { SourceId = source, From = "", ReceivedAt = arrived, Size = raw.Length, NotMail = why };
        if (WhyNotMail(raw) is { } why)
        {
            return NotMail(why);
        }

        try
        {
            var text = WithLineFeeds(raw);
            var start = Start(text);
            using var stream = new MemoryStream(text, start, text.Length - start, writable: false);
            // Persistent: the parts' content stays in the file's bytes instead of being copied.
            var message = MimeMessage.Load(ParserOptions.Default, stream, persistent: true);
            if (!s_mailHeaders.Any(id => message.Headers.Contains(id)))
            {
                return NotMail("it has none of the headers a mail message has (From, Date, Subject, Received, ...)");
            }

            return MimeMail.FromMime(message, source, null, raw, arrived, ownAddress);
        }
        catch (FormatException ex)
        {
            return NotMail($"it is not a mail message ({ex.Message})");
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // A message that trips a library: tried again, and kept for review as unprocessable if it keeps failing.
            return new IncomingMail { SourceId = source, From = "", ReceivedAt = arrived, Size = raw.Length, ReadFailure = $"{ex.GetType().Name}: {ex.Message}" };
        }
    }

    /// <summary>
    /// A message saved with the old Mac's line ends (carriage returns alone) has them as CRLF, which mail
    /// parsers read; any other message is returned as it is. The archive keeps the file as it came.
    /// </summary>
    public static byte[] WithLineFeeds(byte[] raw)
    {
        var head = raw.AsSpan(0, Math.Min(raw.Length, 64 * 1024));
        if (head.Contains((byte)'\n') || !head.Contains((byte)'\r'))
        {
            return raw;
        }

        var crs = raw.AsSpan().Count((byte)'\r');
        var text = new byte[raw.Length + crs];
        var j = 0;
        foreach (var b in raw)
        {
            text[j++] = b;
            if (b == (byte)'\r')
            {
                text[j++] = (byte)'\n';
            }
        }

        return text;
    }

    /// <summary>The headers of a message in a stream, for one too large to read whole.</summary>
    public static async Task<HeaderList> HeadersAsync(Stream stream, CancellationToken cancellationToken)
    {
        var head = new byte[4096];
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        if (WhyNotMail(head.AsSpan(0, read)) is not null)
        {
            return [];
        }

        stream.Position = Start(head.AsSpan(0, read));
        try
        {
            return await HeaderList.LoadAsync(stream, cancellationToken).ConfigureAwait(false);
        }
        catch (FormatException)
        {
            return [];
        }
    }

    /// <summary>Why the content is plainly no mail (a document, a zip, an Outlook .msg, nothing at all), or null.</summary>
    public static string? WhyNotMail(ReadOnlySpan<byte> raw)
    {
        if (raw.Trim(" \t\r\n"u8).IsEmpty)
        {
            return "the file is empty";
        }

        if (raw.StartsWith(s_ole))
        {
            return "it is an Outlook .msg file (or another Office binary file), not a message in internet format: save the mail as .eml";
        }

        if (raw.StartsWith(s_zip))
        {
            return "it is a zip package (a Word or Excel file, or a zip), not a mail message";
        }

        if (raw.StartsWith("%PDF"u8))
        {
            return "it is a PDF document, not a mail message";
        }

        return null;
    }

    /// <summary>Where the message starts: after a byte-order mark, leading white space and blank lines, and an mbox "From " line.</summary>
    public static int Start(ReadOnlySpan<byte> raw)
    {
        var i = raw.StartsWith(s_bom) ? s_bom.Length : 0;
        while (i < raw.Length && raw[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        if (raw[i..].StartsWith("From "u8))
        {
            var end = raw[i..].IndexOf((byte)'\n');
            if (end >= 0)
            {
                i += end + 1;
            }
        }

        return i;
    }
}
