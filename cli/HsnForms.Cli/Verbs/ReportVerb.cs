using System.Globalization;
using HsnForms.Intake;
using HsnForms.Reporting;
using Microsoft.Extensions.DependencyInjection;

namespace HsnForms.Cli.Verbs;

/// <summary><c>hsnforms report --circular REF [--as-of TIME] [--json] [--out DIR]</c>.</summary>
internal static class ReportVerb
{
    public static async Task<int> RunAsync(Arguments args, TextWriter stdout, CancellationToken cancellationToken)
    {
        var circularRef = args.Required("--circular", "REF");
        var asOf = AsOf(args.Option("--as-of"));
        var json = args.Flag("--json");
        var output = args.Option("--out");
        var storage = args.Option("--storage");
        args.EnsureAllRead("report");

        await using var services = CliServices.Build(storage);
        var report = await services.GetRequiredService<ReportService>().BuildAsync(circularRef, asOf ?? services.GetRequiredService<TimeProvider>().GetUtcNow(), cancellationToken)
            ?? throw new UsageException($"no circular {circularRef}: import it first with hsnforms circular import FILE.json.");

        var text = ReportJson.Write(report);
        if (output is not null)
        {
            await ReportFiles.Render(report).WriteToAsync(output, cancellationToken);
        }

        await stdout.WriteLineAsync((json ? text : Table(report)).AsMemory(), cancellationToken);
        return ExitCodes.Success;
    }

    /// <summary>ISO 8601; a time with no offset is a Hong Kong time, as every time in a circular is.</summary>
    internal static DateTimeOffset? AsOf(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset)
            && (text.EndsWith('Z') || text.Contains('+', StringComparison.Ordinal) || text.LastIndexOf('-') > 9))
        {
            return withOffset;
        }

        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), HongKongTime.Offset);
        }

        throw new UsageException($"--as-of must be an ISO 8601 time such as 2023-11-28T09:00:00+08:00, not \"{text}\".");
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
