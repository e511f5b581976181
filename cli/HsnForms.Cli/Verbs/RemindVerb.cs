using System.Text.Json;
using HsnForms.Intake;
using HsnForms.Intake.Mail;
using HsnForms.Intake.Mail.Graph;
using HsnForms.Intake.Storage;
using HsnForms.Reporting.Reminders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HsnForms.Cli.Verbs;

/// <summary><c>hsnforms remind --circular REF [--as-of TIME] [--dry-run] [--json]</c>: the reminders due now, each sent once.</summary>
internal static class RemindVerb
{
    public static async Task<int> RunAsync(Arguments args, TextWriter stdout, CancellationToken cancellationToken)
    {
        var circularRef = args.Required("--circular", "REF");
        var asOfText = args.Option("--as-of");
        var dryRun = args.Flag("--dry-run");
        var json = args.Flag("--json");
        var folder = args.Option("--mailbox");
        var storage = args.Option("--storage");
        args.EnsureAllRead("remind");

        await using var services = CliServices.Build(storage);
        var asOf = ReportVerb.AsOf(asOfText) ?? services.GetRequiredService<TimeProvider>().GetUtcNow();
        var circular = await services.GetRequiredService<CircularStore>().FindAsync(circularRef, cancellationToken)
            ?? throw new UsageException($"no circular {circularRef}: import it first with hsnforms circular import FILE.json.");
        var sender = services.GetRequiredService<ReminderSender>();
        var plan = await sender.UnsentAsync(circular, (await sender.PlanAsync(circular.Ref, asOf, cancellationToken))!, cancellationToken);

        IReadOnlyList<PlannedReminder> reminders = plan.Reminders;
        if (!dryRun)
        {
            var mailbox = CliServices.OpenMailbox(services, folder,
                "no mailbox to send from: set Graph__Mailbox, or give --mailbox DIR (reminders go to DIR/outbox), or use --dry-run.");
            reminders = (await sender.SendAsync(circular, plan, mailbox, cancellationToken)).Sent;
        }

        if (json)
        {
            var list = reminders.Select(r => new Dictionary<string, object>
            {
                ["subscriber_id"] = r.SubscriberId,
                ["form"] = r.Form,
                ["kind"] = r.Kind,
                ["to"] = r.To,
                ["status"] = r.Status,
                ["due"] = r.Due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["slot"] = HongKongTime.Format(r.Slot),
            });
            await stdout.WriteLineAsync(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["reminders"] = list,
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
            }).AsMemory(), cancellationToken);
        }
        else
        {
            await stdout.WriteLineAsync($"{(dryRun ? "would send" : "sent")} {reminders.Count} reminders for {circular.Ref} as of {HongKongTime.Readable(asOf)}".AsMemory(), cancellationToken);
            foreach (var r in reminders)
            {
                await stdout.WriteLineAsync($"  {r.SubscriberId}  {r.Form,-10} {r.Kind,-11} {r.Status,-11} {string.Join(", ", r.To)}".AsMemory(), cancellationToken);
            }

            foreach (var r in plan.Paused)
            {
                await stdout.WriteLineAsync($"  {r.SubscriberId}  {r.Form,-10} {r.Kind,-11} {r.Status,-11} paused by the service desk: not sent".AsMemory(), cancellationToken);
            }
        }

        return ExitCodes.Success;
    }
}
