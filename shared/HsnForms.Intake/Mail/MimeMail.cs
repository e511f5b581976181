using MimeKit;
using MimeKit.Utils;

namespace HsnForms.Intake.Mail;

/// <summary>Turns a MIME message into an <see cref="IncomingMail"/>, forwarded messages opened and their files listed.</summary>
public static class MimeMail
{
    public static IncomingMail FromMime(MimeMessage message, string sourceId, DateTimeOffset? receivedAt, ReadOnlyMemory<byte> raw)
    {
        var from = message.From.Mailboxes.FirstOrDefault() ?? message.Sender;
        return new IncomingMail
        {
            SourceId = sourceId,
            InternetMessageId = message.MessageId,
            From = from?.Address?.Trim() ?? "",
            FromName = from?.Name,
            Subject = message.Subject ?? "",
            ReceivedAt = receivedAt ?? ReceivedAt(message),
            Attachments = Attachments(message),
            LoadMime = _ => Task.FromResult(raw),
        };
    }

    /// <summary>
    /// The time the receiving server stamped (the newest Received header); the sender's Date only when
    /// there is none, since a sender's clock or a draft saved yesterday must not decide lateness.
    /// </summary>
    public static DateTimeOffset ReceivedAt(MimeMessage message)
    {
        foreach (var header in message.Headers)
        {
            if (header.Id == HeaderId.Received)
            {
                var semicolon = header.Value.LastIndexOf(';');
                if (semicolon >= 0 && DateUtils.TryParse(header.Value[(semicolon + 1)..].Trim(), out var stamped))
                {
                    return stamped;
                }
            }
        }

        return message.Date;
    }

    public static List<MailAttachment> Attachments(MimeMessage message)
    {
        var list = new List<MailAttachment>();
        Collect(message, null, list);
        return list;
    }

    private static void Collect(MimeMessage message, string? forwardedAs, List<MailAttachment> list)
    {
        foreach (var entity in message.BodyParts)
        {
            switch (entity)
            {
                case MessagePart { Message: { } inner } forwarded:
                    // A forwarded message: its own files are what the subscriber meant to send.
                    Collect(inner, forwarded.ContentDisposition?.FileName ?? inner.Subject ?? "forwarded message", list);
                    break;
                case MimePart part when part.IsAttachment || part.FileName is not null && !part.ContentType.IsMimeType("text", "*"):
                    using (var content = new MemoryStream())
                    {
                        part.Content?.DecodeTo(content);
                        var name = part.FileName ?? $"attachment-{list.Count + 1}";
                        var inline = part.ContentDisposition?.Disposition == ContentDisposition.Inline || !string.IsNullOrEmpty(part.ContentId) && !part.IsAttachment;
                        list.Add(new MailAttachment(list.Count, forwardedAs is null ? name : $"{forwardedAs} / {name}", part.ContentType.MimeType, AttachmentKind.File, content.ToArray(), inline));
                    }

                    break;
            }
        }

        foreach (var reference in message.Headers.Where(h => h.Field.Equals("X-Reference-Attachment", StringComparison.OrdinalIgnoreCase)))
        {
            var (name, url) = SplitReference(reference.Value);
            list.Add(new MailAttachment(list.Count, name, "application/octet-stream", AttachmentKind.Reference, ReadOnlyMemory<byte>.Empty, SourceUrl: url));
        }
    }

    private static (string Name, string Url) SplitReference(string value)
    {
        var bar = value.IndexOf('|', StringComparison.Ordinal);
        return bar < 0 ? (value.Trim(), value.Trim()) : (value[..bar].Trim(), value[(bar + 1)..].Trim());
    }
}
