using Azure.Data.Tables;

namespace HsnForms.Intake.Storage;

/// <summary>
/// How far a message has gone through intake; each step is done before the next is written. Archiving
/// needs no stage of its own: it is idempotent and redone whenever recording is.
/// </summary>
public enum LedgerStage
{
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

    /// <summary>How far a message went, whichever mailbox brought it: the web desk shows whether its sender was answered.</summary>
    public async Task<LedgerStage?> FindStageAsync(string messageKey, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(Tables.Ledger, cancellationToken).ConfigureAwait(false);
        await foreach (var e in table.QueryAsync<TableEntity>(x => x.RowKey == messageKey, select: ["Stage"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            return e.GetInt32("Stage") is { } stage ? (LedgerStage)stage : null;
        }

        return null;
    }

    public async Task SetStageAsync(string mailbox, string messageKey, LedgerStage stage, IncomingSummary summary, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(Tables.Ledger, cancellationToken).ConfigureAwait(false);
        await table.UpsertEntityAsync(Entity(mailbox, messageKey, stage, summary), TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The same step for many messages of one mailbox: one table transaction per 100, since a mailbox's
    /// rows share a partition (a batch of replies costs one write, not twenty).
    /// </summary>
    public async Task SetStagesAsync(string mailbox, IEnumerable<(string MessageKey, IncomingSummary Summary)> messages, LedgerStage stage, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(Tables.Ledger, cancellationToken).ConfigureAwait(false);
        foreach (var chunk in messages.DistinctBy(m => m.MessageKey).Chunk(100))
        {
            await table.SubmitTransactionAsync(
                chunk.Select(m => new TableTransactionAction(TableTransactionActionType.UpsertMerge, Entity(mailbox, m.MessageKey, stage, m.Summary))),
                cancellationToken).ConfigureAwait(false);
        }
    }

    private static TableEntity Entity(string mailbox, string messageKey, LedgerStage stage, IncomingSummary summary) =>
        new(TableKeys.Escape(mailbox.ToLowerInvariant()), messageKey)
        {
            ["Stage"] = (int)stage,
            ["StageName"] = stage.ToString(),
            ["From"] = summary.From,
            ["Subject"] = summary.Subject,
            ["ReceivedAt"] = summary.ReceivedAt.ToUniversalTime(),
            ["SourceId"] = summary.SourceId,
        };
}

public sealed record IncomingSummary(string From, string Subject, DateTimeOffset ReceivedAt, string SourceId);
