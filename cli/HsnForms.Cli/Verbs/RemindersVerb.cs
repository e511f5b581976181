namespace HsnForms.Cli.Verbs;

/// <summary>
/// <c>hsnforms reminders pause|resume --circular REF --subscriber ID [--form intention|result] [--note TEXT] [--by NAME] [--json]</c>:
/// stops or restarts reminders to one subscriber. A paused subscriber is listed as paused by remind's dry run and the digest.
/// </summary>
internal static class RemindersVerb
{
    public static async Task<int> RunAsync(Arguments args, TextWriter stdout, CancellationToken cancellationToken)
    {
        if (args.Positional is not [var action] || action is not ("pause" or "resume"))
        {
            throw new UsageException("usage: hsnforms reminders pause|resume --circular REF --subscriber ID [--form intention|result] [--note TEXT] [--by NAME]");
        }

        var circular = args.Required("--circular", "REF");
        var subscriber = args.Required("--subscriber", "ID");
        var form = args.Option("--form");
        var note = args.Option("--note");
        var by = args.Option("--by");
        var json = args.Flag("--json");
        var storage = args.Option("--storage");
        args.EnsureAllRead("reminders " + action);
        return await SubmissionsVerb.WithDeskAsync(storage, async desk =>
        {
            var hold = await desk.HoldRemindersAsync(circular, subscriber, form, action == "pause", note, by, cancellationToken);
            return json ? DeskJson.Hold(hold)
                : $"Reminders of {(hold.Form is null ? "every form" : "the " + hold.Form + " form")} to {hold.SubscriberId} for {hold.CircularRef} are {(hold.Paused ? "paused" : "resumed")} ({hold.By}).";
        }, stdout, cancellationToken);
    }
}
