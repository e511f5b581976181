using System.CommandLine;
using HsnForms.Cli.CommandLine;

namespace HsnForms.Cli.Verbs;

/// <summary>
/// <c>hsnforms reminders pause|resume --circular REF --subscriber ID [--form intention|result] [--note TEXT] [--by NAME] [--json]</c>:
/// stops or restarts reminders to one subscriber. A paused subscriber is listed as paused by remind's dry run and the digest.
/// </summary>
internal static class RemindersVerb
{
    public static Command Create()
    {
        var reminders = new Command("reminders", "Pausing and resuming reminders to one subscriber.");
        reminders.Subcommands.Add(Hold("pause", pause: true, "Stops reminders to one subscriber (listed as paused in remind's dry run and the digest, never silently skipped)."));
        reminders.Subcommands.Add(Hold("resume", pause: false, "Restarts reminders to one subscriber."));
        return reminders;
    }

    private static Command Hold(string name, bool pause, string description)
    {
        var circular = CommonOptions.Circular(required: true, "The circular.");
        var subscriber = new Option<string>("--subscriber") { Description = "The subscriber.", HelpName = "ID", Required = true };
        var form = new Option<string?>("--form") { Description = "Only this form's reminders (default: every form of the circular).", HelpName = "intention|result" };
        var note = new Option<string?>("--note") { Description = "Why, for the record.", HelpName = "TEXT" };
        var by = CommonOptions.By();
        var json = CommonOptions.Json("Print {id, circular, subscriber_id, form, paused, note, by, at}.");
        var storage = CommonOptions.Storage();
        var command = new Command(name, description) { circular, subscriber, form, note, by, json, storage };
        command.SetAction((parse, cancellationToken) => SubmissionsVerb.WithDeskAsync(parse.GetValue(storage), async desk =>
        {
            var hold = await desk.HoldRemindersAsync(CircularArgument.Reference(parse.GetRequiredValue(circular))!, parse.GetRequiredValue(subscriber), parse.GetValue(form), pause,
                parse.GetValue(note), parse.GetValue(by), cancellationToken);
            return parse.GetValue(json) ? DeskJson.Hold(hold)
                : $"Reminders of {(hold.Form is null ? "every form" : "the " + hold.Form + " form")} to {hold.SubscriberId} for {hold.CircularRef} are {(hold.Paused ? "paused" : "resumed")} ({hold.By}).";
        }, parse.Out(), cancellationToken));
        return command;
    }
}
