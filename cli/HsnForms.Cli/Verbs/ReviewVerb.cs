using System.Text;
using System.Text.Json;
using HsnForms.Forms.Reading;
using HsnForms.Intake;
using HsnForms.Intake.Review;
using HsnForms.Intake.Storage;
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
    public static async Task<int> RunAsync(Arguments args, TextWriter stdout, CancellationToken cancellationToken)
    {
        var json = args.Flag("--json");
        var storage = args.Option("--storage");
        var action = args.Positional.Count == 0 ? "list" : args.Positional[0];
        var circular = action is "list" or "accept" ? args.Option("--circular") : null;
        var id = args.Positional.Count > 1 ? args.Positional[1] : null;
        var subscriber = action == "accept" ? args.Required("--subscriber", "SUBSCRIBER_ID (who the form is counted for)") : null;
        var note = action is "accept" or "dismiss" ? args.Option("--note") : null;
        var all = action == "list" && args.Flag("--all");
        var by = action is "accept" or "dismiss" ? args.Option("--by") : null;
        args.EnsureAllRead("review " + action);
        if (action is not ("list" or "accept" or "dismiss") || (action == "list") != (id is null) || args.Positional.Count > 2)
        {
            throw new UsageException("usage: hsnforms review [list] [--circular REF] [--all] | review accept ID --subscriber ID [--circular REF] [--note TEXT] | review dismiss ID --note TEXT");
        }

        await using var services = CliServices.Build(storage);
        var desk = services.GetRequiredService<ReviewDesk>();
        try
        {
            if (action == "list")
            {
                var items = await desk.ListAsync(circular, all, cancellationToken);
                await stdout.WriteLineAsync((json ? Json(items) : Table(items, all)).AsMemory(), cancellationToken);
                return ExitCodes.Success;
            }

            var decision = action == "accept"
                ? await desk.AcceptAsync(id!, subscriber!, circular, note, cancellationToken, by)
                : await desk.DismissAsync(id!, note ?? "", cancellationToken, by);
            await stdout.WriteLineAsync((json ? Json(decision) : Sentence(decision)).AsMemory(), cancellationToken);
            return ExitCodes.Success;
        }
        catch (ReviewDeskException ex)
        {
            throw new UsageException(ex.Message);
        }
    }

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
                .Append("  from ").Append(item.From);
            if (item.AttachmentName is { } file)
            {
                lines.Append("  file ").Append(file);
            }

            if (!item.IsOpen)
            {
                lines.Append("  [").Append(item.Resolution).Append(item.ResolvedFor is { } id ? " for " + id : "").Append(']');
            }

            lines.AppendLine().Append("    ").AppendLine(item.Detail);
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
