using System.Text;
using HsnForms.Desk.Security;
using HsnForms.Forms.Catalog;
using static HsnForms.Desk.Pages.DeskHtml;

namespace HsnForms.Desk.Pages;

/// <summary>The desk's first page: the circulars, newest first, each with its live report and review queue.</summary>
internal static class HomePage
{
    public static string Render(IReadOnlyList<Circular> circulars, DeskUser user)
    {
        var html = new StringBuilder("<h1>Circulars</h1>\n");
        if (circulars.Count == 0)
        {
            html.Append("<p class=\"meta\">No circular is imported yet (hsnforms circular import FILE.json).</p>");
        }

        html.Append("<ul>");
        foreach (var circular in circulars.OrderByDescending(c => c.Issued).ThenBy(c => c.Ref, StringComparer.Ordinal))
        {
            html.Append("<li><a href=\"").Append(E(DeskPaths.Circular(circular.Ref))).Append("\"><strong>").Append(E(circular.Ref)).Append("</strong> ")
                .Append(E(circular.Title)).Append("</a> · <a href=\"").Append(E(DeskPaths.Review(circular.Ref))).Append("\">review queue</a> · <a href=\"")
                .Append(E(DeskPaths.ReportJson(circular.Ref))).Append("\">report JSON</a> · <a href=\"").Append(E(DeskPaths.Tracker(circular.Ref))).Append("\">tracker</a></li>");
        }

        html.Append("</ul>\n");
        return Page("Circulars", user, null, html.ToString());
    }
}
