using System.CommandLine;
using System.Text.Json;
using HsnForms.Cli.CommandLine;
using HsnForms.Cli.Local;
using HsnForms.Intake.Mail;
using HsnForms.Intake.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace HsnForms.Cli.Verbs;

/// <summary><c>hsnforms ingest [--mailbox DIR] [--outbox DIR] [--json]</c>: one polling cycle, the same work as the timer function.</summary>
internal static class IngestVerb
{
    public static Command Create()
    {
        var mailbox = new Option<DirectoryInfo?>("--mailbox") { Description = "Read a folder of .eml files (and its subfolders) as the mailbox; without it, the Graph mailbox of the settings (Graph__Mailbox).", HelpName = "DIR" };
        var outbox = CommonOptions.Outbox();
        var json = CommonOptions.Json("Print one summary object: messages, forms, recorded, duplicates, review, untouched, acknowledged, unanswered, skipped, failed.");
        var storage = CommonOptions.Storage();
        var command = new Command("ingest", "One polling cycle: reads new mail, records each form, keeps the rest for review and answers the senders. Running it again records nothing twice.")
        {
            mailbox, outbox, json, storage,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var folder = parse.GetValue(mailbox);
            if (folder is not null && !folder.Exists)
            {
                throw new UsageException($"no mailbox folder: {folder}");
            }

            await using var services = CliServices.Build(parse.GetValue(storage));
            var source = CliServices.OpenMailbox(services, folder?.FullName, CommonOptions.OutboxOrDefault(parse.GetValue(outbox)),
                "no mailbox: set Graph__Mailbox (and Graph__BaseUrl, credentials) to read the Graph mailbox, or give --mailbox DIR for a folder of .eml files.");
            return await RunAsync(services, source, parse.GetValue(json), parse.Out(), parse.Err(), cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, IMailbox mailbox, bool json, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var progress = new Progress<CycleSummary>(s => stderr.WriteLine($"... {s.Messages} messages, {s.Recorded} recorded, {s.Review} for review"));
        var summary = await services.GetRequiredService<IntakePipeline>().RunCycleAsync(mailbox, progress, cancellationToken);
        foreach (var circular in summary.ChangedCirculars)
        {
            await services.GetRequiredService<ReportTrigger>().RequestAsync(circular, "ingest", cancellationToken);
        }

        if (json)
        {
            await stdout.WriteLineAsync(JsonSerializer.Serialize(new Dictionary<string, int>
            {
                ["messages"] = summary.Messages,
                ["forms"] = summary.Forms,
                ["recorded"] = summary.Recorded,
                ["duplicates"] = summary.Duplicates,
                ["review"] = summary.Review,
                ["untouched"] = summary.Untouched,
                ["acknowledged"] = summary.Acknowledged,
                ["unanswered"] = summary.Unanswered,
                ["skipped"] = summary.Skipped,
                ["failed"] = summary.Failed,
            }).AsMemory(), cancellationToken);
        }
        else
        {
            var where = mailbox is FolderMailbox local ? $" (replies in {local.Outbox})" : "";
            await stdout.WriteLineAsync($"{summary.Messages} messages: {summary.Forms} forms, {summary.Recorded} recorded, {summary.Duplicates} already recorded, {summary.Review} for review, {summary.Untouched} left untouched; {summary.Acknowledged} senders answered{where}, {summary.Unanswered} not answered (automatic, unconfirmed or over the day's cap){(summary.Skipped > 0 ? $"; {summary.Skipped} finished before, passed over" : "")}{(summary.Failed > 0 ? $"; {summary.Failed} failed and will be tried again" : "")}".AsMemory(), cancellationToken);
        }

        return ExitCodes.Success;
    }
}
