using System.CommandLine;
using System.Text.Json;
using HsnForms.Cli.CommandLine;
using HsnForms.Cli.Local;
using HsnForms.Forms.Reading;
using HsnForms.Intake;
using HsnForms.Reporting.Reminders;
using Microsoft.Extensions.DependencyInjection;

namespace HsnForms.Cli.Verbs;

/// <summary><c>hsnforms remind --circular REF|FILE.json [--as-of TIME] [--dry-run] [--json] [--mailbox DIR] [--outbox DIR]</c>: the reminders due now, each sent once.</summary>
internal static class RemindVerb
{
    public static Command Create()
    {
        var circular = CommonOptions.Circular(required: true, "The circular whose outstanding subscribers are reminded.");
        var asOf = CommonOptions.AsOf("The moment to remind as of: the reminders due by then that were never sent.");
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what would be sent; send and record nothing." };
        var json = CommonOptions.Json("Print {\"reminders\":[{subscriber_id, form, kind, to, ...}], \"paused\":[...], \"digests\":[...], \"dry_run\":bool}; paused lists the reminders due but paused by the service desk.");
        var mailbox = new Option<DirectoryInfo?>("--mailbox") { Description = "Send as the folder mailbox does: the reminders are written as .eml files to --outbox (default out/outbox), not mailed. Without it, the Graph mailbox of the settings sends them.", HelpName = "DIR" };
        var outbox = CommonOptions.Outbox();
        var storage = CommonOptions.Storage();
        var command = new Command("remind", "Sends the reminders due, and records them so that none is ever sent twice.")
        {
            circular, asOf, dryRun, json, mailbox, outbox, storage,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Build(parse.GetValue(storage));
            var definition = await CircularArgument.ResolveStoredAsync(parse.GetRequiredValue(circular)!, services, parse.Err(), cancellationToken);
            var moment = parse.GetValue(asOf) ?? services.GetRequiredService<TimeProvider>().GetUtcNow();
            var sender = services.GetRequiredService<ReminderSender>();
            var plan = await sender.UnsentAsync(definition, (await sender.PlanAsync(definition.Ref, moment, cancellationToken))!, cancellationToken);

            IReadOnlyList<PlannedReminder> reminders = plan.Reminders;
            var dry = parse.GetValue(dryRun);
            if (!dry)
            {
                var source = CliServices.OpenMailbox(services, parse.GetValue(mailbox)?.FullName, CommonOptions.OutboxOrDefault(parse.GetValue(outbox)),
                    "no mailbox to send from: set Graph__Mailbox, or give --mailbox DIR (reminders are written to --outbox, default out/outbox), or use --dry-run.");
                reminders = (await sender.SendAsync(definition, plan, source, cancellationToken)).Sent;
            }

            await parse.Out().WriteLineAsync((parse.GetValue(json) ? Json(reminders, plan, dry) : Text(reminders, plan, definition.Ref, moment, dry)).AsMemory(), cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Json(IReadOnlyList<PlannedReminder> reminders, ReminderPlan plan, bool dryRun) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["reminders"] = reminders.Select(r => new Dictionary<string, object>
        {
            ["subscriber_id"] = r.SubscriberId,
            ["form"] = r.Form,
            ["kind"] = r.Kind,
            ["to"] = r.To,
            ["status"] = r.Status,
            ["due"] = r.Due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["slot"] = HongKongTime.Format(r.Slot),
        }),
        // Outstanding, but the register has no address to remind them at: the desk must act itself.
        ["cannot_remind"] = plan.Unreachable.Select(u => new Dictionary<string, object>
        {
            ["subscriber_id"] = u.SubscriberId,
            ["form"] = u.Form,
            ["status"] = u.Status,
            ["reason"] = UnreachableSubscriber.Reason,
        }),
        ["digests"] = plan.Digests.Select(d => new Dictionary<string, object>
        {
            ["form"] = d.Form,
            ["outstanding"] = d.Outstanding.Count,
            ["reminders_paused"] = d.Outstanding.Where(o => o.RemindersPaused).Select(o => o.SubscriberId),
        }),

        // Due but paused by the service desk: listed, never sent, never silently left out.
        ["paused"] = plan.Paused.Select(r => new Dictionary<string, object>
        {
            ["subscriber_id"] = r.SubscriberId,
            ["form"] = r.Form,
            ["kind"] = r.Kind,
            ["status"] = r.Status,
            ["paused"] = true,
        }),
        ["dry_run"] = dryRun,
        ["closed_on"] = plan.ClosedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    }, FormResultJson.SerializerOptions);

    private static string Text(IReadOnlyList<PlannedReminder> reminders, ReminderPlan plan, string circular, DateTimeOffset asOf, bool dryRun)
    {
        var text = new System.Text.StringBuilder();
        if (plan.ClosedOn is { } closed)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{circular} closed on {closed:d MMM yyyy}: no reminders go out after it.").AppendLine();
        }

        text.Append($"{(dryRun ? "would send" : "sent")} {reminders.Count} reminders for {circular} as of {HongKongTime.Readable(asOf)}");
        foreach (var r in reminders)
        {
            text.AppendLine().Append($"  {r.SubscriberId}  {r.Form,-10} {r.Kind,-11} {r.Status,-11} {string.Join(", ", r.To)}");
        }

        foreach (var u in plan.Unreachable)
        {
            text.AppendLine().Append($"  {u.SubscriberId}  {u.Form,-10} {u.Status,-11} {UnreachableSubscriber.Reason}");
        }

        foreach (var r in plan.Paused)
        {
            text.AppendLine().Append($"  {r.SubscriberId}  {r.Form,-10} {r.Kind,-11} {r.Status,-11} paused by the service desk: not sent");
        }

        return text.ToString();
    }
}
