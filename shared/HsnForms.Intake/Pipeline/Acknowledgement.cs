using System.Net;
using System.Text;
using HsnForms.Forms.Catalog;
using HsnForms.Intake.Compliance;
using HsnForms.Intake.Mail;
using HsnForms.Intake.Storage;
using HsnForms.Intake.Text;

namespace HsnForms.Intake.Pipeline;

/// <summary>
/// What became of one attachment, as the sender is told: what we recorded, and what to fix, either as
/// the findings of a form we read (the same the report lists) or as one instruction for a file we could not take.
/// </summary>
public sealed record AttachmentOutcome(string AttachmentName, string Summary, bool Counted)
{
    /// <summary>What is wrong with a form that was read; each with what to do about it.</summary>
    public IReadOnlyList<FormFinding> Findings { get; init; } = [];

    /// <summary>Whether a counted form is complete.</summary>
    public bool Complete { get; init; }

    /// <summary>What to do about a file that was not counted.</summary>
    public string? ToFix { get; init; }

    /// <summary>Whether the sender has anything to do.</summary>
    public bool NeedsAction => Findings.Count > 0 || (!Counted && ToFix is not null && !ToFix.StartsWith("Nothing", StringComparison.Ordinal));
}

/// <summary>The reply a sender gets: which form for which subscriber arrived when, whether it counts, and what to fix.</summary>
public static class Acknowledgement
{
    public static OutgoingMail Compose(IncomingMail mail, IReadOnlyList<AttachmentOutcome> outcomes, ServiceDeskOptions desk)
    {
        var html = new StringBuilder();
        html.Append("<html><body style=\"font-family:Arial,sans-serif;font-size:10pt\">");
        html.Append("<p>Dear subscriber,</p>");
        html.Append("<p>").Append(Encode(desk.Name)).Append(" received your message <b>")
            .Append(Encode(Quoted(mail.Subject))).Append("</b> on ").Append(Encode(HongKongTime.Readable(mail.ReceivedAt))).Append(".</p>");
        html.Append("<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\" style=\"border-collapse:collapse\">");
        html.Append("<tr><th>File</th><th>What we recorded</th><th>To fix</th></tr>");
        foreach (var outcome in outcomes)
        {
            html.Append("<tr><td>").Append(Encode(Quoted(outcome.AttachmentName))).Append("</td><td>").Append(Encode(outcome.Summary)).Append("</td><td>");
            if (outcome.Findings.Count > 0)
            {
                html.Append("<ul>");
                foreach (var finding in outcome.Findings)
                {
                    html.Append("<li>").Append(Encode(finding.Message)).Append(" <i>").Append(Encode(finding.ToFix)).Append("</i></li>");
                }

                html.Append("</ul>");
            }
            else
            {
                html.Append(Encode(outcome.ToFix ?? (outcome.Counted && outcome.Complete ? "Nothing: the form is complete." : "")));
            }

            html.Append("</td></tr>");
        }

        html.Append("</table>");
        if (outcomes.Any(o => o.NeedsAction))
        {
            html.Append("<p>Please correct the form and send it again; the corrected form replaces this one.</p>");
        }

        html.Append("<p>本服務台已收到閣下的電郵。如表格有欠缺或錯誤，請更正後再次發送。</p>");
        html.Append("<p>").Append(Encode(desk.Name)).Append("<br>Tel: ").Append(Encode(desk.Phone)).Append(" · ").Append(Encode(desk.Mailbox)).Append("</p>");
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
