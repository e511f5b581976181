using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using HsnForms.Desk.Security;
using HsnForms.Intake;

namespace HsnForms.Desk.Pages;

/// <summary>
/// The desk's pages share one frame: a style block allowed by its hash and no script at all, so a value
/// that slipped through encoding could still run nothing. Every person-entered or mail-derived value
/// goes through <see cref="E"/>.
/// </summary>
internal static class DeskHtml
{
    private const string Style = """

        :root { --ink: #1f2328; --muted: #57606a; --line: #d0d7de; --head: #eef3f9; --accent: #1f4e8c; --warn: #7a4500; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 14px/1.45 system-ui, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif; color: var(--ink); }
        nav.desk-nav { padding: 8px 16px; background: var(--head); border-bottom: 1px solid var(--line); display: flex; gap: 16px; align-items: center; flex-wrap: wrap; }
        nav.desk-nav a { color: var(--accent); }
        nav.desk-nav .who { margin-left: auto; color: var(--muted); }
        main { padding: 0 16px 24px; max-width: 1280px; }
        h1 { font-size: 22px; margin: 14px 0 4px; }
        h1 .ref { color: var(--accent); }
        h2 { font-size: 18px; margin: 22px 0 8px; border-bottom: 2px solid var(--accent); padding-bottom: 2px; }
        h3 { font-size: 15px; margin: 14px 0 6px; }
        .meta, .sub { color: var(--muted); }
        .sub { display: block; font-size: .92em; }
        .flash { padding: 8px 12px; border-radius: 6px; background: #dafbe1; border: 1px solid #8fd19e; margin: 12px 0; }
        .error { padding: 8px 12px; border-radius: 6px; background: #ffebe9; border: 1px solid #f09aa6; margin: 12px 0; }
        table.grid { border-collapse: collapse; margin: 6px 0 10px; font-size: 13px; }
        table.grid th, table.grid td { border: 1px solid var(--line); padding: 4px 7px; text-align: left; vertical-align: top; }
        table.grid th { background: var(--head); }
        table.grid td.value { max-width: 420px; overflow-wrap: anywhere; }
        .card { border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; margin: 10px 0; }
        .card.shown { border-color: var(--accent); }
        .status { display: inline-block; padding: 1px 8px; border-radius: 10px; font-weight: 600; border: 1px solid transparent; }
        .s-on_time, .s-complete { background: #c6efce; color: #0b5a16; border-color: #8fd19e; }
        .s-late, .s-incomplete { background: #ffeb9c; color: #7a4500; border-color: #e5c65a; }
        .s-pending { background: #e1e4e8; color: #3f3f3f; }
        .s-not_required { background: #f2f2f2; color: #57606a; }
        .s-missing { background: #ffc7ce; color: #8a0010; border-color: #f09aa6; }
        .desk { display: inline-block; margin-left: 4px; padding: 0 5px; border-radius: 8px; background: #ddf4ff; color: #0a3069; border: 1px solid #80ccff; font-size: .85em; font-weight: 600; }
        .paused { display: inline-block; padding: 0 6px; border-radius: 8px; background: #fff1e5; color: #762c00; border: 1px solid #ffb77c; font-weight: 600; }
        .problem { color: var(--warn); }
        form.inline { display: inline; }
        form .row { margin: 6px 0; }
        label { font-weight: 600; margin-right: 6px; }
        input[type=text], select, textarea { font: inherit; padding: 3px 5px; border: 1px solid #8c959f; border-radius: 4px; max-width: 100%; }
        input[type=text] { width: 26em; }
        textarea { width: 40em; height: 4em; }
        button { font: inherit; padding: 4px 12px; border-radius: 6px; border: 1px solid #1b1f2426; background: #f6f8fa; cursor: pointer; }
        button.primary { background: #1f883d; color: #fff; border-color: #1a7f37; }
        button.danger { background: #cf222e; color: #fff; }
        details { margin: 6px 0; }
        summary { cursor: pointer; color: var(--accent); font-weight: 600; }
        .actions { display: flex; gap: 18px; flex-wrap: wrap; align-items: flex-start; }
        .actions > .card { flex: 1 1 340px; }
        pre.cellText { white-space: pre-wrap; margin: 0; font: inherit; }
        td.struck { text-decoration: line-through; color: var(--muted); }
        ul.notes { padding-left: 18px; }
        .note-text { white-space: pre-wrap; overflow-wrap: anywhere; }

        """;

    public static string StyleHash { get; } = "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Style)));

    /// <summary>What a page may load and run: its own style only; forms post only to the desk itself.</summary>
    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src '{StyleHash}'; img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>
    /// HTML-encodes any text, through the sanitiser every page, reply and workbook uses: bidi and other control
    /// characters from mail are shown as [U+XXXX], never obeyed (the same review item reads the same everywhere).
    /// </summary>
    public static string E(string? text) => WebUtility.HtmlEncode(Intake.Text.ReadableText.Clean(text));

    public static string Page(string title, DeskUser user, string? circularRef, string body, string? flash = null, string? error = null)
    {
        var html = new StringBuilder(8 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"referrer\" content=\"same-origin\">\n<title>").Append(E(title)).Append(" · HSN Forms service desk</title>\n")
            .Append("<style>").Append(Style).Append("</style>\n</head>\n<body>\n");
        html.Append(Navigation(user, circularRef));
        html.Append("<main>\n");
        if (flash is not null)
        {
            html.Append("<p class=\"flash\" role=\"status\" id=\"flash\">").Append(E(flash)).Append("</p>\n");
        }

        if (error is not null)
        {
            html.Append("<p class=\"error\" role=\"alert\" id=\"error\">").Append(E(error)).Append("</p>\n");
        }

        html.Append(body).Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    public static string Navigation(DeskUser user, string? circularRef)
    {
        var nav = new StringBuilder("<nav class=\"desk-nav\" aria-label=\"Service desk\">");
        nav.Append("<a href=\"").Append(E(DeskPaths.Home)).Append("\">Circulars</a>");
        if (circularRef is not null)
        {
            nav.Append("<a href=\"").Append(E(DeskPaths.Circular(circularRef))).Append("\">").Append(E(circularRef)).Append(" report</a>");
        }

        nav.Append("<a href=\"").Append(E(DeskPaths.Review(circularRef))).Append("\">Review queue</a>");
        nav.Append("<span class=\"who\">").Append(E(user.Name)).Append(user.CanWrite ? "" : " (read only)").Append("</span></nav>\n");
        return nav.ToString();
    }

    public static string Status(string status, string words) => $"<span class=\"status s-{E(status)}\">{E(words)}</span>";

    public static string When(DateTimeOffset instant) =>
        $"<time datetime=\"{E(HongKongTime.Format(instant))}\">{E(HongKongTime.Readable(instant))}</time>";

    /// <summary>The hidden anti-forgery field every form that changes anything carries.</summary>
    public static string Token(string fieldName, string token) =>
        $"<input type=\"hidden\" name=\"{E(fieldName)}\" value=\"{E(token)}\">";

    public static string Hidden(string name, string value) => $"<input type=\"hidden\" name=\"{E(name)}\" value=\"{E(value)}\">";

    public static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
