using HsnForms.Intake.Storage;

namespace HsnForms.Intake.Pipeline;

/// <summary>
/// Asks for a circular's report to be rebuilt by writing a small blob the report function is triggered
/// by. Writing it again for the same circular is harmless: the report is rebuilt from the records.
/// </summary>
public sealed class ReportTrigger(StorageContext storage, TimeProvider clock)
{
    public const string Folder = "pending";

    public async Task RequestAsync(string circularRef, string reason, CancellationToken cancellationToken)
    {
        var container = await storage.ContainerAsync(storage.Options.ReportContainer, cancellationToken).ConfigureAwait(false);
        var body = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["circular"] = circularRef,
            ["reason"] = reason,
            ["requested_at"] = clock.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        });
        await container.GetBlobClient($"{Folder}/{TableKeys.Circular(circularRef)}.json").UploadAsync(BinaryData.FromString(body), overwrite: true, cancellationToken).ConfigureAwait(false);
    }
}
