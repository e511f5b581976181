using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading;
using HsnForms.Intake.Compliance;
using HsnForms.Intake.Mail;
using HsnForms.Intake.Pipeline;
using HsnForms.Intake.Storage;
using HsnForms.Reporting;

namespace HsnForms.UnitTests;

/// <summary>The reply a sender reads and the report the desk reads come from one model, so they say the same.</summary>
public sealed class ReplyModelTests
{
    private static readonly Subscriber s_acme = new("HSN0427", "Acme Securities Ltd", ["tm.chan@acme.com.hk"], [], []);

    private static DateTimeOffset Hkt(int day, int hour, int minute) => new(2023, 11, day, hour, minute, 0, TimeSpan.FromHours(8));

    private static Submission Form(string form, DateTimeOffset at, bool complete, string fields, params FormProblem[] problems) => new()
    {
        CircularRef = "HDS/23/1109", SubscriberId = s_acme.Id, Form = form, Complete = complete, ReceivedAt = at, MessageKey = form + at.Ticks,
        From = "tm.chan@acme.com.hk", AttachmentName = form + ".docx", AttachmentBlob = "", ContentHash = form + at.Ticks, FieldsJson = fields, Problems = problems,
    };

    private static readonly Submission s_intention = Form("intention", Hkt(22, 10, 0), true,
        """{"participate":true,"services":["OTP-C","OTP-CSC","OMD-C","OMD-CC"],"contact_email":"tm.chan@acme.com.hk"}""");

    /// <summary>The reply's row for a form, as intake writes it, and the whole reply.</summary>
    private static (AttachmentOutcome Outcome, string Html) Reply(Submission submission, params Submission[] earlier)
    {
        var receipt = FormReceipt.For(Circular.Default, submission, [.. earlier, submission], FormCatalog.Default);
        var outcome = new AttachmentOutcome(submission.AttachmentName, receipt.Outcome(), true) { Findings = receipt.Check.Findings, Complete = receipt.Check.Complete };
        var mail = new IncomingMail { SourceId = "m1", From = submission.From, Subject = "Result form", ReceivedAt = submission.ReceivedAt };
        return (outcome, Acknowledgement.Compose(mail, [outcome], ServiceDeskOptions.Default).HtmlBody);
    }

    [Fact]
    public void An_incomplete_form_before_the_deadline_is_never_called_on_time()
    {
        var incomplete = Form("result", Hkt(26, 9, 0), false, """{"results":{}}""",
            new FormProblem("results", ProblemCodes.Missing, "No service has a result (Successful, Unsuccessful or Not tested)."));

        var (outcome, html) = Reply(incomplete, s_intention);

        Assert.DoesNotContain("on time (", outcome.Summary, StringComparison.Ordinal);
        Assert.StartsWith("The form is incomplete (1 thing to fix).", outcome.Summary, StringComparison.Ordinal);
        Assert.Contains("27 Nov 2023 23:59 HKT to be on time", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reply_lists_exactly_what_the_report_lists_for_the_same_form()
    {
        // The intention promised four services; the result form answers none: one folded finding, in both places.
        var incomplete = Form("result", Hkt(26, 9, 0), false, """{"results":{}}""",
            new FormProblem("results", ProblemCodes.Missing, "No service has a result (Successful, Unsuccessful or Not tested)."),
            new FormProblem("contact_phone", ProblemCodes.Missing, "\"Telephone\" is not filled in."));

        var (outcome, _) = Reply(incomplete, s_intention);
        var report = ComplianceReport.Build(Circular.Default, Hkt(26, 9, 0), [s_acme], [s_intention, incomplete], []);

        var reported = report.Subscribers.Single()["result"]!;
        Assert.Equal(FormStatuses.Incomplete, reported.Status);
        Assert.Equal(reported.Findings, outcome.Findings);
        Assert.Equal(
            ["\"Telephone\" is not filled in.", "No result for OTP-C, OTP-CSC, OMD-C and OMD-CC, which the intention form said would be verified."],
            reported.Problems);
        Assert.All(outcome.Findings, f => Assert.False(string.IsNullOrWhiteSpace(f.ToFix)));
    }

    [Fact]
    public void A_result_form_the_reader_calls_complete_is_incomplete_in_the_reply_too_when_a_promised_service_has_no_result()
    {
        var partial = Form("result", Hkt(26, 9, 0), true, """{"results":{"OTP-C":"successful"}}""");

        var (outcome, _) = Reply(partial, s_intention);
        var report = ComplianceReport.Build(Circular.Default, Hkt(26, 9, 0), [s_acme], [s_intention, partial], []);

        Assert.False(outcome.Complete);
        Assert.Equal(FormStatuses.Incomplete, report.Subscribers.Single()["result"]!.Status);
        Assert.Contains("No result for OTP-CSC, OMD-C and OMD-CC", Assert.Single(outcome.Findings).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(26, "The form is complete and on time (due on or before 27 Nov 2023).")]
    [InlineData(28, "The form is complete but arrived after the deadline (27 Nov 2023), so it is recorded as late.")]
    public void A_complete_form_is_on_time_or_late_as_the_report_says(int day, string sentence)
    {
        var complete = Form("result", Hkt(day, 9, 0), true, """{"results":{"OTP-C":"successful","OTP-CSC":"successful","OMD-C":"not_tested","OMD-CC":"unsuccessful"}}""");

        var (outcome, html) = Reply(complete, s_intention);

        Assert.Equal(sentence, outcome.Summary);
        Assert.Contains("Nothing: the form is complete.", html, StringComparison.Ordinal);
        Assert.Equal(day == 26 ? FormStatuses.OnTime : FormStatuses.Late,
            ComplianceReport.Build(Circular.Default, Hkt(29, 0, 0), [s_acme], [s_intention, complete], []).Subscribers.Single()["result"]!.Status);
    }

    [Fact]
    public void An_incomplete_correction_after_a_complete_form_says_the_earlier_form_still_counts()
    {
        var complete = Form("intention", Hkt(23, 9, 0), true, """{"participate":false}""");
        var correction = Form("intention", Hkt(25, 9, 0), false, "{}", new FormProblem("participate", ProblemCodes.Missing, "Neither choice is marked."));

        var (outcome, _) = Reply(correction, complete);

        Assert.Equal("The form is incomplete (1 thing to fix), so it does not replace your complete form of 23 Nov 2023 09:00 HKT, which counts as on time.", outcome.Summary);
    }

    [Fact]
    public void A_file_that_cannot_be_read_tells_the_sender_what_to_do()
    {
        var pdf = new FormReader().Read("intention.pdf", "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"u8.ToArray());
        var problem = Assert.Single(pdf.Problems);

        var toFix = FormFinding.Of(problem, null).ToFix;

        Assert.Equal(ProblemCodes.UnsupportedType, problem.Code);
        Assert.Contains(".docx", toFix, StringComparison.Ordinal);
        var html = Acknowledgement.Compose(new IncomingMail { SourceId = "m", From = "a@b.hk", ReceivedAt = Hkt(22, 9, 0) },
            [new AttachmentOutcome("intention.pdf", "Not read: " + problem.Message, false) { ToFix = toFix }], ServiceDeskOptions.Default).HtmlBody;
        Assert.Contains(System.Net.WebUtility.HtmlEncode(toFix), html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_desk_signs_with_the_contact_details_of_its_settings()
    {
        var desk = new ServiceDeskOptions { Name = "HKEX Hosting Services – Service Desk", Mailbox = "desk@example.hk", Phone = "(852) 1234 5678" };

        var html = Acknowledgement.Compose(new IncomingMail { SourceId = "m", From = "a@b.hk", ReceivedAt = Hkt(22, 9, 0) }, [], desk).HtmlBody;

        Assert.Contains("(852) 1234 5678", html, StringComparison.Ordinal);
        Assert.Contains("desk@example.hk", html, StringComparison.Ordinal);
        Assert.DoesNotContain("2211 6080", html, StringComparison.Ordinal);
        Assert.DoesNotContain("hsservicedesk", html, StringComparison.Ordinal);
    }
}
