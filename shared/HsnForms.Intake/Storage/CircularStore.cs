using Azure;
using Azure.Data.Tables;
using HsnForms.Forms.Catalog;

namespace HsnForms.Intake.Storage;

/// <summary>The circulars the service desk has issued, kept as the JSON of cli.md.</summary>
public sealed class CircularStore(StorageContext storage)
{
    private const string Partition = "circular";

    public async Task SaveAsync(Circular circular, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(Tables.Circulars, cancellationToken).ConfigureAwait(false);
        var entity = new TableEntity(Partition, TableKeys.Circular(circular.Ref))
        {
            ["Ref"] = StoredText.Bound(circular.Ref, StoredText.Short),
            ["Title"] = StoredText.Bound(circular.Title, StoredText.Line),
            ["Definition"] = Definition(circular),
        };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Circular?> FindAsync(string circularRef, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(Tables.Circulars, cancellationToken).ConfigureAwait(false);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(Partition, TableKeys.Circular(circularRef), cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? Parse(found.Value!) : null;
    }

    public async Task<IReadOnlyList<Circular>> ListAsync(CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(Tables.Circulars, cancellationToken).ConfigureAwait(false);
        var circulars = new List<Circular>();
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == Partition, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            circulars.Add(Parse(entity));
        }

        return circulars;
    }

    /// <summary>The circular's JSON, which must be kept whole: one too big for a table column is refused with a reason.</summary>
    private static string Definition(Circular circular)
    {
        var json = circular.ToJson();
        return json.Length <= StoredText.Json
            ? json
            : throw new InvalidDataException($"circular {StoredText.Bound(circular.Ref, 40)} is {json.Length:N0} characters of JSON; at most {StoredText.Json:N0} can be kept. Shorten its title or reminder schedule.");
    }

    private static Circular Parse(TableEntity entity)
    {
        using var json = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(entity.GetString("Definition")));
        return Circular.Parse(json);
    }
}
