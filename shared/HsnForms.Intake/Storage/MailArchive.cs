using Azure;
using Azure.Storage.Blobs.Models;

namespace HsnForms.Intake.Storage;

/// <summary>
/// The originals: every message as received (MIME) and every attached file, under names that say what
/// they are (received day, message, attachment) and never overwritten by a later message.
/// </summary>
public sealed class MailArchive(StorageContext storage)
{
    public async Task<string> StoreMessageAsync(string messageKey, DateTimeOffset receivedAt, ReadOnlyMemory<byte> mime, CancellationToken cancellationToken)
    {
        var path = $"{Day(receivedAt)}/{messageKey}.eml";
        await StoreAsync(storage.Options.MailContainer, path, mime, "message/rfc822", cancellationToken).ConfigureAwait(false);
        return $"{storage.Options.MailContainer}/{path}";
    }

    /// <summary>A message too large to hold in memory, copied from its stream.</summary>
    public async Task<string> StoreMessageAsync(string messageKey, DateTimeOffset receivedAt, Stream mime, CancellationToken cancellationToken)
    {
        var path = $"{Day(receivedAt)}/{messageKey}.eml";
        var container = await storage.ContainerAsync(storage.Options.MailContainer, cancellationToken).ConfigureAwait(false);
        try
        {
            await container.GetBlobClient(path).UploadAsync(mime, new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = "message/rfc822" },
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                // Blocks of 4 MB, one at a time: the copy's memory does not grow with the message.
                TransferOptions = new Azure.Storage.StorageTransferOptions { MaximumConcurrency = 1, InitialTransferSize = 4 * 1024 * 1024, MaximumTransferSize = 4 * 1024 * 1024 },
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
        }

        return $"{storage.Options.MailContainer}/{path}";
    }

    public async Task<string> StoreAttachmentAsync(string messageKey, DateTimeOffset receivedAt, int index, string name, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var path = $"{Day(receivedAt)}/{messageKey}/{index:D2}-{SafeName(name)}";
        await StoreAsync(storage.Options.AttachmentContainer, path, content, "application/octet-stream", cancellationToken).ConfigureAwait(false);
        return $"{storage.Options.AttachmentContainer}/{path}";
    }

    public async Task<byte[]?> ReadAsync(string blobPath, CancellationToken cancellationToken)
    {
        var slash = blobPath.IndexOf('/', StringComparison.Ordinal);
        var container = await storage.ContainerAsync(blobPath[..slash], cancellationToken).ConfigureAwait(false);
        try
        {
            var content = await container.GetBlobClient(blobPath[(slash + 1)..]).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return content.Value.Content.ToArray();
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    private async Task StoreAsync(string containerName, string path, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken)
    {
        var container = await storage.ContainerAsync(containerName, cancellationToken).ConfigureAwait(false);
        try
        {
            await container.GetBlobClient(path).UploadAsync(BinaryData.FromBytes(content), new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
                // Only the first copy is kept: the same message archived again is the same message.
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
        }
    }

    private static string Day(DateTimeOffset receivedAt) => HongKongTime.ToHongKong(receivedAt).ToString("yyyy/MM/dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A subscriber's file name made safe as a blob name: letters, digits, dot, dash and underscore.</summary>
    internal static string SafeName(string name)
    {
        var safe = new string([.. Path.GetFileName(name).Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_')]).Trim('.', '_');
        return safe.Length == 0 ? "attachment" : safe.Length > 100 ? safe[^100..] : safe;
    }
}
