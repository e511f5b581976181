using Azure.Data.Tables;

namespace HsnForms.Intake.Storage;

/// <summary>
/// How many acknowledgements each address has had on a Hong Kong day, so no address gets more than the
/// day's cap however much mail arrives from it (or in its name). A day's counts are read once per cycle
/// (one partition), kept in memory while the cycle decides, and written before the replies they count
/// are sent: a failure to send then costs a place in the count, never a reply over the cap.
/// </summary>
public sealed class AcknowledgementLog(StorageContext storage)
{
    public async Task<AcknowledgementDay> OpenAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(Tables.Acknowledgements, cancellationToken).ConfigureAwait(false);
        var partition = day.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, select: ["RowKey", "Count"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            counts[row.RowKey] = row.GetInt32("Count") ?? 0;
        }

        return new AcknowledgementDay(table, partition, counts);
    }
}

/// <summary>One day's acknowledgement counts, for a cycle.</summary>
public sealed class AcknowledgementDay
{
    private readonly TableClient _table;
    private readonly string _partition;
    private readonly Dictionary<string, int> _counts;
    private readonly Dictionary<string, string> _changed = new(StringComparer.Ordinal);

    internal AcknowledgementDay(TableClient table, string partition, Dictionary<string, int> counts)
    {
        _table = table;
        _partition = partition;
        _counts = counts;
    }

    /// <summary>Takes a place for one more reply to <paramref name="address"/>; false when the day's cap is reached.</summary>
    public bool TryTake(string address, int cap)
    {
        var row = TableKeys.Hash(address);
        var count = _counts.GetValueOrDefault(row);
        if (count >= cap)
        {
            return false;
        }

        _counts[row] = count + 1;
        _changed[row] = address;
        return true;
    }

    /// <summary>Writes the counts taken since the last save: one transaction per 100 addresses (a day is one partition).</summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        foreach (var chunk in _changed.Chunk(100))
        {
            await _table.SubmitTransactionAsync(chunk.Select(c => new TableTransactionAction(TableTransactionActionType.UpsertMerge, new TableEntity(_partition, c.Key)
            {
                ["Count"] = _counts[c.Key],
                ["Address"] = StoredText.Bound(c.Value, StoredText.Short),
            })), cancellationToken).ConfigureAwait(false);
        }

        _changed.Clear();
    }
}
