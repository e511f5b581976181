using System.Collections.Concurrent;

namespace HsnForms.Intake.Storage;

/// <summary>
/// For one cycle, what the ledger has finished in a mailbox, asked before a message is read: a folder's
/// files by name, size and time (all loaded at once, since a folder is listed whole every cycle), Graph's
/// messages by their key (read a page at a time). A message passed over still counts in the cycle's
/// summary as it did when it was taken: its forms as already recorded, or as untouched.
/// </summary>
public sealed class FinishedMessages
{
    private readonly MessageLedger _ledger;
    private readonly string _mailbox;
    private readonly Dictionary<string, LedgerEntry> _sources;
    private readonly ConcurrentDictionary<string, LedgerEntry?> _entries = new(StringComparer.Ordinal);

    /// <param name="sources">Finished sources by the hash of their id and their stamp ("hash|stamp").</param>
    internal FinishedMessages(MessageLedger ledger, string mailbox, Dictionary<string, LedgerEntry> sources)
    {
        _ledger = ledger;
        _mailbox = mailbox;
        _sources = sources;
    }

    /// <summary>Nothing is known finished (tests, and a mailbox read for the first time).</summary>
    public static FinishedMessages None { get; } = new(null!, "", []);

    public int SkippedMessages { get; private set; }

    public int SkippedForms { get; private set; }

    public int SkippedSubmitted { get; private set; }

    public int SkippedUntouched { get; private set; }

    /// <summary>Whether a source (a folder's file, by its name and stamp) brought a message the ledger has finished; if so it is counted as passed over.</summary>
    public bool SkipSource(string sourceId, string stamp)
    {
        if (_sources.TryGetValue(TableKeys.Hash(sourceId) + "|" + stamp, out var done))
        {
            Skip(done);
            return true;
        }

        return false;
    }

    /// <summary>Reads the ledger for messages about to be taken (a page of them), a few at a time.</summary>
    public async Task LoadAsync(IEnumerable<string> messageKeys, CancellationToken cancellationToken)
    {
        if (ReferenceEquals(this, None))
        {
            return;
        }

        await Parallel.ForEachAsync(messageKeys.Distinct(StringComparer.Ordinal).Where(k => !_entries.ContainsKey(k)),
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (key, token) => _entries[key] = await _ledger.EntryAsync(_mailbox, key, token).ConfigureAwait(false)).ConfigureAwait(false);
    }

    /// <summary>Whether a message, by its key, is finished (after <see cref="LoadAsync"/>); if so it is counted as passed over.</summary>
    public bool SkipMessage(string messageKey)
    {
        if (_entries.TryGetValue(messageKey, out var entry) && entry is { Stage: LedgerStage.Done })
        {
            Skip(entry);
            return true;
        }

        return false;
    }

    /// <summary>The ledger's entry for a message, from what was loaded or read now.</summary>
    public async Task<LedgerEntry?> EntryAsync(string messageKey, CancellationToken cancellationToken)
    {
        if (_entries.TryRemove(messageKey, out var entry))
        {
            return entry;
        }

        return ReferenceEquals(this, None) ? null : await _ledger.EntryAsync(_mailbox, messageKey, cancellationToken).ConfigureAwait(false);
    }

    private void Skip(LedgerEntry entry)
    {
        SkippedMessages++;
        SkippedForms += entry.Forms;
        SkippedSubmitted += entry.Submitted;
        SkippedUntouched += entry.Untouched ? 1 : 0;
    }
}
