using MimeKit;

namespace HsnForms.GraphSimulator.Tests;

/// <summary>Builds the kinds of mail subscribers send: forms attached, forwarded, or linked from OneDrive.</summary>
internal static class TestMail
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static readonly DateTimeOffset Start = new(2023, 11, 24, 1, 0, 0, TimeSpan.Zero);

    /// <summary>Bytes that look like a zip (an Office file) and differ per name.</summary>
    public static byte[] FakeOffice(string name) => [0x50, 0x4B, 0x03, 0x04, .. System.Text.Encoding.UTF8.GetBytes("fake office file " + name), 0x00, 0xFF, 0x10];

    public static byte[] Form(int n, string? attachmentName = null, string from = "ops@acme-securities.example")
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress($"Acme Ops {n}", from));
        message.To.Add(new MailboxAddress("HKEX Service Desk", "hsservicedesk@hkex.com.hk"));
        message.Subject = $"HDS/23/1109 intention form {n}";
        message.MessageId = $"form-{n}@acme-securities.example";
        message.Date = Start.AddMinutes(n);
        var body = new BodyBuilder { TextBody = $"Please find our form {n} attached." };
        var name = attachmentName ?? $"intention-{n}.docx";
        body.Attachments.Add(name, FakeOffice(name), ContentType.Parse(name.EndsWith(".xlsx", StringComparison.Ordinal) ? XlsxType : DocxType));
        message.Body = body.ToMessageBody();
        return Bytes(message);
    }

    /// <summary>A message that carries a .docx, a forwarded message (message/rfc822) with an .xlsx inside, and a OneDrive link.</summary>
    public static byte[] Mixed()
    {
        var inner = new MimeMessage();
        inner.From.Add(new MailboxAddress("Beta Broker", "it@beta-broker.example"));
        inner.To.Add(new MailboxAddress("Acme Ops", "ops@acme-securities.example"));
        inner.Subject = "Result form for HDS/23/1109";
        inner.MessageId = "inner-1@beta-broker.example";
        inner.Date = Start.AddDays(-1);
        var innerBody = new BodyBuilder { TextBody = "Our result form." };
        innerBody.Attachments.Add("result.xlsx", FakeOffice("result.xlsx"), ContentType.Parse(XlsxType));
        inner.Body = innerBody.ToMessageBody();

        var outer = new MimeMessage();
        outer.From.Add(new MailboxAddress("Acme Ops", "ops@acme-securities.example"));
        outer.To.Add(new MailboxAddress("HKEX Service Desk", "hsservicedesk@hkex.com.hk"));
        outer.Cc.Add(new MailboxAddress("Acme Compliance", "compliance@acme-securities.example"));
        outer.Subject = "FW: Result form for HDS/23/1109";
        outer.MessageId = "outer-1@acme-securities.example";
        outer.Date = Start;
        outer.Headers.Add("X-Simulator-Reference-Attachment", "intention.docx|https://acme.sharepoint.example/intention.docx");
        var body = new BodyBuilder { HtmlBody = "<p>Forwarding <b>Beta</b>'s form, ours is attached.</p>" };
        body.Attachments.Add("intention.docx", FakeOffice("intention.docx"), ContentType.Parse(DocxType));
        body.Attachments.Add(new MessagePart { Message = inner });
        outer.Body = body.ToMessageBody();
        return Bytes(outer);
    }

    private static byte[] Bytes(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return stream.ToArray();
    }
}
