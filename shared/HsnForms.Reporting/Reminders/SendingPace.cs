namespace HsnForms.Reporting.Reminders;

/// <summary>
/// At most a number of messages in any minute, measured from when each send finished: before a batch
/// goes, it waits until the sends of the last minute leave room for it. Any 60 seconds then hold at
/// most that many, however long each send takes.
/// </summary>
internal sealed class SendingPace(TimeProvider clock, int perMinute)
{
    private static readonly TimeSpan s_minute = TimeSpan.FromMinutes(1);
    private readonly Queue<(DateTimeOffset At, int Count)> _recent = new();

    public int PerMinute => perMinute;

    /// <summary>Waits until <paramref name="count"/> more messages can go without passing the limit.</summary>
    public async Task WaitForRoomAsync(int count, CancellationToken cancellationToken)
    {
        if (count > perMinute)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"A batch larger than the limit of {perMinute} a minute can never go.");
        }

        while (true)
        {
            var now = clock.GetUtcNow();
            while (_recent.TryPeek(out var oldest) && oldest.At + s_minute <= now)
            {
                _recent.Dequeue();
            }

            if (_recent.Sum(r => r.Count) + count <= perMinute)
            {
                return;
            }

            await Task.Delay(_recent.Peek().At + s_minute - now, clock, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Notes that <paramref name="count"/> messages have just gone.</summary>
    public void Sent(int count) => _recent.Enqueue((clock.GetUtcNow(), count));
}
