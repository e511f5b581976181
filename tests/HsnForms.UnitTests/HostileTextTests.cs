using System.Text;
using System.Text.Json;
using HsnForms.Intake.Mail;
using HsnForms.Intake.Storage;
using HsnForms.Intake.Text;
using MimeKit;

namespace HsnForms.UnitTests;

/// <summary>Text from mail made safe to store and to show, and files read as mail the way mail programs save them.</summary>
public sealed class HostileTextTests
{
    [Theory]
    [InlineData("invoice\u202Efdp.exe", "invoice[U+202E]fdp.exe")]
    [InlineData("a\u2066b\u2069c", "a[U+2066]b[U+2069]c")]
    [InlineData("bell\u0007 and nul\0", "bell[U+0007] and nul[U+0000]")]
    [InlineData("c1\u0085next", "c1[U+0085]next")]
    [InlineData("tab\tand\nlines\r\nkept", "tab\tand\nlines\r\nkept")]
    [InlineData("陳大文 😀 Acme", "陳大文 😀 Acme")]
    public void Bidi_and_control_characters_are_shown_never_obeyed(string text, string shown) =>
        Assert.Equal(shown, ReadableText.Clean(text));

    [Fact]
    public void A_broken_surrogate_is_shown_as_the_replacement_character() =>
        Assert.Equal("broken \uFFFD surrogate", ReadableText.Clean(new string(['b', 'r', 'o', 'k', 'e', 'n', ' ', (char)0xD800, ' ', 's', 'u', 'r', 'r', 'o', 'g', 'a', 't', 'e'])));

    [Fact]
    public void One_line_text_has_its_breaks_as_single_spaces() =>
        Assert.Equal("Result form from Acme", ReadableText.Line("Result form\r\n\tfrom Acme"));

    [Fact]
    public void Clean_text_is_returned_as_it_is() =>
        Assert.Same("Acme Securities Ltd", ReadableText.Clean("Acme Securities Ltd"));

    [Fact]
    public void A_value_too_long_for_its_column_keeps_its_start_its_length_and_a_hash_of_the_whole()
    {
        var value = new string('x', 40_000);
        var stored = StoredText.Bound(value, StoredText.Line);
        Assert.True(stored.Length <= StoredText.Line);
        Assert.StartsWith("xxxx", stored, StringComparison.Ordinal);
        Assert.Contains("40,000 characters", stored, StringComparison.Ordinal);
        Assert.Contains(TableKeys.Hash(value), stored, StringComparison.Ordinal);
        Assert.True(StoredText.IsCut(stored));
        Assert.Equal("short", StoredText.Bound("short", StoredText.Line));
    }

    [Fact]
    public void A_cut_never_splits_a_character_of_two_halves()
    {
        var stored = StoredText.Bound(string.Concat(Enumerable.Repeat("😀", 2_000)), 1_000);
        Assert.DoesNotContain('\uFFFD', Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(stored)));
    }

    [Fact]
    public void A_form_whose_fields_are_too_long_is_stored_as_json_that_still_reads()
    {
        var fields = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["subscriber_id"] = "HSN0427",
            ["contact_name"] = new string('W', 33_000),
            ["services"] = Enumerable.Range(0, 5_000).Select(i => $"SERVICE-{i}-" + new string('s', 20)).ToArray(),
        });

        var stored = StoredText.BoundJson(fields);

        Assert.True(stored.Length <= StoredText.Json);
        using var document = JsonDocument.Parse(stored);
        if (document.RootElement.TryGetProperty("subscriber_id", out var id))
        {
            Assert.Equal("HSN0427", id.GetString());
        }
    }

    [Fact]
    public void A_usual_form_is_stored_exactly_as_it_was_read()
    {
        const string fields = "{\"subscriber_id\":\"HSN0427\",\"contact_name\":\"Chan Tai Man\"}";
        Assert.Same(fields, StoredText.BoundJson(fields));
    }

    [Theory]
    [InlineData("\"Chan Tai Man\" <TM.Chan@Acme.COM.hk>", "tm.chan@acme.com.hk")]
    [InlineData("  <tm.chan@acme.com.hk>  ", "tm.chan@acme.com.hk")]
    [InlineData("tm.chan\u202E@acme.com.hk", "tm.chan@acme.com.hk")]
    [InlineData("no address here", "")]
    [InlineData("a@b@c.example", "")]
    public void A_senders_address_has_one_form_for_matching_and_replying(string raw, string normal) =>
        Assert.Equal(normal, MailAddress.Normalise(MailAddress.FromRaw(raw) is { Length: > 0 } found ? found : raw));

    [Fact]
    public void An_address_longer_than_any_address_is_no_address() =>
        Assert.Equal("", MailAddress.Normalise(new string('f', 300) + "@acme.com.hk"));

    [Fact]
    public void A_control_character_in_the_display_name_does_not_lose_the_sender()
    {
        var raw = Encoding.UTF8.GetBytes("From: \"Chan\u0001Tai Man\" <tm.chan@acme.com.hk>\r\nSubject: x\r\nDate: Wed, 22 Nov 2023 10:00:00 +0800\r\n\r\nbody\r\n");
        var mail = MailFile.Read(raw, "x.eml", DateTimeOffset.UnixEpoch, null);
        Assert.Equal("tm.chan@acme.com.hk", mail.From);
    }

    [Theory]
    [InlineData(" \r\n")]
    [InlineData("\r\n\r\n")]
    [InlineData("\t \n")]
    [InlineData("\uFEFF")]
    [InlineData("From tm.chan@acme.com.hk Wed Nov 22 10:00:00 2023\n")]
    public void A_message_saved_with_something_before_its_headers_is_still_a_message(string before)
    {
        var raw = Encoding.UTF8.GetBytes(before + "From: tm.chan@acme.com.hk\r\nSubject: Intention form\r\nMessage-ID: <x@acme.com.hk>\r\n\r\nbody\r\n");
        var mail = MailFile.Read(raw, "x.eml", DateTimeOffset.UnixEpoch, null);
        Assert.Null(mail.NotMail);
        Assert.Equal(("tm.chan@acme.com.hk", "Intention form"), (mail.From, mail.Subject));
    }

    [Fact]
    public void A_message_saved_with_the_old_macs_line_ends_is_still_a_message()
    {
        var raw = Encoding.UTF8.GetBytes("From: tm.chan@acme.com.hk\rSubject: Intention form\rMessage-ID: <x@acme.com.hk>\rMIME-Version: 1.0\rContent-Type: text/plain\r\rbody\r");
        var mail = MailFile.Read(raw, "x.eml", DateTimeOffset.UnixEpoch, null);
        Assert.Null(mail.NotMail);
        Assert.Equal(("tm.chan@acme.com.hk", "Intention form"), (mail.From, mail.Subject));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("just a line of notes\nand another\n", "")]
    public void A_file_that_is_no_mail_says_why(string content, string why)
    {
        var mail = MailFile.Read(Encoding.UTF8.GetBytes(content), "x.txt", DateTimeOffset.UnixEpoch, null);
        Assert.Contains(why, mail.NotMail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("forms/libreoffice/intention-acme.docx", "zip package")]
    [InlineData("bad/scan.pdf", "PDF")]
    [InlineData("bad/intention-acme.doc", "Outlook .msg")]
    public void A_document_dropped_into_the_mailbox_folder_is_no_mail(string asset, string why) =>
        Assert.Contains(why, MailFile.Read(Assets.Bytes(asset), "x", DateTimeOffset.UnixEpoch, null).NotMail, StringComparison.Ordinal);

    [Fact]
    public void Our_answers_say_they_are_automatic_and_ours()
    {
        var reply = OutgoingMime.Compose(new OutgoingMail(["tm.chan@acme.com.hk"], "RE: x", "<p>x</p>"), "hsservicedesk@hkex.com.hk", "<m1@acme.com.hk>");
        Assert.Equal("auto-replied", reply.Headers["Auto-Submitted"]);
        Assert.Equal("acknowledgement", reply.Headers["X-HSN-Forms"]);
        Assert.Equal("m1@acme.com.hk", reply.InReplyTo);
        var reminder = OutgoingMime.Compose(new OutgoingMail(["tm.chan@acme.com.hk"], "Reminder", "<p>x</p>") { Kind = OutgoingKind.Reminder }, "hsservicedesk@hkex.com.hk", null);
        Assert.Equal("auto-generated", reminder.Headers["Auto-Submitted"]);
        Assert.Equal("reminder", reminder.Headers["X-HSN-Forms"]);
    }
}
