using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using HsnForms.Intake.Screening;
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
    /// <summary>Originals up to this size come in a $batch; larger ones are streamed to the archive on their own.</summary>
    private const long BatchedMimeBytes = 4L * 1024 * 1024;

    private const string BaseSelect = "id,internetMessageId,subject,receivedDateTime,from,sender,categories,hasAttachments,conversationId";
    private readonly GraphBatch _batch = new(client, options.BatchPartRetries, clock);
    private readonly string _mailbox = options.Mailbox ?? throw new InvalidOperationException("Graph:Mailbox is not set.");
    private readonly Dictionary<string, List<string>> _categories = new(StringComparer.Ordinal);
    private string? _nextDeltaLink;
    private DateTimeOffset? _watermark;
    private string? _processedFolderId;
    private bool _withoutDelta;
    private bool _expand = true;
    private bool _headers = true;
    private bool _mimeSends = true;
    private MailboxReading _reading = MailboxReading.Default;
    private bool _incomplete;
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private SyncState _read = new(null, null);

    public string Name => "graph:" + _mailbox.ToLowerInvariant();

    public string Address => _mailbox;

    public bool ListsEverything => false;

    /// <summary>The message properties asked for: with each message's own headers, unless the endpoint refuses them.</summary>
    private string Select => _headers ? BaseSelect + ",internetMessageHeaders" : BaseSelect;

    private string MailboxPath => "/users/" + Uri.EscapeDataString(_mailbox);

    public async IAsyncEnumerable<IncomingMail> ReadNewAsync(MailboxReading reading, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        _reading = reading;
        var state = await sync.GetAsync(Name, cancellationToken).ConfigureAwait(false);
        _read = state;
        _watermark = state.Watermark;
        List<GraphMessage> page;
        string? next = state.DeltaLink ?? InitialDeltaUrl(Select, _expand);
        var recovering = false;
        while (next is not null)
        {
            DeltaGetResponse? response;
            try
            {
                response = await DeltaPageAsync(next, cancellationToken).ConfigureAwait(false);
            }
            catch (Microsoft.Kiota.Abstractions.ApiException ex) when (ex.ResponseStatusCode == 400 && (_headers || _expand) && next == InitialDeltaUrl(Select, _expand))
            {
                // Graph documents $select=internetMessageHeaders and $expand on a message delta, but an endpoint may
                // refuse either: ask again without the headers (the MIME has them), then without the attachments
                // (taken from each message's MIME or its attachment list instead).
                Simplify("delta");
                next = InitialDeltaUrl(Select, _expand);
                continue;
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
        string WindowUrl() => $"{Base}{MailboxPath}/mailFolders/{Uri.EscapeDataString(options.Folder)}/messages?$filter=receivedDateTime ge {since.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}&$orderby=receivedDateTime asc&$top={options.PageSize}&$select={Select}{(_expand ? "&$expand=attachments" : "")}";
        string? window = WindowUrl();
        var firstWindow = true;
        while (window is not null)
        {
            MessageCollectionResponse? response;
            try
            {
                response = await client.Users[_mailbox].MailFolders[options.Folder].Messages.WithUrl(window).GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (Microsoft.Kiota.Abstractions.ApiException ex) when (ex.ResponseStatusCode == 400 && (_headers || _expand) && firstWindow)
            {
                Simplify("messages");
                window = WindowUrl();
                continue;
            }

            firstWindow = false;
            foreach (var mail in await ToIncomingAsync(response?.Value ?? [], cancellationToken).ConfigureAwait(false))
            {
                yield return mail;
            }

            window = response?.OdataNextLink;
        }
    }

    private string Base => client.RequestAdapter.BaseUrl!.TrimEnd('/');

    /// <summary>The endpoint refused a query: drop the message headers first, then the expanded attachments.</summary>
    private void Simplify(string query)
    {
        if (_headers)
        {
            LogNoHeaders(logger, _mailbox, query);
            _headers = false;
        }
        else
        {
            LogNoExpand(logger, _mailbox, query);
            _expand = false;
        }
    }

    private string InitialDeltaUrl(string select, bool expand) =>
        $"{Base}{MailboxPath}/mailFolders/{Uri.EscapeDataString(options.Folder)}/messages/delta?changeType=created&$select={select}{(expand ? "&$expand=attachments" : "")}";

    private Task<DeltaGetResponse?> DeltaPageAsync(string url, CancellationToken cancellationToken) =>
        client.Users[_mailbox].MailFolders[options.Folder].Messages.Delta.WithUrl(url).GetAsDeltaGetResponseAsync(request =>
        {
            request.Headers.Add("Prefer", $"odata.maxpagesize={options.PageSize}");
            request.Headers.Add("Prefer", "IdType=\"ImmutableId\"");
        }, cancellationToken);

    private async Task<string?> NewBaselineAsync(CancellationToken cancellationToken)
    {
        string? next = InitialDeltaUrl("id,receivedDateTime", expand: false);
        string? delta = null;
        while (next is not null)
        {
            var response = await DeltaPageAsync(next, cancellationToken).ConfigureAwait(false);
            next = response?.OdataNextLink;
            delta = response?.OdataDeltaLink ?? delta;
        }

        return delta;
    }

    /// <summary>
    /// A page of Graph messages as intake mail: those the ledger finished passed over first, then the originals'
    /// MIME by $batch (except for a message too large to hold, which is streamed to the archive later), files
    /// from the page, forwarded items opened, and each message's own headers.
    /// </summary>
    private async Task<List<IncomingMail>> ToIncomingAsync(List<GraphMessage> page, CancellationToken cancellationToken)
    {
        // A delta round may list a message more than once (and a recovery re-reads some): each is taken once a cycle.
        var listed = page.Where(m => m.Id is not null && m.AdditionalData?.ContainsKey("@removed") != true && _seen.Add(m.Id)).ToList();
        if (listed.Count == 0)
        {
            return [];
        }

        await _reading.Finished.LoadAsync(listed.Select(m => IncomingMail.KeyOf(m.InternetMessageId, m.Id!)), cancellationToken).ConfigureAwait(false);
        var messages = new List<GraphMessage>(listed.Count);
        foreach (var message in listed)
        {
            if (_reading.Finished.SkipMessage(IncomingMail.KeyOf(message.InternetMessageId, message.Id!)))
            {
                Watermark(message.ReceivedDateTime);
                continue;
            }

            messages.Add(message);
        }

        // A large original is not put in a $batch answer (base64 inside JSON, held whole): it is streamed to the
        // archive on its own, its files taken from the listing; one over the limit is not read at all.
        var tooLarge = messages.Where(m => ListedSize(m) > _reading.MaxMessageBytes).Select(m => m.Id!).ToHashSet(StringComparer.Ordinal);
        var streamed = messages.Where(m => ListedSize(m) > Math.Min(BatchedMimeBytes, _reading.MaxMessageBytes)).Select(m => m.Id!).ToHashSet(StringComparer.Ordinal);
        var wanted = messages.Where(m => !streamed.Contains(m.Id!)).ToList();

        // Every original as MIME for the archive, 20 to a request.
        IReadOnlyList<BatchAnswer> mime;
        try
        {
            mime = wanted.Count == 0 ? [] : await _batch.SendAsync([.. wanted.Select(m => new BatchPart("GET", $"{MailboxPath}/messages/{Uri.EscapeDataString(m.Id!)}/$value"))], cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is Microsoft.Kiota.Abstractions.ApiException or GraphUnreachableException or System.Text.Json.JsonException)
        {
            // Without the originals' MIME the files are still read and archived; only the message copy is lost.
            LogNoMime(logger, _mailbox, ex.Message);
            mime = [.. wanted.Select(_ => new BatchAnswer(0, null, null))];
        }

        var mimeOf = new Dictionary<string, byte[]?>(StringComparer.Ordinal);
        for (var i = 0; i < wanted.Count; i++)
        {
            mimeOf[wanted[i].Id!] = GraphBatch.IsSuccess(mime[i]) && GraphBatch.BinaryBody(mime[i]) is { Length: > 0 } body ? body : null;
        }

        var list = new List<IncomingMail>(messages.Count);
        foreach (var message in messages)
        {
            var raw = mimeOf.GetValueOrDefault(message.Id!);
            var headers = Headers(message, raw);
            var sender = message.From?.EmailAddress ?? message.Sender?.EmailAddress;
            var from = MailAddress.Normalise(sender?.Address) is { Length: > 0 } address ? address : MailAddress.FromRaw(headers["From"]);
            var received = message.ReceivedDateTime ?? clock.GetUtcNow();
            var incoming = new IncomingMail
            {
                SourceId = message.Id!,
                InternetMessageId = message.InternetMessageId,
                From = from,
                FromName = sender?.Name,
                Subject = message.Subject ?? "",
                ReceivedAt = received,
                Headers = headers,
                Size = raw?.Length ?? ListedSize(message),
                LoadMime = raw is null ? null : _ => Task.FromResult<ReadOnlyMemory<byte>>(raw),
            };

            var id = message.Id!;
            if (streamed.Contains(id))
            {
                incoming = incoming with { OpenMime = token => ValueStreamAsync($"{MailboxPath}/messages/{Uri.EscapeDataString(id)}/$value", token) };
            }

            if (tooLarge.Contains(id))
            {
                incoming = incoming with { TooLarge = true };
            }
            else if (raw is not null && DeliveryReport.MayBe(headers, from) && Report(raw) is { } report)
            {
                // A bounce: its files are the returned message's, never fetched as a sender's.
                incoming = incoming with { DeliveryReport = report };
            }
            else
            {
                var attachments = await AttachmentsAsync(message, raw, cancellationToken).ConfigureAwait(false);
                if (attachments is null)
                {
                    // A file could not be fetched for a passing reason: this message is read again next cycle.
                    _incomplete = true;
                    continue;
                }

                incoming = incoming with { Attachments = attachments };
            }

            _categories[message.Id!] = message.Categories ?? [];
            Watermark(received);
            list.Add(incoming);
        }

        return list;
    }

    private void Watermark(DateTimeOffset? received)
    {
        if (received is { } at && (_watermark is null || at > _watermark))
        {
            _watermark = at;
        }
    }

    /// <summary>A message's size as far as its listing tells: the sum of its attachments' sizes (Graph gives no message size).</summary>
    private static long ListedSize(GraphMessage message) =>
        message.Attachments?.Sum(a => (long)(a.Size ?? (a is FileAttachment { ContentBytes: { } bytes } ? bytes.Length : 0))) ?? 0;

    /// <summary>The message's own headers: Graph's internetMessageHeaders where it gave them, else its MIME's.</summary>
    private static HeaderList Headers(GraphMessage message, byte[]? raw)
    {
        var headers = new HeaderList();
        foreach (var header in message.InternetMessageHeaders ?? [])
        {
            if (header.Name is { Length: > 0 } name)
            {
                try
                {
                    headers.Add(name, header.Value ?? "");
                }
                catch (ArgumentException)
                {
                    // A header name MIME cannot carry is not one intake reads.
                }
            }
        }

        if (headers.Count > 0 || raw is null)
        {
            return headers;
        }

        try
        {
            using var stream = new MemoryStream(raw, writable: false);
            stream.Position = MailFile.Start(raw);
            return HeaderList.Load(stream);
        }
        catch (FormatException)
        {
            return headers;
        }
    }

    private DeliveryReport? Report(byte[] raw)
    {
        try
        {
            using var stream = new MemoryStream(raw, writable: false);
            return DeliveryReport.Read(MimeMessage.Load(stream), _mailbox);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// A message's files: from the attachments Graph listed (expanded in the page, or asked for), each file's
    /// content from the listing or its $value, forwarded items opened through their MIME. The message's own MIME
    /// stands in where Graph falls short: for inline-only messages (hasAttachments is false for them), to tell
    /// body pictures from attached ones, and for a file that can no longer be fetched. Null when a file could
    /// not be fetched for a passing reason and the MIME cannot stand in: the message is read again next cycle.
    /// </summary>
    private async Task<List<MailAttachment>?> AttachmentsAsync(GraphMessage message, byte[]? mime, CancellationToken cancellationToken)
    {
        // The message's MIME lists every file too; it is parsed only when Graph's list falls short.
        List<MailAttachment>? parsed = null;
        var read = false;
        async Task<List<MailAttachment>?> FromMimeAsync()
        {
            if (!read)
            {
                read = true;
                parsed = mime is null ? null : await MimeAttachmentsAsync(mime, cancellationToken).ConfigureAwait(false);
            }

            return parsed;
        }

        var attachments = message.Attachments;
        if (attachments is null)
        {
            var fromMime = await FromMimeAsync().ConfigureAwait(false);
            // The page came without attachments (the endpoint ignored or refused $expand). Graph's hasAttachments
            // leaves out inline files (Apple Mail sends a form inline), so without it the MIME says what was sent.
            if (fromMime is not null && message.HasAttachments != true)
            {
                return fromMime;
            }

            try
            {
                attachments = (await client.Users[_mailbox].Messages[message.Id].Attachments.GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false))?.Value;
            }
            catch (Microsoft.Kiota.Abstractions.ApiException ex) when (fromMime is not null || ex.ResponseStatusCode == 404)
            {
                LogAttachmentsUnavailable(logger, _mailbox, message.Id!, ex.ResponseStatusCode);
                return fromMime ?? [];
            }
        }

        var list = new List<MailAttachment>();
        foreach (var attachment in attachments ?? [])
        {
            switch (attachment)
            {
                case FileAttachment file:
                    var name = file.Name ?? $"attachment-{list.Count + 1}";
                    byte[] content;
                    if (file.ContentBytes is { } bytes && (bytes.Length > 0 || (file.Size ?? 0) == 0))
                    {
                        content = bytes;
                    }
                    else
                    {
                        // A large file is listed without contentBytes (and size may be missing): fetch its $value.
                        var fetched = await TryValueAsync(message.Id!, file.Id!, cancellationToken).ConfigureAwait(false);
                        if (fetched.Content is null)
                        {
                            return Unavailable(message, list, name, file.ContentType, fetched.Status, await FromMimeAsync().ConfigureAwait(false));
                        }

                        content = fetched.Content;
                    }

                    list.Add(new MailAttachment(list.Count, name, ContentType(name, file.ContentType), AttachmentKind.File, content,
                        file.IsInline == true && IsBodyPicture(name, content.Length, await FromMimeAsync().ConfigureAwait(false))));
                    break;
                case ItemAttachment item:
                    // A forwarded message: opened through its MIME, and its own files listed.
                    var itemName = item.Name ?? "forwarded message";
                    var itemValue = await TryValueAsync(message.Id!, item.Id!, cancellationToken).ConfigureAwait(false);
                    if (itemValue.Content is not { } itemMime)
                    {
                        return Unavailable(message, list, itemName, "message/rfc822", itemValue.Status, await FromMimeAsync().ConfigureAwait(false));
                    }

                    try
                    {
                        using var stream = new MemoryStream(itemMime);
                        var inner = await MimeMessage.LoadAsync(stream, cancellationToken).ConfigureAwait(false);
                        foreach (var forwarded in MimeMail.Attachments(inner))
                        {
                            list.Add(forwarded with { Index = list.Count, Name = $"{itemName} / {forwarded.Name}" });
                        }
                    }
                    catch (FormatException)
                    {
                        list.Add(new MailAttachment(list.Count, itemName, "message/rfc822", AttachmentKind.File, itemMime));
                    }

                    break;
                case ReferenceAttachment reference:
                    list.Add(new MailAttachment(list.Count, reference.Name ?? "cloud file", reference.ContentType ?? "application/octet-stream", AttachmentKind.Reference,
                        ReadOnlyMemory<byte>.Empty, SourceUrl: reference.AdditionalData?.TryGetValue("sourceUrl", out var url) == true ? url?.ToString() : null));
                    break;
            }
        }

        // A message Graph listed without attachments but whose MIME has them (rare): trust the MIME.
        if (list.Count == 0 && message.HasAttachments == true && await FromMimeAsync().ConfigureAwait(false) is { Count: > 0 } whole)
        {
            return whole;
        }

        return list;
    }

    /// <summary>
    /// A file whose content Graph no longer gives. The message's MIME carries every file, so it stands in whole (with
    /// Graph's cloud links, which MIME lacks). Without it, a file that is gone (404) is kept for review under its name;
    /// any other failure leaves the message to the next cycle (null).
    /// </summary>
    private List<MailAttachment>? Unavailable(GraphMessage message, List<MailAttachment> list, string name, string? contentType, int status, List<MailAttachment>? fromMime)
    {
        LogAttachmentUnavailable(logger, _mailbox, message.Id!, name, status, fromMime is not null);
        if (fromMime is not null)
        {
            var whole = new List<MailAttachment>(fromMime);
            foreach (var link in message.Attachments?.OfType<ReferenceAttachment>() ?? [])
            {
                whole.Add(new MailAttachment(whole.Count, link.Name ?? "cloud file", link.ContentType ?? "application/octet-stream", AttachmentKind.Reference,
                    ReadOnlyMemory<byte>.Empty, SourceUrl: link.AdditionalData?.TryGetValue("sourceUrl", out var url) == true ? url?.ToString() : null));
            }

            return whole;
        }

        if (status != 404 && _read.HeldBack + 1 < options.MaxHeldBackCycles)
        {
            return null;
        }

        list.Add(new MailAttachment(list.Count, name, ContentType(name, contentType), AttachmentKind.File, ReadOnlyMemory<byte>.Empty,
            Unavailable: status == 404
                ? $"The file was removed from the mailbox (Graph answered {status}) before it could be read."
                : $"Graph failed to give the file (answering {status}) in {options.MaxHeldBackCycles} polling cycles in a row."));
        return list;
    }

    private static async Task<List<MailAttachment>?> MimeAttachmentsAsync(byte[] mime, CancellationToken cancellationToken)
    {
        try
        {
            using var stream = new MemoryStream(mime);
            return MimeMail.Attachments(await MimeMessage.LoadAsync(stream, cancellationToken).ConfigureAwait(false));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// Graph marks inline every picture in the body, and also those Apple Mail attaches inline (a photo of a signed
    /// form). The MIME tells them apart; without it, Graph's mark stands.
    /// </summary>
    private static bool IsBodyPicture(string name, int length, List<MailAttachment>? fromMime) =>
        fromMime?.Find(a => a.Name == name && a.Content.Length == length) is not { } same || same.IsInline;

    private static readonly Dictionary<string, string> s_documentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".docm"] = "application/vnd.ms-word.document.macroEnabled.12",
        [".xlsm"] = "application/vnd.ms-excel.sheet.macroEnabled.12",
        [".doc"] = "application/msword",
        [".xls"] = "application/vnd.ms-excel",
        [".pdf"] = "application/pdf",
    };

    /// <summary>Graph's contentType may be null or wrong (a form sent as image/png or octet-stream): a document's name says what it is.</summary>
    private static string ContentType(string name, string? given) =>
        s_documentTypes.TryGetValue(Path.GetExtension(name), out var type) ? type
        : string.IsNullOrWhiteSpace(given) ? "application/octet-stream" : given;

    private async Task<(byte[]? Content, int Status)> TryValueAsync(string messageId, string attachmentId, CancellationToken cancellationToken)
    {
        try
        {
            return (await ValueAsync(messageId, attachmentId, cancellationToken).ConfigureAwait(false), 200);
        }
        catch (Microsoft.Kiota.Abstractions.ApiException ex)
        {
            return (null, ex.ResponseStatusCode);
        }
        catch (GraphUnreachableException)
        {
            return (null, 0);
        }
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

    /// <summary>A raw content (a message's $value) as a stream, not held in memory; the caller disposes it.</summary>
    private async Task<Stream> ValueStreamAsync(string path, CancellationToken cancellationToken)
    {
        var information = new RequestInformation { HttpMethod = Method.GET, URI = new Uri(Base + path) };
        var errors = new Dictionary<string, ParsableFactory<IParsable>> { ["XXX"] = ODataError.CreateFromDiscriminatorValue };
        return await client.RequestAdapter.SendPrimitiveAsync<Stream>(information, errors, cancellationToken).ConfigureAwait(false) ?? Stream.Null;
    }

    /// <summary>
    /// Replies in Graph's MIME form, so they carry Auto-Submitted: auto-replied (Graph's JSON takes only x- headers)
    /// and go to the one normalised address; threaded under the message they answer. An endpoint that does not
    /// take MIME gets the JSON form instead.
    /// </summary>
    public async Task ReplyAsync(IReadOnlyList<(IncomingMail Original, OutgoingMail Reply)> replies, CancellationToken cancellationToken)
    {
        await SendEitherAsync(replies.Select(r => (
            Mime: BatchPart.Text("POST", $"{MailboxPath}/messages/{Uri.EscapeDataString(r.Original.SourceId)}/reply", Base64Mime(r.Reply, r.Original.InternetMessageId)),
            Json: new BatchPart("POST", $"{MailboxPath}/messages/{Uri.EscapeDataString(r.Original.SourceId)}/reply", new JsonObject
            {
                ["message"] = MessageJson(r.Reply, withSubject: false),
            }))).ToList(), "reply", cancellationToken).ConfigureAwait(false);
    }

    public async Task SendAsync(IReadOnlyList<OutgoingMail> messages, CancellationToken cancellationToken)
    {
        await SendEitherAsync(messages.Select(m => (
            Mime: BatchPart.Text("POST", $"{MailboxPath}/sendMail", Base64Mime(m, null)),
            Json: new BatchPart("POST", $"{MailboxPath}/sendMail", new JsonObject
            {
                ["message"] = MessageJson(m, withSubject: true),
                ["saveToSentItems"] = true,
            }))).ToList(), "sendMail", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sends each message in its MIME form while the endpoint takes it; a part refused as a request the endpoint
    /// cannot read (400, 405, 415, 501) goes again in the JSON form, and when every part was refused so, the
    /// endpoint is taken to have no MIME form for the rest of the cycle.
    /// </summary>
    private async Task SendEitherAsync(List<(BatchPart Mime, BatchPart Json)> parts, string what, CancellationToken cancellationToken)
    {
        if (parts.Count == 0)
        {
            return;
        }

        if (!_mimeSends)
        {
            await SendAllAsync([.. parts.Select(p => p.Json)], what, cancellationToken).ConfigureAwait(false);
            return;
        }

        var answers = await _batch.SendAsync([.. parts.Select(p => p.Mime)], cancellationToken).ConfigureAwait(false);
        var refused = Enumerable.Range(0, parts.Count).Where(i => answers[i].Status is 400 or 405 or 415 or 501).ToList();
        if (refused.Count == parts.Count)
        {
            LogNoMimeSends(logger, _mailbox, answers[0].Status);
            _mimeSends = false;
        }

        await SendAllAsync([.. refused.Select(i => parts[i].Json)], what, cancellationToken).ConfigureAwait(false);
        var failed = answers.Where((a, i) => !GraphBatch.IsSuccess(a) && !refused.Contains(i)).ToList();
        if (failed.Count > 0)
        {
            throw new GraphWriteException($"{failed.Count} of {parts.Count} Graph {what} requests failed ({string.Join(", ", failed.Select(GraphBatch.Describe).Distinct())}).");
        }
    }

    private string Base64Mime(OutgoingMail mail, string? inReplyTo)
    {
        using var buffer = new MemoryStream();
        OutgoingMime.Compose(mail, _mailbox, inReplyTo).WriteTo(buffer);
        return Convert.ToBase64String(buffer.GetBuffer(), 0, (int)buffer.Length);
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
        if (_incomplete)
        {
            // A message was left for the next cycle: keep the old position so it is read again (the ledger
            // drops the rest), counting the cycles so the message gives way in the end.
            LogHeldBack(logger, _mailbox, _read.HeldBack + 1, options.MaxHeldBackCycles);
            try
            {
                await sync.SaveAsync(Name, _read with { HeldBack = _read.HeldBack + 1 }, _read, cancellationToken).ConfigureAwait(false);
            }
            catch (SyncConflictException)
            {
                LogSyncConflict(logger, _mailbox);
            }

            return;
        }

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

    [LoggerMessage(EventId = 204, Level = LogLevel.Warning, Message = "The Graph endpoint refused $expand=attachments on {Mailbox} ({Query}); attachments are read per message instead")]
    private static partial void LogNoExpand(ILogger logger, string mailbox, string query);

    [LoggerMessage(EventId = 205, Level = LogLevel.Warning, Message = "The attachments of message {MessageId} in {Mailbox} could not be listed ({Status}); its MIME is read instead")]
    private static partial void LogAttachmentsUnavailable(ILogger logger, string mailbox, string messageId, int status);

    [LoggerMessage(EventId = 206, Level = LogLevel.Warning, Message = "Attachment {Name} of message {MessageId} in {Mailbox} could not be fetched ({Status}); message MIME available: {FromMime}")]
    private static partial void LogAttachmentUnavailable(ILogger logger, string mailbox, string messageId, string name, int status, bool fromMime);

    [LoggerMessage(EventId = 207, Level = LogLevel.Warning, Message = "A message of {Mailbox} could not be read whole this cycle; the read position is kept so the next cycle reads it again ({HeldBack} of {MaxHeldBack} cycles)")]
    private static partial void LogHeldBack(ILogger logger, string mailbox, int heldBack, int maxHeldBack);

    [LoggerMessage(EventId = 208, Level = LogLevel.Warning, Message = "The Graph endpoint refused $select=internetMessageHeaders on {Mailbox} ({Query}); each message's headers are read from its MIME instead")]
    private static partial void LogNoHeaders(ILogger logger, string mailbox, string query);

    [LoggerMessage(EventId = 209, Level = LogLevel.Warning, Message = "The Graph endpoint of {Mailbox} refused mail in MIME form ({Status}); replies and reminders go as JSON, without their Auto-Submitted header")]
    private static partial void LogNoMimeSends(ILogger logger, string mailbox, int status);

    [LoggerMessage(EventId = 202, Level = LogLevel.Warning, Message = "The originals of a page of {Mailbox} could not be fetched ({Reason}); their files are still read and archived")]
    private static partial void LogNoMime(ILogger logger, string mailbox, string reason);
}

public sealed class GraphWriteException(string message) : Exception(message);

/// <summary>The Graph endpoint of the settings does not answer at all (wrong URL, no network).</summary>
public sealed class GraphUnreachableException(string message, Exception inner) : Exception(message, inner);
