using MimeKit;

namespace HsnForms.Intake.Mail;

/// <summary>
/// What intake sends, as MIME: from the service desk, to the one normalised address, with RFC 3834's
/// Auto-Submitted and our own headers, threaded under the message it answers.
/// </summary>
public static class OutgoingMime
{
    public const string DisplayName = "HKEX Hosting Services – Service Desk";

    public static MimeMessage Compose(OutgoingMail mail, string fromAddress, string? inReplyTo)
    {
        var message = new MimeMessage { Subject = mail.Subject };
        message.From.Add(new MailboxAddress(DisplayName, fromAddress));
        foreach (var to in mail.To)
        {
            message.To.Add(MailboxAddress.TryParse(to, out var parsed) ? parsed : new MailboxAddress("", to));
        }

        foreach (var (name, value) in mail.Headers)
        {
            message.Headers.Add(name, value);
        }

        if (inReplyTo is { Length: > 0 } id && id.Length <= 998)
        {
            try
            {
                message.InReplyTo = id;
                message.References.Add(id);
            }
            catch (Exception ex) when (ex is ArgumentException or FormatException)
            {
                // A Message-ID too broken to quote: the reply goes unthreaded rather than not at all.
            }
        }

        var body = new BodyBuilder { HtmlBody = mail.HtmlBody };
        foreach (var (name, content) in mail.Attachments)
        {
            body.Attachments.Add(name, content.ToArray());
        }

        message.Body = body.ToMessageBody();
        return message;
    }
}
