using Azure;
using Azure.Data.Tables;

namespace HsnForms.Intake.Storage;

/// <summary>
/// How many acknowledgements each address has had on a Hong Kong day, so no address gets more than the
/// day's cap however much mail arrives from it (or in its name). A reply is counted when it is queued,
/// before it is sent: a failure to send then costs a place in the count, never a reply over it.
/// </summary>
public sealed class AcknowledgementLog(StorageContext storage)
{
    private const int Retries = 3;

    /// <summary>Takes a place for one more reply to <paramref name="address"/> on <paramref name="day"/>; false when the day's cap is reached.</summary>
    public async Task<bool> TryTakeAsync(string address, DateOnly day, int cap, CancellationToken cancellationToken)
    {
        if (cap <= 0)
        {
            return false;
        }

        var table = await storage.TableAsync(Tables.Acknowledgements, cancellationToken).ConfigureAwait(false);
        var partition = day.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        var row = TableKeys.Hash(address);
        for (var attempt = 0; ; attempt++)
        {
            var found = await table.GetEntityIfExistsAsync<TableEntity>(partition, row, ["Count"], cancellationToken).ConfigureAwait(false);
            var count = found.HasValue ? found.Value!.GetInt32("Count") ?? 0 : 0;
            if (count >= cap)
            {
                return false;
            }

            var entity = new TableEntity(partition, row) { ["Count"] = count + 1, ["Address"] = StoredText.Bound(address, StoredText.Short) };
            try
            {
                if (found.HasValue)
                {
                    await table.UpdateEntityAsync(entity, found.Value!.ETag, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
                }

                return true;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < Retries)
            {
                // Another poller counted a reply to the same address meanwhile: count again.
            }
        }
    }
}
