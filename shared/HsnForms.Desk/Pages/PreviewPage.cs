using System.Text;
using HsnForms.Desk.Security;
using HsnForms.Forms.Reading;
using static HsnForms.Desk.Pages.DeskHtml;

namespace HsnForms.Desk.Pages;

/// <summary>
/// A Word or Excel form as the reader laid it out: its tables, sheets and paragraphs as plain encoded
/// text, and its named controls. The file itself is never rendered in the browser.
/// </summary>
internal static class PreviewPage
{
    public static string Render(string fileName, string downloadHref, FormPreview preview, DeskUser user, string? circularRef)
    {
        var html = new StringBuilder("<h1>").Append(E(fileName)).Append("</h1>\n<p class=\"meta\">As the reader laid it out · <a href=\"").Append(E(downloadHref)).Append("\">download the original</a></p>\n");
        if (preview.Unavailable is { } reason)
        {
            html.Append("<p class=\"error\">").Append(E(reason)).Append("</p>\n");
        }

        foreach (var grid in preview.Grids)
        {
            html.Append("<h3>").Append(E(grid.Name)).Append(" <span class=\"meta\">(").Append(E(grid.Kind)).Append(")</span></h3>\n<table class=\"grid preview\"><tbody>\n");
            foreach (var row in grid.Rows)
            {
                html.Append("<tr>");
                foreach (var cell in row.Where(c => !c.ContinuesMergeAbove))
                {
                    html.Append("<td").Append(cell.Span > 1 ? $" colspan=\"{Count(Math.Min(cell.Span, FormPreview.MaxCells))}\"" : "").Append(cell.Struck ? " class=\"struck\"" : "")
                        .Append("><pre class=\"cellText\">").Append(E(cell.Text)).Append("</pre></td>");
                }

                html.Append("</tr>\n");
            }

            html.Append("</tbody></table>\n");
        }

        if (preview.Controls.Count > 0)
        {
            html.Append("<h3>Named controls</h3><table class=\"grid\"><thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Title</th><th scope=\"col\">Value</th></tr></thead><tbody>");
            foreach (var control in preview.Controls)
            {
                html.Append("<tr><td>").Append(E(control.Name)).Append("</td><td>").Append(E(control.Alias)).Append("</td><td>")
                    .Append(E(control.IsCheckbox ? control.Checked switch { true => "☒ ticked", false => "☐ not ticked", _ => "?" } : control.Text)).Append("</td></tr>");
            }

            html.Append("</tbody></table>\n");
        }

        return Page("Preview of " + fileName, user, circularRef, html.ToString());
    }
}
