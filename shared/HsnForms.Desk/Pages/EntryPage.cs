using System.Text;
using HsnForms.Desk.Security;
using HsnForms.Forms.Catalog;
using HsnForms.Forms.Values;
using HsnForms.Intake;
using HsnForms.Intake.Decisions;
using HsnForms.Intake.Storage;
using static HsnForms.Desk.Pages.DeskHtml;

namespace HsnForms.Desk.Pages;

/// <summary>What the entry page starts from: the circular, perhaps a subscriber, a form, a review item and values read from its file.</summary>
internal sealed record EntryPageModel(Circular Circular, IReadOnlyList<Subscriber> Register, string? SubscriberId, FormDefinition? Form, ReviewItem? Review, FormFields Prefill);

/// <summary>
/// Entering a form that came another way: which form, for whom, when it was received (Hong Kong time),
/// its values, why, and the evidence (a review item's own file, or one uploaded).
/// </summary>
internal static class EntryPage
{
    public static string Render(EntryPageModel model, DeskUser user, (string Field, string Token) antiforgery, string? error = null)
    {
        var circular = model.Circular;
        var html = new StringBuilder("<h1>Enter a form · <span class=\"ref\">").Append(E(circular.Ref)).Append("</span></h1>\n");
        if (model.Review is { } item)
        {
            html.Append("<p class=\"meta\">From review item <code>").Append(E(item.Id)).Append("</code>: ").Append(E(item.AttachmentName ?? "")).Append(" from ")
                .Append(E(item.From)).Append(", received ").Append(When(item.ReceivedAt)).Append(". The file is kept with the entry as its evidence");
            if (item.Blob is not null)
            {
                html.Append(" (<a href=\"").Append(E(DeskPaths.ReviewFile(item.Id))).Append("\">download</a>)");
            }

            html.Append(".</p>\n");
        }

        if (model.Form is null)
        {
            html.Append("<p>Which form is it?</p><ul>");
            foreach (var form in circular.Forms)
            {
                html.Append("<li><a class=\"choose-form\" id=\"choose-").Append(E(form.Form)).Append("\" href=\"")
                    .Append(E(DeskPaths.Enter(circular.Ref, model.SubscriberId, form.Form, model.Review?.Id))).Append("\">")
                    .Append(E(SubscriberPage.Title(form.Form))).Append("</a></li>");
            }

            html.Append("</ul>\n");
            return Page("Enter a form", user, circular.Ref, html.ToString(), error: error);
        }

        var received = model.Review?.ReceivedAt is { } at ? HongKongTime.ToHongKong(at).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "";
        html.Append("<form method=\"post\" enctype=\"multipart/form-data\" action=\"").Append(E(DeskPaths.EnterPost)).Append("\" id=\"enter-form\">")
            .Append(Token(antiforgery.Field, antiforgery.Token)).Append(Hidden("circular", circular.Ref)).Append(Hidden("form", model.Form.Form));
        if (model.Review is not null)
        {
            html.Append(Hidden("review", model.Review.Id));
        }

        html.Append("<h2>").Append(E(SubscriberPage.Title(model.Form.Form))).Append("</h2>")
            .Append("<div class=\"row\"><label for=\"enter-subscriber\">Subscriber</label>").Append(ReviewPage.Subscribers("enter-subscriber", model.Register, model.SubscriberId)).Append("</div>")
            .Append("<div class=\"row\"><label for=\"enter-received\">Received (HKT)</label><input type=\"text\" id=\"enter-received\" name=\"received\" required placeholder=\"2023-11-27 16:30\" value=\"")
            .Append(E(received)).Append("\"><span class=\"sub\">When the fax or scan arrived, Hong Kong time; the status follows it, as for mail.</span></div>")
            .Append(FieldInputs.Editors(model.Form, circular.Services, model.Prefill, "e"));
        if (model.Review?.Blob is null)
        {
            html.Append("<div class=\"row\"><label for=\"enter-file\">Evidence file</label><input type=\"file\" id=\"enter-file\" name=\"file\"><span class=\"sub\">The fax or scan (at most ")
                .Append(Count(DeskText.FileBytes / 1024 / 1024)).Append(" MB).</span></div>");
        }

        html.Append("<div class=\"row\"><label for=\"enter-note\">How it came</label><input type=\"text\" id=\"enter-note\" name=\"note\" required maxlength=\"").Append(Count(DeskText.NoteLength))
            .Append("\" placeholder=\"Faxed on 27 Nov; original to follow by mail.\"></div>")
            .Append("<button type=\"submit\" class=\"primary\" id=\"enter-save\">Enter the form</button></form>\n");
        return Page("Enter a form", user, circular.Ref, html.ToString(), error: error);
    }
}
