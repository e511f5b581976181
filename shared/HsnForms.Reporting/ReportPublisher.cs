using System.Globalization;
using HsnForms.Intake;
using HsnForms.Intake.Storage;
using Microsoft.Extensions.Logging;

namespace HsnForms.Reporting;

/// <summary>The files the service desk opens: the tracker workbook, the report page and the report JSON.</summary>
public sealed record ReportFiles(byte[] Tracker, string Page, string Json)
{
    public const string TrackerName = "tracker.xlsx";
    public const string PageName = "report.html";
    public const string JsonName = "report.json";

    public static ReportFiles Render(ComplianceReport report)
    {
        using var tracker = new MemoryStream();
        TrackerWorkbook.Write(tracker, report);
        return new ReportFiles(tracker.ToArray(), ReportPage.Render(report), ReportJson.Write(report, indented: true));
    }

    public async Task WriteToAsync(string folder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, TrackerName), Tracker, cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(folder, PageName), Page, cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(folder, JsonName), Json, cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>
/// Rebuilds a circular's report from the records and writes it to Blob Storage, as the latest and as a
/// copy stamped with the moment it stands for. Rebuilding the same state writes the same files again,
/// so a repeated or replayed trigger is harmless.
/// </summary>
public sealed partial class ReportPublisher(ReportService reports, StorageContext storage, TimeProvider clock, ILogger<ReportPublisher> logger)
{
    public async Task<ReportFiles?> PublishAsync(string circularRef, CancellationToken cancellationToken)
    {
        var asOf = clock.GetUtcNow();
        var report = await reports.BuildAsync(circularRef, asOf, cancellationToken).ConfigureAwait(false);
        if (report is null)
        {
            LogUnknown(logger, circularRef);
            return null;
        }

        var files = ReportFiles.Render(report);
        var container = await storage.ContainerAsync(storage.Options.ReportContainer, cancellationToken).ConfigureAwait(false);
        var folder = TableKeys.Circular(report.Circular.Ref).Replace("%2F", "-", StringComparison.Ordinal);
        var stamp = HongKongTime.ToHongKong(asOf).ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        foreach (var prefix in new[] { $"{folder}/latest", $"{folder}/history/{stamp}" })
        {
            await container.GetBlobClient($"{prefix}/{ReportFiles.TrackerName}").UploadAsync(BinaryData.FromBytes(files.Tracker), overwrite: true, cancellationToken).ConfigureAwait(false);
            await container.GetBlobClient($"{prefix}/{ReportFiles.PageName}").UploadAsync(BinaryData.FromString(files.Page), overwrite: true, cancellationToken).ConfigureAwait(false);
            await container.GetBlobClient($"{prefix}/{ReportFiles.JsonName}").UploadAsync(BinaryData.FromString(files.Json), overwrite: true, cancellationToken).ConfigureAwait(false);
        }

        LogPublished(logger, report.Circular.Ref, report.Subscribers.Count, $"{container.Name}/{folder}/latest");
        return files;
    }

    [LoggerMessage(EventId = 400, Level = LogLevel.Information, Message = "Report for {CircularRef} rebuilt for {Subscribers} subscribers at {Location}")]
    private static partial void LogPublished(ILogger logger, string circularRef, int subscribers, string location);

    [LoggerMessage(EventId = 401, Level = LogLevel.Warning, Message = "A report was asked for circular {CircularRef}, which is not imported")]
    private static partial void LogUnknown(ILogger logger, string circularRef);
}
