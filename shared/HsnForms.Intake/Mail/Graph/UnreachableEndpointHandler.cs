namespace HsnForms.Intake.Mail.Graph;

/// <summary>
/// A Graph endpoint that does not answer at all (no connection, no name) is said as such, from the one
/// place every Graph request passes through, so no caller mistakes it for unreachable storage.
/// </summary>
public sealed class UnreachableEndpointHandler(string baseUrl) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new GraphUnreachableException($"the Graph endpoint {baseUrl.TrimEnd('/')} cannot be reached ({ex.Message}): check Graph__BaseUrl.", ex);
        }
    }
}
