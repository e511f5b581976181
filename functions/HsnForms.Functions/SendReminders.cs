using HsnForms.Intake.Mail;
using HsnForms.Intake.Storage;
using HsnForms.Reporting.Reminders;
using Microsoft.Azure.Functions.Worker;

namespace HsnForms.Functions;

/// <summary>Sends the reminders due now for every circular, on the schedule in the SendRemindersSchedule setting (hourly suits 09:00 slots).</summary>
public sealed class SendReminders(CircularStore circulars, ReminderSender sender, MailboxSource mailboxes, TimeProvider clock)
{
    [Function(nameof(SendReminders))]
    [FixedDelayRetry(2, "00:05:00")]
    public async Task RunAsync([TimerTrigger("%SendRemindersSchedule%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var circular in await circulars.ListAsync(cancellationToken))
        {
            if (await sender.PlanAsync(circular.Ref, now, cancellationToken) is { } plan && (plan.Reminders.Count > 0 || plan.Digests.Count > 0))
            {
                await sender.SendAsync(circular, plan, mailboxes.Open(), cancellationToken);
            }
        }
    }
}
