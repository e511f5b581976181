using System.Text;
using System.Text.Json;
using HsnForms.Forms.Reading;
using HsnForms.Forms.Values;
using HsnForms.Intake;
using HsnForms.Intake.Decisions;
using HsnForms.Intake.Storage;

namespace HsnForms.Cli.Verbs;

/// <summary>The JSON the service desk's verbs print (cli.md, "The service desk's verbs"): each the object it made or changed.</summary>
internal static class DeskJson
{
    public static string Object(Action<Utf8JsonWriter> body)
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

    /// <summary>
    /// A submission as it stands: <c>id, subscriber_id, form, received_at, status, source, corrected, fields</c>
    /// as cli.md lists them, then how each value was found, the problems, the file and the corrections.
    /// </summary>
    public static void WriteSubmissionProperties(Utf8JsonWriter json, Submission submission)
    {
        json.WriteString("id", submission.Id);
        json.WriteString("circular", submission.CircularRef);
        json.WriteString("subscriber_id", submission.SubscriberId);
        json.WriteString("form", submission.Form);
        json.WriteString("received_at", HongKongTime.Format(submission.ReceivedAt));
        json.WriteString("status", submission.Complete ? "complete" : "incomplete");
        json.WriteString("source", submission.Source);
        json.WriteBoolean("corrected", submission.Corrected);
        var fields = submission.Fields;
        json.WritePropertyName("fields");
        FormFieldsJson.WriteValues(json, fields);
        json.WritePropertyName("sources");
        FormFieldsJson.WriteSources(json, fields);
        json.WritePropertyName("problems");
        FormResultJson.WriteProblems(json, submission.Problems);
        if (submission.AttachmentName.Length > 0)
        {
            json.WriteString("file", submission.AttachmentName);
        }

        if (submission.Source == SubmissionSources.Mail)
        {
            json.WriteString("from", submission.From);
        }

        if (submission.AcceptedAt is { } counted)
        {
            json.WriteString("counted_from", HongKongTime.Format(counted));
        }

        if (submission.EnteredBy is { } by)
        {
            json.WriteString("entered_by", by);
            json.WriteString("note", submission.EntryNote);
        }

        json.WriteStartArray("corrections");
        foreach (var correction in submission.Corrections)
        {
            WriteCorrection(json, correction);
        }

        json.WriteEndArray();
    }

    public static void WriteCorrection(Utf8JsonWriter json, Correction correction)
    {
        json.WriteStartObject();
        json.WriteString("id", correction.Id);
        json.WritePropertyName("set");
        using (var set = JsonDocument.Parse(correction.SetJson))
        {
            set.RootElement.WriteTo(json);
        }

        json.WriteStartArray("unset");
        foreach (var key in correction.Unset)
        {
            json.WriteStringValue(key);
        }

        json.WriteEndArray();
        json.WriteString("note", correction.Note);
        json.WriteString("by", correction.By);
        json.WriteString("at", HongKongTime.Format(correction.At));
        json.WriteEndObject();
    }

    public static string Note(DeskNote note) => Object(json =>
    {
        json.WriteString("id", note.Id);
        json.WriteString("circular", note.CircularRef);
        json.WriteString("subscriber_id", note.SubscriberId);
        json.WriteString("text", note.Text);
        json.WriteString("by", note.By);
        json.WriteString("at", HongKongTime.Format(note.At));
    });

    public static string Hold(ReminderHold hold) => Object(json =>
    {
        json.WriteString("id", hold.Id);
        json.WriteString("circular", hold.CircularRef);
        json.WriteString("subscriber_id", hold.SubscriberId);
        if (hold.Form is null)
        {
            json.WriteNull("form");
        }
        else
        {
            json.WriteString("form", hold.Form);
        }

        json.WriteBoolean("paused", hold.Paused);
        if (hold.Note is null)
        {
            json.WriteNull("note");
        }
        else
        {
            json.WriteString("note", hold.Note);
        }

        json.WriteString("by", hold.By);
        json.WriteString("at", HongKongTime.Format(hold.At));
    });
}
