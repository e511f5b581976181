using System.Globalization;
using Azure.Data.Tables;
using HsnForms.Intake.Storage;

namespace HsnForms.Intake.Decisions;

/// <summary>One line of the audit: what a person decided, about what, who, when and why.</summary>
public sealed record AuditEntry
{
    /// <summary>correction, entry, note, pause, resume, review_accept, review_dismiss.</summary>
    public required string Action { get; init; }

    public string? CircularRef { get; init; }
    public string? SubscriberId { get; init; }

    /// <summary>The id of what was decided about: a submission, a review item, the decision itself.</summary>
    public required string Subject { get; init; }

    public required string By { get; init; }
    public required DateTimeOffset At { get; init; }
    public string? Why { get; init; }

    /// <summary>What exactly changed, as JSON (the values set, the form entered).</summary>
    public string? Detail { get; init; }
}

/// <summary>
/// The audit table: every decision of the desk, CLI and web alike, in the order made, one partition per
/// circular. Rows are only added; the audit is for reading, never for deciding.
/// </summary>
public sealed class AuditLog(StorageContext storage)
{
    private const string NoCircular = "_none";

    /// <summary>Table Storage keeps at most 32K characters in a property; an audit detail beyond that is cut and says so.</summary>
    private const int DetailLength = 30_000;

    public async Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(Tables.Audit, cancellationToken).ConfigureAwait(false);
        var key = $"{entry.At.UtcDateTime.ToString("yyyyMMddHHmmssfffffff", CultureInfo.InvariantCulture)}-{TableKeys.Escape(entry.Action)}-{TableKeys.Hash(entry.Subject + entry.By)[..12]}";
        var detail = entry.Detail is { Length: > DetailLength } long_ ? long_[..DetailLength] + " [cut]" : entry.Detail;
        await table.UpsertEntityAsync(new TableEntity(entry.CircularRef is null ? NoCircular : TableKeys.Circular(entry.CircularRef), key)
        {
            ["Action"] = entry.Action,
            ["CircularRef"] = entry.CircularRef,
            ["SubscriberId"] = entry.SubscriberId,
            ["Subject"] = entry.Subject,
            ["By"] = entry.By,
            ["At"] = entry.At.ToUniversalTime(),
            ["Why"] = entry.Why,
            ["Detail"] = detail,
        }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<AuditEntry>> ListAsync(string? circularRef, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(Tables.Audit, cancellationToken).ConfigureAwait(false);
        var partition = circularRef is null ? NoCircular : TableKeys.Circular(circularRef);
        var list = new List<AuditEntry>();
        await foreach (var e in table.QueryAsync<TableEntity>(x => x.PartitionKey == partition, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            list.Add(new AuditEntry
            {
                Action = e.GetString("Action") ?? "",
                CircularRef = e.GetString("CircularRef"),
                SubscriberId = e.GetString("SubscriberId"),
                Subject = e.GetString("Subject") ?? "",
                By = e.GetString("By") ?? "",
                At = e.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue,
                Why = e.GetString("Why"),
                Detail = e.GetString("Detail"),
            });
        }

        return list;
    }
}
