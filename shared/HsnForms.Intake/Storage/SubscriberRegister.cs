using System.Text.RegularExpressions;
using Azure;
using Azure.Data.Tables;
using CsvHelper;

namespace HsnForms.Intake.Storage;

/// <summary>An HSN subscriber as the register knows it: who may send its forms, and which services it uses.</summary>
public sealed record Subscriber(string Id, string Name, IReadOnlyList<string> Emails, IReadOnlyList<string> Domains, IReadOnlyList<string> Services);

/// <summary>How a sender was matched to subscribers: by a registered address, a registered domain, or not at all.</summary>
public sealed record SenderMatch(string How, IReadOnlyList<string> SubscriberIds)
{
    public static readonly SenderMatch None = new("none", []);
}

public sealed class RegisterImportException(string message) : Exception(message);

/// <summary>What an import did: the subscribers read, how many were new or changed, and the writes it took.</summary>
public sealed record RegisterImport(int Subscribers, int Added, int Changed, int SenderRowsWritten, int SenderRowsRemoved, int Transactions)
{
    public int Unchanged => Subscribers - Added - Changed;

    public string Describe() =>
        $"{Subscribers} subscribers imported: {Added} new, {Changed} changed, {Unchanged} unchanged; " +
        $"{SenderRowsWritten} sender addresses and domains written, {SenderRowsRemoved} removed";
}

/// <summary>
/// The subscriber register: one row per subscriber, and an index from each registered address and
/// domain to the subscribers it belongs to, so a sender is matched with one point read.
/// </summary>
public sealed partial class SubscriberRegister(StorageContext storage)
{
    private const string Partition = "subscriber";
    private static readonly string[] s_columns = ["subscriber_id", "subscriber_name", "emails", "domains", "services"];

    /// <summary>
    /// Loads the register from CSV. Every row is checked before anything is written, so a bad row
    /// (reported with its line) leaves the register as it was. Importing again updates, never duplicates.
    /// </summary>
    public async Task<int> ImportCsvAsync(TextReader csv, CancellationToken cancellationToken) =>
        (await ImportAsync(csv, cancellationToken).ConfigureAwait(false)).Subscribers;

    /// <summary>
    /// Loads the register from CSV, writing only what differs from what is stored: the subscribers whose
    /// row changed, and the sender-index rows whose subscribers changed. A one-row change after a
    /// 10,000-row register is then a few writes, not a rewrite of the whole index.
    /// </summary>
    public async Task<RegisterImport> ImportAsync(TextReader csv, CancellationToken cancellationToken)
    {
        var imported = ParseCsv(csv);
        var table = await storage.TableAsync(Tables.Subscribers, cancellationToken).ConfigureAwait(false);
        var senders = await storage.TableAsync(Tables.Senders, cancellationToken).ConfigureAwait(false);

        var register = (await ListAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.Id, StringComparer.Ordinal);
        var added = imported.Count(s => !register.ContainsKey(s.Id));
        var changed = imported.Where(s => !register.TryGetValue(s.Id, out var stored) || !Same(stored, s)).ToList();
        var transactions = await SubmitAsync(table, changed.Select(subscriber => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(Partition, subscriber.Id)
        {
            ["Name"] = subscriber.Name,
            ["Emails"] = string.Join(';', subscriber.Emails),
            ["Domains"] = string.Join(';', subscriber.Domains),
            ["Services"] = string.Join(';', subscriber.Services),
        })), cancellationToken).ConfigureAwait(false);
        foreach (var subscriber in imported)
        {
            register[subscriber.Id] = subscriber;
        }

        // The sender index as the whole register wants it, so an address moved between subscribers or
        // dropped from one stops matching; then only the rows that differ from the stored index are written.
        var wanted = new Dictionary<(string Kind, string Key), string>();
        foreach (var group in register.Values
            .SelectMany(s => s.Emails.Select(e => (Kind: "email", Address: e, s.Id)).Concat(s.Domains.Select(d => (Kind: "domain", Address: d, s.Id))))
            .GroupBy(c => (c.Kind, Key: TableKeys.Escape(c.Address))))
        {
            wanted[group.Key] = string.Join(';', group.Select(c => c.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        }

        var stale = new List<TableTransactionAction>();
        var current = new Dictionary<(string, string), string?>();
        await foreach (var existing in senders.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey", "SubscriberIds"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            current[(existing.PartitionKey, existing.RowKey)] = existing.GetString("SubscriberIds");
            if (!wanted.ContainsKey((existing.PartitionKey, existing.RowKey)))
            {
                stale.Add(new TableTransactionAction(TableTransactionActionType.Delete, existing, ETag.All));
            }
        }

        var upserts = wanted.Where(w => !current.TryGetValue(w.Key, out var ids) || ids != w.Value).ToList();
        transactions += await SubmitAsync(senders, stale, cancellationToken).ConfigureAwait(false);
        transactions += await SubmitAsync(senders, upserts.Select(w => new TableTransactionAction(TableTransactionActionType.UpsertReplace,
            new TableEntity(w.Key.Kind, w.Key.Key) { ["SubscriberIds"] = w.Value })), cancellationToken).ConfigureAwait(false);

        return new RegisterImport(imported.Count, added, changed.Count - added, upserts.Count, stale.Count, transactions);
    }

    private static bool Same(Subscriber a, Subscriber b) =>
        a.Name == b.Name && a.Emails.SequenceEqual(b.Emails, StringComparer.Ordinal) && a.Domains.SequenceEqual(b.Domains, StringComparer.Ordinal)
        && a.Services.SequenceEqual(b.Services, StringComparer.Ordinal);

    /// <summary>Table transactions hold at most 100 actions, all in one partition.</summary>
    private static async Task<int> SubmitAsync(TableClient table, IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var partition in actions.GroupBy(a => a.Entity.PartitionKey))
        {
            foreach (var chunk in partition.Chunk(100))
            {
                await table.SubmitTransactionAsync(chunk, cancellationToken).ConfigureAwait(false);
                count++;
            }
        }

        return count;
    }

    /// <summary>Registered addresses first, then registered domains (forms.md).</summary>
    public async Task<SenderMatch> MatchSenderAsync(string address, CancellationToken cancellationToken)
    {
        var email = address.Trim().ToLowerInvariant();
        var senders = await storage.TableAsync(Tables.Senders, cancellationToken).ConfigureAwait(false);
        var byEmail = await senders.GetEntityIfExistsAsync<TableEntity>("email", TableKeys.Escape(email), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (byEmail.HasValue)
        {
            return new SenderMatch("email", byEmail.Value!.GetString("SubscriberIds").Split(';'));
        }

        var at = email.LastIndexOf('@');
        if (at < 0)
        {
            return SenderMatch.None;
        }

        // A sender at mail.acme.com.hk matches a registered acme.com.hk.
        for (var domain = email[(at + 1)..]; domain.Contains('.', StringComparison.Ordinal); domain = domain[(domain.IndexOf('.', StringComparison.Ordinal) + 1)..])
        {
            var byDomain = await senders.GetEntityIfExistsAsync<TableEntity>("domain", TableKeys.Escape(domain), cancellationToken: cancellationToken).ConfigureAwait(false);
            if (byDomain.HasValue)
            {
                return new SenderMatch("domain", byDomain.Value!.GetString("SubscriberIds").Split(';'));
            }
        }

        return SenderMatch.None;
    }

    public async Task<Subscriber?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(Tables.Subscribers, cancellationToken).ConfigureAwait(false);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(Partition, id, cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? ToSubscriber(found.Value!) : null;
    }

    public async Task<IReadOnlyList<Subscriber>> ListAsync(CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(Tables.Subscribers, cancellationToken).ConfigureAwait(false);
        var list = new List<Subscriber>();
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == Partition, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            list.Add(ToSubscriber(entity));
        }

        return list.OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
    }

    private static Subscriber ToSubscriber(TableEntity entity) => new(
        entity.RowKey,
        entity.GetString("Name") ?? "",
        Split(entity.GetString("Emails")),
        Split(entity.GetString("Domains")),
        Split(entity.GetString("Services")));

    private static List<string> Split(string? joined) =>
        string.IsNullOrEmpty(joined) ? [] : [.. joined.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>Reads the register with CsvHelper (RFC 4180: quoted fields may hold commas, quotes and line breaks); every row is checked, by its line.</summary>
    internal static List<Subscriber> ParseCsv(TextReader csv)
    {
        var options = CsvReaderOptions.Default with
        {
            // Fields hold lists separated by ;, so the separator is never guessed.
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            OnMalformedRecord = malformed =>
            {
                if (malformed.Reason == CsvMalformedReason.UnterminatedQuote)
                {
                    throw new RegisterImportException($"line {malformed.LineNumber}: a quoted field is never closed.");
                }
            },
        };
        using var reader = CsvReader.Create(csv, options, leaveOpen: true);
        var header = reader.Headers.Select(h => h.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToList();
        if (header.Count == 0 || header.All(string.IsNullOrEmpty))
        {
            throw new RegisterImportException("the register is empty: it needs a header row " + string.Join(',', s_columns) + ".");
        }

        var missing = s_columns.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            throw new RegisterImportException($"line 1: the header lacks {string.Join(", ", missing)} (expected {string.Join(',', s_columns)}).");
        }

        var subscribers = new List<Subscriber>();
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var line = reader.LineNumber;
            var fields = Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToList();
            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            string Field(string name)
            {
                var i = header.IndexOf(name);
                return i < fields.Count ? fields[i].Trim() : "";
            }

            var id = Field("subscriber_id").ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal);
            if (!SubscriberId().IsMatch(id))
            {
                throw new RegisterImportException($"line {line}: subscriber_id \"{Field("subscriber_id")}\" is not HSN followed by four digits.");
            }

            if (seen.TryGetValue(id, out var first))
            {
                throw new RegisterImportException($"line {line}: {id} is already on line {first}.");
            }

            seen[id] = line;
            var name = Field("subscriber_name");
            if (name.Length == 0)
            {
                throw new RegisterImportException($"line {line}: {id} has no subscriber_name.");
            }

            // Every value must fit the register's table: a name a page can show, an address no longer than one can be.
            if (name.Length > StoredText.Line)
            {
                throw new RegisterImportException($"line {line}: {id}'s subscriber_name is {name.Length:N0} characters; at most {StoredText.Line:N0}.");
            }

            var emails = List(Field("emails")).Select(e => e.ToLowerInvariant()).ToList();
            if (emails.FirstOrDefault(e => e.Length > Mail.MailAddress.MaxLength || !Email().IsMatch(e)) is { } badEmail)
            {
                throw new RegisterImportException($"line {line}: \"{StoredText.Bound(badEmail, 80)}\" is not an e-mail address.");
            }

            var domains = List(Field("domains")).Select(d => d.TrimStart('@').ToLowerInvariant()).ToList();
            if (domains.FirstOrDefault(d => d.Length > Mail.MailAddress.MaxLength || !Domain().IsMatch(d)) is { } badDomain)
            {
                throw new RegisterImportException($"line {line}: \"{StoredText.Bound(badDomain, 80)}\" is not a mail domain.");
            }

            if (string.Join(';', emails).Length > StoredText.Json || string.Join(';', domains).Length > StoredText.Json || Field("services").Length > StoredText.Json)
            {
                throw new RegisterImportException($"line {line}: {id} has more addresses, domains or services than a register row holds ({StoredText.Json:N0} characters of each).");
            }

            if (emails.Count == 0 && domains.Count == 0)
            {
                throw new RegisterImportException($"line {line}: {id} has neither emails nor domains, so no mail could ever be matched to it.");
            }

            subscribers.Add(new Subscriber(id, string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)), emails, domains,
                List(Field("services")).Select(s => s.ToUpperInvariant()).ToList()));
        }

        return subscribers;
    }

    private static List<string> List(string joined) =>
        [.. joined.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase)];

    [GeneratedRegex("^HSN[0-9]{4}$")]
    private static partial Regex SubscriberId();

    [GeneratedRegex(@"^[^@\s;,]+@[^@\s;,]+\.[^@\s;,]{2,}$")]
    private static partial Regex Email();

    [GeneratedRegex(@"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$")]
    private static partial Regex Domain();
}
