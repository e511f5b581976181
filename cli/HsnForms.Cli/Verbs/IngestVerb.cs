using System.Text.Json;
using HsnForms.Intake.Mail;
using HsnForms.Intake.Mail.Graph;
using HsnForms.Intake.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace HsnForms.Cli.Verbs;

/// <summary><c>hsnforms ingest [--mailbox DIR] [--json]</c>: one polling cycle, the same work as the timer function.</summary>
internal static class IngestVerb
{
    public static async Task<int> RunAsync(Arguments args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var json = args.Flag("--json");
        var folder = args.Option("--mailbox");
        var storage = args.Option("--storage");
        args.EnsureAllRead("ingest");
        if (args.Positional.Count > 0)
        {
            throw new UsageException($"ingest takes no {args.Positional[0]}.");
        }

        if (folder is not null && !Directory.Exists(folder))
        {
            throw new UsageException($"no mailbox folder: {folder}");
        }

        await using var services = CliServices.Build(storage);
        var mailbox = CliServices.OpenMailbox(services, folder,
            "no mailbox: set Graph__Mailbox (and Graph__BaseUrl, credentials) to read the Graph mailbox, or give --mailbox DIR for a folder of .eml files.");
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
            }).AsMemory(), cancellationToken);
        }
        else
        {
            var where = mailbox is FolderMailbox local ? $" (replies in {local.Outbox})" : "";
            await stdout.WriteLineAsync($"{summary.Messages} messages: {summary.Forms} forms, {summary.Recorded} recorded, {summary.Duplicates} already recorded, {summary.Review} for review, {summary.Untouched} left untouched; {summary.Acknowledged} senders answered{where}".AsMemory(), cancellationToken);
        }

        return ExitCodes.Success;
    }
}
