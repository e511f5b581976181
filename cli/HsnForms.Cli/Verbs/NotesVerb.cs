namespace HsnForms.Cli.Verbs;

/// <summary><c>hsnforms notes add --circular REF --subscriber ID --text TEXT [--by NAME] [--json]</c>: a note on a subscriber for a circular.</summary>
internal static class NotesVerb
{
    public static async Task<int> RunAsync(Arguments args, TextWriter stdout, CancellationToken cancellationToken)
    {
        if (args.Positional is not ["add"])
        {
            throw new UsageException("usage: hsnforms notes add --circular REF --subscriber ID --text TEXT [--by NAME] [--json]");
        }

        var circular = args.Required("--circular", "REF");
        var subscriber = args.Required("--subscriber", "ID");
        var text = args.Required("--text", "TEXT");
        var by = args.Option("--by");
        var json = args.Flag("--json");
        var storage = args.Option("--storage");
        args.EnsureAllRead("notes add");
        return await SubmissionsVerb.WithDeskAsync(storage, async desk =>
        {
            var note = await desk.AddNoteAsync(circular, subscriber, text, by, cancellationToken);
            return json ? DeskJson.Note(note) : $"{note.Id}: noted on {note.SubscriberId} for {note.CircularRef} by {note.By}.";
        }, stdout, cancellationToken);
    }
}
