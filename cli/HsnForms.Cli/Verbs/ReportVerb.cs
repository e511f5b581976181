using System.CommandLine;
using HsnForms.Cli.CommandLine;
using HsnForms.Cli.Local;
using HsnForms.Intake;
using HsnForms.Reporting;
using Microsoft.Extensions.DependencyInjection;

namespace HsnForms.Cli.Verbs;

/// <summary><c>hsnforms report --circular REF|FILE.json [--as-of TIME] [--json] [--out DIR]</c>: the deadline compliance report.</summary>
internal static class ReportVerb
{
    public static Command Create()
    {
        var circular = CommonOptions.Circular(required: true, "The circular to report on.");
        var asOf = CommonOptions.AsOf("The moment the report stands at: only mail received by then counts.");
        var json = CommonOptions.Json("Print the report as JSON (cli.md).");
        var output = new Option<string?>("--out") { Description = "Also write tracker.xlsx, report.html and report.json into this folder.", HelpName = "DIR" };
        var storage = CommonOptions.Storage();
        var command = new Command("report", "The deadline compliance report: each subscriber's status on each form as of a moment, and what waits for review.")
        {
            circular, asOf, json, output, storage,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Build(parse.GetValue(storage));
            var definition = await CircularArgument.ResolveStoredAsync(parse.GetRequiredValue(circular)!, services, parse.Err(), cancellationToken);
            var moment = parse.GetValue(asOf) ?? services.GetRequiredService<TimeProvider>().GetUtcNow();
            var report = await services.GetRequiredService<ReportService>().BuildAsync(definition.Ref, moment, cancellationToken)
                ?? throw new UsageException($"no circular {definition.Ref}: import it first with hsnforms circular import FILE.json.");
            if (parse.GetValue(output) is { } folder)
            {
                await ReportFiles.Render(report).WriteToAsync(folder, cancellationToken);
            }

            await parse.Out().WriteLineAsync((parse.GetValue(json) ? ReportJson.Write(report) : Table(report)).AsMemory(), cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Table(ComplianceReport report)
    {
        var lines = new System.Text.StringBuilder();
        lines.AppendLine($"{report.Circular.Ref} – {report.Circular.Title}, as of {HongKongTime.Readable(report.AsOf)}");
        var forms = report.Circular.Forms.Select(f => f.Form).ToList();
        lines.AppendLine("subscriber  " + string.Join("  ", forms.Select(f => f.PadRight(14))) + "name");
        foreach (var standing in report.Subscribers)
        {
            lines.Append(standing.Subscriber.Id.PadRight(12));
            foreach (var form in forms)
            {
                lines.Append((standing[form]?.Status ?? "").PadRight(16));
            }

            lines.AppendLine(standing.Subscriber.Name);
        }

        foreach (var form in forms)
        {
            lines.AppendLine($"{form}: " + string.Join(", ", report.Summary(form).Select(p => $"{p.Value} {p.Key}")));
        }

        if (report.Review.Count > 0)
        {
            lines.AppendLine($"{report.Review.Count} items wait for review: " + string.Join(", ", report.Review.GroupBy(r => r.Reason).Select(g => $"{g.Count()} {g.Key}")));
        }

        return lines.ToString().TrimEnd();
    }
}
