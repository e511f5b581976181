using System.IO.Compression;
using System.Net;
using HsnForms.GraphSimulator.Internal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HsnForms.GraphSimulator;

/// <summary>
/// A loopback Microsoft Graph v1.0 endpoint for one mailbox, speaking Graph's wire format for the mail operations
/// HSN Forms uses, so the real Microsoft.Graph SDK (with its retry, redirect and decompression middleware) can be
/// pointed at <see cref="BaseUrl"/>. Start it with <see cref="StartAsync"/>, dispose it to stop.
/// </summary>
public sealed partial class GraphSimulator : IAsyncDisposable
{
    private readonly GraphSimulatorOptions _options;
    private readonly Mailbox _mailbox;
    private WebApplication? _app;
    private int _inFlight;

    private GraphSimulator(GraphSimulatorOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.DefaultPageSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxConcurrentRequestsPerMailbox);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.BatchParallelism);
        _options = options;
        _mailbox = new Mailbox(options);
        Faults = new GraphFaults(_mailbox.ExpireTokens);
    }

    /// <summary>The version root, e.g. http://127.0.0.1:54321/v1.0 (no trailing slash): give it to GraphServiceClient as its base URL.</summary>
    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/v1.0");

    /// <summary>The mailbox's address (routes accept it or <see cref="MailboxUserId"/>, case-insensitive).</summary>
    public string Mailbox => _mailbox.Address;

    /// <summary>The mailbox owner's user id (a GUID derived from the address, stable across runs).</summary>
    public string MailboxUserId => _mailbox.UserGuid.ToString();

    /// <summary>Every message in every folder (Sent Items and Drafts included), in the order they were created, as they are now.</summary>
    public IReadOnlyList<SimulatedMessage> Messages => _mailbox.Messages();

    /// <summary>Mail the client sent: sendMail, reply, replyAll, forward and sent drafts, in order.</summary>
    public IReadOnlyList<SentMail> Sent => _mailbox.Sent();

    /// <summary>The mailbox's folders: msgfolderroot, the well-known ones, then those created.</summary>
    public IReadOnlyList<SimulatedFolder> Folders => _mailbox.Folders();

    /// <summary>Faults to arm for the next requests.</summary>
    public GraphFaults Faults { get; }

    /// <summary>What the simulator has received.</summary>
    public GraphCounters Counters { get; } = new();

    /// <summary>Starts Kestrel on 127.0.0.1 on a free port.</summary>
    public static async Task<GraphSimulator> StartAsync(GraphSimulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        var simulator = new GraphSimulator(options ?? new GraphSimulatorOptions());
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(GraphSimulator).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http1);
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = null;
        });
        var app = builder.Build();
        app.Run(simulator.HandleAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        simulator._app = app;
        simulator.BaseUrl = new Uri(address.TrimEnd('/') + "/v1.0");
        simulator._mailbox.BaseUrl = simulator.BaseUrl.ToString().TrimEnd('/');
        return simulator;
    }

    /// <summary>Adds a received message, parsed from MIME with MimeKit, to a folder (well-known name, folder id or display name).</summary>
    public SimulatedMessage AddMessage(byte[] mime, DateTimeOffset receivedAt, string folder = "inbox")
    {
        ArgumentNullException.ThrowIfNull(mime);
        return _mailbox.AddMime(mime, receivedAt, folder);
    }

    /// <summary>Adds a received message from an .eml file; <paramref name="receivedAt"/> defaults to its Date header.</summary>
    public SimulatedMessage AddEml(string path, DateTimeOffset? receivedAt = null, string folder = "inbox") =>
        _mailbox.AddMime(File.ReadAllBytes(path), receivedAt, folder);

    /// <summary>Creates a folder under the root (or under <paramref name="parent"/>), as a person would in Outlook.</summary>
    public SimulatedFolder AddFolder(string displayName, string? parent = null) => _mailbox.AddFolder(displayName, parent);

    /// <summary>The id of a folder by well-known name (inbox, archive, sentitems, ...), id or display name, or null.</summary>
    public string? GetFolderId(string folder) => _mailbox.GetFolderId(folder);

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_app is { } app)
        {
            _app = null;
            await app.StopAsync().ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        Counters.CountRequest();
        var request = context.Request;
        var raw = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var (path, query) = SimRequest.SplitTarget(raw);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in request.Headers)
        {
            headers[name] = string.Join(", ", values.ToArray());
        }

        SimResponse response;
        var tooLarge = request.ContentLength > _options.MaxRequestBodyBytes;
        var body = tooLarge ? [] : await ReadBodyAsync(request, context.RequestAborted).ConfigureAwait(false);
        tooLarge |= body.Length > _options.MaxRequestBodyBytes;
        var version = path.Length >= 5 ? path[..5] : path;
        var sim = new SimRequest
        {
            Method = request.Method.ToUpperInvariant(),
            Path = version.Equals("/v1.0", StringComparison.OrdinalIgnoreCase) ? path[5..] : path,
            Query = query,
            Headers = headers,
            Body = body,
        };
        try
        {
            if (!version.Equals("/v1.0", StringComparison.OrdinalIgnoreCase) || (path.Length > 5 && path[5] != '/'))
            {
                response = SimResponse.Error(sim, 400, "BadRequest", $"Invalid version: the simulator serves /v1.0 only, not '{path}'.");
            }
            else if (tooLarge)
            {
                response = SimResponse.Error(sim, 413, "RequestEntityTooLarge", $"The request body is larger than {_options.MaxRequestBodyBytes} bytes; attach files over 3 MB with an upload session.");
            }
            else if (sim.Method == "POST" && Uri.UnescapeDataString(sim.Path).Equals("/$batch", StringComparison.OrdinalIgnoreCase))
            {
                response = await ExecuteBatchAsync(sim, context.RequestAborted).ConfigureAwait(false);
            }
            else
            {
                response = await ExecuteUnitAsync(sim, context.RequestAborted).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        await WriteAsync(context, sim, response).ConfigureAwait(false);
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }

    /// <summary>One unit (request or batch part): route, mailbox concurrency, faults, delay, handler.</summary>
    private async Task<SimResponse> ExecuteUnitAsync(SimRequest request, CancellationToken cancellationToken)
    {
        var route = Router.Resolve(request, _mailbox);
        Counters.CountRoute(route.Name);
        var unit = new HttpMethodAndPath(request.Method, "/v1.0" + Uri.UnescapeDataString(request.Path), request.QueryText(), route.Name, request.IsBatchPart);
        SimResponse response;
        if (route.MailboxScoped)
        {
            var inFlight = Interlocked.Increment(ref _inFlight);
            Counters.SeeConcurrency(inFlight);
            if (inFlight > _options.MaxConcurrentRequestsPerMailbox)
            {
                Interlocked.Decrement(ref _inFlight);
                return Throttled(SimResponse.Error(request, 429, "ApplicationThrottled", "Application is over its MailboxConcurrency limit.", TimeSpan.FromSeconds(1)));
            }
        }

        try
        {
            response = await RunAsync(request, route, unit, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (route.MailboxScoped)
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }

        return response.Status == 429 ? Throttled(response) : response;
    }

    private async Task<SimResponse> RunAsync(SimRequest request, RouteMatch route, HttpMethodAndPath unit, CancellationToken cancellationToken)
    {
        if (Faults.Take(unit) is { } fault)
        {
            return FaultResponse(request, fault);
        }

        var delay = _options.ResponseDelay + Faults.Delay;
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            return route.Handler();
        }
        catch (GraphErrorException e)
        {
            return SimResponse.Error(request, e.Status, e.Code, e.Message);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or ArgumentException or KeyNotFoundException or System.Text.Json.JsonException)
        {
            // Typically a JSON value of the wrong type (e.g. "isRead": "yes").
            return SimResponse.Error(request, 400, "BadRequest", $"Graph simulator could not process the request: {e.Message}");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return SimResponse.Error(request, 500, "generalException", $"Graph simulator failure: {e}");
        }
    }

    private SimResponse FaultResponse(SimRequest request, Fault fault)
    {
        if (fault.Redirect)
        {
            var redirect = SimResponse.Empty(307);
            redirect.Headers["Location"] = $"{_mailbox.BaseUrl}{request.Path}{Internal.QueryString.Build(request.Query)}";
            return redirect;
        }

        return SimResponse.Error(request, fault.Status, fault.Code, fault.Message, fault.RetryAfter);
    }

    private SimResponse Throttled(SimResponse response)
    {
        Counters.CountThrottled();
        return response;
    }

    private async Task WriteAsync(HttpContext context, SimRequest request, SimResponse response)
    {
        var http = context.Response;
        http.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers)
        {
            http.Headers[name] = value;
        }

        http.Headers["request-id"] = request.RequestId;
        http.Headers["client-request-id"] = request.ClientRequestId;
        http.Headers["x-ms-ags-diagnostic"] = """{"ServerInfo":{"DataCenter":"Loopback","Slice":"E","Ring":"0","ScaleUnit":"000","RoleInstance":"GRAPH-SIMULATOR"}}""";
        http.Headers.CacheControl = "no-cache";
        if (response.Body.Length == 0)
        {
            http.ContentLength = 0;
            return;
        }

        var accept = request.Header("Accept-Encoding") ?? "";
        if (_options.CompressResponses && accept.Contains("gzip", StringComparison.OrdinalIgnoreCase))
        {
            using var compressed = new MemoryStream();
            await using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            {
                await gzip.WriteAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
            }

            http.Headers.ContentEncoding = "gzip";
            http.Headers.Vary = "Accept-Encoding";
            http.ContentLength = compressed.Length;
            await http.Body.WriteAsync(compressed.ToArray(), context.RequestAborted).ConfigureAwait(false);
            return;
        }

        http.ContentLength = response.Body.Length;
        await http.Body.WriteAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
    }
}
