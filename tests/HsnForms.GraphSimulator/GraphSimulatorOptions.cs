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

    /// <summary>Clock for times the simulator stamps (sent mail, moves, edits). Tests may pass a FakeTimeProvider.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
