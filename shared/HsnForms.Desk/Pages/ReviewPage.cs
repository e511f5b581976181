using System.Text;
using HsnForms.Desk.Security;
using HsnForms.Intake.Decisions;
using HsnForms.Intake.Storage;
using static HsnForms.Desk.Pages.DeskHtml;

namespace HsnForms.Desk.Pages;

/// <summary>
/// The review queue: each item with its reason and original, and accept (count it for a subscriber),
/// dismiss (with why), or enter from this file (for a scan or fax the reader cannot read).
/// </summary>
internal static class ReviewPage
{
    public static string Render(IReadOnlyList<ReviewItem> items, IReadOnlyList<Subscriber> register, string? circularRef, string enterCircular, DeskUser user, (string Field, string Token) antiforgery, string? flash)
    {
        var html = new StringBuilder();
        html.Append("<h1>Review queue").Append(circularRef is null ? "" : " · " + E(circularRef)).Append("</h1>\n<p class=\"meta\">")
            .Append(Count(items.Count)).Append(items.Count == 1 ? " item waits" : " items wait").Append(" for a person.</p>\n");
        foreach (var item in items)
        {
            html.Append("<section class=\"card review-item\" id=\"review-").Append(E(item.Id)).Append("\"><h3>").Append(E(Reporting.ReportText.ReasonWords(item.Reason)))
                .Append(" <code>").Append(E(item.Reason)).Append("</code></h3><p class=\"meta\">From ").Append(E(item.From)).Append(" · “").Append(E(item.Subject))
                .Append("” · received ").Append(When(item.ReceivedAt)).Append(" · id <code>").Append(E(item.Id)).Append("</code></p><p>").Append(E(item.Detail)).Append("</p>");
            if (item.Blob is not null)
            {
                html.Append("<p>File <strong>").Append(E(item.AttachmentName ?? "attachment")).Append("</strong>: <a href=\"").Append(E(DeskPaths.ReviewFile(item.Id)))
                    .Append("\">download</a> · <a href=\"").Append(E(DeskPaths.ReviewPreview(item.Id))).Append("\">preview as read</a></p>");
            }

            if (user.CanWrite)
            {
                html.Append("<div class=\"actions\">");
                if (item.Blob is not null)
                {
                    html.Append("<form class=\"card\" method=\"post\" action=\"").Append(E(DeskPaths.ReviewAccept)).Append("\"><h3>Accept the form</h3>")
                        .Append(Token(antiforgery.Field, antiforgery.Token)).Append(Hidden("id", item.Id))
                        .Append("<div class=\"row\"><label for=\"a-s-").Append(E(item.Id)).Append("\">For</label>").Append(Subscribers("a-s-" + item.Id, register)).Append("</div>")
                        .Append("<div class=\"row\"><label for=\"a-n-").Append(E(item.Id)).Append("\">Why</label><input type=\"text\" id=\"a-n-").Append(E(item.Id))
                        .Append("\" name=\"note\" maxlength=\"").Append(Count(DeskText.NoteLength)).Append("\"></div><button type=\"submit\" class=\"primary\">Accept</button></form>")
                        .Append("<div class=\"card\"><h3>Enter from this file</h3><p class=\"meta\">For a scan or fax: type what it says, with this file kept as the evidence.</p><p><a class=\"enter-from-file\" href=\"")
                        .Append(E(DeskPaths.Enter(item.CircularRef ?? enterCircular, reviewId: item.Id))).Append("\">Enter from this file</a></p></div>");
                }

                html.Append("<form class=\"card\" method=\"post\" action=\"").Append(E(DeskPaths.ReviewDismiss)).Append("\"><h3>Dismiss</h3>")
                    .Append(Token(antiforgery.Field, antiforgery.Token)).Append(Hidden("id", item.Id))
                    .Append("<div class=\"row\"><label for=\"d-n-").Append(E(item.Id)).Append("\">Why</label><input type=\"text\" required id=\"d-n-").Append(E(item.Id))
                    .Append("\" name=\"note\" maxlength=\"").Append(Count(DeskText.NoteLength)).Append("\"></div><button type=\"submit\" class=\"danger\">Dismiss</button></form></div>");
            }

            html.Append("</section>\n");
        }

        return Page("Review queue", user, circularRef, html.ToString(), flash);
    }

    public static string Subscribers(string id, IReadOnlyList<Subscriber> register, string? selected = null)
    {
        var html = new StringBuilder("<select id=\"").Append(E(id)).Append("\" name=\"subscriber\" required><option value=\"\">— choose a subscriber —</option>");
        foreach (var subscriber in register.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            html.Append("<option value=\"").Append(E(subscriber.Id)).Append('"').Append(subscriber.Id == selected ? " selected" : "").Append('>')
                .Append(E(subscriber.Id)).Append(" · ").Append(E(subscriber.Name)).Append("</option>");
        }

        return html.Append("</select>").ToString();
    }
}
