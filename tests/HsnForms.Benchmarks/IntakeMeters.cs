using System.Diagnostics;
using System.Runtime.CompilerServices;
using Azure.Core;
using Azure.Core.Pipeline;
using HsnForms.Intake.Mail;

namespace HsnForms.Benchmarks;

/// <summary>Calls of one kind and the wall time they took.</summary>
internal sealed class Tally
{
    public int Calls { get; private set; }
    public long Ticks { get; private set; }

    public double Seconds => Ticks / (double)Stopwatch.Frequency;

    public void Add(long ticks)
    {
        Calls++;
        Ticks += ticks;
    }
}

/// <summary>
/// Every HTTP request the storage SDKs send (each try, so retries count), by service, method, table or
/// container and status, with the time from sending it to the response's headers. Added to every Azure
/// client of the intake's service provider through Microsoft.Extensions.Azure's defaults, so the
/// intake's own registration is untouched.
/// </summary>
internal sealed class StorageMeter(int tablePort, string tablePrefix) : HttpPipelinePolicy
{
    private readonly Dictionary<string, Tally> _tallies = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public IReadOnlyList<(string What, Tally Tally)> Tallies
    {
        get
        {
            lock (_lock)
            {
                return [.. _tallies.OrderByDescending(t => t.Value.Ticks).Select(t => (t.Key, t.Value))];
            }
        }
    }

    public int Requests
    {
        get
        {
            lock (_lock)
            {
                return _tallies.Values.Sum(t => t.Calls);
            }
        }
    }

    public void Reset()
    {
        lock (_lock)
        {
            _tallies.Clear();
        }
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var start = Stopwatch.GetTimestamp();
        ProcessNext(message, pipeline);
        Record(message, Stopwatch.GetTimestamp() - start);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var start = Stopwatch.GetTimestamp();
        await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
        Record(message, Stopwatch.GetTimestamp() - start);
    }

    private void Record(HttpMessage message, long ticks)
    {
        var key = Describe(message);
        lock (_lock)
        {
            if (!_tallies.TryGetValue(key, out var tally))
            {
                _tallies[key] = tally = new Tally();
            }

            tally.Add(ticks);
        }
    }

    /// <summary>"table GET processedmessages 404", "blob PUT mail": the table without the run's prefix, the container by role.</summary>
    private string Describe(HttpMessage message)
    {
        var uri = message.Request.Uri.ToUri();
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var target = segments.Length > 1 ? segments[1] : "";
        var paren = target.IndexOf('(', StringComparison.Ordinal);
        target = paren >= 0 ? target[..paren] : target;
        string service;
        if (uri.Port == tablePort)
        {
            service = "table";
            target = target.StartsWith(tablePrefix, StringComparison.OrdinalIgnoreCase) ? target[tablePrefix.Length..] : target;
        }
        else
        {
            service = "blob";
            var dash = target.IndexOf('-', StringComparison.Ordinal);
            target = dash > 0 ? target[..dash] : target;
        }

        var status = message.HasResponse ? message.Response.Status : 0;
        var outcome = status is >= 200 and < 300 ? "" : $" {status}";
        return $"{service} {message.Request.Method} {target}{outcome}";
    }
}

/// <summary>
/// The mailbox the pipeline reads, timed: each step of reading new mail (for Graph, the delta pages and the
/// $batch of originals' MIME; for a folder, reading and parsing the .eml files), the replies, the marks
/// and the sync state. Nothing else changes: every call goes straight to the real mailbox.
/// </summary>
internal sealed class MailboxMeter(IMailbox inner) : IMailbox
{
    public Tally Read { get; } = new();
    public Tally Reply { get; } = new();
    public Tally Mark { get; } = new();
    public Tally Complete { get; } = new();

    public string Name => inner.Name;

    public string Address => inner.Address;

    public bool ListsEverything => inner.ListsEverything;

    public async IAsyncEnumerable<IncomingMail> ReadNewAsync(MailboxReading reading, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var enumerator = inner.ReadNewAsync(reading, cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (enumerator.ConfigureAwait(false))
        {
            while (true)
            {
                var start = Stopwatch.GetTimestamp();
                var more = await enumerator.MoveNextAsync().ConfigureAwait(false);
                Read.Add(Stopwatch.GetTimestamp() - start);
                if (!more)
                {
                    yield break;
                }

                yield return enumerator.Current;
            }
        }
    }

    public async Task ReplyAsync(IReadOnlyList<(IncomingMail Original, OutgoingMail Reply)> replies, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        await inner.ReplyAsync(replies, cancellationToken).ConfigureAwait(false);
        Reply.Add(Stopwatch.GetTimestamp() - start);
    }

    public Task SendAsync(IReadOnlyList<OutgoingMail> messages, CancellationToken cancellationToken) => inner.SendAsync(messages, cancellationToken);

    public async Task MarkProcessedAsync(IReadOnlyList<IncomingMail> messages, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        await inner.MarkProcessedAsync(messages, cancellationToken).ConfigureAwait(false);
        Mark.Add(Stopwatch.GetTimestamp() - start);
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        await inner.CompleteAsync(cancellationToken).ConfigureAwait(false);
        Complete.Add(Stopwatch.GetTimestamp() - start);
    }
}
