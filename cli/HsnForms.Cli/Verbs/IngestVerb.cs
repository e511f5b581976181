using System.Text.Json;
using HsnForms.Intake.Mail;
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

        if (folder is null)
        {
            throw new UsageException("reading the Graph mailbox is not in this build yet: use --mailbox DIR for a folder of .eml files.");
        }

        if (!Directory.Exists(folder))
        {
            throw new UsageException($"no mailbox folder: {folder}");
        }

        await using var services = CliServices.Build(storage);
        var mailbox = new FolderMailbox(folder);
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
            await stdout.WriteLineAsync($"{summary.Messages} messages: {summary.Forms} forms, {summary.Recorded} recorded, {summary.Duplicates} already recorded, {summary.Review} for review, {summary.Untouched} left untouched; {summary.Acknowledged} senders answered (replies in {mailbox.Outbox})".AsMemory(), cancellationToken);
        }

        return ExitCodes.Success;
    }
}
