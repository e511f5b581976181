using System.Text.RegularExpressions;
using HsnForms.Intake.Mail;
using MimeKit;

namespace HsnForms.Intake.Screening;

/// <summary>A recipient a delivery report names: delivery failed for good (permanent), or is only delayed.</summary>
public sealed record BouncedRecipient(string Address, bool Permanent, string? Status, string? Diagnostic);

/// <summary>
/// A bounce: a delivery status notification (RFC 3464, multipart/report with message/delivery-status, as
/// Postfix, Exim, Gmail and Exchange send them), or the older kinds a MAILER-DAEMON writes by hand. The
/// files it carries are the returned message's (our own blank form, often), never a sender's forms.
/// </summary>
/// <param name="Recipients">Whom delivery failed for, from the report's per-recipient fields (Original-Recipient before Final-Recipient), else X-Failed-Recipients, else the returned message's To.</param>
/// <param name="OwnKind">What we sent that bounced (acknowledgement, reminder, digest, or mail from the service desk), or null when the returned message is not ours.</param>
/// <param name="OriginalSubject">The returned message's subject, where the report carries it.</param>
public sealed partial record DeliveryReport(IReadOnlyList<BouncedRecipient> Recipients, string? OwnKind, string? OriginalSubject)
{
    public bool OfOurs => OwnKind is not null;

    /// <summary>Whether a message's headers say it may be a report, so its MIME is worth reading as one.</summary>
    public static bool MayBe(HeaderList headers, string from) =>
        headers["X-MS-Exchange-Message-Is-Ndr"] is not null || headers["X-Failed-Recipients"] is not null
        || FromDaemon(headers, from) || NoReply().IsMatch(MailAddress.LocalPart(from))
        || (headers["Return-Path"] is { } returnPath && returnPath.Trim() == "<>")
        || (headers[HeaderId.ContentType] is { } type && ContentType.TryParse(type, out var parsed) && parsed.IsMimeType("multipart", "report"));

    /// <summary>A mail server's own sender: its address, or its From header however written ("Mail Delivery Subsystem &lt;MAILER-DAEMON&gt;").</summary>
    private static bool FromDaemon(HeaderList headers, string from) =>
        Daemon().IsMatch(MailAddress.LocalPart(from)) || (headers[HeaderId.From] is { } raw && DaemonText().IsMatch(raw));

    /// <summary>The report a message is, or null when it is not one.</summary>
    public static DeliveryReport? Read(MimeMessage message, string? ownAddress)
    {
        var statuses = message.BodyParts.OfType<MessageDeliveryStatus>().ToList();
        var type = message.Body?.ContentType;
        var isReport = type is not null && type.IsMimeType("multipart", "report")
            && (type.Parameters["report-type"] is not { } reportType || reportType.Equals("delivery-status", StringComparison.OrdinalIgnoreCase));
        var from = MailAddress.SenderOf(message).Address;
        var original = Original(message);
        var bounceSubject = Subject().IsMatch(message.Subject ?? "");
        var nullReturnPath = message.Headers["Return-Path"] is { } returnPath && returnPath.Trim() == "<>";

        // The older kinds: a MAILER-DAEMON (however its From is written, "MAILER-DAEMON <>" included) or a sender no
        // person reads, returning the message or saying in its subject that delivery failed.
        var byMachine = (FromDaemon(message.Headers, from) && (original is not null || bounceSubject || nullReturnPath))
            || ((nullReturnPath || NoReply().IsMatch(MailAddress.LocalPart(from))) && bounceSubject);
        if (!isReport && statuses.Count == 0 && message.Headers["X-MS-Exchange-Message-Is-Ndr"] is null && message.Headers["X-Failed-Recipients"] is null && !byMachine)
        {
            return null;
        }

        var recipients = new List<BouncedRecipient>();
        foreach (var status in statuses)
        {
            foreach (var group in status.StatusGroups.Skip(1))
            {
                var action = group["Action"]?.Trim().ToLowerInvariant() ?? "failed";
                if (action is "delivered" or "relayed" or "expanded")
                {
                    continue;
                }

                var address = Recipient(group["Original-Recipient"]) is { Length: > 0 } originalRecipient ? originalRecipient : Recipient(group["Final-Recipient"]);
                if (address.Length > 0)
                {
                    var code = group["Status"]?.Trim();
                    recipients.Add(new BouncedRecipient(address, action == "failed" || code?.StartsWith('5') == true, code, Shorten(group["Diagnostic-Code"])));
                }
            }
        }

        if (recipients.Count == 0 && message.Headers["X-Failed-Recipients"] is { } failed)
        {
            recipients.AddRange(failed.Split(',').Select(MailAddress.FromRaw).Where(a => a.Length > 0).Select(a => new BouncedRecipient(a, true, null, null)));
        }

        if (recipients.Count == 0 && original is not null)
        {
            recipients.AddRange(original.To.Mailboxes.Select(m => MailAddress.Normalise(m.Address)).Where(a => a.Length > 0).Select(a => new BouncedRecipient(a, true, null, null)));
        }

        return new DeliveryReport([.. recipients.DistinctBy(r => r.Address)], KindOfOurs(message, original, ownAddress), original?.Subject);
    }

    /// <summary>The message returned with the report: message/rfc822, or just its headers (text/rfc822-headers).</summary>
    private static MimeMessage? Original(MimeMessage message) =>
        message.BodyParts.OfType<MessagePart>().Select(p => p.Message).FirstOrDefault(m => m is not null);

    private static string? KindOfOurs(MimeMessage report, MimeMessage? original, string? ownAddress)
    {
        if (original?.Headers[AutomaticMail.OwnHeader] is { } kind)
        {
            return kind.Trim();
        }

        var own = MailAddress.Normalise(ownAddress);
        if (original is not null && own.Length > 0 && MailAddress.SenderOf(original).Address == own)
        {
            return "mail from the service desk";
        }

        // Exchange's own reports quote the returned message's headers as text ("Original message headers:").
        foreach (var text in report.BodyParts.OfType<TextPart>().Take(4))
        {
            var body = text.Text ?? "";
            if (OwnHeaderLine().Match(body.Length > 200_000 ? body[..200_000] : body) is { Success: true } line)
            {
                return line.Groups[1].Value.Trim();
            }
        }

        return null;
    }

    private static string Recipient(string? field)
    {
        if (string.IsNullOrWhiteSpace(field))
        {
            return "";
        }

        var semicolon = field.IndexOf(';', StringComparison.Ordinal);
        return MailAddress.FromRaw(semicolon < 0 ? field : field[(semicolon + 1)..]);
    }

    private static string? Shorten(string? diagnostic)
    {
        if (diagnostic is null)
        {
            return null;
        }

        var flat = Spaces().Replace(diagnostic, " ").Trim();
        return flat.Length > 300 ? flat[..300] + "…" : flat;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(mailer-daemon|postmaster|mail-daemon|mailerdaemon)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Daemon();

    [GeneratedRegex(@"undeliver|returned (mail|to sender)|delivery (status|failure|failed|notification|has failed|problem)|failure notice|non-?delivery|not (be )?delivered|could not be delivered|mail delivery failed|error sending", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Subject();

    [GeneratedRegex(@"\b(mailer-daemon|mail-daemon|postmaster|mail delivery (subsystem|system))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DaemonText();

    [GeneratedRegex(@"^(no[-_.]?reply|do[-_.]?not[-_.]?reply)([-+_.].*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoReply();

    [GeneratedRegex(@"^X-HSN-Forms:[ \t]*(\S[^\r\n]*)", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex OwnHeaderLine();
}
