namespace HsnForms.Reporting.Reminders;

/// <summary>
/// At most a number of messages in any minute, counted from when each send finished: a send starts
/// only with as many messages as the sends of the last minute leave room for. Any 60 seconds then
/// hold at most that many, however long each send takes.
/// </summary>
internal sealed class SendingPace(TimeProvider clock, int perMinute)
{
    private static readonly TimeSpan s_minute = TimeSpan.FromMinutes(1);
    private readonly Queue<(DateTimeOffset At, int Count)> _recent = new();

    public int PerMinute => perMinute;

    /// <summary>
    /// Waits until at least one more message can go without passing the limit, and says how many of
    /// <paramref name="wanted"/> can go now.
    /// </summary>
    public async Task<int> WaitForRoomAsync(int wanted, CancellationToken cancellationToken)
    {
        while (true)
        {
            var now = clock.GetUtcNow();
            while (_recent.TryPeek(out var oldest) && oldest.At + s_minute <= now)
            {
                _recent.Dequeue();
            }

            var room = perMinute - _recent.Sum(r => r.Count);
            if (room > 0)
            {
                return Math.Min(room, wanted);
            }

            await Task.Delay(_recent.Peek().At + s_minute - now, clock, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Notes that <paramref name="count"/> messages have just gone.</summary>
    public void Sent(int count) => _recent.Enqueue((clock.GetUtcNow(), count));
}
