using System.CommandLine;
using System.Text;
using System.Text.Json;
using HsnForms.Cli.CommandLine;
using HsnForms.Cli.Local;
using HsnForms.Forms.Reading;
using HsnForms.Intake;
using HsnForms.Intake.Review;
using HsnForms.Intake.Storage;
using HsnForms.Intake.Text;
using HsnForms.Reporting;
using Microsoft.Extensions.DependencyInjection;

namespace HsnForms.Cli.Verbs;

/// <summary>
/// <c>hsnforms review [list] [--circular REF] [--all] [--json]</c>,
/// <c>hsnforms review accept ID --subscriber ID [--circular REF] [--note TEXT]</c> and
/// <c>hsnforms review dismiss ID --note TEXT</c>: what waits for a person, and settling it.
/// </summary>
internal static class ReviewVerb
{
    public static Command Create()
    {
        var review = List("review", "What waits for review (the same as review list), and settling it with review accept or review dismiss.");
        review.Subcommands.Add(List("list", "What waits for review, each item with its id."));
        review.Subcommands.Add(Accept());
        review.Subcommands.Add(Dismiss());
        return review;
    }

    private static Command List(string name, string description)
    {
        var circular = CommonOptions.Circular(required: false, "Only items for this circular (and those for none).");
        var all = new Option<bool>("--all") { Description = "Also the items already settled, with how." };
        var json = CommonOptions.Json("Print {\"review\":[...]}, each item as in the report's JSON.");
        var storage = CommonOptions.Storage();
        var command = new Command(name, description) { circular, all, json, storage };
        command.SetAction((parse, cancellationToken) => RunAsync(parse, storage, async (desk, cancel) =>
        {
            var items = await desk.ListAsync(CircularArgument.Reference(parse.GetValue(circular)), parse.GetValue(all), cancel);
            return parse.GetValue(json) ? Json(items) : Table(items, parse.GetValue(all));
        }, cancellationToken));
        return command;
    }

    private static Command Accept()
    {
        var id = new Argument<string>("ID") { Description = "The review item's id (hsnforms review lists them)." };
        var subscriber = new Option<string>("--subscriber") { Description = "Who the form is counted for.", HelpName = "SUBSCRIBER_ID", Required = true };
        var circular = CommonOptions.Circular(required: false, "The circular it answers, when the item does not say.");
        var note = new Option<string?>("--note") { Description = "Why, for the record.", HelpName = "TEXT" };
        var by = CommonOptions.By();
        var json = CommonOptions.Json("Print the settled item and the submission it made.");
        var storage = CommonOptions.Storage();
        var command = new Command("accept", "Counts the form a review item holds for the subscriber you name, as received when its mail arrived.")
        {
            id, subscriber, circular, note, by, json, storage,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse, storage, async (desk, cancel) => Describe(
            await desk.AcceptAsync(parse.GetRequiredValue(id), parse.GetRequiredValue(subscriber), CircularArgument.Reference(parse.GetValue(circular)), parse.GetValue(note), cancel, parse.GetValue(by)),
            parse.GetValue(json)), cancellationToken));
        return command;
    }

    private static Command Dismiss()
    {
        var id = new Argument<string>("ID") { Description = "The review item's id (hsnforms review lists them)." };
        var note = new Option<string>("--note") { Description = "Why nothing is counted, for the record.", HelpName = "TEXT", Required = true };
        var by = CommonOptions.By();
        var json = CommonOptions.Json("Print the settled item.");
        var storage = CommonOptions.Storage();
        var command = new Command("dismiss", "Settles an item with nothing to count, saying why.") { id, note, by, json, storage };
        command.SetAction((parse, cancellationToken) => RunAsync(parse, storage, async (desk, cancel) => Describe(
            await desk.DismissAsync(parse.GetRequiredValue(id), parse.GetRequiredValue(note), cancel, parse.GetValue(by)), parse.GetValue(json)), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, Option<string?> storage, Func<ReviewDesk, CancellationToken, Task<string>> work, CancellationToken cancellationToken)
    {
        await using var services = CliServices.Build(parse.GetValue(storage));
        try
        {
            var text = await work(services.GetRequiredService<ReviewDesk>(), cancellationToken);
            await parse.Out().WriteLineAsync(text.AsMemory(), cancellationToken);
            return ExitCodes.Success;
        }
        catch (ReviewDeskException ex)
        {
            throw new UsageException(ex.Message);
        }
    }

    private static string Describe(ReviewDecision decision, bool json) => json ? Json(decision) : Sentence(decision);

    private static string Json(IReadOnlyList<ReviewItem> items) => Write(json =>
    {
        json.WriteStartArray("review");
        foreach (var item in items)
        {
            ReportJson.WriteReviewItem(json, item);
        }

        json.WriteEndArray();
    });

    private static string Json(ReviewDecision decision) => Write(json =>
    {
        json.WritePropertyName("item");
        ReportJson.WriteReviewItem(json, decision.Item);
        if (decision.Submission is { } counted)
        {
            json.WriteStartObject("submission");
            json.WriteString("circular", counted.CircularRef);
            json.WriteString("subscriber_id", counted.SubscriberId);
            json.WriteString("form", counted.Form);
            json.WriteString("status", counted.Complete ? "complete" : "incomplete");
            json.WriteString("received_at", HongKongTime.Format(counted.ReceivedAt));
            json.WriteEndObject();
        }

        json.WriteBoolean("already_counted", decision.AlreadyCounted);
        json.WriteStartArray("warnings");
        foreach (var warning in decision.Warnings)
        {
            json.WriteStringValue(warning);
        }

        json.WriteEndArray();
    });

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, FormResultJson.WriterOptions))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Table(IReadOnlyList<ReviewItem> items, bool all)
    {
        if (items.Count == 0)
        {
            return all ? "Nothing has been held for review." : "Nothing waits for review.";
        }

        var lines = new StringBuilder();
        lines.AppendLine($"{items.Count} {(all ? "review items" : "items wait for review")}:");
        foreach (var item in items)
        {
            lines.Append(item.Id).Append("  ").Append(HongKongTime.Readable(item.ReceivedAt)).Append("  ").Append(item.Reason)
                .Append("  from ").Append(ReadableText.Line(item.From));
            if (item.AttachmentName is { } file)
            {
                // Names and text from mail are shown, never obeyed: a right-to-left override is [U+202E] here too.
                lines.Append("  file ").Append(ReadableText.Line(file));
            }

            if (!item.IsOpen)
            {
                lines.Append("  [").Append(item.Resolution).Append(item.ResolvedFor is { } id ? " for " + id : "").Append(']');
            }

            lines.AppendLine().Append("    ").AppendLine(ReadableText.Line(item.Detail));
        }

        return lines.ToString().TrimEnd();
    }

    private static string Sentence(ReviewDecision decision)
    {
        var item = decision.Item;
        var text = new StringBuilder();
        if (decision.Submission is { } counted)
        {
            text.Append($"{item.Id}: the {counted.Form} form ({(counted.Complete ? "complete" : "incomplete")}) is now counted for {counted.SubscriberId}, circular {counted.CircularRef}, as received {HongKongTime.Readable(counted.ReceivedAt)}.");
        }
        else if (decision.AlreadyCounted)
        {
            text.Append($"{item.Id}: accepted for {item.ResolvedFor}; the same form was already counted, so nothing was added.");
        }
        else
        {
            text.Append($"{item.Id}: dismissed ({item.Note}).");
        }

        foreach (var warning in decision.Warnings)
        {
            text.AppendLine().Append("note: ").Append(warning);
        }

        return text.ToString();
    }
}
