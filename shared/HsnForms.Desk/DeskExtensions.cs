using Azure.Storage.Blobs;
using HsnForms.Desk.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HsnForms.Desk;

public static class DeskExtensions
{
    /// <summary>
    /// The web desk's services (section "Desk"): who is at it, anti-forgery tokens whose keys every
    /// instance shares through Blob Storage, and the app itself. Needs the intake and report services.
    /// </summary>
    public static IServiceCollection AddServiceDeskWeb(this IServiceCollection services)
    {
        services.AddOptions<DeskOptions>().BindConfiguration("Desk").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DeskIdentity>();
        services.AddSingleton<DeskApp>();
        services.AddDataProtection().SetApplicationName("HsnForms.Desk");
        services.AddOptions<KeyManagementOptions>().Configure<BlobServiceClient, IOptions<DeskOptions>>((keys, blobs, desk) =>
            keys.XmlRepository = new BlobKeyRepository(blobs, desk.Value.KeyContainer));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "hsnforms-desk-antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
            o.FormFieldName = "__desk_token";
        });
        return services;
    }

    /// <summary>Serves the desk under /desk from an ASP.NET Core app (hsnforms desk); / leads to it.</summary>
    public static IEndpointRouteBuilder MapServiceDesk(this IEndpointRouteBuilder endpoints)
    {
        endpoints.Map("/desk/{**path}", (HttpContext context) => context.RequestServices.GetRequiredService<DeskApp>().HandleAsync(context));
        endpoints.Map("/desk", (HttpContext context) => context.RequestServices.GetRequiredService<DeskApp>().HandleAsync(context));
        endpoints.MapGet("/", () => Results.Redirect(Pages.DeskPaths.Home));
        return endpoints;
    }
}
