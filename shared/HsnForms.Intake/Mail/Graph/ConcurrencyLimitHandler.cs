namespace HsnForms.Intake.Mail.Graph;

/// <summary>
/// At most N requests in flight to the mailbox; Graph answers a fifth with 429 MailboxConcurrency. Placed
/// inside the SDK's retry handler, so a wait for Retry-After does not hold a slot.
/// </summary>
public sealed class ConcurrencyLimitHandler(int limit) : DelegatingHandler
{
    private readonly SemaphoreSlim _slots = new(limit, limit);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _slots.Release();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _slots.Dispose();
        }

        base.Dispose(disposing);
    }
}
