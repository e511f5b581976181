using System.Text;
using HsnForms.Intake.Mail;
using HsnForms.Intake.Screening;
using MimeKit;

namespace HsnForms.UnitTests;

/// <summary>Single messages from tests/assets/mail/screening, and header lines as servers write them, judged one by one.</summary>
public sealed class ScreeningTests
{
    private static MimeMessage Load(string file) => MimeMessage.Load(Assets.PathOf("mail/screening/" + file));

    private static HeaderList HeadersOf(params string[] lines)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n\r\n"));
        return HeaderList.Load(stream);
    }

    private static AuthenticationOutcome Judge(string file)
    {
        var message = Load(file);
        return SenderAuthentication.Judge(message.Headers, MailAddress.SenderOf(message).Address).Outcome;
    }

    [Theory]
    [InlineData("01-exchange-pass.eml", AuthenticationOutcome.Pass)]
    [InlineData("02-exchange-dmarc-fail.eml", AuthenticationOutcome.Fail)]
    [InlineData("03-spf-dkim-fail-no-dmarc.eml", AuthenticationOutcome.Fail)]
    [InlineData("04-exchange-none.eml", AuthenticationOutcome.Unverified)]
    [InlineData("05-exchange-compauth-softpass.eml", AuthenticationOutcome.Pass)]
    [InlineData("06-internal-authas.eml", AuthenticationOutcome.Pass)]
    [InlineData("07-forged-pass-below.eml", AuthenticationOutcome.Fail)]
    [InlineData("08-gmail-pass.eml", AuthenticationOutcome.Pass)]
    public void Each_servers_authentication_results_are_read_as_it_meant_them(string file, AuthenticationOutcome expected) =>
        Assert.Equal(expected, Judge(file));

    [Fact]
    public void Mail_with_no_authentication_results_says_nothing_either_way()
    {
        var verdict = SenderAuthentication.Judge(HeadersOf("From: a@acme.com.hk", "Subject: x"), "a@acme.com.hk");
        Assert.Equal(AuthenticationOutcome.NotStated, verdict.Outcome);
    }

    [Fact]
    public void An_spf_pass_for_another_domain_does_not_vouch_for_the_from_address()
    {
        // The forger's own domain passes SPF; the From domain publishes no DMARC record.
        var verdict = SenderAuthentication.Judge(HeadersOf(
            "Authentication-Results: spf=pass (sender IP is 198.51.100.7) smtp.mailfrom=bulk-mailer.example; dkim=none (message not signed) header.d=none;dmarc=none action=none header.from=acme.com.hk"),
            "tm.chan@acme.com.hk");
        Assert.Equal(AuthenticationOutcome.Unverified, verdict.Outcome);
    }

    [Fact]
    public void A_dkim_pass_of_a_subdomain_aligns_with_its_parent()
    {
        var verdict = SenderAuthentication.Judge(HeadersOf(
            "Authentication-Results: mx.example; dkim=pass header.d=mail.acme.com.hk header.s=s1; spf=none smtp.mailfrom=acme.com.hk"),
            "tm.chan@acme.com.hk");
        Assert.Equal(AuthenticationOutcome.Pass, verdict.Outcome);
    }

    [Fact]
    public void With_a_trusted_server_named_only_its_results_count()
    {
        var headers = HeadersOf(
            "Authentication-Results: mx.forger.example; dmarc=pass header.from=acme.com.hk",
            "Authentication-Results: mx1.hkex.com.hk; dmarc=fail header.from=acme.com.hk");
        Assert.Equal(AuthenticationOutcome.Pass, SenderAuthentication.Judge(headers, "tm.chan@acme.com.hk").Outcome);
        Assert.Equal(AuthenticationOutcome.Fail, SenderAuthentication.Judge(headers, "tm.chan@acme.com.hk", "mx1.hkex.com.hk").Outcome);
    }

    [Fact]
    public void A_header_the_strict_parser_refuses_is_still_read_for_its_results()
    {
        var verdict = SenderAuthentication.Judge(HeadersOf("Authentication-Results: spf=fail (sender IP is 198.51.100.7 smtp.mailfrom=acme.com.hk;; dmarc=fail (p=reject header.from=acme.com.hk"), "tm.chan@acme.com.hk");
        Assert.Equal(AuthenticationOutcome.Fail, verdict.Outcome);
    }

    [Theory]
    [InlineData("09-outlook-out-of-office.eml", "Auto-Submitted: auto-generated")]
    [InlineData("10-gmail-vacation.eml", "Auto-Submitted: auto-replied")]
    [InlineData("11-postfix-bounce-of-reminder.eml", "mailer-daemon@")]
    [InlineData("12-exchange-ndr-of-acknowledgement.eml", "Auto-Submitted: auto-replied")]
    [InlineData("13-mailman-list-with-form.eml", "Precedence: list")]
    [InlineData("14-google-groups-with-form.eml", "Precedence: list")]
    [InlineData("15-noreply-sender.eml", "no-reply@")]
    [InlineData("17-newsletter-bulk.eml", "Precedence: bulk")]
    public void Machines_are_never_answered_and_the_reason_names_what_gave_them_away(string file, string reason)
    {
        var message = Load(file);
        var why = AutomaticMail.Why(message.Headers, MailAddress.SenderOf(message).Address, "hsservicedesk@hkex.com.hk");
        Assert.NotNull(why);
        Assert.Contains(reason, why, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("01-exchange-pass.eml")]
    [InlineData("08-gmail-pass.eml")]
    public void A_person_writing_is_answered(string file)
    {
        var message = Load(file);
        Assert.Null(AutomaticMail.Why(message.Headers, MailAddress.SenderOf(message).Address, "hsservicedesk@hkex.com.hk"));
    }

    [Theory]
    [InlineData("Auto-Submitted: no", null)]
    [InlineData("List-Unsubscribe: <mailto:leave@lists.example>", "mailing list")]
    [InlineData("Return-Path: <>", "empty return path")]
    [InlineData("X-Auto-Response-Suppress: DR, OOF, AutoReply", "asked for no automatic replies")]
    [InlineData("X-Auto-Response-Suppress: RN, NRN", null)]
    [InlineData("Precedence: junk", "bulk")]
    [InlineData("X-HSN-Forms: acknowledgement", "HSN Forms sent")]
    public void Each_mark_of_machine_mail_is_honoured(string header, string? reason)
    {
        var why = AutomaticMail.Why(HeadersOf("From: tm.chan@acme.com.hk", header), "tm.chan@acme.com.hk", "hsservicedesk@hkex.com.hk");
        if (reason is null)
        {
            Assert.Null(why);
        }
        else
        {
            Assert.Contains(reason, why, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("MAILER-DAEMON@mx.example")]
    [InlineData("postmaster@acme.com.hk")]
    [InlineData("noreply@acme.com.hk")]
    [InlineData("no_reply+abc@acme.com.hk")]
    [InlineData("do-not-reply@acme.com.hk")]
    [InlineData("hsservicedesk@hkex.com.hk")]
    public void Addresses_no_person_reads_are_never_answered(string from) =>
        Assert.NotNull(AutomaticMail.Why(HeadersOf("From: " + from), MailAddress.Normalise(from), "hsservicedesk@hkex.com.hk"));

    [Fact]
    public void A_postfix_bounce_of_our_reminder_names_the_address_and_what_we_sent()
    {
        var report = DeliveryReport.Read(Load("11-postfix-bounce-of-reminder.eml"), "hsservicedesk@hkex.com.hk");
        Assert.NotNull(report);
        Assert.Equal("reminder", report.OwnKind);
        var recipient = Assert.Single(report.Recipients);
        Assert.Equal(("sf.lee@klnbaycap.com.hk", true, "5.1.1"), (recipient.Address, recipient.Permanent, recipient.Status));
        Assert.StartsWith("Reminder: HDS/23/1109", report.OriginalSubject, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exchange_report_of_our_acknowledgement_is_known_by_the_returned_headers()
    {
        var report = DeliveryReport.Read(Load("12-exchange-ndr-of-acknowledgement.eml"), "hsservicedesk@hkex.com.hk");
        Assert.NotNull(report);
        Assert.Equal("acknowledgement", report.OwnKind);
        Assert.Equal("ops@acme.com.hk", Assert.Single(report.Recipients).Address);
    }

    [Fact]
    public void A_bounce_of_mail_we_never_sent_is_a_bounce_but_not_ours()
    {
        var report = DeliveryReport.Read(Load("16-bounce-not-ours.eml"), "hsservicedesk@hkex.com.hk");
        Assert.NotNull(report);
        Assert.False(report.OfOurs);
    }

    [Fact]
    public void A_delay_notice_names_the_recipient_but_not_as_failed_for_good()
    {
        var message = MimeMessage.Load(new MemoryStream(Encoding.ASCII.GetBytes(string.Join("\r\n",
            "From: MAILER-DAEMON@mx.example", "To: hsservicedesk@hkex.com.hk", "Subject: Delayed Mail (still being retried)", "MIME-Version: 1.0",
            "Content-Type: multipart/report; report-type=delivery-status; boundary=\"r\"", "", "--r", "Content-Type: text/plain", "", "delayed", "",
            "--r", "Content-Type: message/delivery-status", "", "Reporting-MTA: dns; mx.example", "", "Final-Recipient: rfc822; a@acme.com.hk",
            "Action: delayed", "Status: 4.4.1", "", "--r--", ""))));
        var recipient = Assert.Single(DeliveryReport.Read(message, null)!.Recipients);
        Assert.False(recipient.Permanent);
    }

    [Theory]
    [InlineData("01-exchange-pass.eml")]
    [InlineData("09-outlook-out-of-office.eml")]
    [InlineData("13-mailman-list-with-form.eml")]
    public void Mail_that_is_no_report_is_not_read_as_one(string file) =>
        Assert.Null(DeliveryReport.Read(Load(file), "hsservicedesk@hkex.com.hk"));

    [Fact]
    public void A_bounce_carries_no_files_to_read_as_forms()
    {
        var mail = MimeMail.FromMime(Load("11-postfix-bounce-of-reminder.eml"), "11.eml", null, Array.Empty<byte>(), DateTimeOffset.UnixEpoch, "hsservicedesk@hkex.com.hk");
        Assert.NotNull(mail.DeliveryReport);
        Assert.Empty(mail.Attachments);
    }

    [Theory]
    [InlineData("From: MAILER-DAEMON <>", "Subject: Mail delivery failed", "Return-Path: <>")]
    [InlineData("From: Mail Delivery Subsystem <MAILER-DAEMON>", "Subject: Returned mail: see transcript for details", "X-Mailer: x")]
    [InlineData("From: no-reply@sns.amazonaws.com", "Subject: AWS Notification Message: Delivery Status Notification (Failure)", "X-Mailer: x")]
    public void A_bounce_a_mail_server_writes_by_hand_is_a_bounce(string from, string subject, string other)
    {
        var message = MimeMessage.Load(new MemoryStream(Encoding.ASCII.GetBytes(string.Join("\r\n", from, "To: hsservicedesk@hkex.com.hk", subject, other, "", "There was an error delivering your mail to <a@acme.com.hk>.", ""))));
        Assert.NotNull(DeliveryReport.Read(message, "hsservicedesk@hkex.com.hk"));
    }

    [Fact]
    public void A_person_writing_about_a_delivery_is_no_bounce()
    {
        var message = MimeMessage.Load(new MemoryStream(Encoding.ASCII.GetBytes(string.Join("\r\n",
            "From: tm.chan@acme.com.hk", "To: hsservicedesk@hkex.com.hk", "Subject: Our form was not delivered?", "", "Did you get our form?", ""))));
        Assert.Null(DeliveryReport.Read(message, "hsservicedesk@hkex.com.hk"));
    }
}
