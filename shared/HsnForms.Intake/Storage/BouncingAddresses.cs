using Azure.Data.Tables;

namespace HsnForms.Intake.Storage;

/// <summary>A registered address our reminders or acknowledgements no longer reach.</summary>
public sealed record BouncingAddress(string Address, IReadOnlyList<string> SubscriberIds, DateTimeOffset Since, DateTimeOffset LastBounce, string? Status, string? Diagnostic);

/// <summary>
/// Registered addresses whose mail bounced for good, from the delivery reports of our own mail. The
/// report, the tracker and the digest show them against their subscriber, so the service desk can ask for
/// a new address. An address that sends a form again is taken off the list.
/// </summary>
public sealed class BouncingAddresses(StorageContext storage)
{
    private const string Partition = "address";

    public async Task MarkAsync(string address, IReadOnlyList<string> subscriberIds, DateTimeOffset bouncedAt, string? status, string? diagnostic, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(Tables.Bouncing, cancellationToken).ConfigureAwait(false);
        var key = TableKeys.Escape(address);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(Partition, key, ["Since"], cancellationToken).ConfigureAwait(false);
        var since = found.HasValue && found.Value!.GetDateTimeOffset("Since") is { } first && first < bouncedAt ? first : bouncedAt;
        await table.UpsertEntityAsync(new TableEntity(Partition, key)
        {
            ["Address"] = address,
            ["SubscriberIds"] = string.Join(';', subscriberIds),
            ["Since"] = since.ToUniversalTime(),
            ["LastBounce"] = bouncedAt.ToUniversalTime(),
            ["Status"] = StoredText.BoundOrNull(status, StoredText.Short),
            ["Diagnostic"] = StoredText.BoundOrNull(diagnostic, StoredText.Line),
        }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task ClearAsync(string address, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(Tables.Bouncing, cancellationToken).ConfigureAwait(false);
        await table.DeleteEntityAsync(Partition, TableKeys.Escape(address), Azure.ETag.All, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<BouncingAddress>> ListAsync(CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(Tables.Bouncing, cancellationToken).ConfigureAwait(false);
        var list = new List<BouncingAddress>();
        await foreach (var e in table.QueryAsync<TableEntity>(x => x.PartitionKey == Partition, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            list.Add(new BouncingAddress(
                e.GetString("Address") ?? TableKeys.Unescape(e.RowKey),
                (e.GetString("SubscriberIds") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries),
                e.GetDateTimeOffset("Since") ?? DateTimeOffset.MinValue,
                e.GetDateTimeOffset("LastBounce") ?? DateTimeOffset.MinValue,
                e.GetString("Status"),
                e.GetString("Diagnostic")));
        }

        return [.. list.OrderBy(b => b.Address, StringComparer.Ordinal)];
    }
}
