using System.Net;
using System.Text;
using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading;
using HsnForms.Intake.Mail;
using HsnForms.Intake.Storage;
using HsnForms.Intake.Text;

namespace HsnForms.Intake.Pipeline;

/// <summary>What became of one attachment, as the sender is told.</summary>
public sealed record AttachmentOutcome(string AttachmentName, string Summary, bool Counted, IReadOnlyList<FormProblem> Problems);

/// <summary>The reply a sender gets: which form for which subscriber arrived when, on time or not, and what to fix.</summary>
public static class Acknowledgement
{
    public static OutgoingMail Compose(IncomingMail mail, IReadOnlyList<AttachmentOutcome> outcomes, FormCatalog catalog)
    {
        var html = new StringBuilder();
        html.Append("<html><body style=\"font-family:Arial,sans-serif;font-size:10pt\">");
        html.Append("<p>Dear subscriber,</p>");
        html.Append("<p>HKEX Hosting Services – Service Desk received your message <b>")
            .Append(Encode(Quoted(mail.Subject))).Append("</b> on ").Append(Encode(HongKongTime.Readable(mail.ReceivedAt))).Append(".</p>");
        html.Append("<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\" style=\"border-collapse:collapse\">");
        html.Append("<tr><th>File</th><th>What we recorded</th><th>To fix</th></tr>");
        foreach (var outcome in outcomes)
        {
            html.Append("<tr><td>").Append(Encode(Quoted(outcome.AttachmentName))).Append("</td><td>").Append(Encode(outcome.Summary)).Append("</td><td>");
            if (outcome.Problems.Count == 0)
            {
                html.Append(outcome.Counted ? "Nothing: the form is complete." : "");
            }
            else
            {
                html.Append("<ul>");
                foreach (var problem in outcome.Problems)
                {
                    html.Append("<li>").Append(Encode(problem.Message)).Append("</li>");
                }

                html.Append("</ul>");
            }

            html.Append("</td></tr>");
        }

        html.Append("</table>");
        if (outcomes.Any(o => o.Problems.Count > 0))
        {
            html.Append("<p>Please correct the form and send it again; the corrected form replaces this one.</p>");
        }

        html.Append("<p>本服務台已收到閣下的電郵。如表格有欠缺或錯誤，請更正後再次發送。</p>");
        html.Append("<p>Service Desk, HKEX Hosting Services Limited<br>Tel: (852) 2211 6080 · hsservicedesk@hkex.com.hk</p>");
        html.Append("<p style=\"color:#666\">This reply was sent automatically.</p></body></html>");

        var quoted = Quoted(mail.Subject);
        var subject = quoted.StartsWith("RE:", StringComparison.OrdinalIgnoreCase) ? quoted : "RE: " + quoted;
        return new OutgoingMail([mail.From], subject.Trim(), html.ToString()) { Kind = OutgoingKind.Acknowledgement };
    }

    public static string FormTitle(FormCatalog catalog, string form) =>
        catalog.Find(form) is { } definition ? $"{definition.Appendix} {definition.Title}".Trim() : form;

    /// <summary>What a reply quotes of the sender's own text: one line, at most 200 characters, nothing hidden.</summary>
    private static string Quoted(string text) => ReadableText.Line(StoredText.Bound(text, 200));

    private static string Encode(string text) => WebUtility.HtmlEncode(ReadableText.Clean(text));
}
