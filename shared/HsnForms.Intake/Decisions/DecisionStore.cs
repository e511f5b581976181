using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Azure.Data.Tables;
using HsnForms.Intake.Storage;

namespace HsnForms.Intake.Decisions;

/// <summary>
/// The service desk's decisions in Table Storage beside the readings, one partition per circular.
/// Decisions are only ever added: a later one outweighs an earlier one, nothing is edited in place.
/// </summary>
public sealed class DecisionStore(StorageContext storage)
{
    internal const string CorrectionKind = "correction";
    internal const string NoteKind = "note";
    internal const string HoldKind = "reminders";

    /// <summary>A decision's id: its kind, the moment (so ids sort in the order they were made) and a random tail.</summary>
    public static string NewId(string kind, DateTimeOffset at) =>
        $"{kind}-{at.UtcDateTime.ToString("yyyyMMddHHmmssfffffff", CultureInfo.InvariantCulture)}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";

    public Task AddAsync(Correction correction, CancellationToken cancellationToken) =>
        AddAsync(correction.CircularRef, correction.Id, new()
        {
            ["Kind"] = CorrectionKind,
            ["SubmissionId"] = correction.SubmissionId,
            ["SubscriberId"] = correction.SubscriberId,
            ["Form"] = correction.Form,
            ["Set"] = correction.SetJson,
            ["Unset"] = JsonSerializer.Serialize(correction.Unset),
            ["Note"] = correction.Note,
            ["By"] = correction.By,
            ["At"] = correction.At.ToUniversalTime(),
        }, cancellationToken);

    public Task AddAsync(DeskNote note, CancellationToken cancellationToken) =>
        AddAsync(note.CircularRef, note.Id, new()
        {
            ["Kind"] = NoteKind,
            ["SubscriberId"] = note.SubscriberId,
            ["Text"] = note.Text,
            ["By"] = note.By,
            ["At"] = note.At.ToUniversalTime(),
        }, cancellationToken);

    public Task AddAsync(ReminderHold hold, CancellationToken cancellationToken) =>
        AddAsync(hold.CircularRef, hold.Id, new()
        {
            ["Kind"] = HoldKind,
            ["SubscriberId"] = hold.SubscriberId,
            ["Form"] = hold.Form,
            ["Paused"] = hold.Paused,
            ["Note"] = hold.Note,
            ["By"] = hold.By,
            ["At"] = hold.At.ToUniversalTime(),
        }, cancellationToken);

    /// <summary>Every decision made about a circular, whenever made; <see cref="DeskRecord.AsOf"/> narrows it to a moment.</summary>
    public async Task<DeskRecord> ListAsync(string circularRef, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(Tables.Decisions, cancellationToken).ConfigureAwait(false);
        var partition = TableKeys.Circular(circularRef);
        var corrections = new List<Correction>();
        var notes = new List<DeskNote>();
        var holds = new List<ReminderHold>();
        await foreach (var e in table.QueryAsync<TableEntity>(x => x.PartitionKey == partition, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var at = e.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue;
            var by = e.GetString("By") ?? "";
            var circular = e.GetString("CircularRef") ?? circularRef;
            switch (e.GetString("Kind"))
            {
                case CorrectionKind:
                    corrections.Add(new Correction
                    {
                        Id = e.RowKey,
                        CircularRef = circular,
                        SubmissionId = e.GetString("SubmissionId") ?? "",
                        SubscriberId = e.GetString("SubscriberId") ?? "",
                        Form = e.GetString("Form") ?? "",
                        SetJson = e.GetString("Set") ?? "{}",
                        Unset = JsonSerializer.Deserialize<string[]>(e.GetString("Unset") ?? "[]") ?? [],
                        Note = e.GetString("Note") ?? "",
                        By = by,
                        At = at,
                    });
                    break;
                case NoteKind:
                    notes.Add(new DeskNote { Id = e.RowKey, CircularRef = circular, SubscriberId = e.GetString("SubscriberId") ?? "", Text = e.GetString("Text") ?? "", By = by, At = at });
                    break;
                case HoldKind:
                    holds.Add(new ReminderHold
                    {
                        Id = e.RowKey,
                        CircularRef = circular,
                        SubscriberId = e.GetString("SubscriberId") ?? "",
                        Form = e.GetString("Form"),
                        Paused = e.GetBoolean("Paused") ?? false,
                        Note = e.GetString("Note"),
                        By = by,
                        At = at,
                    });
                    break;
            }
        }

        return new DeskRecord([.. corrections.OrderBy(c => c.At)], [.. notes.OrderBy(n => n.At)], [.. holds.OrderBy(h => h.At)]);
    }

    private async Task AddAsync(string circularRef, string id, Dictionary<string, object?> values, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(Tables.Decisions, cancellationToken).ConfigureAwait(false);
        var entity = new TableEntity(TableKeys.Circular(circularRef), id) { ["CircularRef"] = circularRef };
        foreach (var (key, value) in values)
        {
            entity[key] = value;
        }

        // Added, never upserted: a decision is never written over.
        await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
    }
}
