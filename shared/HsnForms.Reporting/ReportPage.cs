using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using HsnForms.Intake;
using HsnForms.Intake.Compliance;
using static System.Net.WebUtility;

namespace HsnForms.Reporting;

/// <summary>
/// The compliance report as one self-contained HTML page: summary counts with a bar chart, a sortable
/// table of subscribers and the review list. No external assets; every stored value is HTML-encoded,
/// and a Content-Security-Policy lets only the page's own script and style run.
/// </summary>
/// <summary>Where the web desk's live report links: a subscriber's page, and the desk's own pages for its navigation bar.</summary>
public sealed record ReportPageLinks(Func<string, string> Subscriber, IReadOnlyList<(string Text, string Href)> Navigation);

public static class ReportPage
{
    private const string Style = """

        :root { color-scheme: light; --ink: #1f2328; --muted: #57606a; --line: #d0d7de; --head: #eef3f9; --accent: #1f4e8c; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif; color: var(--ink); background: #fff; }
        header, main, footer { padding: 0 16px; }
        header { padding-top: 18px; padding-bottom: 10px; border-bottom: 3px solid var(--accent); }
        .org { margin: 0; color: var(--muted); font-size: 13px; letter-spacing: .02em; }
        h1 { margin: 2px 0 6px; font-size: 22px; line-height: 1.25; }
        h1 .ref { color: var(--accent); }
        h2 { margin: 22px 0 8px; font-size: 18px; }
        h3 { margin: 0 0 6px; font-size: 15px; }
        .meta { margin: 0; color: var(--muted); }
        .meta strong { color: var(--ink); }
        .cards { display: flex; flex-wrap: wrap; gap: 16px; }
        .card { flex: 1 1 420px; max-width: 640px; border: 1px solid var(--line); border-radius: 6px; padding: 12px 14px; }
        .card .due { margin: 0 0 8px; color: var(--muted); }
        .card .body { display: flex; gap: 16px; align-items: flex-start; flex-wrap: wrap; }
        .counts { border-collapse: collapse; min-width: 150px; }
        .counts caption { text-align: left; font-weight: 600; padding-bottom: 4px; }
        .counts th, .counts td { padding: 2px 8px; border-bottom: 1px solid var(--line); text-align: left; }
        .counts td { text-align: right; font-variant-numeric: tabular-nums; }
        .counts tfoot th, .counts tfoot td { font-weight: 700; border-bottom: 0; }
        svg.chart { flex: 1 1 240px; max-width: 360px; height: auto; }
        svg.chart text { font: 12px system-ui, "Liberation Sans", Arial, sans-serif; fill: #1f2328; }
        .table-wrap { overflow-x: auto; border: 1px solid var(--line); border-radius: 6px; }
        table.data { border-collapse: collapse; width: 100%; font-size: 12.5px; }
        table.data caption { caption-side: top; text-align: left; padding: 8px 10px; color: var(--muted); }
        table.data th, table.data td { padding: 5px 5px; border-top: 1px solid var(--line); vertical-align: top; text-align: left; }
        table.data thead th { background: var(--head); border-top: 0; position: sticky; top: 0; font-size: .95em; vertical-align: bottom; }
        table.data tbody tr:nth-child(even) { background: #f8fafc; }
        table.data td.when { white-space: nowrap; font-variant-numeric: tabular-nums; }
        table.data td.id { white-space: nowrap; font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .95em; }
        table.data td.detail { min-width: 200px; max-width: 340px; }
        table.data td.name { min-width: 115px; max-width: 240px; overflow-wrap: anywhere; }
        table.data td.contact { min-width: 150px; max-width: 220px; overflow-wrap: break-word; }
        table.data td.contact .phone { white-space: nowrap; }
        table.data .problem { display: block; max-width: 170px; margin-top: 3px; color: #7a4500; font-size: .95em; }
        table.data .sub { display: block; color: var(--muted); font-size: .95em; }
        table.data .group-intention { border-left: 2px solid #9fb3c8; }
        table.data .group-result { border-left: 2px solid #9fb3c8; }
        th button { font: inherit; color: inherit; text-align: inherit; letter-spacing: inherit; cursor: pointer; display: inline; margin: 0; padding: 0; background: none; border: 0; }
        th button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
        th button .arrow::after { content: "\2195"; color: #8c959f; }
        th[aria-sort="ascending"] button .arrow::after { content: "\25B2"; color: var(--accent); }
        th[aria-sort="descending"] button .arrow::after { content: "\25BC"; color: var(--accent); }
        .status { display: inline-block; padding: 1px 7px; border-radius: 10px; font-weight: 600; font-size: .95em; white-space: nowrap; border: 1px solid transparent; }
        .s-on_time { background: #c6efce; color: #0b5a16; border-color: #8fd19e; }
        .s-late, .s-incomplete { background: #ffeb9c; color: #7a4500; border-color: #e5c65a; }
        .s-pending { background: #e1e4e8; color: #3f3f3f; border-color: #c4c9cf; }
        .s-not_required { background: #f2f2f2; color: #57606a; border-color: #d8dbde; }
        .s-missing { background: #ffc7ce; color: #8a0010; border-color: #f09aa6; }
        /* A failed result stands out as a tag, not as a wavy underline a reader takes for a spelling mark. */
        .r-unsuccessful span { display: inline-block; padding: 0 6px; border-radius: 3px; background: #ffc7ce; color: #8a0010; font-weight: 600; }
        .code { white-space: nowrap; }
        .r-not_tested { color: #57606a; }
        .bar-on_time { fill: #4caf50; } .bar-late { fill: #e0a800; } .bar-incomplete { fill: #f0c040; }
        .bar-pending { fill: #9aa3ad; } .bar-not_required { fill: #c9ced4; } .bar-missing { fill: #d93a48; }
        .desk { display: inline-block; margin-left: 4px; padding: 0 5px; border-radius: 8px; background: #ddf4ff; color: #0a3069; border: 1px solid #80ccff; font-size: .85em; font-weight: 600; }
        .paused { display: inline-block; padding: 0 6px; border-radius: 8px; background: #fff1e5; color: #762c00; border: 1px solid #ffb77c; font-size: .9em; font-weight: 600; }
        table.data td.notes { min-width: 160px; max-width: 300px; overflow-wrap: anywhere; }
        table.data .note { display: block; margin-top: 2px; }
        a.to-subscriber { color: inherit; text-decoration: none; }
        a.to-subscriber:hover .status, a.to-subscriber:focus-visible .status { outline: 2px solid var(--accent); outline-offset: 1px; }
        nav.desk-nav { padding: 6px 16px; background: var(--head); border-bottom: 1px solid var(--line); }
        nav.desk-nav a { margin-right: 14px; color: var(--accent); }
        .print-label { display: none; }
        .empty { color: var(--muted); font-style: italic; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        footer { margin: 22px 0 18px; color: var(--muted); font-size: 12px; }
        @media print {
          @page { size: A4 landscape; margin: 10mm; }
          body { font-size: 10px; }
          header, main, footer { padding: 0; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          .table-wrap { overflow: visible; border: 0; }
          table.data { font-size: 9.5px; }
          table.data thead th { position: static; }
          table.data thead { display: table-header-group; }
          table.data tr, .card { break-inside: avoid; }
          /* Chromium leaves buttons out of the header it repeats on each printed page, so print a plain label. */
          th button, .sort-hint { display: none; }
          th .print-label { display: inline; }
          .card { flex-basis: 45%; }
        }

        """;

    private const string Script = """

        (function () {
          "use strict";
          var table = document.getElementById("subscribers");
          var live = document.getElementById("sort-status");
          if (!table || !table.tBodies.length) { return; }
          var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
          function key(row, index) {
            var cell = row.cells[index];
            if (!cell) { return ""; }
            var sort = cell.getAttribute("data-sort");
            return sort !== null ? sort : cell.textContent.trim();
          }
          heads.forEach(function (th, index) {
            var button = th.querySelector("button");
            if (!button) { return; }
            button.addEventListener("click", function () {
              var ascending = th.getAttribute("aria-sort") !== "ascending";
              var body = table.tBodies[0];
              var rows = Array.prototype.slice.call(body.rows);
              rows.sort(function (a, b) {
                var x = key(a, index), y = key(b, index);
                if (x === "" && y !== "") { return 1; }
                if (y === "" && x !== "") { return -1; }
                var c = x.localeCompare(y, "en", { numeric: true, sensitivity: "base" });
                return ascending ? c : -c;
              });
              rows.forEach(function (row) { body.appendChild(row); });
              heads.forEach(function (other) { other.removeAttribute("aria-sort"); });
              th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
              if (live) { live.textContent = "Sorted by " + button.textContent.trim() + (ascending ? ", ascending" : ", descending") + "."; }
            });
          });
        })();

        """;

    public static string Render(ComplianceReport report) => Render(report, null);

    /// <summary>The page; with <paramref name="links"/>, the web desk's live report: each status and subscriber links to the subscriber's page.</summary>
    public static string Render(ComplianceReport report, ReportPageLinks? links)
    {
        ArgumentNullException.ThrowIfNull(report);
        var circular = report.Circular;
        var html = new StringBuilder(16 * 1024);
        var asOf = HongKongTime.Readable(report.AsOf);

        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src '")
            .Append(Hash(Style)).Append("'; script-src '").Append(Hash(Script))
            .Append("'; img-src data:; base-uri 'none'; form-action 'none'\">\n")
            .Append("<meta name=\"referrer\" content=\"no-referrer\">\n")
            .Append("<title>").Append(E(circular.Ref)).Append(" forms compliance report as of ").Append(E(asOf)).Append("</title>\n")
            .Append("<style>").Append(Style).Append("</style>\n</head>\n<body>\n");

        if (links is not null)
        {
            html.Append("<nav class=\"desk-nav\" aria-label=\"Service desk\">");
            foreach (var (text, href) in links.Navigation)
            {
                html.Append("<a href=\"").Append(E(href)).Append("\">").Append(E(text)).Append("</a>");
            }

            html.Append("</nav>\n");
        }

        // Title
        html.Append("<header>\n<p class=\"org\">HKEX Hosting Services · HSN subscriber forms</p>\n")
            .Append("<h1><span class=\"ref\">").Append(E(circular.Ref)).Append("</span> ").Append(E(circular.Title)).Append("</h1>\n")
            .Append("<p class=\"meta\">Compliance report as of <strong><time datetime=\"").Append(E(HongKongTime.Format(report.AsOf))).Append("\">")
            .Append(E(asOf)).Append("</time></strong>");
        if (circular.SessionDate is { } session)
        {
            html.Append(" · Practice session ").Append(E(Day(session)));
        }

        foreach (var form in circular.Forms)
        {
            html.Append(" · ").Append(E(ReportText.FormName(form.Form))).Append(" form due on or before <strong>").Append(E(Day(form.Due))).Append("</strong>");
        }

        html.Append(" · ").Append(report.Subscribers.Count.ToString(CultureInfo.InvariantCulture)).Append(" subscribers</p>\n</header>\n<main>\n");

        Summary(html, report);
        Subscribers(html, report, links);
        Review(html, report);

        html.Append("</main>\n<footer>\n<p>All times are Hong Kong time (HKT, UTC+8). A form counts from when the service-desk mailbox received it; ")
            .Append("“on or before” a date means by 23:59 HKT that day. Generated by hsnforms.</p>\n</footer>\n")
            .Append("<script>").Append(Script).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Summary(StringBuilder html, ComplianceReport report)
    {
        html.Append("<section aria-labelledby=\"summary-heading\">\n<h2 id=\"summary-heading\">Summary</h2>\n<div class=\"cards\">\n");
        foreach (var form in report.Circular.Forms)
        {
            var name = ReportText.FormName(form.Form);
            var id = "f-" + Slug(form.Form);
            var counts = report.Summary(form.Form);
            var total = counts.Values.Sum();
            html.Append("<article class=\"card\" aria-labelledby=\"").Append(id).Append("-h\">\n")
                .Append("<h3 id=\"").Append(id).Append("-h\">").Append(E(name)).Append(" form</h3>\n")
                .Append("<p class=\"due\">Due on or before ").Append(E(Day(form.Due))).Append(" · ")
                .Append(E(Received(report, form.Form))).Append("</p>\n<div class=\"body\">\n")
                .Append("<table class=\"counts\">\n<caption>").Append(E(name)).Append(" form by status</caption>\n")
                .Append("<thead><tr><th scope=\"col\">Status</th><th scope=\"col\">Subscribers</th></tr></thead>\n<tbody>\n");
            foreach (var (status, count) in counts)
            {
                html.Append("<tr><th scope=\"row\"><span class=\"status s-").Append(E(status)).Append("\">").Append(E(ReportText.StatusWord(status))).Append("</span></th>")
                    .Append("<td data-form=\"").Append(E(form.Form)).Append("\" data-status=\"").Append(E(status)).Append("\">")
                    .Append(count.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>\n");
            }

            html.Append("</tbody>\n<tfoot><tr><th scope=\"row\">Total</th><td>").Append(total.ToString(CultureInfo.InvariantCulture)).Append("</td></tr></tfoot>\n</table>\n");
            Chart(html, id, name, counts);
            html.Append("</div>\n</article>\n");
        }

        html.Append("</div>\n</section>\n");
    }

    private static string Received(ComplianceReport report, string form)
    {
        var received = report.Subscribers.Count(s => s[form] is { Received: > 0 });
        return received == 1 ? "1 subscriber has sent it" : $"{received.ToString(CultureInfo.InvariantCulture)} subscribers have sent it";
    }

    /// <summary>A horizontal bar per status; the title and description carry the same numbers as text.</summary>
    private static void Chart(StringBuilder html, string id, string name, IReadOnlyDictionary<string, int> counts)
    {
        const int Label = 96, Bar = 200, RowHeight = 24, Top = 6;
        var max = Math.Max(1, counts.Values.DefaultIfEmpty(0).Max());
        var height = Top * 2 + RowHeight * counts.Count;
        var width = Label + Bar + 40;
        var description = string.Join(", ", counts.Select(c => $"{ReportText.StatusWord(c.Key)} {c.Value.ToString(CultureInfo.InvariantCulture)}"));
        html.Append("<svg class=\"chart\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
            .Append(width.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(height.ToString(CultureInfo.InvariantCulture))
            .Append("\" width=\"").Append(width.ToString(CultureInfo.InvariantCulture)).Append("\" height=\"").Append(height.ToString(CultureInfo.InvariantCulture))
            .Append("\" aria-labelledby=\"").Append(id).Append("-t ").Append(id).Append("-d\">\n")
            .Append("<title id=\"").Append(id).Append("-t\">").Append(E(name)).Append(" form: subscribers by status</title>\n")
            .Append("<desc id=\"").Append(id).Append("-d\">").Append(E(description)).Append(".</desc>\n");
        var y = Top;
        foreach (var (status, count) in counts)
        {
            var length = count == 0 ? 0 : Math.Max(2, (int)Math.Round(Bar * (double)count / max));
            var mid = y + (RowHeight / 2);
            html.Append("<text x=\"").Append((Label - 6).ToString(CultureInfo.InvariantCulture)).Append("\" y=\"").Append(mid.ToString(CultureInfo.InvariantCulture))
                .Append("\" text-anchor=\"end\" dominant-baseline=\"middle\">").Append(E(ReportText.StatusWord(status))).Append("</text>")
                .Append("<rect class=\"bar-").Append(Slug(status)).Append("\" x=\"").Append(Label.ToString(CultureInfo.InvariantCulture)).Append("\" y=\"")
                .Append((y + 4).ToString(CultureInfo.InvariantCulture)).Append("\" width=\"").Append(length.ToString(CultureInfo.InvariantCulture))
                .Append("\" height=\"").Append((RowHeight - 8).ToString(CultureInfo.InvariantCulture)).Append("\"/>")
                .Append("<text x=\"").Append((Label + length + 5).ToString(CultureInfo.InvariantCulture)).Append("\" y=\"").Append(mid.ToString(CultureInfo.InvariantCulture))
                .Append("\" dominant-baseline=\"middle\">").Append(count.ToString(CultureInfo.InvariantCulture)).Append("</text>\n");
            y += RowHeight;
        }

        html.Append("<line x1=\"").Append(Label.ToString(CultureInfo.InvariantCulture)).Append("\" y1=\"").Append(Top.ToString(CultureInfo.InvariantCulture))
            .Append("\" x2=\"").Append(Label.ToString(CultureInfo.InvariantCulture)).Append("\" y2=\"").Append((height - Top).ToString(CultureInfo.InvariantCulture))
            .Append("\" stroke=\"#8c959f\"/>\n</svg>\n");
    }

    private static void Subscribers(StringBuilder html, ComplianceReport report, ReportPageLinks? links)
    {
        var circular = report.Circular;
        html.Append("<section aria-labelledby=\"subscribers-heading\">\n<h2 id=\"subscribers-heading\">Subscribers</h2>\n")
            .Append("<p id=\"sort-status\" class=\"visually-hidden\" aria-live=\"polite\"></p>\n")
            .Append("<div class=\"table-wrap\">\n<table class=\"data\" id=\"subscribers\">\n<caption>Form status of each subscriber as of ")
            .Append(E(HongKongTime.Readable(report.AsOf))).Append("<span class=\"sort-hint\">. Select a column heading to sort by it.</span></caption>\n<thead>\n<tr>");
        Head(html, "Subscriber ID", sorted: true);
        Head(html, "Subscriber name");
        foreach (var form in circular.Forms)
        {
            var name = ReportText.FormName(form.Form);
            Head(html, name + " status", "group-" + Slug(form.Form));
            Head(html, name + " received");
            if (form.Form == "intention")
            {
                Head(html, "Participation");
                Head(html, "Services");
            }
            else if (form.Form == "result")
            {
                foreach (var service in circular.Services)
                {
                    Head(html, service);
                }
            }
        }

        Head(html, "Contact");
        Head(html, "Service desk");
        html.Append("</tr>\n</thead>\n<tbody>\n");

        foreach (var standing in report.Subscribers)
        {
            html.Append("<tr>");
            var link = links?.Subscriber(standing.Subscriber.Id);
            if (link is null)
            {
                Cell(html, standing.Subscriber.Id, "id");
            }
            else
            {
                html.Append("<td class=\"id\"><a href=\"").Append(E(link)).Append("\">").Append(E(standing.Subscriber.Id)).Append("</a></td>");
            }

            Cell(html, standing.Subscriber.Name, "name");
            foreach (var form in circular.Forms)
            {
                var f = standing[form.Form];
                var group = "group-" + Slug(form.Form);
                if (f is null)
                {
                    html.Append("<td class=\"").Append(group).Append("\"></td><td></td>");
                }
                else
                {
                    html.Append("<td class=\"").Append(group).Append("\" data-sort=\"")
                        .Append(Array.IndexOf(FormStatuses.All, f.Status).ToString(CultureInfo.InvariantCulture))
                        .Append("\">");
                    if (link is not null)
                    {
                        html.Append("<a class=\"to-subscriber\" href=\"").Append(E(link)).Append("\" title=\"").Append(E($"{standing.Subscriber.Id}: {ReportText.FormName(f.Form)} form")).Append("\">");
                    }

                    html.Append("<span class=\"status s-").Append(E(f.Status)).Append("\">").Append(E(ReportText.StatusWord(f.Status))).Append("</span>");
                    if (link is not null)
                    {
                        html.Append("</a>");
                    }

                    if (f.Source == Intake.Storage.SubmissionSources.Desk || f.Corrected)
                    {
                        html.Append(DeskBadge(f.Source == Intake.Storage.SubmissionSources.Desk ? "entered by the service desk" : "corrected by the service desk"));
                    }
                    if (f.Received > 1)
                    {
                        html.Append("<span class=\"sub\">").Append(f.Received.ToString(CultureInfo.InvariantCulture)).Append(" forms received</span>");
                    }

                    if (f.Status == FormStatuses.Incomplete)
                    {
                        // One line per form, however many findings: the same folded findings the sender's reply lists.
                        html.Append("<span class=\"problem\">").Append(E(ReportText.FindingsLine(f))).Append("</span>");
                    }

                    html.Append("</td>");
                    if (f.ReceivedAt is { } at)
                    {
                        html.Append("<td class=\"when\" data-sort=\"").Append(E(HongKongTime.Format(at))).Append("\"><time datetime=\"")
                            .Append(E(HongKongTime.Format(at))).Append("\">").Append(E(Day(HongKongTime.DateOf(at)))).Append("<span class=\"sub\">")
                            .Append(E(HongKongTime.ToHongKong(at).ToString("HH:mm", CultureInfo.InvariantCulture))).Append("</span></time></td>");
                    }
                    else
                    {
                        html.Append("<td class=\"when\" data-sort=\"\"></td>");
                    }
                }

                var shown = f?.Shown;
                if (form.Form == "intention")
                {
                    var fields = shown?.Fields;
                    html.Append("<td>").Append(E(fields is null ? "" : ReportText.YesNo(fields.Participate)))
                        .Append(fields?.Participate is not null && ReportText.FromDesk(shown!, "participate") ? DeskBadge("entered or corrected by the service desk") : "").Append("</td>");
                    var services = fields is null ? [] : fields.Services;
                    html.Append("<td>").Append(string.Join(", ", services.Select(c => $"<span class=\"code\">{E(c)}</span>")))
                        .Append(services.Count > 0 && ReportText.FromDesk(shown!, "services") ? DeskBadge("entered or corrected by the service desk") : "").Append("</td>");
                }
                else if (form.Form == "result")
                {
                    var results = shown is null ? new Dictionary<string, string>() : shown.Fields.Results;
                    foreach (var service in circular.Services)
                    {
                        if (results.TryGetValue(service, out var result))
                        {
                            html.Append("<td class=\"r-").Append(Slug(result)).Append("\"><span>").Append(E(ReportText.ResultWord(result))).Append("</span>")
                                .Append(ReportText.FromDesk(shown!, "results") ? DeskBadge("entered or corrected by the service desk") : "").Append("</td>");
                        }
                        else
                        {
                            html.Append("<td></td>");
                        }
                    }
                }
            }

            var contact = ReportText.ContactOf(standing);
            html.Append("<td class=\"contact\" data-sort=\"").Append(E(contact.Name)).Append("\">").Append(E(contact.Name));
            if (contact.Phone.Length > 0)
            {
                html.Append("<span class=\"sub phone\">").Append(E(contact.Phone)).Append("</span>");
            }

            if (contact.Email.Length > 0)
            {
                // A long address may break after its @, never inside a word.
                html.Append("<span class=\"sub\">").Append(string.Join("@<wbr>", contact.Email.Split('@').Select(E))).Append("</span>");
            }

            foreach (var bounce in standing.Bouncing)
            {
                html.Append("<span class=\"problem\">").Append(E(ReportText.Bounces(bounce))).Append("</span>");
            }

            html.Append("</td>");
            DeskCell(html, standing);
            html.Append("</tr>\n");
        }

        if (report.Subscribers.Count == 0)
        {
            var columns = 4 + circular.Forms.Sum(f => 2 + (f.Form == "intention" ? 2 : f.Form == "result" ? circular.Services.Count : 0));
            html.Append("<tr><td class=\"empty\" colspan=\"").Append(columns.ToString(CultureInfo.InvariantCulture)).Append("\">No subscribers are registered.</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private static void Review(StringBuilder html, ComplianceReport report)
    {
        html.Append("<section aria-labelledby=\"review-heading\">\n<h2 id=\"review-heading\">Waiting for review (")
            .Append(report.Review.Count.ToString(CultureInfo.InvariantCulture)).Append(")</h2>\n");
        if (report.Review.Count == 0)
        {
            html.Append("<p class=\"empty\">Nothing waits for review.</p>\n</section>\n");
            return;
        }

        html.Append("<div class=\"table-wrap\">\n<table class=\"data\" id=\"review\">\n<caption>Mail and files that were not counted, and why</caption>\n<thead>\n<tr>")
            .Append("<th scope=\"col\">Received</th><th scope=\"col\">From</th><th scope=\"col\">Subject</th><th scope=\"col\">File</th>")
            .Append("<th scope=\"col\">Reason</th><th scope=\"col\">Detail</th></tr>\n</thead>\n<tbody>\n");
        foreach (var item in report.Review)
        {
            html.Append("<tr><td class=\"when\"><time datetime=\"").Append(E(HongKongTime.Format(item.ReceivedAt))).Append("\">")
                .Append(E(Short(item.ReceivedAt))).Append("</time></td>");
            Cell(html, item.From);
            Cell(html, item.Subject);
            Cell(html, item.AttachmentName ?? "");
            html.Append("<td>").Append(E(ReportText.ReasonWords(item.Reason))).Append("<span class=\"sub\"><code>").Append(E(item.Reason)).Append("</code></span></td>");
            html.Append("<td class=\"detail\">").Append(E(item.Detail)).Append("<span class=\"sub\">review id <code>").Append(E(item.Id)).Append("</code></span></td>");
            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private static string DeskBadge(string title) => $"<span class=\"desk\" title=\"{E(title)}\">desk</span>";

    /// <summary>Paused reminders and the desk's notes, newest last, each with when and who.</summary>
    private static void DeskCell(StringBuilder html, SubscriberStanding standing)
    {
        var paused = ReportText.RemindersOf(standing);
        html.Append("<td class=\"notes\" data-sort=\"").Append(E(paused)).Append("\">");
        if (paused.Length > 0)
        {
            html.Append("<span class=\"paused\">Reminders ").Append(E(paused.ToLowerInvariant())).Append("</span>");
        }

        foreach (var note in standing.Notes)
        {
            html.Append("<span class=\"note\">").Append(E(note.Text)).Append("<span class=\"sub\">")
                .Append(E($"{Short(note.At)}, {note.By}")).Append("</span></span>");
        }

        html.Append("</td>");
    }

    private static void Head(StringBuilder html, string title, string? cssClass = null, bool sorted = false)
    {
        html.Append("<th scope=\"col\"");
        if (cssClass is not null)
        {
            html.Append(" class=\"").Append(cssClass).Append('"');
        }

        if (sorted)
        {
            html.Append(" aria-sort=\"ascending\"");
        }

        html.Append("><button type=\"button\">").Append(E(title)).Append(" <span class=\"arrow\" aria-hidden=\"true\"></span></button>")
            .Append("<span class=\"print-label\" aria-hidden=\"true\">").Append(E(title)).Append("</span></th>");
    }

    private static void Cell(StringBuilder html, string value, string? cssClass = null)
    {
        html.Append("<td");
        if (cssClass is not null)
        {
            html.Append(" class=\"").Append(cssClass).Append('"');
        }

        html.Append('>').Append(E(value)).Append("</td>");
    }

    /// <summary>HTML-encodes text, after dropping characters HTML may not carry.</summary>
    private static string E(string? text) => HtmlEncode(ReportText.Clean(text ?? "")) ?? "";

    private static string Day(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    private static string Short(DateTimeOffset instant) => HongKongTime.Readable(instant).Replace(" HKT", "", StringComparison.Ordinal);

    /// <summary>Letters, digits, '-' and '_' only: safe in a class name or id.</summary>
    private static string Slug(string text) => new([.. text.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_')]);

    private static string Hash(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
