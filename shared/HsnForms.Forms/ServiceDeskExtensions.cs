using HsnForms.Forms.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace HsnForms.Forms;

public static class ServiceDeskExtensions
{
    /// <summary>
    /// The service desk's contact details (section <c>ServiceDesk</c>), checked at start: replies,
    /// reminders and blank forms all name the desk from here.
    /// </summary>
    public static IServiceCollection AddServiceDesk(this IServiceCollection services)
    {
        services.AddOptions<ServiceDeskOptions>().BindConfiguration("ServiceDesk").ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
