using Azure.Data.Tables;

namespace HsnForms.Intake.Storage;

/// <summary>How far a message has gone through intake; each step is done before the next is written.</summary>
public enum LedgerStage
{
    Archived = 1,
    Recorded = 2,
    Acknowledged = 3,
    Done = 4,
}

/// <summary>
/// The messages intake has taken, per mailbox. A message whose last step is written as done is never
/// taken again; one interrupted half-way resumes from where it stopped.
/// </summary>
public sealed class MessageLedger(StorageContext storage)
{
    public async Task<LedgerStage?> StageAsync(string mailbox, string messageKey, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(Tables.Ledger, cancellationToken).ConfigureAwait(false);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Escape(mailbox.ToLowerInvariant()), messageKey, ["Stage"], cancellationToken).ConfigureAwait(false);
        return found.HasValue && found.Value!.GetInt32("Stage") is { } stage ? (LedgerStage)stage : null;
    }

    public async Task SetStageAsync(string mailbox, string messageKey, LedgerStage stage, IncomingSummary summary, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(Tables.Ledger, cancellationToken).ConfigureAwait(false);
        await table.UpsertEntityAsync(new TableEntity(TableKeys.Escape(mailbox.ToLowerInvariant()), messageKey)
        {
            ["Stage"] = (int)stage,
            ["StageName"] = stage.ToString(),
            ["From"] = summary.From,
            ["Subject"] = summary.Subject,
            ["ReceivedAt"] = summary.ReceivedAt.ToUniversalTime(),
            ["SourceId"] = summary.SourceId,
        }, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
    }
}

public sealed record IncomingSummary(string From, string Subject, DateTimeOffset ReceivedAt, string SourceId);
