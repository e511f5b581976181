using HsnForms.Intake.Screening;
using MimeKit;
using MimeKit.Cryptography;
using MimeKit.Tnef;
using MimeKit.Utils;

namespace HsnForms.Intake.Mail;

/// <summary>Turns a MIME message into an <see cref="IncomingMail"/>, forwarded messages opened and their files listed.</summary>
public static class MimeMail
{
    /// <param name="whenNothingSays">
    /// The moment to use when the message carries neither a Received stamp nor a readable Date (a folder
    /// mailbox passes the time the file arrived), so such a message is never dated year 1.
    /// </param>
    /// <param name="ownAddress">The service desk's address, by which a bounce of our own mail is known.</param>
    public static IncomingMail FromMime(MimeMessage message, string sourceId, DateTimeOffset? receivedAt, ReadOnlyMemory<byte> raw, DateTimeOffset whenNothingSays, string? ownAddress = null)
    {
        var (from, name) = MailAddress.SenderOf(message);
        var report = DeliveryReport.Read(message, ownAddress);
        return new IncomingMail
        {
            SourceId = sourceId,
            InternetMessageId = message.MessageId,
            From = from,
            FromName = name,
            Subject = message.Subject ?? "",
            ReceivedAt = receivedAt ?? ReceivedAt(message, whenNothingSays),
            // A bounce carries the returned message's files (our own blank form, often): they are nobody's forms.
            Attachments = report is null ? Attachments(message) : [],
            LoadMime = _ => Task.FromResult(raw),
            Headers = message.Headers,
            Size = raw.Length,
            DeliveryReport = report,
        };
    }

    /// <summary>
    /// The time the receiving server stamped (the newest Received header); the sender's Date only when
    /// there is none, since a sender's clock or a draft saved yesterday must not decide lateness.
    /// </summary>
    public static DateTimeOffset ReceivedAt(MimeMessage message) => ReceivedAt(message, message.Date);

    /// <summary>As <see cref="ReceivedAt(MimeMessage)"/>, with the moment to use when the message has no readable Received or Date header.</summary>
    public static DateTimeOffset ReceivedAt(MimeMessage message, DateTimeOffset whenNothingSays)
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

        // MimeKit gives DateTimeOffset.MinValue for a missing or unreadable Date: that would make any form on time.
        return message.Date != DateTimeOffset.MinValue ? message.Date : whenNothingSays;
    }

    public static List<MailAttachment> Attachments(MimeMessage message)
    {
        var list = new List<MailAttachment>();
        Collect(message, null, list, 0);
        return list;
    }

    /// <summary>Forwards inside forwards are opened this deep; deeper ones are kept whole for review.</summary>
    private const int MaxForwardDepth = 8;

    private static readonly string[] s_signatureTypes = ["application/pkcs7-signature", "application/x-pkcs7-signature", "application/pgp-signature"];

    private static void Collect(MimeMessage message, string? forwardedAs, List<MailAttachment> list, int depth)
    {
        if (message.Body is { } body)
        {
            Walk(body, inRelated: false, forwardedAs, list, depth);
        }

        foreach (var reference in message.Headers.Where(h => h.Field.Equals("X-Reference-Attachment", StringComparison.OrdinalIgnoreCase)))
        {
            var (name, url) = SplitReference(reference.Value);
            list.Add(new MailAttachment(list.Count, name, "application/octet-stream", AttachmentKind.Reference, ReadOnlyMemory<byte>.Empty, SourceUrl: url));
        }
    }

    private static void Walk(MimeEntity entity, bool inRelated, string? forwardedAs, List<MailAttachment> list, int depth)
    {
        switch (entity)
        {
            case MultipartSigned { Count: > 0 } signed:
                // The signed content only: the signature beside it (smime.p7s, signature.asc) is no file anyone sent.
                Walk(signed[0], inRelated, forwardedAs, list, depth);
                break;
            case Multipart multipart:
                var related = inRelated || multipart.ContentType.IsMimeType("multipart", "related");
                foreach (var child in multipart)
                {
                    Walk(child, related, forwardedAs, list, depth);
                }

                break;
            case MessagePart { Message: { } inner } forwarded when depth < MaxForwardDepth:
                // A forwarded message: its own files are what the subscriber meant to send.
                Collect(inner, Forwarded(forwardedAs, forwarded.ContentDisposition?.FileName ?? inner.Subject), list, depth + 1);
                break;
            case MessagePart { Message: { } deep } tooDeep:
                // Forwards nested beyond reason are kept whole for review, never dropped.
                using (var content = new MemoryStream())
                {
                    deep.WriteTo(content);
                    var name = tooDeep.ContentDisposition?.FileName ?? "forwarded message.eml";
                    list.Add(new MailAttachment(list.Count, forwardedAs is null ? name : $"{forwardedAs} / {name}", "message/rfc822", AttachmentKind.File, content.ToArray()));
                }

                break;
            case TnefPart tnef:
                CollectTnef(tnef, inRelated, forwardedAs, list, depth);
                break;
            case MimePart part when part.ContentType.IsMimeType("message", "rfc822") && depth < MaxForwardDepth && TryLoadMessage(part) is { } inner:
                // A forwarded message sent base64 or quoted-printable, which MIME does not allow and some clients do.
                Collect(inner, Forwarded(forwardedAs, part.FileName ?? inner.Subject), list, depth + 1);
                break;
            case MimePart part when IsSentFile(part):
                var sentName = part.FileName is { Length: > 0 } fileName ? fileName : $"attachment-{list.Count + 1}{Extension(part.ContentType)}";
                list.Add(new MailAttachment(list.Count, forwardedAs is null ? sentName : $"{forwardedAs} / {sentName}", part.ContentType.MimeType, AttachmentKind.File, Decoded(part), IsBodyPicture(part, inRelated)));
                break;
        }
    }

    /// <summary>
    /// A part's content, decoded into one buffer sized from its encoded length: a large attachment is held
    /// once, not grown by doubling and copied again.
    /// </summary>
    private static ReadOnlyMemory<byte> Decoded(MimePart part)
    {
        if (part.Content is not { } content)
        {
            return ReadOnlyMemory<byte>.Empty;
        }

        var encoded = content.Stream is { CanSeek: true } stream ? stream.Length : 0;
        var estimate = content.Encoding == ContentEncoding.Base64 ? encoded / 4 * 3 + 3 : encoded;
        using var decoded = new MemoryStream((int)Math.Clamp(estimate, 0, Array.MaxLength));
        content.DecodeTo(decoded);
        return new ReadOnlyMemory<byte>(decoded.GetBuffer(), 0, (int)decoded.Length);
    }

    /// <summary>
    /// A part someone attached: marked as an attachment, or named and not text, or a document type
    /// even with no name at all. Message bodies (text without a name) and signatures are not.
    /// </summary>
    private static bool IsSentFile(MimePart part)
    {
        var type = part.ContentType;
        if (s_signatureTypes.Any(t => type.MimeType.Equals(t, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        if (part.IsAttachment || !string.IsNullOrEmpty(part.FileName) && !type.IsMimeType("text", "*") || type.IsMimeType("message", "rfc822"))
        {
            // A forwarded message that could not be opened is kept as it came.
            return true;
        }

        return type.MediaType.Equals("application", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A picture shown in the body (a signature logo, an Outlook image001.png): inline, and part of an
    /// HTML body or referred to by Content-ID. Apple Mail marks every attached picture inline, so an
    /// inline picture that is neither, such as a photo of a signed form, still counts as sent.
    /// </summary>
    private static bool IsBodyPicture(MimePart part, bool inRelated) =>
        !part.IsAttachment && (inRelated || !string.IsNullOrEmpty(part.ContentId));

    /// <summary>
    /// Outlook's rich text sends the files inside winmail.dat; they are taken out as if attached. A
    /// winmail.dat that cannot be read is kept as it is, so it reaches review with its reason.
    /// </summary>
    private static void CollectTnef(TnefPart tnef, bool inRelated, string? forwardedAs, List<MailAttachment> list, int depth)
    {
        var before = list.Count;
        try
        {
            foreach (var attachment in tnef.ExtractAttachments())
            {
                Walk(attachment, inRelated, forwardedAs, list, depth);
            }
        }
        catch (Exception ex) when (ex is TnefException or FormatException or ArgumentException or IOException or EndOfStreamException or InvalidOperationException)
        {
            list.RemoveRange(before, list.Count - before);
        }

        if (list.Count == before)
        {
            using var content = new MemoryStream();
            tnef.Content?.DecodeTo(content);
            var name = tnef.FileName ?? "winmail.dat";
            list.Add(new MailAttachment(list.Count, forwardedAs is null ? name : $"{forwardedAs} / {name}", tnef.ContentType.MimeType, AttachmentKind.File, content.ToArray()));
        }
    }

    private static MimeMessage? TryLoadMessage(MimePart part)
    {
        using var content = new MemoryStream();
        part.Content?.DecodeTo(content);
        content.Position = 0;
        try
        {
            var message = MimeMessage.Load(content);
            return message.Headers.Count > 0 ? message : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string Forwarded(string? outer, string? name)
    {
        var here = string.IsNullOrWhiteSpace(name) ? "forwarded message" : name;
        return outer is null ? here : $"{outer} / {here}";
    }

    private static string Extension(ContentType type) => MimeTypes.TryGetExtension(type.MimeType, out var extension) ? extension : "";

    private static (string Name, string Url) SplitReference(string value)
    {
        var bar = value.IndexOf('|', StringComparison.Ordinal);
        return bar < 0 ? (value.Trim(), value.Trim()) : (value[..bar].Trim(), value[(bar + 1)..].Trim());
    }
}
