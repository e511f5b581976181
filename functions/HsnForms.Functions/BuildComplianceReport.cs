using System.Text.Json;
using Azure.Storage.Blobs;
using HsnForms.Reporting;
using Microsoft.Azure.Functions.Worker;

namespace HsnForms.Functions;

/// <summary>
/// Rebuilds a circular's report when intake (or the deadline check) writes its trigger blob. EventGrid
/// is the source, as Flex Consumption requires; rebuilding the same state is harmless.
/// </summary>
public sealed class BuildComplianceReport(ReportPublisher publisher)
{
    [Function(nameof(BuildComplianceReport))]
    public async Task RunAsync(
        [BlobTrigger("%ReportContainer%/pending/{name}", Source = BlobTriggerSource.EventGrid, Connection = "AzureWebJobsStorage")] BlobClient trigger,
        CancellationToken cancellationToken)
    {
        var content = await trigger.DownloadContentAsync(cancellationToken);
        using var request = JsonDocument.Parse(content.Value.Content.ToMemory());
        if (request.RootElement.TryGetProperty("circular", out var circular) && circular.GetString() is { Length: > 0 } circularRef)
        {
            await publisher.PublishAsync(circularRef, cancellationToken);
        }
    }
}
