namespace HsnForms.GraphSimulator;

/// <summary>
/// Faults a test arms before it calls the simulator. Thread-safe. A "unit" is one HTTP request or one part of a
/// $batch (the $batch request itself is not a unit: its parts are). "Next" faults hit the next units whatever they
/// are; "When" faults hit the next units their predicate matches, and may match the $batch request itself
/// (<see cref="HttpMethodAndPath.IsBatch"/>). Rules apply in the order they were armed, each until its count is used.
/// </summary>
public sealed class GraphFaults
{
    private readonly Lock _gate = new();
    private readonly List<Rule> _rules = [];
    private readonly Action _expireDeltaTokens;
    private long _delayTicks;

    internal GraphFaults(Action expireDeltaTokens) => _expireDeltaTokens = expireDeltaTokens;

    /// <summary>Extra time every unit spends in flight before it is answered (on top of <see cref="GraphSimulatorOptions.ResponseDelay"/>).</summary>
    public TimeSpan Delay
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _delayTicks));
        set => Interlocked.Exchange(ref _delayTicks, value.Ticks);
    }

    /// <summary>Faults armed and not yet used up.</summary>
    public int Pending
    {
        get
        {
            lock (_gate)
            {
                return _rules.Sum(r => r.Remaining);
            }
        }
    }

    /// <summary>The next <paramref name="count"/> units answer 429 TooManyRequests with <c>Retry-After</c> (whole seconds, rounded up).</summary>
    public void ThrottleNext(int count, TimeSpan retryAfter) =>
        Add(null, count, Fault.Throttle(retryAfter));

    /// <summary>The next <paramref name="count"/> units that <paramref name="match"/> accepts answer 429 with <c>Retry-After</c>.</summary>
    public void ThrottleWhen(Func<HttpMethodAndPath, bool> match, int count, TimeSpan retryAfter)
    {
        ArgumentNullException.ThrowIfNull(match);
        Add(match, count, Fault.Throttle(retryAfter));
    }

    /// <summary>The next <paramref name="count"/> units answer 503 serviceNotAvailable, with <c>Retry-After</c> when given.</summary>
    public void ServiceUnavailableNext(int count, TimeSpan? retryAfter) =>
        Add(null, count, new Fault(503, "serviceNotAvailable", "The service is temporarily unavailable. Try again after the interval in the Retry-After header.", retryAfter, false));

    /// <summary>The next unit answers <paramref name="status"/> with Graph's error body.</summary>
    public void FailNext(int status) => FailNext(status, 1);

    /// <summary>The next <paramref name="count"/> units answer <paramref name="status"/> with Graph's error body (a default code per status unless given).</summary>
    public void FailNext(int status, int count, string? code = null, string? message = null) =>
        Add(null, count, Fault.Failure(status, code, message));

    /// <summary>The next <paramref name="count"/> units that <paramref name="match"/> accepts answer <paramref name="status"/>.</summary>
    public void FailWhen(Func<HttpMethodAndPath, bool> match, int status, int count = 1, string? code = null, string? message = null)
    {
        ArgumentNullException.ThrowIfNull(match);
        Add(match, count, Fault.Failure(status, code, message));
    }

    /// <summary>The next <paramref name="count"/> units answer 307 Temporary Redirect back to the same URL (exercises the SDK's RedirectHandler).</summary>
    public void RedirectNext(int count = 1) =>
        Add(null, count, new Fault(307, "", "", null, true));

    /// <summary>Every delta and skip token issued so far answers 410 Gone, code syncStateNotFound, as Graph does for a sync state it no longer has. Tokens issued later work.</summary>
    public void ExpireDeltaTokens() => _expireDeltaTokens();

    /// <summary>Disarms every rule and zeroes <see cref="Delay"/>.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
        }

        Delay = TimeSpan.Zero;
    }

    internal Fault? Take(HttpMethodAndPath unit)
    {
        lock (_gate)
        {
            foreach (var rule in _rules)
            {
                if (rule.Remaining <= 0)
                {
                    continue;
                }

                var applies = rule.Match is null ? !unit.IsBatch : rule.Match(unit);
                if (applies)
                {
                    rule.Remaining--;
                    return rule.Fault;
                }
            }

            _rules.RemoveAll(r => r.Remaining <= 0);
            return null;
        }
    }

    private void Add(Func<HttpMethodAndPath, bool>? match, int count, Fault fault)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        lock (_gate)
        {
            _rules.Add(new Rule(match, fault) { Remaining = count });
        }
    }

    private sealed class Rule(Func<HttpMethodAndPath, bool>? match, Fault fault)
    {
        public Func<HttpMethodAndPath, bool>? Match { get; } = match;

        public Fault Fault { get; } = fault;

        public int Remaining { get; set; }
    }
}

internal sealed record Fault(int Status, string Code, string Message, TimeSpan? RetryAfter, bool Redirect)
{
    public static Fault Throttle(TimeSpan retryAfter) =>
        new(429, "TooManyRequests", "Please retry again later.", retryAfter, false);

    public static Fault Failure(int status, string? code, string? message)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 400);
        var defaultCode = status switch
        {
            400 => "invalidRequest",
            401 => "InvalidAuthenticationToken",
            403 => "ErrorAccessDenied",
            404 => "ErrorItemNotFound",
            409 => "ErrorIrresolvableConflict",
            410 => "syncStateNotFound",
            429 => "TooManyRequests",
            503 => "serviceNotAvailable",
            504 => "UnknownError",
            _ => "generalException",
        };
        return new(status, code ?? defaultCode, message ?? $"Simulated failure {status}.", status is 429 or 503 ? TimeSpan.FromSeconds(1) : null, false);
    }
}
