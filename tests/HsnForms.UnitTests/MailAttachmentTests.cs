using System.IO.Compression;
using HsnForms.Forms.Reading;
using HsnForms.Intake.Mail;
using MimeKit;
using MimeKit.Tnef;

namespace HsnForms.UnitTests;

/// <summary>
/// The files intake takes out of mail written by other programs (tests/assets/mail): what the service
/// desk would otherwise miss, see twice, or find under a garbled name.
/// </summary>
public sealed class MailAttachmentTests
{
    private static List<MailAttachment> FilesOf(string eml) => MimeMail.Attachments(MimeMessage.Load(Assets.PathOf("mail/" + eml)));

    private static IEnumerable<string> SentNames(string eml) => FilesOf(eml).Where(f => !f.IsDecoration).Select(f => f.Name);

    [Fact]
    public void Forms_sent_inside_an_Outlook_winmail_dat_are_taken_out_under_their_own_names()
    {
        var files = FilesOf("07-outlook-tnef-winmail-dat.eml");

        Assert.Equal(["Intention Form - Causeway.docx", "Result Form - Causeway.docx"], files.Select(f => f.Name));
        Assert.Equal(Assets.Bytes("forms/wordxml/intention-content-controls.docx"), files[0].Content.ToArray());
        Assert.Equal(Assets.Bytes("forms/wordxml/result-checkbox-controls.docx"), files[1].Content.ToArray());
    }

    [Fact]
    public void Forwards_nested_beyond_reason_and_forwards_that_cannot_be_opened_are_kept_not_dropped()
    {
        var innermost = new MimeMessage { Subject = "Intention" };
        innermost.Body = new BodyBuilder { Attachments = { { "intention.docx", Assets.Bytes("forms/wordxml/intention-content-controls.docx") } } }.ToMessageBody();
        var message = innermost;
        for (var level = 0; level < 12; level++)
        {
            message = new MimeMessage { Subject = $"FW: level {level}", Body = new Multipart("mixed") { new MessagePart { Message = message } } };
        }

        var broken = new MimeMessage
        {
            Body = new Multipart("mixed")
            {
                new TextPart("plain") { Text = "See the forwarded mail." },
                new MimePart("message", "rfc822") { Content = new MimeContent(new MemoryStream(new byte[] { 0x00, 0xFF, 0x00 })), ContentTransferEncoding = ContentEncoding.Base64 },
            },
        };

        var deep = Assert.Single(MimeMail.Attachments(message));
        var kept = Assert.Single(MimeMail.Attachments(broken));

        Assert.Equal("message/rfc822", deep.ContentType);
        Assert.NotEqual(0, deep.Content.Length);
        Assert.Equal("message/rfc822", kept.ContentType);
    }

    [Fact]
    public void A_winmail_dat_that_cannot_be_read_is_kept_whole_so_it_reaches_review()
    {
        var message = new MimeMessage();
        message.Body = new Multipart("mixed")
        {
            new TextPart("plain") { Text = "Forms attached." },
            new TnefPart { FileName = "winmail.dat", Content = new MimeContent(new MemoryStream("not TNEF at all"u8.ToArray())) },
        };

        var file = Assert.Single(MimeMail.Attachments(message));

        Assert.Equal("winmail.dat", file.Name);
        Assert.Equal("application/ms-tnef", file.ContentType);
    }

    [Fact]
    public void An_S_MIME_signature_is_not_taken_for_a_file_the_subscriber_sent()
    {
        Assert.Equal(["Result Form.xlsx"], SentNames("20-smime-signed.eml"));
    }

    [Fact]
    public void A_forwarded_message_sent_in_base64_is_opened_for_its_form()
    {
        var file = Assert.Single(FilesOf("22-forwarded-rfc822-base64.eml"));

        Assert.Equal("Intention (one-cell layout).eml / intention.xlsx", file.Name);
        Assert.Equal(Assets.Bytes("forms/sheetjs/intention-one-cell.xlsx"), file.Content.ToArray());
    }

    [Fact]
    public void A_form_two_forwards_deep_is_found()
    {
        Assert.EndsWith(" / Appendix A.docx", Assert.Single(SentNames("09-forwarded-two-levels.eml")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_with_no_file_name_is_taken_by_its_content_type()
    {
        var file = Assert.Single(FilesOf("12-docx-without-file-name.eml"));

        Assert.Equal("attachment-1.docx", file.Name);
        Assert.Equal(Assets.Bytes("forms/wordxml/result-wingdings-bad-date.docx"), file.Content.ToArray());
    }

    [Fact]
    public void A_photo_Apple_Mail_marks_inline_is_something_sent_but_a_picture_in_the_HTML_body_is_not()
    {
        Assert.Equal(["Result.xlsx", "IMG_0412.jpg"], SentNames("10-apple-mail-inline-disposition.eml"));

        var logo = new MimePart("image", "png") { FileName = "image001.png", ContentId = "image001.png@01DA1F2B", Content = new MimeContent(new MemoryStream([1, 2, 3])) };
        logo.ContentDisposition = new ContentDisposition(ContentDisposition.Inline) { FileName = "image001.png" };
        var message = new MimeMessage();
        message.Body = new Multipart("mixed")
        {
            new Multipart("related") { new TextPart("html") { Text = "<img src=\"cid:image001.png@01DA1F2B\">" }, logo },
            new MimePart("application", "octet-stream") { FileName = "form.docx", Content = new MimeContent(new MemoryStream([4, 5, 6])) },
        };

        Assert.Equal(["form.docx"], MimeMail.Attachments(message).Where(f => !f.IsDecoration).Select(f => f.Name));
    }

    [Theory]
    [InlineData("02-rfc2231-chinese-filename.eml", "意向表格.docx")]
    [InlineData("03-big5-encoded-word-filename.eml", "意向表格-九龍灣.docx")]
    [InlineData("04-gb2312-quoted-printable.eml", "结果表格.docx")]
    public void Chinese_file_names_read_as_the_subscriber_wrote_them(string eml, string name)
    {
        Assert.Equal([name], SentNames(eml));
    }

    [Fact]
    public void The_same_file_attached_twice_is_listed_twice_with_the_same_content()
    {
        // Listed as sent; the submission store counts the second one as a duplicate.
        var files = FilesOf("15-same-form-twice.eml");

        Assert.Equal(2, files.Count);
        Assert.Equal(files[0].Content.ToArray(), files[1].Content.ToArray());
    }

    [Fact]
    public async Task A_message_with_no_Received_or_Date_header_is_dated_when_its_file_arrived_never_year_one()
    {
        var folder = Directory.CreateTempSubdirectory("hsn-nodate-");
        try
        {
            var path = Path.Combine(folder.FullName, "no-date.eml");
            File.Copy(Assets.PathOf("mail/17-no-date-no-received.eml"), path);
            var arrived = new DateTimeOffset(2023, 11, 23, 1, 30, 0, TimeSpan.Zero);
            File.SetLastWriteTimeUtc(path, arrived.UtcDateTime);

            var mail = Assert.Single(await new FolderMailbox(folder.FullName).ReadNewAsync(MailboxReading.Default, CancellationToken.None).ToListAsync());

            Assert.Equal(arrived, mail.ReceivedAt);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Only_Received_headers_date_the_message_by_the_newest_one()
    {
        var message = MimeMessage.Load(Assets.PathOf("mail/18-received-headers-only.eml"));

        Assert.Equal(new DateTimeOffset(2023, 11, 27, 18, 5, 0, TimeSpan.FromHours(8)), MimeMail.ReceivedAt(message, DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public void A_zip_holding_a_form_is_rejected_with_a_reason_that_names_the_form_inside()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("PS2 forms/result-acme.docx").Open();
            entry.Write(Assets.Bytes("forms/libreoffice/result-acme.docx"));
        }

        var result = new FormReader().Read("PS2 forms.zip", buffer.ToArray());

        Assert.Equal(FormStatus.Rejected, result.Status);
        Assert.Equal("unsupported_type", result.Problems[0].Code);
        Assert.Contains("result-acme.docx", result.Problems[0].Message, StringComparison.Ordinal);
    }
}
