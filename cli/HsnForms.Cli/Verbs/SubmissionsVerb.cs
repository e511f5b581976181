using System.Text;
using HsnForms.Intake;
using HsnForms.Intake.Decisions;
using HsnForms.Reporting;
using Microsoft.Extensions.DependencyInjection;

namespace HsnForms.Cli.Verbs;

/// <summary>
/// <c>hsnforms submissions list --circular REF [--subscriber ID]</c>,
/// <c>submissions correct ID --set KEY=VALUE... [--unset KEY...] --note TEXT [--by NAME]</c> and
/// <c>submissions enter --circular REF --subscriber ID --form F --received TIME --set KEY=VALUE... --note TEXT [--file PATH] [--review ID] [--by NAME]</c>:
/// every submission of a circular, and the service desk's corrections and entries.
/// </summary>
internal static class SubmissionsVerb
{
    private const string Usage = "usage: hsnforms submissions list --circular REF [--subscriber ID] | submissions correct ID --set KEY=VALUE... [--unset KEY...] --note TEXT [--by NAME] | submissions enter --circular REF --subscriber ID --form intention|result --received TIME --set KEY=VALUE... --note TEXT [--file PATH] [--review ID] [--by NAME]";

    public static async Task<int> RunAsync(Arguments args, TextWriter stdout, CancellationToken cancellationToken)
    {
        var action = args.Positional.Count == 0 ? throw new UsageException(Usage) : args.Positional[0];
        var json = args.Flag("--json");
        var storage = args.Option("--storage");
        switch (action)
        {
            case "list":
            {
                var circular = args.Required("--circular", "REF");
                var subscriber = args.Option("--subscriber");
                args.EnsureAllRead("submissions list");
                Positionals(args, 1);
                return await WithDeskAsync(storage, async desk =>
                {
                    var list = await desk.ListSubmissionsAsync(circular, subscriber, cancellationToken);
                    return json ? DeskJson.Object(w =>
                    {
                        w.WriteStartArray("submissions");
                        foreach (var submission in list)
                        {
                            w.WriteStartObject();
                            DeskJson.WriteSubmissionProperties(w, submission);
                            w.WriteEndObject();
                        }

                        w.WriteEndArray();
                    }) : Table(list);
                }, stdout, cancellationToken);
            }

            case "correct":
            {
                var set = args.Values("--set");
                var unset = args.Values("--unset");
                var note = args.Option("--note");
                var by = args.Option("--by");
                var circular = args.Option("--circular");
                args.EnsureAllRead("submissions correct");
                Positionals(args, 2);
                var id = args.Positional[1];
                return await WithDeskAsync(storage, async desk =>
                {
                    var corrected = await desk.CorrectAsync(id, set, unset, note, by, cancellationToken, circular);
                    var correction = corrected.Corrections[^1];
                    return json ? DeskJson.Object(w =>
                    {
                        DeskJson.WriteSubmissionProperties(w, corrected);
                        w.WritePropertyName("correction");
                        DeskJson.WriteCorrection(w, correction);
                    }) : $"{corrected.Id}: corrected ({string.Join(", ", correction.Keys)}) by {correction.By}; the {corrected.Form} form is now {(corrected.Complete ? "complete" : "incomplete")}.";
                }, stdout, cancellationToken);
            }

            case "enter":
            {
                var entry = new DeskEntry
                {
                    CircularRef = args.Required("--circular", "REF"),
                    SubscriberId = args.Required("--subscriber", "ID"),
                    Form = args.Required("--form", "intention|result"),
                    ReceivedAt = ReportVerb.AsOf(args.Option("--received")),
                    Set = args.Values("--set"),
                    Note = args.Option("--note"),
                    ReviewId = args.Option("--review"),
                    By = args.Option("--by"),
                    File = await EvidenceAsync(args.Option("--file"), cancellationToken),
                };
                args.EnsureAllRead("submissions enter");
                Positionals(args, 1);
                return await WithDeskAsync(storage, async desk =>
                {
                    var result = await desk.EnterAsync(entry, cancellationToken);
                    return json ? DeskJson.Object(w =>
                    {
                        DeskJson.WriteSubmissionProperties(w, result.Submission);
                        w.WriteBoolean("already_recorded", result.AlreadyRecorded);
                        if (result.Settled is { } item)
                        {
                            w.WritePropertyName("review");
                            ReportJson.WriteReviewItem(w, item);
                        }

                        w.WriteStartArray("warnings");
                        foreach (var warning in result.Warnings)
                        {
                            w.WriteStringValue(warning);
                        }

                        w.WriteEndArray();
                    }) : Sentence(result);
                }, stdout, cancellationToken);
            }

            default:
                throw new UsageException(Usage);
        }
    }

    /// <summary>Runs one desk decision: its refusals are the user's to fix, so one line and exit 2.</summary>
    internal static async Task<int> WithDeskAsync(string? storage, Func<ServiceDesk, Task<string>> work, TextWriter stdout, CancellationToken cancellationToken)
    {
        await using var services = CliServices.Build(storage);
        try
        {
            var text = await work(services.GetRequiredService<ServiceDesk>());
            await stdout.WriteLineAsync(text.AsMemory(), cancellationToken);
            return ExitCodes.Success;
        }
        catch (DeskDecisionException ex)
        {
            throw new UsageException(ex.Message);
        }
    }

    private static void Positionals(Arguments args, int count)
    {
        if (args.Positional.Count != count)
        {
            throw new UsageException(args.Positional.Count > count ? $"unexpected '{FieldEntry.Shorten(args.Positional[count])}' ({Usage})" : Usage);
        }
    }

    private static async Task<(string Name, byte[] Content)?> EvidenceAsync(string? path, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            return null;
        }

        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new UsageException($"--file {path}: no such file.");
        }

        if (file.Length > DeskText.FileBytes)
        {
            throw new UsageException($"--file {path}: {file.Length / 1024 / 1024} MB is too large for evidence (at most {DeskText.FileBytes / 1024 / 1024} MB).");
        }

        return (file.Name, await File.ReadAllBytesAsync(file.FullName, cancellationToken));
    }

    private static string Table(IReadOnlyList<Intake.Storage.Submission> list)
    {
        if (list.Count == 0)
        {
            return "No submissions.";
        }

        var text = new StringBuilder();
        foreach (var s in list)
        {
            text.Append(s.Id).Append("  ").Append(s.SubscriberId).Append("  ").Append(s.Form.PadRight(10)).Append(HongKongTime.Readable(s.ReceivedAt)).Append("  ")
                .Append((s.Complete ? "complete" : "incomplete").PadRight(11)).Append(s.Source).Append(s.Corrected ? " corrected" : "").AppendLine();
        }

        return text.ToString().TrimEnd();
    }

    private static string Sentence(DeskEntryResult result)
    {
        var s = result.Submission;
        var text = new StringBuilder(result.AlreadyRecorded
            ? $"{s.Id}: the same entry was made before; nothing was added."
            : $"{s.Id}: the {s.Form} form of {s.SubscriberId} ({(s.Complete ? "complete" : "incomplete")}) is entered as received {HongKongTime.Readable(s.ReceivedAt)}.");
        if (result.Settled is { } item)
        {
            text.Append($" Review item {item.Id} is settled.");
        }

        foreach (var warning in result.Warnings)
        {
            text.AppendLine().Append("note: ").Append(warning);
        }

        return text.ToString();
    }
}
