using System.Collections.Concurrent;

namespace HsnForms.GraphSimulator;

/// <summary>What the simulator has received. Thread-safe; <see cref="Reset"/> zeroes everything.</summary>
public sealed class GraphCounters
{
    private readonly ConcurrentDictionary<string, int> _byRoute = new(StringComparer.Ordinal);
    private long _requests;
    private long _batchRequests;
    private long _batchParts;
    private long _throttled;
    private int _peakConcurrency;

    /// <summary>HTTP requests received (a $batch counts once, whatever it holds).</summary>
    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Requests and batch parts per route, e.g. "GET delta", "GET attachment $value", "POST $batch", "PATCH message".</summary>
    public IReadOnlyDictionary<string, int> ByRoute => new Dictionary<string, int>(_byRoute, StringComparer.Ordinal);

    /// <summary>$batch HTTP requests received.</summary>
    public long BatchRequests => Interlocked.Read(ref _batchRequests);

    /// <summary>Parts of all $batch requests.</summary>
    public long BatchParts => Interlocked.Read(ref _batchParts);

    /// <summary>429 answers sent, HTTP responses and batch parts alike.</summary>
    public long Throttled => Interlocked.Read(ref _throttled);

    /// <summary>The most requests (batch parts included) seen in flight at once against the mailbox, refused ones included.</summary>
    public int PeakConcurrency => Volatile.Read(ref _peakConcurrency);

    /// <summary>The count for one route, 0 when never seen.</summary>
    public int For(string route) => _byRoute.TryGetValue(route, out var n) ? n : 0;

    /// <summary>Zeroes every counter.</summary>
    public void Reset()
    {
        Interlocked.Exchange(ref _requests, 0);
        Interlocked.Exchange(ref _batchRequests, 0);
        Interlocked.Exchange(ref _batchParts, 0);
        Interlocked.Exchange(ref _throttled, 0);
        Interlocked.Exchange(ref _peakConcurrency, 0);
        _byRoute.Clear();
    }

    internal void CountRequest() => Interlocked.Increment(ref _requests);

    internal void CountBatch() => Interlocked.Increment(ref _batchRequests);

    internal void CountBatchPart() => Interlocked.Increment(ref _batchParts);

    internal void CountThrottled() => Interlocked.Increment(ref _throttled);

    internal void CountRoute(string route) => _byRoute.AddOrUpdate(route, 1, (_, n) => n + 1);

    internal void SeeConcurrency(int inFlight)
    {
        var peak = Volatile.Read(ref _peakConcurrency);
        while (inFlight > peak)
        {
            var seen = Interlocked.CompareExchange(ref _peakConcurrency, inFlight, peak);
            if (seen == peak)
            {
                return;
            }

            peak = seen;
        }
    }
}
