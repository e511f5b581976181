using HsnForms.Desk;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace HsnForms.Functions;

/// <summary>
/// The service desk's web app under /desk. App Service Authentication (Microsoft Entra ID) signs people in
/// in front of it, so the trigger itself needs no key; the shared app checks the principal's app role,
/// the origin and the anti-forgery token of every request.
/// </summary>
public sealed class ServiceDeskWeb(DeskApp desk)
{
    [Function(nameof(ServiceDeskWeb))]
    public async Task<IActionResult> RunAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", "post", Route = "desk/{*path}")] HttpRequest request)
    {
        await desk.HandleAsync(request.HttpContext);
        return new EmptyResult();
    }
}
