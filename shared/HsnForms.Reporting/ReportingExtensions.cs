using HsnForms.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace HsnForms.Reporting;

public static class ReportingExtensions
{
    public static IServiceCollection AddComplianceReports(this IServiceCollection services)
    {
        services.AddServiceDesk();
        services.AddSingleton<ReportService>();
        services.AddSingleton<ReportPublisher>();
        services.AddOptions<Reminders.ReminderOptions>().BindConfiguration("Reminders").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Reminders.ReminderSender>();
        return services;
    }
}
