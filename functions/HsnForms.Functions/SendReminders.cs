using HsnForms.Intake;
using HsnForms.Intake.Mail;
using HsnForms.Intake.Pipeline;
using HsnForms.Intake.Storage;
using HsnForms.Reporting.Reminders;
using Microsoft.Azure.Functions.Worker;

namespace HsnForms.Functions;

/// <summary>
/// On the SendRemindersSchedule setting (hourly suits the 09:00 HKT slots): sends the reminders due now
/// for every circular still open (until its closing day), and asks for a fresh report of any circular
/// whose deadline just passed.
/// </summary>
public sealed class SendReminders(CircularStore circulars, ReminderSender sender, MailboxSource mailboxes, ReportTrigger reports, TimeProvider clock)
{
    [Function(nameof(SendReminders))]
    [FixedDelayRetry(2, "00:05:00")]
    public async Task RunAsync([TimerTrigger("%SendRemindersSchedule%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var circular in await circulars.ListAsync(cancellationToken))
        {
            // A closed circular chases no one: its report is not even rebuilt for it.
            if (now > HongKongTime.EndOf(circular.ClosesOn))
            {
                continue;
            }

            if (await sender.PlanAsync(circular.Ref, now, cancellationToken) is { } plan)
            {
                var unsent = await sender.UnsentAsync(circular, plan, cancellationToken);
                if (unsent.Reminders.Count > 0 || unsent.Digests.Count > 0)
                {
                    await sender.SendAsync(circular, unsent, mailboxes.Open(), cancellationToken);
                }
            }

            // Right after a deadline the missing become missing: the report says so without waiting for mail.
            if (circular.Forms.Any(f => HongKongTime.EndOf(f.Due) is var end && end <= now && now - end < TimeSpan.FromHours(2)))
            {
                await reports.RequestAsync(circular.Ref, "deadline passed", cancellationToken);
            }
        }
    }
}
