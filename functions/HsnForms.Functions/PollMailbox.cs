using HsnForms.Intake.Mail;
using HsnForms.Intake.Pipeline;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace HsnForms.Functions;

/// <summary>Polls the service-desk mailbox on the schedule in the PollMailboxSchedule setting; the work is the shared intake pipeline.</summary>
public sealed partial class PollMailbox(IntakePipeline pipeline, MailboxSource mailboxes, ReportTrigger reports, ILogger<PollMailbox> logger)
{
    [Function(nameof(PollMailbox))]
    [FixedDelayRetry(3, "00:01:00")]
    public async Task RunAsync([TimerTrigger("%PollMailboxSchedule%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var summary = await pipeline.RunCycleAsync(mailboxes.Open(), null, cancellationToken);
        foreach (var circular in summary.ChangedCirculars)
        {
            await reports.RequestAsync(circular, nameof(PollMailbox), cancellationToken);
        }

        LogCycle(logger, summary.Messages, summary.Recorded, summary.Review, timer.IsPastDue);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "PollMailbox cycle done: {Messages} messages, {Recorded} recorded, {Review} for review (past due: {PastDue})")]
    private static partial void LogCycle(ILogger logger, int messages, int recorded, int review, bool pastDue);
}
