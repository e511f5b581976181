using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using MimeKit;

namespace HsnForms.GraphSimulator.Internal;

/// <summary>What a MIME message becomes in Graph's model, before it gets ids.</summary>
internal sealed class ParsedMime
{
    public required string InternetMessageId { get; init; }

    public required string Subject { get; init; }

    public SimulatedAddress? From { get; init; }

    public SimulatedAddress? Sender { get; init; }

    public required List<SimulatedAddress> To { get; init; }

    public required List<SimulatedAddress> Cc { get; init; }

    public required List<SimulatedAddress> Bcc { get; init; }

    public required List<SimulatedAddress> ReplyTo { get; init; }

    public DateTimeOffset? Date { get; init; }

    public required string BodyType { get; init; }

    public required string Body { get; init; }

    public required string Importance { get; init; }

    public required string ThreadKey { get; init; }

    public required List<ParsedAttachment> Attachments { get; init; }
}

internal sealed record ParsedAttachment(SimulatedAttachmentKind Kind, string Name, string ContentType, byte[] Content, bool IsInline, string? ContentId, string? SourceUrl);

internal static partial class Mime
{
    public const string ReferenceHeader = "X-Simulator-Reference-Attachment";

    public static ParsedMime Parse(byte[] mime)
    {
        using var stream = new MemoryStream(mime, writable: false);
        var message = MimeMessage.Load(stream);
        return Parse(message);
    }

    public static ParsedMime Parse(MimeMessage message)
    {
        var attachments = new List<ParsedAttachment>();
        if (message.Body is not null)
        {
            Walk(message.Body, attachments, inRelated: false);
        }

        foreach (var header in message.Headers.Where(h => h.Field.Equals(ReferenceHeader, StringComparison.OrdinalIgnoreCase)))
        {
            var value = header.Value.Trim();
            var bar = value.IndexOf('|', StringComparison.Ordinal);
            var name = (bar < 0 ? value : value[..bar]).Trim();
            var url = bar < 0 ? "" : value[(bar + 1)..].Trim();
            attachments.Add(new ParsedAttachment(SimulatedAttachmentKind.Reference, name, MimeTypes.GetMimeType(name), [], false, null, url));
        }

        var (bodyType, body) = message.HtmlBody is { } html
            ? ("html", html)
            : ("text", message.TextBody ?? "");

        var messageId = string.IsNullOrEmpty(message.MessageId)
            ? $"<{Guid.NewGuid():N}@simulator.invalid>"
            : $"<{message.MessageId}>";
        var root = message.References.Count > 0 ? message.References[0] : message.InReplyTo ?? message.MessageId ?? NormalizeSubject(message.Subject ?? "");

        return new ParsedMime
        {
            InternetMessageId = messageId,
            Subject = message.Subject ?? "",
            From = message.From.Mailboxes.Select(ToAddress).FirstOrDefault(),
            Sender = message.Sender is { } s ? ToAddress(s) : message.From.Mailboxes.Select(ToAddress).FirstOrDefault(),
            To = [.. message.To.Mailboxes.Select(ToAddress)],
            Cc = [.. message.Cc.Mailboxes.Select(ToAddress)],
            Bcc = [.. message.Bcc.Mailboxes.Select(ToAddress)],
            ReplyTo = [.. message.ReplyTo.Mailboxes.Select(ToAddress)],
            Date = message.Date == DateTimeOffset.MinValue ? null : message.Date,
            BodyType = bodyType,
            Body = body,
            Importance = message.Importance switch
            {
                MessageImportance.High => "high",
                MessageImportance.Low => "low",
                _ => "normal",
            },
            ThreadKey = root,
            Attachments = attachments,
        };
    }

    public static SimulatedAddress ToAddress(MailboxAddress m) =>
        new(string.IsNullOrEmpty(m.Name) ? m.Address : m.Name, m.Address);

    public static string NormalizeSubject(string subject) =>
        SubjectPrefixRegex().Replace(subject, "").Trim();

    /// <summary>Outlook's bodyPreview: the first 255 characters of the text, white space folded.</summary>
    public static string Preview(string bodyType, string body)
    {
        var text = bodyType == "html" ? HtmlToText(body) : body;
        text = WhitespaceRegex().Replace(text, " ").Trim();
        return text.Length <= 255 ? text : text[..255];
    }

    public static string HtmlToText(string html)
    {
        var noHead = HeadRegex().Replace(html, " ");
        var blocks = BlockTagRegex().Replace(noHead, " ");
        var noTags = TagRegex().Replace(blocks, "");
        return WebUtility.HtmlDecode(noTags);
    }

    /// <summary>Graph returns bodies as HTML by default; a text body is wrapped the way Exchange does it.</summary>
    public static string AsHtml(string bodyType, string body) => bodyType == "html"
        ? body
        : "<html><head>\r\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body><div>"
          + WebUtility.HtmlEncode(body).Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "<br>\r\n", StringComparison.Ordinal)
          + "</div></body></html>";

    public static string AsText(string bodyType, string body) => bodyType == "html" ? HtmlToText(body).Trim() : body;

    /// <summary>MIME for a message that was built through the API (drafts, sent items).</summary>
    public static byte[] Build(MessageState m)
    {
        var message = new MimeMessage
        {
            Subject = m.Subject,
            Date = m.SentAt,
            MessageId = m.InternetMessageId.Trim('<', '>'),
        };
        if (m.From is { } from)
        {
            message.From.Add(new MailboxAddress(from.Name, from.Address));
        }

        message.To.AddRange(m.To.Select(a => new MailboxAddress(a.Name, a.Address)));
        message.Cc.AddRange(m.Cc.Select(a => new MailboxAddress(a.Name, a.Address)));
        var builder = new BodyBuilder();
        if (m.BodyType == "html")
        {
            builder.HtmlBody = m.Body;
        }
        else
        {
            builder.TextBody = m.Body;
        }

        foreach (var a in m.Attachments)
        {
            switch (a.Kind)
            {
                case SimulatedAttachmentKind.File:
                    builder.Attachments.Add(a.Name, a.Content, ContentType.Parse(a.ContentType));
                    break;
                case SimulatedAttachmentKind.Item:
                    using (var s = new MemoryStream(a.Content))
                    {
                        builder.Attachments.Add(new MessagePart { Message = MimeMessage.Load(s) });
                    }

                    break;
                default:
                    break;
            }
        }

        message.Body = builder.ToMessageBody();
        using var output = new MemoryStream();
        message.WriteTo(output);
        return output.ToArray();
    }

    private static void Walk(MimeEntity entity, List<ParsedAttachment> attachments, bool inRelated)
    {
        switch (entity)
        {
            case Multipart multipart:
                var related = multipart.ContentType.IsMimeType("multipart", "related");
                for (var i = 0; i < multipart.Count; i++)
                {
                    // The root of multipart/related is the body; its other parts are inline resources.
                    Walk(multipart[i], attachments, related && i > 0);
                }

                break;
            case MessagePart { Message: not null } part:
                using (var output = new MemoryStream())
                {
                    part.Message.WriteTo(output);
                    var subject = part.Message.Subject;
                    var name = !string.IsNullOrWhiteSpace(subject) ? subject : part.ContentDisposition?.FileName ?? "Untitled";
                    attachments.Add(new ParsedAttachment(SimulatedAttachmentKind.Item, name, "message/rfc822", output.ToArray(), false, null, null));
                }

                break;
            case MimePart part:
                var isBodyText = part is TextPart && !part.IsAttachment && string.IsNullOrEmpty(part.FileName) && !inRelated;
                if (isBodyText)
                {
                    break;
                }

                using (var content = new MemoryStream())
                {
                    part.Content?.DecodeTo(content);
                    var contentType = part.ContentType.MimeType;
                    var inline = !part.IsAttachment && (inRelated || part.ContentDisposition?.Disposition == ContentDisposition.Inline || !string.IsNullOrEmpty(part.ContentId));
                    var fileName = part.FileName;
                    if (string.IsNullOrEmpty(fileName))
                    {
                        fileName = MimeTypes.TryGetExtension(contentType, out var ext) ? $"ATT{attachments.Count + 1:D5}{ext}" : $"ATT{attachments.Count + 1:D5}.bin";
                    }

                    attachments.Add(new ParsedAttachment(SimulatedAttachmentKind.File, fileName, contentType, content.ToArray(), inline, part.ContentId, null));
                }

                break;
            default:
                break;
        }
    }

    public static string Utf8(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    [GeneratedRegex(@"^\s*((re|fw|fwd|aw|wg|sv|vs|答复|回复|转发)\s*:\s*)+", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectPrefixRegex();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();

    [GeneratedRegex(@"<(head|style|script)[^>]*>.*?</\1>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HeadRegex();

    [GeneratedRegex(@"<\s*/?\s*(p|div|br|tr|td|th|li|ul|ol|table|h[1-6]|hr|blockquote)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTagRegex();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex TagRegex();
}
