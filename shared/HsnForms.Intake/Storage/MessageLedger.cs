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

/// <summary>What the ledger holds on one message.</summary>
/// <param name="Stage">The last step finished; null while none is (a message whose tries have all failed so far).</param>
/// <param name="Attempts">Tries that failed with an error of the message's own making.</param>
/// <param name="Forms">Forms read from it, so a finished message passed over still counts them.</param>
/// <param name="Submitted">Of those, the ones recorded as submissions (the rest went to review): passed over, they count as already recorded.</param>
/// <param name="Untouched">It had no form and named no circular.</param>
public sealed record LedgerEntry(LedgerStage? Stage, int Attempts, int Forms, int Submitted, bool Untouched)
{
    /// <summary>Its size in bytes when taken, so another message that only shares its Message-ID is not taken for it.</summary>
    public long? Size { get; init; }
}

/// <summary>What a finished message is, for the ledger's last write.</summary>
public sealed record FinishedMessage(string MessageKey, IncomingSummary Summary, int Forms, int Submitted, bool Untouched);

/// <summary>
/// The messages intake has taken, per mailbox. A message whose last step is written as done is never
/// taken again; one interrupted half-way resumes from where it stopped. Beside the messages, the ledger
/// keeps each source that brought a finished message (a folder's file with its size and time), so a
/// folder read again is passed over file by file without a file being opened.
/// </summary>
public sealed class MessageLedger(StorageContext storage)
{
    private static string Sources(string mailbox) => TableKeys.Mailbox(mailbox) + "~sources";

    public async Task<LedgerEntry?> EntryAsync(string mailbox, string messageKey, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(Tables.Ledger, cancellationToken).ConfigureAwait(false);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Mailbox(mailbox), messageKey, ["Stage", "Attempts", "Forms", "Submitted", "Untouched", "Size"], cancellationToken).ConfigureAwait(false);
        return found.HasValue ? ToEntry(found.Value!) : null;
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

    public async Task<LedgerStage?> StageAsync(string mailbox, string messageKey, CancellationToken cancellationToken) =>
        (await EntryAsync(mailbox, messageKey, cancellationToken).ConfigureAwait(false))?.Stage;

    public async Task SetStageAsync(string mailbox, string messageKey, LedgerStage stage, IncomingSummary summary, CancellationToken cancellationToken, (int Forms, int Submitted)? counts = null)
    {
        var table = await storage.TableAsync(Tables.Ledger, cancellationToken).ConfigureAwait(false);
        var entity = Entity(mailbox, messageKey, stage, summary);
        if (counts is { } count)
        {
            entity["Forms"] = count.Forms;
            entity["Submitted"] = count.Submitted;
        }

        await table.UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
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

    /// <summary>The last step: the messages are done, and so is every source that brought one.</summary>
    public async Task FinishAsync(string mailbox, IReadOnlyCollection<FinishedMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
        {
            return;
        }

        var table = await storage.TableAsync(Tables.Ledger, cancellationToken).ConfigureAwait(false);
        foreach (var chunk in messages.DistinctBy(m => m.MessageKey).Chunk(100))
        {
            await table.SubmitTransactionAsync(chunk.Select(m =>
            {
                var entity = Entity(mailbox, m.MessageKey, LedgerStage.Done, m.Summary);
                entity["Forms"] = m.Forms;
                entity["Submitted"] = m.Submitted;
                entity["Untouched"] = m.Untouched;
                return new TableTransactionAction(TableTransactionActionType.UpsertMerge, entity);
            }), cancellationToken).ConfigureAwait(false);
        }

        // Written after the messages: a source is passed over only once its message is done.
        var sources = Sources(mailbox);
        foreach (var chunk in messages.DistinctBy(m => m.Summary.SourceId).Chunk(100))
        {
            await table.SubmitTransactionAsync(chunk.Select(m => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(sources, TableKeys.Hash(m.Summary.SourceId))
            {
                ["SourceId"] = StoredText.Bound(m.Summary.SourceId, StoredText.Line),
                ["Stamp"] = m.Summary.SourceStamp,
                ["MessageKey"] = m.MessageKey,
                ["Forms"] = m.Forms,
                ["Submitted"] = m.Submitted,
                ["Untouched"] = m.Untouched,
            })), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A try that failed with an error of the message's own making, counted; the count after it.</summary>
    public async Task<int> RecordFailureAsync(string mailbox, string messageKey, IncomingSummary summary, int attemptsBefore, string error, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(Tables.Ledger, cancellationToken).ConfigureAwait(false);
        var entity = Entity(mailbox, messageKey, null, summary);
        entity["Attempts"] = attemptsBefore + 1;
        entity["LastError"] = StoredText.Bound(error, StoredText.Text);
        await table.UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        return attemptsBefore + 1;
    }

    /// <summary>What the ledger knows of a mailbox's finished messages, for one cycle; see <see cref="FinishedMessages"/>.</summary>
    public async Task<FinishedMessages> FinishedAsync(string mailbox, bool withSources, CancellationToken cancellationToken)
    {
        var sources = new Dictionary<string, LedgerEntry>(StringComparer.Ordinal);
        if (withSources)
        {
            var table = await storage.TableAsync(Tables.Ledger, cancellationToken).ConfigureAwait(false);
            var partition = Sources(mailbox);
            await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, select: ["RowKey", "Stamp", "Forms", "Submitted", "Untouched"], cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                sources[row.RowKey + "|" + row.GetString("Stamp")] = new LedgerEntry(LedgerStage.Done, 0, row.GetInt32("Forms") ?? 0, row.GetInt32("Submitted") ?? 0, row.GetBoolean("Untouched") ?? false);
            }
        }

        return new FinishedMessages(this, mailbox, sources);
    }

    private static LedgerEntry ToEntry(TableEntity e) =>
        new(e.GetInt32("Stage") is { } stage ? (LedgerStage)stage : null, e.GetInt32("Attempts") ?? 0, e.GetInt32("Forms") ?? 0, e.GetInt32("Submitted") ?? 0, e.GetBoolean("Untouched") ?? false)
        {
            Size = e.GetInt64("Size"),
        };

    private static TableEntity Entity(string mailbox, string messageKey, LedgerStage? stage, IncomingSummary summary)
    {
        var entity = new TableEntity(TableKeys.Mailbox(mailbox), messageKey)
        {
            ["From"] = StoredText.Bound(summary.From, StoredText.Short),
            ["Subject"] = StoredText.Bound(summary.Subject, StoredText.Line),
            ["ReceivedAt"] = summary.ReceivedAt.ToUniversalTime(),
            ["SourceId"] = StoredText.Bound(summary.SourceId, StoredText.Line),
        };
        if (stage is { } s)
        {
            entity["Stage"] = (int)s;
            entity["StageName"] = s.ToString();
        }

        if (summary.Size is { } size)
        {
            entity["Size"] = size;
        }

        return entity;
    }
}

public sealed record IncomingSummary(string From, string Subject, DateTimeOffset ReceivedAt, string SourceId, string SourceStamp = "", long? Size = null);
