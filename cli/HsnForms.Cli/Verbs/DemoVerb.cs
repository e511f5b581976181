using System.Globalization;
using HsnForms.Intake;
using HsnForms.Intake.Mail;
using HsnForms.Intake.Pipeline;
using HsnForms.Intake.Storage;
using HsnForms.Reporting;
using HsnForms.Reporting.Reminders;
using Microsoft.Extensions.DependencyInjection;

namespace HsnForms.Cli.Verbs;

/// <summary>
/// <c>hsnforms demo</c>: the whole system locally in one command, on the bundled sample register,
/// circular and mailbox, with the report as the service desk sees it after both deadlines.
/// </summary>
internal static class DemoVerb
{
    /// <summary>After both deadlines of HDS/23/1109, so the demo shows every status and is the same whenever it runs.</summary>
    private static readonly DateTimeOffset s_reportMoment = new(2023, 11, 28, 9, 0, 0, HongKongTime.Offset);
    private static readonly DateTimeOffset s_reminderMoment = new(2023, 11, 26, 9, 0, 0, HongKongTime.Offset);

    public static async Task<int> RunAsync(Arguments args, TextWriter stdout, CancellationToken cancellationToken)
    {
        var output = Path.GetFullPath(args.Option("--out") ?? "out");
        args.EnsureAllRead("demo");
        var repository = FindRepository() ?? throw new UsageException("run the demo from the HSN Forms repository (its samples/ folder holds the demo's mail).");
        var samples = Path.Combine(repository, "samples");

        await using var azurite = await LocalAzurite.StartIfNeededAsync(repository, stdout, cancellationToken);

        // An Azurite that was already running may hold other data: this run keeps to names of its own.
        var run = DateTime.UtcNow.ToString("MMddHHmmss", CultureInfo.InvariantCulture);
        var overrides = azurite.Started ? null : new Dictionary<string, string?>
        {
            ["StorageOptions:TablePrefix"] = "demo" + run,
            ["StorageOptions:MailContainer"] = "demo-mail-" + run,
            ["StorageOptions:AttachmentContainer"] = "demo-files-" + run,
            ["StorageOptions:ReportContainer"] = "demo-reports-" + run,
        };
        await using var services = CliServices.Build("UseDevelopmentStorage=true", overrides);

        using (var register = new StreamReader(Path.Combine(samples, "register.csv")))
        {
            var count = await services.GetRequiredService<SubscriberRegister>().ImportCsvAsync(register, cancellationToken);
            await stdout.WriteLineAsync($"Imported the subscriber register: {count} subscribers.");
        }

        await using (var json = File.OpenRead(Path.Combine(samples, "circular-HDS-23-1109.json")))
        {
            var circular = Forms.Catalog.Circular.Parse(json);
            await services.GetRequiredService<CircularStore>().SaveAsync(circular, cancellationToken);
            await stdout.WriteLineAsync($"Imported circular {circular.Ref}: intention due {circular.Forms[0].Due:d MMM yyyy}, result due {circular.Forms[1].Due:d MMM yyyy} (HKT).");
        }

        var outbox = Path.Combine(output, "outbox");
        if (Directory.Exists(outbox))
        {
            Directory.Delete(outbox, recursive: true);
        }

        var summary = await services.GetRequiredService<IntakePipeline>().RunCycleAsync(new FolderMailbox(Path.Combine(samples, "mailbox"), outbox), null, cancellationToken);
        await stdout.WriteLineAsync($"Read the sample mailbox: {summary.Messages} messages, {summary.Forms} forms, {summary.Recorded} submissions recorded, {summary.Duplicates} repeats, {summary.Review} kept for review, {summary.Untouched} left alone; {summary.Acknowledged} senders answered.");

        var report = await services.GetRequiredService<ReportService>().BuildAsync("HDS/23/1109", s_reportMoment, cancellationToken)
            ?? throw new InvalidOperationException("The demo circular is missing.");
        var files = ReportFiles.Render(report);
        await files.WriteToAsync(output, cancellationToken);

        var sender = services.GetRequiredService<ReminderSender>();
        var circularDefinition = report.Circular;
        var plan = await sender.UnsentAsync(circularDefinition, (await sender.PlanAsync(circularDefinition.Ref, s_reminderMoment, cancellationToken))!, cancellationToken);

        await stdout.WriteLineAsync();
        await stdout.WriteLineAsync($"Compliance report for {report.Circular.Ref} as of {HongKongTime.Readable(report.AsOf)}:");
        await stdout.WriteLineAsync($"  {"subscriber",-9}  {"intention",-12}  {"result",-12}  name");
        foreach (var standing in report.Subscribers)
        {
            await stdout.WriteLineAsync($"  {standing.Subscriber.Id,-9}  {standing["intention"]?.Status,-12}  {standing["result"]?.Status,-12}  {standing.Subscriber.Name}");
        }

        foreach (var form in report.Circular.Forms)
        {
            await stdout.WriteLineAsync($"  {form.Form}: " + string.Join(", ", report.Summary(form.Form).Where(p => p.Value > 0).Select(p => $"{p.Value} {p.Key}")));
        }

        await stdout.WriteLineAsync($"  {report.Review.Count} items wait for review: " + string.Join(", ", report.Review.Select(r => $"{r.Reason} ({r.From})")));
        await stdout.WriteLineAsync();
        await stdout.WriteLineAsync($"Reminders due at {HongKongTime.Readable(s_reminderMoment)} (dry run, nothing sent): " +
            (plan.Reminders.Count == 0 ? "none" : string.Join(", ", plan.Reminders.Select(r => $"{r.SubscriberId} {r.Form} {r.Kind}"))));
        await stdout.WriteLineAsync();
        await stdout.WriteLineAsync("Open:");
        await stdout.WriteLineAsync($"  {Path.Combine(output, ReportFiles.TrackerName)}   the tracker workbook");
        await stdout.WriteLineAsync($"  {Path.Combine(output, ReportFiles.PageName)}    the report page");
        await stdout.WriteLineAsync($"  {Path.Combine(output, ReportFiles.JsonName)}    the report as JSON (hsnforms report --json)");
        await stdout.WriteLineAsync($"  {outbox}   the replies each sender received");
        return ExitCodes.Success;
    }

    private static string? FindRepository()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "samples", "register.csv")) && File.Exists(Path.Combine(dir.FullName, "package.json")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }
}
