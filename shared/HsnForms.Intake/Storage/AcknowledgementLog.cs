using Azure.Data.Tables;

namespace HsnForms.Intake.Storage;

/// <summary>
/// Which messages each address has been answered for on a Hong Kong day, so no address gets more than
/// the day's cap however much mail arrives from it (or in its name). A day is one partition, read once
/// per cycle, kept in memory while the cycle decides, and written before the replies it counts are sent.
/// A reply is counted by the message it answers, so a cycle interrupted between counting and sending,
/// and run again, counts that message once, not twice.
/// </summary>
public sealed class AcknowledgementLog(StorageContext storage)
{
    public async Task<AcknowledgementDay> OpenAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(Tables.Acknowledgements, cancellationToken).ConfigureAwait(false);
        var partition = day.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        var answered = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var dash = row.RowKey.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                Answered(answered, row.RowKey[..dash]).Add(row.RowKey[(dash + 1)..]);
            }
        }

        return new AcknowledgementDay(table, partition, answered);
    }

    internal static HashSet<string> Answered(Dictionary<string, HashSet<string>> answered, string address)
    {
        if (!answered.TryGetValue(address, out var messages))
        {
            answered[address] = messages = new HashSet<string>(StringComparer.Ordinal);
        }

        return messages;
    }
}

/// <summary>One day's answers, for a cycle: by the hash of each address, the keys of the messages it was answered for.</summary>
public sealed class AcknowledgementDay
{
    private readonly TableClient _table;
    private readonly string _partition;
    private readonly Dictionary<string, HashSet<string>> _answered;
    private readonly List<(string Row, string Address)> _new = [];

    internal AcknowledgementDay(TableClient table, string partition, Dictionary<string, HashSet<string>> answered)
    {
        _table = table;
        _partition = partition;
        _answered = answered;
    }

    /// <summary>
    /// Takes a place for the reply to message <paramref name="messageKey"/> from <paramref name="address"/>: true when
    /// it was counted already, or the address is under the day's cap; false when the cap is reached.
    /// </summary>
    public bool TryTake(string address, string messageKey, int cap)
    {
        var hash = TableKeys.Hash(address);
        var messages = AcknowledgementLog.Answered(_answered, hash);
        if (messages.Contains(messageKey))
        {
            return true;
        }

        if (messages.Count >= cap)
        {
            return false;
        }

        messages.Add(messageKey);
        _new.Add(($"{hash}-{messageKey}", address));
        return true;
    }

    /// <summary>Writes the answers counted since the last save: one transaction per 100 (a day is one partition).</summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        foreach (var chunk in _new.Chunk(100))
        {
            await _table.SubmitTransactionAsync(chunk.Select(c => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(_partition, c.Row)
            {
                ["Address"] = StoredText.Bound(c.Address, StoredText.Short),
            })), cancellationToken).ConfigureAwait(false);
        }

        _new.Clear();
    }
}
