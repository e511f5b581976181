using System.CommandLine;
using System.Globalization;
using HsnForms.Cli.CommandLine;
using HsnForms.Cli.Local;
using HsnForms.Intake;
using HsnForms.Intake.Mail;
using HsnForms.Intake.Pipeline;
using HsnForms.Intake.Storage;
using HsnForms.Reporting;
using HsnForms.Reporting.Reminders;
using Microsoft.Extensions.DependencyInjection;

namespace HsnForms.Cli.Verbs;

/// <summary>
/// <c>hsnforms demo [--out DIR] [--keep]</c>: the whole system locally in one command, on the sample register,
/// circular and mailbox built into hsnforms, with the report as the service desk sees it after both deadlines.
/// </summary>
internal static class DemoVerb
{
    /// <summary>After both deadlines of HDS/23/1109, so the demo shows every status and is the same whenever it runs.</summary>
    private static readonly DateTimeOffset s_reportMoment = new(2023, 11, 28, 9, 0, 0, HongKongTime.Offset);
    private static readonly DateTimeOffset s_reminderMoment = new(2023, 11, 26, 9, 0, 0, HongKongTime.Offset);

    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Where the tracker, the report page, the replies and the samples are written.", HelpName = "DIR", DefaultValueFactory = _ => "out" };
        var keep = new Option<bool>("--keep")
        {
            Description = "Keep the demo's records for the other verbs: Azurite's data stays in the profile folder (" + LocalAzurite.DataFolder +
                "), or in the Azurite already running, under the default names. Without it, a demo leaves nothing behind.",
        };
        var desk = new Option<bool>("--desk")
        {
            Description = $"Then keep Azurite and the service desk's web app running (http://127.0.0.1:{DeskVerb.DefaultPort}/desk/, loopback only) on the demo's records until Ctrl+C.",
        };
        var command = new Command("demo", "The whole system locally in one command: Azurite, a sample register, circular HDS/23/1109 and a sample mailbox; ingest, report and a reminder dry run.")
        {
            output, keep, desk,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(Path.GetFullPath(parse.GetRequiredValue(output)), parse.GetValue(keep), parse.GetValue(desk), parse.Out(), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string output, bool keep, bool desk, TextWriter stdout, CancellationToken cancellationToken)
    {
        var samples = Path.Combine(output, "samples");
        await DemoSamples.WriteToAsync(samples, cancellationToken);
        await using var azurite = await LocalAzurite.StartIfNeededAsync(keep ? LocalAzurite.DataFolder : null, stdout, cancellationToken);

        // An Azurite that was already running may hold other data: without --keep this run keeps to names of its own.
        var run = DateTime.UtcNow.ToString("MMddHHmmss", CultureInfo.InvariantCulture);
        var overrides = azurite.Started || keep ? null : new Dictionary<string, string?>
        {
            ["StorageOptions:TablePrefix"] = "demo" + run,
            ["StorageOptions:MailContainer"] = "demo-mail-" + run,
            ["StorageOptions:AttachmentContainer"] = "demo-files-" + run,
            ["StorageOptions:ReportContainer"] = "demo-reports-" + run,
        };
        await using var services = CliServices.Build("UseDevelopmentStorage=true", overrides);

        using (var register = new StreamReader(Path.Combine(samples, DemoSamples.Register)))
        {
            var import = await services.GetRequiredService<SubscriberRegister>().ImportAsync(register, cancellationToken);
            await stdout.WriteLineAsync($"Imported the subscriber register: {import.Subscribers} subscribers.");
        }

        await using (var json = File.OpenRead(Path.Combine(samples, DemoSamples.Circular)))
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

        var summary = await services.GetRequiredService<IntakePipeline>().RunCycleAsync(new FolderMailbox(Path.Combine(samples, DemoSamples.Mailbox), outbox), null, cancellationToken);
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
        await stdout.WriteLineAsync($"  {samples}   the register, the circular and the mailbox it read");
        await stdout.WriteLineAsync();
        if (desk)
        {
            await ServeDeskAsync(stdout, overrides, cancellationToken);
            return ExitCodes.Success;
        }

        await KeptAsync(stdout, keep, azurite, samples);
        return ExitCodes.Success;
    }

    /// <summary>The desk on the demo's records, until Ctrl+C; Azurite (started or found) stays up as long.</summary>
    private static async Task ServeDeskAsync(TextWriter stdout, Dictionary<string, string?>? overrides, CancellationToken cancellationToken)
    {
        var settings = new Desk.Hosting.LocalDeskSettings(DeskVerb.DefaultPort, "UseDevelopmentStorage=true") { Overrides = overrides ?? [] };
        Desk.Hosting.LocalDesk desk;
        try
        {
            desk = await DeskVerb.StartAsync(settings, cancellationToken);
        }
        catch (UsageException)
        {
            // The usual port is taken (another desk, say): any free one will do for a demo.
            desk = await DeskVerb.StartAsync(settings with { Port = 0 }, cancellationToken);
        }

        await using (desk)
        {
            await stdout.WriteLineAsync($"The service desk is running on the demo's records, as {Environment.UserName}, on 127.0.0.1 only:");
            await stdout.WriteLineAsync($"  {desk.Address}   correct, enter, note and pause; the review queue");
            await stdout.WriteLineAsync($"  {desk.Address}circular?ref=HDS%2F23%2F1109   the live report");
            await stdout.WriteLineAsync("Azurite and the desk keep running until Ctrl+C.");
            await DeskVerb.WaitAsync(cancellationToken);
        }
    }

    /// <summary>The closing lines: where the records are, and how to go on with them.</summary>
    private static async Task KeptAsync(TextWriter stdout, bool keep, LocalAzurite azurite, string samples)
    {
        if (!keep)
        {
            await stdout.WriteLineAsync("Nothing was kept in storage. To go on with the demo's records in the other verbs, run 'hsnforms demo --keep'.");
            return;
        }

        var asOf = HongKongTime.Format(s_reportMoment);
        await stdout.WriteLineAsync(azurite.Started
            ? $"The demo's records are kept in {LocalAzurite.DataFolder}. Start storage again with 'hsnforms azurite' (it runs until Ctrl+C), then in another terminal:"
            : "The demo's records are kept in the Azurite that is running, under the default names. Go on with:");
        await stdout.WriteLineAsync($"  hsnforms report --circular HDS/23/1109 --as-of {asOf}");
        await stdout.WriteLineAsync("  hsnforms review");
        await stdout.WriteLineAsync($"  hsnforms remind --circular HDS/23/1109 --as-of {HongKongTime.Format(s_reminderMoment)} --dry-run");
        await stdout.WriteLineAsync($"  hsnforms ingest --mailbox {Path.Combine(samples, DemoSamples.Mailbox)}   (records nothing twice)");
    }
}
