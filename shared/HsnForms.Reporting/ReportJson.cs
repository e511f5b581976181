using System.Text.Json;
using HsnForms.Forms.Reading;
using HsnForms.Intake;

namespace HsnForms.Reporting;

/// <summary>The report's JSON exactly as cli.md gives it, with a few added keys (never renamed ones).</summary>
public static class ReportJson
{
    public static string Write(ComplianceReport report, bool indented = false)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, FormResultJson.WriterOptions with { Indented = indented }))
        {
            json.WriteStartObject();
            json.WriteString("circular", report.Circular.Ref);
            json.WriteString("as_of", HongKongTime.Format(report.AsOf));
            json.WriteStartArray("subscribers");
            foreach (var standing in report.Subscribers)
            {
                json.WriteStartObject();
                json.WriteString("subscriber_id", standing.Subscriber.Id);
                json.WriteString("subscriber_name", standing.Subscriber.Name);
                if (standing.Bouncing.Count > 0)
                {
                    // Registered addresses our reminders or acknowledgements no longer reach.
                    json.WriteStartArray("bouncing");
                    foreach (var address in standing.Bouncing)
                    {
                        json.WriteStringValue(address.Address);
                    }

                    json.WriteEndArray();
                }

                foreach (var form in standing.Forms)
                {
                    json.WriteStartObject(form.Form);
                    json.WriteString("status", form.Status);
                    if (form.ReceivedAt is { } received)
                    {
                        json.WriteString("received_at", HongKongTime.Format(received));
                    }

                    if (form.Shown is { } shown)
                    {
                        if (form.Form == "intention")
                        {
                            var fields = shown.Fields;
                            if (fields.Participate is { } participate)
                            {
                                json.WriteBoolean("participate", participate);
                            }

                            json.WriteStartArray("services");
                            foreach (var service in fields.Services)
                            {
                                json.WriteStringValue(service);
                            }

                            json.WriteEndArray();
                        }
                        else if (form.Form == "result")
                        {
                            json.WriteStartObject("results");
                            foreach (var (service, result) in shown.Fields.Results)
                            {
                                json.WriteString(service, result);
                            }

                            json.WriteEndObject();
                        }

                        if (shown.ReceivedAt != form.ReceivedAt)
                        {
                            json.WriteString("values_from", HongKongTime.Format(shown.ReceivedAt));
                        }
                    }

                    json.WriteNumber("forms_received", form.Received);
                    if (form.Source is { } source)
                    {
                        json.WriteString("source", source);
                    }
                    else
                    {
                        json.WriteNull("source");
                    }

                    json.WriteBoolean("corrected", form.Corrected);
                    json.WriteBoolean("reminders_paused", form.RemindersPaused);
                    if (form.Problems.Count > 0)
                    {
                        json.WriteStartArray("problems");
                        foreach (var problem in form.Problems)
                        {
                            json.WriteStringValue(problem);
                        }

                        json.WriteEndArray();
                    }

                    json.WriteEndObject();
                }

                WriteDesk(json, standing);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            foreach (var form in report.Circular.Forms)
            {
                json.WriteStartObject(form.Form);
                foreach (var (status, count) in report.Summary(form.Form))
                {
                    json.WriteNumber(status, count);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteStartArray("review");
            foreach (var item in report.Review)
            {
                WriteReviewItem(json, item);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>
    /// The service desk's keys of a subscriber: its notes, and whether its reminders are paused, as one
    /// bool when every form agrees and per form when they differ.
    /// </summary>
    private static void WriteDesk(Utf8JsonWriter json, SubscriberStanding standing)
    {
        json.WriteStartArray("notes");
        foreach (var note in standing.Notes)
        {
            json.WriteStartObject();
            json.WriteString("text", note.Text);
            json.WriteString("by", note.By);
            json.WriteString("at", HongKongTime.Format(note.At));
            json.WriteString("id", note.Id);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        var paused = standing.Forms.Select(f => f.RemindersPaused).Distinct().ToList();
        if (paused.Count <= 1)
        {
            json.WriteBoolean("reminders_paused", paused.FirstOrDefault());
        }
        else
        {
            json.WriteStartObject("reminders_paused");
            foreach (var form in standing.Forms)
            {
                json.WriteBoolean(form.Form, form.RemindersPaused);
            }

            json.WriteEndObject();
        }
    }

    /// <summary>One review item as the report and <c>hsnforms review</c> print it; the id is what <c>review accept|dismiss</c> takes.</summary>
    public static void WriteReviewItem(Utf8JsonWriter json, Intake.Storage.ReviewItem item)
    {
        json.WriteStartObject();
        json.WriteString("id", item.Id);
        json.WriteString("from", item.From);
        json.WriteString("subject", item.Subject);
        json.WriteString("received_at", HongKongTime.Format(item.ReceivedAt));
        json.WriteString("reason", item.Reason);
        if (item.AttachmentName is { } file)
        {
            json.WriteString("file", file);
        }

        json.WriteString("detail", item.Detail);
        if (item.CircularRef is { } circular)
        {
            json.WriteString("circular", circular);
        }

        json.WriteString("status", item.Resolution ?? "open");
        if (item.ResolvedAt is { } resolvedAt)
        {
            json.WriteString("resolved_at", HongKongTime.Format(resolvedAt));
        }

        if (item.ResolvedFor is { } subscriber)
        {
            json.WriteString("subscriber_id", subscriber);
        }

        if (item.Note is { } note)
        {
            json.WriteString("note", note);
        }

        if (item.ResolvedBy is { } by)
        {
            json.WriteString("resolved_by", by);
        }

        if (item.SubmissionId is { } submission)
        {
            json.WriteString("submission_id", submission);
        }

        json.WriteEndObject();
    }
}
