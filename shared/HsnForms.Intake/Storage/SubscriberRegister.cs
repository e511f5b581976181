using System.Text;
using System.Text.RegularExpressions;
using Azure;
using Azure.Data.Tables;

namespace HsnForms.Intake.Storage;

/// <summary>An HSN subscriber as the register knows it: who may send its forms, and which services it uses.</summary>
public sealed record Subscriber(string Id, string Name, IReadOnlyList<string> Emails, IReadOnlyList<string> Domains, IReadOnlyList<string> Services);

/// <summary>How a sender was matched to subscribers: by a registered address, a registered domain, or not at all.</summary>
public sealed record SenderMatch(string How, IReadOnlyList<string> SubscriberIds)
{
    public static readonly SenderMatch None = new("none", []);
}

public sealed class RegisterImportException(string message) : Exception(message);

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
    public async Task<int> ImportCsvAsync(TextReader csv, CancellationToken cancellationToken)
    {
        var subscribers = ParseCsv(csv);
        var table = await storage.TableAsync(Tables.Subscribers, cancellationToken).ConfigureAwait(false);
        var senders = await storage.TableAsync(Tables.Senders, cancellationToken).ConfigureAwait(false);

        await SubmitAsync(table, subscribers.Select(subscriber => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(Partition, subscriber.Id)
        {
            ["Name"] = subscriber.Name,
            ["Emails"] = string.Join(';', subscriber.Emails),
            ["Domains"] = string.Join(';', subscriber.Domains),
            ["Services"] = string.Join(';', subscriber.Services),
        })), cancellationToken).ConfigureAwait(false);

        // Rebuild the sender index from the whole register, so an address moved between subscribers
        // or dropped from one stops matching.
        var all = await ListAsync(cancellationToken).ConfigureAwait(false);
        var wanted = new Dictionary<(string, string), SortedSet<string>>();
        foreach (var subscriber in all)
        {
            foreach (var email in subscriber.Emails)
            {
                Claim(wanted, "email", email, subscriber.Id);
            }

            foreach (var domain in subscriber.Domains)
            {
                Claim(wanted, "domain", domain, subscriber.Id);
            }
        }

        var stale = new List<TableTransactionAction>();
        await foreach (var existing in senders.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (!wanted.ContainsKey((existing.PartitionKey, TableKeys.Unescape(existing.RowKey))))
            {
                stale.Add(new TableTransactionAction(TableTransactionActionType.Delete, existing, ETag.All));
            }
        }

        await SubmitAsync(senders, stale, cancellationToken).ConfigureAwait(false);
        await SubmitAsync(senders, wanted.Select(w => new TableTransactionAction(TableTransactionActionType.UpsertReplace,
            new TableEntity(w.Key.Item1, TableKeys.Escape(w.Key.Item2)) { ["SubscriberIds"] = string.Join(';', w.Value) })), cancellationToken).ConfigureAwait(false);

        return subscribers.Count;
    }

    /// <summary>Table transactions hold at most 100 actions, all in one partition.</summary>
    private static async Task SubmitAsync(TableClient table, IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        foreach (var partition in actions.GroupBy(a => a.Entity.PartitionKey))
        {
            foreach (var chunk in partition.Chunk(100))
            {
                await table.SubmitTransactionAsync(chunk, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static void Claim(Dictionary<(string, string), SortedSet<string>> index, string kind, string address, string id)
    {
        if (!index.TryGetValue((kind, address), out var ids))
        {
            index[(kind, address)] = ids = new SortedSet<string>(StringComparer.Ordinal);
        }

        ids.Add(id);
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

    internal static List<Subscriber> ParseCsv(TextReader csv)
    {
        var rows = ReadCsv(csv);
        if (rows.Count == 0)
        {
            throw new RegisterImportException("the register is empty: it needs a header row " + string.Join(',', s_columns) + ".");
        }

        var header = rows[0].Fields.Select(h => h.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToList();
        var missing = s_columns.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            throw new RegisterImportException($"line 1: the header lacks {string.Join(", ", missing)} (expected {string.Join(',', s_columns)}).");
        }

        var subscribers = new List<Subscriber>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, fields) in rows.Skip(1))
        {
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

            var emails = List(Field("emails")).Select(e => e.ToLowerInvariant()).ToList();
            if (emails.FirstOrDefault(e => !Email().IsMatch(e)) is { } badEmail)
            {
                throw new RegisterImportException($"line {line}: \"{badEmail}\" is not an e-mail address.");
            }

            var domains = List(Field("domains")).Select(d => d.TrimStart('@').ToLowerInvariant()).ToList();
            if (domains.FirstOrDefault(d => !Domain().IsMatch(d)) is { } badDomain)
            {
                throw new RegisterImportException($"line {line}: \"{badDomain}\" is not a mail domain.");
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

    /// <summary>RFC 4180: quoted fields may hold commas, quotes ("") and line breaks.</summary>
    private static List<(int Line, List<string> Fields)> ReadCsv(TextReader reader)
    {
        var rows = new List<(int, List<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var rowLine = 1;
        var quoted = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        field.Append('"');
                        reader.Read();
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    line += ch == '\n' ? 1 : 0;
                    field.Append(ch);
                }

                continue;
            }

            switch (ch)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    rows.Add((rowLine, fields));
                    fields = [];
                    rowLine = ++line;
                    break;
                default:
                    field.Append(ch);
                    break;
            }
        }

        if (quoted)
        {
            throw new RegisterImportException($"line {rowLine}: a quoted field is never closed.");
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            rows.Add((rowLine, fields));
        }

        return rows;
    }

    [GeneratedRegex("^HSN[0-9]{4}$")]
    private static partial Regex SubscriberId();

    [GeneratedRegex(@"^[^@\s;,]+@[^@\s;,]+\.[^@\s;,]{2,}$")]
    private static partial Regex Email();

    [GeneratedRegex(@"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$")]
    private static partial Regex Domain();
}
