using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;

namespace HsnForms.Intake.Storage;

/// <summary>The storage account intake writes to: its tables and containers, each created once per process.</summary>
public sealed class StorageContext(TableServiceClient tables, BlobServiceClient blobs, IOptions<StorageOptions> options)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<TableClient>>> _tables = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<BlobContainerClient>>> _containers = new(StringComparer.Ordinal);

    public StorageOptions Options { get; } = options.Value;
    public Uri TableEndpoint => tables.Uri;
    public Uri BlobEndpoint => blobs.Uri;

    public Task<TableClient> TableAsync(string name, CancellationToken cancellationToken) =>
        _tables.GetOrAdd(Options.Table(name), full => new Lazy<Task<TableClient>>(async () =>
        {
            var client = tables.GetTableClient(full);
            await client.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
            return client;
        })).Value;

    public Task<BlobContainerClient> ContainerAsync(string name, CancellationToken cancellationToken) =>
        _containers.GetOrAdd(name, container => new Lazy<Task<BlobContainerClient>>(async () =>
        {
            var client = blobs.GetBlobContainerClient(container);
            await client.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return client;
        })).Value;

    /// <summary>Adds an entity once: false when it is already there (the same thing seen again).</summary>
    public static async Task<bool> TryAddAsync(TableClient table, ITableEntity entity, CancellationToken cancellationToken)
    {
        try
        {
            await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }
}

/// <summary>Table names, in the service desk's words.</summary>
public static class Tables
{
    public const string Circulars = "circulars";
    public const string Subscribers = "subscribers";
    public const string Senders = "senders";
    public const string Submissions = "submissions";
    public const string Review = "review";
    public const string Ledger = "processedmessages";
    public const string MailboxSync = "mailboxsync";
    public const string Reminders = "reminders";
    public const string Acknowledgements = "acknowledgements";
    public const string Bouncing = "bouncing";

    /// <summary>What the service desk decided: corrections, notes, reminder pauses (desk entries are submissions).</summary>
    public const string Decisions = "decisions";

    /// <summary>Every decision again, with who, when and why, in the order they were made.</summary>
    public const string Audit = "audit";
}
