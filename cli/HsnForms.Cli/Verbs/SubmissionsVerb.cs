using System.CommandLine;
using System.Text;
using HsnForms.Cli.CommandLine;
using HsnForms.Cli.Local;
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
    public static Command Create()
    {
        var submissions = new Command("submissions", "Every submission of a circular, and the service desk's corrections and entries.");
        submissions.Subcommands.Add(List());
        submissions.Subcommands.Add(Correct());
        submissions.Subcommands.Add(Enter());
        return submissions;
    }

    /// <summary>--set KEY=VALUE, repeated or several after one --set (--set participate=true services=OTP-C;OMD-C).</summary>
    private static Option<string[]> Set(string description) => new("--set")
    {
        Description = description + " Values as forms.md writes them: participate=true, services=OTP-C;OMD-C, results=OTP-C:successful;OMD-C:not_tested, signed_date=2023-11-24.",
        HelpName = "KEY=VALUE",
        AllowMultipleArgumentsPerToken = true,
        DefaultValueFactory = _ => [],
    };

    private static Command List()
    {
        var circular = CommonOptions.Circular(required: true, "The circular.");
        var subscriber = new Option<string?>("--subscriber") { Description = "Only this subscriber's.", HelpName = "ID" };
        var json = CommonOptions.Json("Print {\"submissions\":[{id, subscriber_id, form, received_at, status, source, corrected, fields, ...}]}; status is that submission's complete or incomplete.");
        var storage = CommonOptions.Storage();
        var command = new Command("list", "Every submission of a circular as it stands now, corrections applied.") { circular, subscriber, json, storage };
        command.SetAction((parse, cancellationToken) => WithDeskAsync(parse.GetValue(storage), async desk =>
        {
            var list = await desk.ListSubmissionsAsync(CircularArgument.Reference(parse.GetRequiredValue(circular))!, parse.GetValue(subscriber), cancellationToken);
            return parse.GetValue(json) ? DeskJson.Object(w =>
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
        }, parse.Out(), cancellationToken));
        return command;
    }

    private static Command Correct()
    {
        var id = new Argument<string>("ID") { Description = "The submission's id (hsnforms submissions list shows them)." };
        var set = Set("A corrected value.");
        var unset = new Option<string[]>("--unset") { Description = "A value to remove: the form did not give it.", HelpName = "KEY", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [] };
        var note = new Option<string>("--note") { Description = "Why, for the record.", HelpName = "TEXT", Required = true };
        var by = CommonOptions.By();
        var circular = CommonOptions.Circular(required: false, "The submission's circular (found by its id when not given).");
        var json = CommonOptions.Json("Print the submission as it now stands, with the correction.");
        var storage = CommonOptions.Storage();
        var command = new Command("correct", "Corrects what the reader got wrong in a recorded submission; it is checked again, so it may become complete, or incomplete. The reading itself is kept.")
        {
            id, set, unset, note, by, circular, json, storage,
        };
        command.SetAction((parse, cancellationToken) => WithDeskAsync(parse.GetValue(storage), async desk =>
        {
            var corrected = await desk.CorrectAsync(parse.GetRequiredValue(id), parse.GetValue(set)!, parse.GetValue(unset)!, parse.GetValue(note), parse.GetValue(by), cancellationToken,
                CircularArgument.Reference(parse.GetValue(circular)));
            var correction = corrected.Corrections[^1];
            return parse.GetValue(json) ? DeskJson.Object(w =>
            {
                DeskJson.WriteSubmissionProperties(w, corrected);
                w.WritePropertyName("correction");
                DeskJson.WriteCorrection(w, correction);
            }) : $"{corrected.Id}: corrected ({string.Join(", ", correction.Keys)}) by {correction.By}; the {corrected.Form} form is now {(corrected.Complete ? "complete" : "incomplete")}.";
        }, parse.Out(), cancellationToken));
        return command;
    }

    private static Command Enter()
    {
        var circular = CommonOptions.Circular(required: true, "The circular the form answers.");
        var subscriber = new Option<string>("--subscriber") { Description = "Whose form it is.", HelpName = "ID", Required = true };
        var form = new Option<string>("--form") { Description = "Which form.", HelpName = "intention|result", Required = true };
        var received = new Option<string?>("--received")
        {
            Description = "When the form was received (ISO 8601; no offset is Hong Kong time); the statuses follow it, as for mail. With --review, the item's mail time when not given.",
            HelpName = "TIME",
        };
        var set = Set("A value of the form.");
        var note = new Option<string>("--note") { Description = "How the form came, for the record (fax, scan, a call confirmed in writing).", HelpName = "TEXT", Required = true };
        var file = new Option<FileInfo?>("--file") { Description = "The evidence (the fax or scan), kept with the submission.", HelpName = "PATH" };
        var review = new Option<string?>("--review") { Description = "The review item this entry settles; its file is the evidence when --file is not given.", HelpName = "ID" };
        var by = CommonOptions.By();
        var json = CommonOptions.Json("Print the submission it made, with already_recorded, the settled review item and warnings.");
        var storage = CommonOptions.Storage();
        var command = new Command("enter", "Records a form that came another way: fax, a scanned PDF, or a phone call confirmed in writing.")
        {
            circular, subscriber, form, received, set, note, file, review, by, json, storage,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var receivedText = parse.GetValue(received);
            var entry = new DeskEntry
            {
                CircularRef = CircularArgument.Reference(parse.GetRequiredValue(circular))!,
                SubscriberId = parse.GetRequiredValue(subscriber),
                Form = parse.GetRequiredValue(form),
                ReceivedAt = receivedText is null ? null : CommonOptions.ParseTime(receivedText) ?? throw new UsageException($"--received must be an ISO 8601 time such as 2023-11-24T16:30:00+08:00, not \"{FieldEntry.Shorten(receivedText)}\"."),
                Set = parse.GetValue(set)!,
                Note = parse.GetValue(note),
                ReviewId = parse.GetValue(review),
                By = parse.GetValue(by),
                File = await EvidenceAsync(parse.GetValue(file), cancellationToken),
            };
            return await WithDeskAsync(parse.GetValue(storage), async desk =>
            {
                var result = await desk.EnterAsync(entry, cancellationToken);
                return parse.GetValue(json) ? DeskJson.Object(w =>
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
            }, parse.Out(), cancellationToken);
        });
        return command;
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

    private static async Task<(string Name, byte[] Content)?> EvidenceAsync(FileInfo? file, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return null;
        }

        if (!file.Exists)
        {
            throw new UsageException($"--file {file}: no such file.");
        }

        if (file.Length > DeskText.FileBytes)
        {
            throw new UsageException($"--file {file}: {file.Length / 1024 / 1024} MB is too large for evidence (at most {DeskText.FileBytes / 1024 / 1024} MB).");
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
