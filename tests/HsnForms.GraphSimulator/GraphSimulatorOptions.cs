namespace HsnForms.GraphSimulator;

/// <summary>How a <see cref="GraphSimulator"/> behaves. Every default is the one Microsoft Graph documents for Outlook mail.</summary>
public sealed class GraphSimulatorOptions
{
    /// <summary>The one mailbox the simulator serves (routes accept it or <see cref="GraphSimulator.MailboxUserId"/>, case-insensitive).</summary>
    public string Mailbox { get; init; } = "hsservicedesk@hkex.com.hk";

    /// <summary>Display name of the mailbox owner, used for <c>GET /users/{mb}</c> and the sender of sent mail.</summary>
    public string MailboxDisplayName { get; init; } = "HKEX Hosting Services Service Desk";

    /// <summary>Page size of delta and list responses when neither <c>$top</c> nor <c>Prefer: odata.maxpagesize</c> says otherwise (Graph: 10).</summary>
    public int DefaultPageSize { get; init; } = 10;

    /// <summary>Largest page the simulator serves whatever the client asks (Graph caps message pages at 1000).</summary>
    public int MaxPageSize { get; init; } = 1000;

    /// <summary>In-flight requests to one mailbox beyond which the simulator answers 429 ApplicationThrottled (Outlook: 4 per app per mailbox).</summary>
    public int MaxConcurrentRequestsPerMailbox { get; init; } = 4;

    /// <summary>How many parts of one <c>$batch</c> run at the same time (Graph dispatches up to 4 at once). Parts count against the mailbox concurrency limit.</summary>
    public int BatchParallelism { get; init; } = 4;

    /// <summary>Largest number of requests in one <c>$batch</c> (Graph: 20).</summary>
    public int MaxBatchRequests { get; init; } = 20;

    /// <summary>Largest request body accepted (Graph: 4 MB; larger attachments need an upload session). Larger bodies answer 413.</summary>
    public long MaxRequestBodyBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Added to every request (and batch part) while it is in flight, so concurrency can be observed.</summary>
    public TimeSpan ResponseDelay { get; init; }

    /// <summary>Gzip response bodies when the client sends <c>Accept-Encoding: gzip</c>, as Graph does.</summary>
    public bool CompressResponses { get; init; } = true;

    // ------------------------------------------------------------ dialects: legitimate variations of Graph's wire
    // format that other endpoints (a recorded tenant, another simulator) speak. The defaults are this simulator's own.

    /// <summary>How a delta query treats <c>$expand=attachments</c>: honoured (default), silently ignored, or refused with 400.</summary>
    public ExpandSupport DeltaExpand { get; init; } = ExpandSupport.Honoured;

    /// <summary>
    /// File attachments larger than this many bytes are listed (and expanded) without <c>contentBytes</c>, as Graph does
    /// for large files; the client fetches them through <c>/attachments/{id}/$value</c>. Null: always included.
    /// </summary>
    public int? ContentBytesLimit { get; init; }

    /// <summary>Attachments are rendered without their <c>size</c> property.</summary>
    public bool OmitAttachmentSize { get; init; }

    /// <summary>How a non-JSON body (a message's <c>$value</c>) is put in a <c>$batch</c> response: base64 (Graph), as a plain JSON string (some proxies), or left out.</summary>
    public BatchBinaryBody BatchBinaryBodies { get; init; } = BatchBinaryBody.Base64;

    /// <summary>Answer a <c>$batch</c>'s parts in the reverse order of the request (Graph promises no order).</summary>
    public bool ReverseBatchResponses { get; init; }

    /// <summary>Date-times as <c>2023-11-24T01:00:00.0000000+00:00</c> (fractional seconds and an offset) instead of <c>2023-11-24T01:00:00Z</c>.</summary>
    public bool FractionalTimestamps { get; init; }

    /// <summary>
    /// Messages given in MIME form (a base64 text/plain body on sendMail, reply, replyAll or forward) are taken, as Graph
    /// v1.0 takes them (default); false answers them 400, as an endpoint that knows only the JSON form would.
    /// </summary>
    public bool MimeMessages { get; init; } = true;

    /// <summary>Every delta round starts with an empty page that has a nextLink, and lists each message twice (on different pages when they are small).</summary>
    public bool RepeatDeltaEntries { get; init; }

    /// <summary>Clock for times the simulator stamps (sent mail, moves, edits). Tests may pass a FakeTimeProvider.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}

/// <summary>How an endpoint treats <c>$expand=attachments</c> on a delta query.</summary>
public enum ExpandSupport
{
    Honoured,
    Ignored,
    Rejected,
}

/// <summary>How a non-JSON batch part body is carried.</summary>
public enum BatchBinaryBody
{
    Base64,
    PlainText,
    Absent,
}
