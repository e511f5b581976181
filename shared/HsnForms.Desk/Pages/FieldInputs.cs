using System.Globalization;
using System.Text;
using HsnForms.Forms.Catalog;
using HsnForms.Forms.Values;
using Microsoft.AspNetCore.Http;
using static HsnForms.Desk.Pages.DeskHtml;

namespace HsnForms.Desk.Pages;

/// <summary>
/// A form's fields as inputs on a page, and back: what a person chose becomes the <c>KEY=VALUE</c> text
/// of cli.md, so the web desk and the CLI decide through the same parsing and the same checks.
/// </summary>
internal static class FieldInputs
{
    private const string Prefix = "f.";
    private static readonly string[] s_results = ["successful", "unsuccessful", "not_tested"];

    /// <summary>The editors of every field of a form, filled with <paramref name="current"/>.</summary>
    public static string Editors(FormDefinition form, IReadOnlyList<string> services, FormFields current, string idPrefix)
    {
        var html = new StringBuilder("<table class=\"grid\"><thead><tr><th scope=\"col\">Field</th><th scope=\"col\">Value</th></tr></thead><tbody>\n");
        foreach (var field in form.Fields)
        {
            var id = $"{idPrefix}-{field.Key}";
            var value = current[field.Key];
            html.Append("<tr><th scope=\"row\"><label for=\"").Append(E(id)).Append("\">").Append(E(field.Label)).Append("</label><span class=\"sub\">")
                .Append(E(field.Key)).Append(field.Required ? " · required" : "").Append("</span></th><td>");
            switch (field.Type)
            {
                case FieldType.YesNo:
                    var text = value is YesNoValue yes ? (yes.Value ? "true" : "false") : "";
                    html.Append("<select id=\"").Append(E(id)).Append("\" name=\"").Append(E(Prefix + field.Key)).Append("\">")
                        .Append(Option("", "— not given —", text)).Append(Option("true", "Yes", text)).Append(Option("false", "No", text)).Append("</select>");
                    break;
                case FieldType.ServiceSet:
                    var ticked = value is ServiceSetValue set ? set.Codes.ToHashSet(StringComparer.Ordinal) : [];
                    foreach (var service in services)
                    {
                        var boxId = $"{id}-{service}";
                        html.Append("<input type=\"checkbox\" id=\"").Append(E(boxId)).Append("\" name=\"").Append(E(Prefix + field.Key)).Append("\" value=\"").Append(E(service)).Append('"')
                            .Append(ticked.Contains(service) ? " checked" : "").Append("> <label for=\"").Append(E(boxId)).Append("\">").Append(E(service)).Append("</label> ");
                    }

                    break;
                case FieldType.ServiceResults:
                    foreach (var service in services)
                    {
                        var chosen = value is ServiceResultsValue results && results.Results.TryGetValue(service, out var r) ? r : "";
                        var selectId = $"{id}-{service}";
                        html.Append("<span class=\"sub\"><label for=\"").Append(E(selectId)).Append("\">").Append(E(service)).Append("</label><select id=\"").Append(E(selectId))
                            .Append("\" name=\"").Append(E($"{Prefix}{field.Key}.{service}")).Append("\">").Append(Option("", "—", chosen));
                        foreach (var result in s_results)
                        {
                            html.Append(Option(result, result.Replace('_', ' '), chosen));
                        }

                        html.Append("</select></span>");
                    }

                    break;
                default:
                    var shown = value?.Display() ?? "";
                    html.Append("<input type=\"text\" id=\"").Append(E(id)).Append("\" name=\"").Append(E(Prefix + field.Key)).Append("\" maxlength=\"")
                        .Append(Intake.Decisions.DeskText.ValueLength.ToString(CultureInfo.InvariantCulture)).Append("\" value=\"").Append(E(shown)).Append('"')
                        .Append(field.Type == FieldType.Date ? " placeholder=\"2023-11-24\"" : "").Append('>');
                    break;
            }

            html.Append("</td></tr>\n");
        }

        return html.Append("</tbody></table>\n").ToString();
    }

    /// <summary>What the inputs say, per key: the cli.md text of the value, or null for none given.</summary>
    public static Dictionary<string, string?> Read(FormDefinition form, IReadOnlyList<string> services, IFormCollection posted)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var field in form.Fields)
        {
            string? text = field.Type switch
            {
                FieldType.ServiceSet => string.Join(';', posted[Prefix + field.Key].Where(v => !string.IsNullOrWhiteSpace(v))),
                FieldType.ServiceResults => string.Join(';', services
                    .Select(s => (Service: s, Result: posted[$"{Prefix}{field.Key}.{s}"].ToString()))
                    .Where(p => p.Result.Length > 0)
                    .Select(p => $"{p.Service}:{p.Result}")),
                _ => posted[Prefix + field.Key].ToString(),
            };
            values[field.Key] = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        }

        return values;
    }

    /// <summary>A stored value as the text a person would type for it (cli.md's way of writing values).</summary>
    public static string? TextOf(FormFields fields, string key) => fields[key] switch
    {
        null => null,
        YesNoValue yes => yes.Value ? "true" : "false",
        ServiceSetValue set => string.Join(';', set.Codes),
        ServiceResultsValue results => string.Join(';', results.Results.Select(p => $"{p.Key}:{p.Value}")),
        var other => other.Display(),
    };

    /// <summary>A value as a person reads it in a table.</summary>
    public static string Display(FieldValue value) => value switch
    {
        YesNoValue yes => yes.Value ? "Yes" : "No",
        ServiceResultsValue results => string.Join(", ", results.Results.Select(p => $"{p.Key}: {p.Value.Replace('_', ' ')}")),
        var other => other.Display(),
    };

    private static string Option(string value, string text, string chosen) =>
        $"<option value=\"{E(value)}\"{(value == chosen ? " selected" : "")}>{E(text)}</option>";
}
