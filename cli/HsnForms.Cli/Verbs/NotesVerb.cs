using System.CommandLine;
using HsnForms.Cli.CommandLine;

namespace HsnForms.Cli.Verbs;

/// <summary><c>hsnforms notes add --circular REF --subscriber ID --text TEXT [--by NAME] [--json]</c>: a note on a subscriber for a circular.</summary>
internal static class NotesVerb
{
    public static Command Create()
    {
        var circular = CommonOptions.Circular(required: true, "The circular.");
        var subscriber = new Option<string>("--subscriber") { Description = "The subscriber.", HelpName = "ID", Required = true };
        var text = new Option<string>("--text") { Description = "The note, such as \"chased by phone 23 Nov\".", HelpName = "TEXT", Required = true };
        var by = CommonOptions.By();
        var json = CommonOptions.Json("Print {id, circular, subscriber_id, text, by, at}.");
        var storage = CommonOptions.Storage();
        var command = new Command("add", "A note on a subscriber for a circular; the report, tracker and page show it from now on.") { circular, subscriber, text, by, json, storage };
        command.SetAction((parse, cancellationToken) => SubmissionsVerb.WithDeskAsync(parse.GetValue(storage), async desk =>
        {
            var note = await desk.AddNoteAsync(CircularArgument.Reference(parse.GetRequiredValue(circular))!, parse.GetRequiredValue(subscriber), parse.GetRequiredValue(text), parse.GetValue(by), cancellationToken);
            return parse.GetValue(json) ? DeskJson.Note(note) : $"{note.Id}: noted on {note.SubscriberId} for {note.CircularRef} by {note.By}.";
        }, parse.Out(), cancellationToken));
        return command;
    }
}
