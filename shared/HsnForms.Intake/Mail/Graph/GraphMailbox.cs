using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using HsnForms.Intake.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.MailFolders.Item.Messages.Delta;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using MimeKit;
using GraphMessage = Microsoft.Graph.Models.Message;

namespace HsnForms.Intake.Mail.Graph;

/// <summary>
/// The service-desk mailbox through Microsoft Graph. New mail comes from a delta query on the folder
/// (created messages only, immutable ids, attachments in the same page); the originals' MIME, the
/// replies and the marks go in $batch requests of 20, so a deadline-day surge costs few requests.
/// </summary>
public sealed partial class GraphMailbox(GraphServiceClient client, GraphOptions options, MailboxSyncState sync, TimeProvider clock, ILogger<GraphMailbox> logger) : IMailbox
{
    private const string Select = "id,internetMessageId,subject,receivedDateTime,from,sender,categories,hasAttachments,conversationId";
    private readonly GraphBatch _batch = new(client, options.BatchPartRetries, clock);
    private readonly string _mailbox = options.Mailbox ?? throw new InvalidOperationException("Graph:Mailbox is not set.");
    private readonly Dictionary<string, List<string>> _categories = new(StringComparer.Ordinal);
    private string? _nextDeltaLink;
    private DateTimeOffset? _watermark;
    private string? _processedFolderId;
    private bool _withoutDelta;
    private SyncState _read = new(null, null);

    public string Name => "graph:" + _mailbox.ToLowerInvariant();

    private string MailboxPath => "/users/" + Uri.EscapeDataString(_mailbox);

    public async IAsyncEnumerable<IncomingMail> ReadNewAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var state = await sync.GetAsync(Name, cancellationToken).ConfigureAwait(false);
        _read = state;
        _watermark = state.Watermark;
        List<GraphMessage> page;
        string? next = state.DeltaLink ?? InitialDeltaUrl(expand: true);
        var recovering = false;
        while (next is not null)
        {
            DeltaGetResponse? response;
            try
            {
                response = await DeltaPageAsync(next, cancellationToken).ConfigureAwait(false);
            }
            catch (ODataError ex) when (ex.ResponseStatusCode == 410 || ex.Error?.Code is "syncStateNotFound" or "resyncRequired")
            {
                LogResync(logger, _mailbox, state.Watermark);
                recovering = true;
                response = null;
            }
            catch (Microsoft.Kiota.Abstractions.ApiException ex) when (ex.ResponseStatusCode is 400 or 404 or 405 or 501)
            {
                // An endpoint without delta queries (some national clouds' or test endpoints): read the
                // folder by received time from the watermark instead, every cycle; the ledger drops repeats.
                LogNoDelta(logger, _mailbox, ex.ResponseStatusCode);
                recovering = true;
                _withoutDelta = true;
                response = null;
            }

            if (recovering)
            {
                break;
            }

            page = response?.Value ?? [];
            foreach (var mail in await ToIncomingAsync(page, cancellationToken).ConfigureAwait(false))
            {
                yield return mail;
            }

            next = response?.OdataNextLink;
            _nextDeltaLink = response?.OdataDeltaLink ?? _nextDeltaLink;
        }

        if (!recovering)
        {
            yield break;
        }

        // The sync state is gone. First a new baseline (ids only, so it is cheap), then every message
        // received since the watermark: nothing between the two is missed, and repeats are dropped by
        // the ledger.
        _nextDeltaLink = _withoutDelta ? null : await NewBaselineAsync(cancellationToken).ConfigureAwait(false);
        var since = (state.Watermark ?? (_withoutDelta ? DateTimeOffset.UnixEpoch : clock.GetUtcNow().AddDays(-7))).AddMinutes(-options.RecoveryOverlapMinutes);
        string? window = $"{Base}{MailboxPath}/mailFolders/{Uri.EscapeDataString(options.Folder)}/messages?$filter=receivedDateTime ge {since.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}&$orderby=receivedDateTime asc&$top={options.PageSize}&$select={Select}&$expand=attachments";
        while (window is not null)
        {
            var response = await client.Users[_mailbox].MailFolders[options.Folder].Messages.WithUrl(window).GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            foreach (var mail in await ToIncomingAsync(response?.Value ?? [], cancellationToken).ConfigureAwait(false))
            {
                yield return mail;
            }

            window = response?.OdataNextLink;
        }
    }

    private string Base => client.RequestAdapter.BaseUrl!.TrimEnd('/');

    private string InitialDeltaUrl(bool expand) =>
        $"{Base}{MailboxPath}/mailFolders/{Uri.EscapeDataString(options.Folder)}/messages/delta?changeType=created&$select={(expand ? Select : "id,receivedDateTime")}{(expand ? "&$expand=attachments" : "")}";

    private Task<DeltaGetResponse?> DeltaPageAsync(string url, CancellationToken cancellationToken) =>
        client.Users[_mailbox].MailFolders[options.Folder].Messages.Delta.WithUrl(url).GetAsDeltaGetResponseAsync(request =>
        {
            request.Headers.Add("Prefer", $"odata.maxpagesize={options.PageSize}");
            request.Headers.Add("Prefer", "IdType=\"ImmutableId\"");
        }, cancellationToken);

    private async Task<string?> NewBaselineAsync(CancellationToken cancellationToken)
    {
        string? next = InitialDeltaUrl(expand: false);
        string? delta = null;
        while (next is not null)
        {
            var response = await DeltaPageAsync(next, cancellationToken).ConfigureAwait(false);
            next = response?.OdataNextLink;
            delta = response?.OdataDeltaLink ?? delta;
        }

        return delta;
    }

    /// <summary>A page of Graph messages as intake mail: files from the page, forwarded items and the originals' MIME by $batch.</summary>
    private async Task<List<IncomingMail>> ToIncomingAsync(List<GraphMessage> page, CancellationToken cancellationToken)
    {
        var messages = page.Where(m => m.Id is not null && m.AdditionalData?.ContainsKey("@removed") != true).ToList();
        if (messages.Count == 0)
        {
            return [];
        }

        // Every original as MIME for the archive, 20 to a request.
        IReadOnlyList<BatchAnswer> mime;
        try
        {
            mime = await _batch.SendAsync([.. messages.Select(m => new BatchPart("GET", $"{MailboxPath}/messages/{Uri.EscapeDataString(m.Id!)}/$value"))], cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is Microsoft.Kiota.Abstractions.ApiException or HttpRequestException or System.Text.Json.JsonException)
        {
            // Without the originals' MIME the files are still read and archived; only the message copy is lost.
            LogNoMime(logger, _mailbox, ex.Message);
            mime = [.. messages.Select(_ => new BatchAnswer(0, null, null))];
        }

        var list = new List<IncomingMail>(messages.Count);
        for (var i = 0; i < messages.Count; i++)
        {
            var message = messages[i];
            var raw = GraphBatch.IsSuccess(mime[i]) ? GraphBatch.BinaryBody(mime[i]) : null;
            var attachments = await AttachmentsAsync(message, raw, cancellationToken).ConfigureAwait(false);
            var from = message.From?.EmailAddress ?? message.Sender?.EmailAddress;
            var received = message.ReceivedDateTime ?? clock.GetUtcNow();
            _categories[message.Id!] = message.Categories ?? [];
            if (_watermark is null || received > _watermark)
            {
                _watermark = received;
            }

            list.Add(new IncomingMail
            {
                SourceId = message.Id!,
                InternetMessageId = message.InternetMessageId,
                From = from?.Address ?? "",
                FromName = from?.Name,
                Subject = message.Subject ?? "",
                ReceivedAt = received,
                Attachments = attachments,
                LoadMime = raw is null ? null : _ => Task.FromResult<ReadOnlyMemory<byte>>(raw),
            });
        }

        return list;
    }

    private async Task<List<MailAttachment>> AttachmentsAsync(GraphMessage message, byte[]? mime, CancellationToken cancellationToken)
    {
        var list = new List<MailAttachment>();
        var attachments = message.Attachments;
        if (attachments is null && message.HasAttachments == true && mime is null)
        {
            // The endpoint did not expand attachments in the page: list them for this message.
            attachments = (await client.Users[_mailbox].Messages[message.Id].Attachments.GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false))?.Value;
        }

        foreach (var attachment in attachments ?? [])
        {
            switch (attachment)
            {
                case FileAttachment file:
                    var content = file.ContentBytes is { Length: > 0 } bytes || (file.Size ?? 0) == 0
                        ? file.ContentBytes ?? []
                        : await ValueAsync(message.Id!, file.Id!, cancellationToken).ConfigureAwait(false);
                    list.Add(new MailAttachment(list.Count, file.Name ?? $"attachment-{list.Count + 1}", file.ContentType ?? "application/octet-stream",
                        AttachmentKind.File, content, file.IsInline ?? false));
                    break;
                case ItemAttachment item:
                    // A forwarded message: opened through its MIME, and its own files listed.
                    var itemMime = await ValueAsync(message.Id!, item.Id!, cancellationToken).ConfigureAwait(false);
                    try
                    {
                        using var stream = new MemoryStream(itemMime);
                        var inner = await MimeMessage.LoadAsync(stream, cancellationToken).ConfigureAwait(false);
                        foreach (var forwarded in MimeMail.Attachments(inner))
                        {
                            list.Add(forwarded with { Index = list.Count, Name = $"{item.Name ?? "forwarded message"} / {forwarded.Name}" });
                        }
                    }
                    catch (FormatException)
                    {
                        list.Add(new MailAttachment(list.Count, item.Name ?? "forwarded item", "message/rfc822", AttachmentKind.File, itemMime));
                    }

                    break;
                case ReferenceAttachment reference:
                    list.Add(new MailAttachment(list.Count, reference.Name ?? "cloud file", reference.ContentType ?? "application/octet-stream", AttachmentKind.Reference,
                        ReadOnlyMemory<byte>.Empty, SourceUrl: reference.AdditionalData?.TryGetValue("sourceUrl", out var url) == true ? url?.ToString() : null));
                    break;
            }
        }

        // A message Graph listed without attachments but whose MIME has them (rare): trust the MIME.
        if (list.Count == 0 && mime is not null && message.HasAttachments == true)
        {
            using var stream = new MemoryStream(mime);
            list.AddRange(MimeMail.Attachments(await MimeMessage.LoadAsync(stream, cancellationToken).ConfigureAwait(false)));
        }

        return list;
    }

    /// <summary>
    /// An attachment's raw content through $value. The SDK has no builder for it, so the request is
    /// built on the SDK's own adapter and keeps its middleware.
    /// </summary>
    private async Task<byte[]> ValueAsync(string messageId, string attachmentId, CancellationToken cancellationToken)
    {
        var information = new RequestInformation
        {
            HttpMethod = Method.GET,
            URI = new Uri($"{Base}{MailboxPath}/messages/{Uri.EscapeDataString(messageId)}/attachments/{Uri.EscapeDataString(attachmentId)}/$value"),
        };
        var errors = new Dictionary<string, ParsableFactory<IParsable>> { ["XXX"] = ODataError.CreateFromDiscriminatorValue };
        await using var stream = await client.RequestAdapter.SendPrimitiveAsync<Stream>(information, errors, cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        if (stream is not null)
        {
            await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        }

        return buffer.ToArray();
    }

    public async Task ReplyAsync(IReadOnlyList<(IncomingMail Original, OutgoingMail Reply)> replies, CancellationToken cancellationToken)
    {
        var parts = replies.Select(r => new BatchPart("POST", $"{MailboxPath}/messages/{Uri.EscapeDataString(r.Original.SourceId)}/reply", new JsonObject
        {
            ["message"] = MessageJson(r.Reply, withSubject: false),
        })).ToList();
        await SendAllAsync(parts, "reply", cancellationToken).ConfigureAwait(false);
    }

    public async Task SendAsync(IReadOnlyList<OutgoingMail> messages, CancellationToken cancellationToken)
    {
        var parts = messages.Select(m => new BatchPart("POST", $"{MailboxPath}/sendMail", new JsonObject
        {
            ["message"] = MessageJson(m, withSubject: true),
            ["saveToSentItems"] = true,
        })).ToList();
        await SendAllAsync(parts, "sendMail", cancellationToken).ConfigureAwait(false);
    }

    public async Task MarkProcessedAsync(IReadOnlyList<IncomingMail> messages, CancellationToken cancellationToken)
    {
        List<BatchPart> parts;
        if (options.ProcessedAction == "move")
        {
            var folder = await ProcessedFolderAsync(cancellationToken).ConfigureAwait(false);
            parts = [.. messages.Select(m => new BatchPart("POST", $"{MailboxPath}/messages/{Uri.EscapeDataString(m.SourceId)}/move", new JsonObject { ["destinationId"] = folder }))];
        }
        else
        {
            parts = [.. messages.Select(m =>
            {
                var categories = new JsonArray();
                foreach (var category in _categories.GetValueOrDefault(m.SourceId, []).Append(options.ProcessedCategory).Distinct(StringComparer.Ordinal))
                {
                    categories.Add(category);
                }

                return new BatchPart("PATCH", $"{MailboxPath}/messages/{Uri.EscapeDataString(m.SourceId)}", new JsonObject { ["categories"] = categories });
            })];
        }

        await SendAllAsync(parts, "mark", cancellationToken).ConfigureAwait(false);
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (_nextDeltaLink is not null || _withoutDelta)
        {
            try
            {
                await sync.SaveAsync(Name, new SyncState(_nextDeltaLink, _watermark), _read, cancellationToken).ConfigureAwait(false);
            }
            catch (SyncConflictException)
            {
                // Another poller took the same mail and moved on; its position stands, and the ledger
                // kept both from recording anything twice.
                LogSyncConflict(logger, _mailbox);
            }
        }
    }

    private async Task SendAllAsync(List<BatchPart> parts, string what, CancellationToken cancellationToken)
    {
        if (parts.Count == 0)
        {
            return;
        }

        var answers = await _batch.SendAsync(parts, cancellationToken).ConfigureAwait(false);
        var failed = answers.Where(a => !GraphBatch.IsSuccess(a)).ToList();
        if (failed.Count > 0)
        {
            // Stop before the ledger says these were done: the next cycle does them again.
            throw new GraphWriteException($"{failed.Count} of {parts.Count} Graph {what} requests failed ({string.Join(", ", failed.Select(GraphBatch.Describe).Distinct())}).");
        }
    }

    private async Task<string> ProcessedFolderAsync(CancellationToken cancellationToken)
    {
        if (_processedFolderId is not null)
        {
            return _processedFolderId;
        }

        var name = options.ProcessedFolder.Replace("'", "''", StringComparison.Ordinal);
        var found = await client.Users[_mailbox].MailFolders.GetAsync(r => r.QueryParameters.Filter = $"displayName eq '{name}'", cancellationToken).ConfigureAwait(false);
        _processedFolderId = found?.Value?.FirstOrDefault()?.Id
            ?? (await client.Users[_mailbox].MailFolders.PostAsync(new MailFolder { DisplayName = options.ProcessedFolder }, cancellationToken: cancellationToken).ConfigureAwait(false))!.Id!;
        return _processedFolderId;
    }

    private static JsonObject MessageJson(OutgoingMail mail, bool withSubject)
    {
        var to = new JsonArray();
        foreach (var address in mail.To)
        {
            to.Add(new JsonObject { ["emailAddress"] = new JsonObject { ["address"] = address } });
        }

        var message = new JsonObject
        {
            ["body"] = new JsonObject { ["contentType"] = "HTML", ["content"] = mail.HtmlBody },
            ["toRecipients"] = to,
        };
        if (withSubject)
        {
            message["subject"] = mail.Subject;
        }

        if (mail.Attachments.Count > 0)
        {
            var attachments = new JsonArray();
            foreach (var (name, content) in mail.Attachments)
            {
                attachments.Add(new JsonObject
                {
                    ["@odata.type"] = "#microsoft.graph.fileAttachment",
                    ["name"] = name,
                    ["contentBytes"] = Convert.ToBase64String(content.Span),
                });
            }

            message["attachments"] = attachments;
        }

        return message;
    }

    [LoggerMessage(EventId = 200, Level = LogLevel.Warning, Message = "Delta sync state for {Mailbox} expired; recovering from the watermark {Watermark}")]
    private static partial void LogResync(ILogger logger, string mailbox, DateTimeOffset? watermark);

    [LoggerMessage(EventId = 203, Level = LogLevel.Warning, Message = "Another poller saved the position of {Mailbox} first; keeping theirs")]
    private static partial void LogSyncConflict(ILogger logger, string mailbox);

    [LoggerMessage(EventId = 201, Level = LogLevel.Warning, Message = "The Graph endpoint refused a delta query on {Mailbox} ({Status}); reading by received time instead")]
    private static partial void LogNoDelta(ILogger logger, string mailbox, int status);

    [LoggerMessage(EventId = 202, Level = LogLevel.Warning, Message = "The originals of a page of {Mailbox} could not be fetched ({Reason}); their files are still read and archived")]
    private static partial void LogNoMime(ILogger logger, string mailbox, string reason);
}

public sealed class GraphWriteException(string message) : Exception(message);
