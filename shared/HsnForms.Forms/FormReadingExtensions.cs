using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading;
using Microsoft.Extensions.DependencyInjection;

namespace HsnForms.Forms;

public static class FormReadingExtensions
{
    /// <summary>
    /// Registers the form reader with its limits bound from the <c>FormReaderOptions</c> section and
    /// checked at start, so a mistyped limit stops the app rather than a subscriber's form.
    /// </summary>
    public static IServiceCollection AddFormReading(this IServiceCollection services)
    {
        services.AddOptions<FormReaderOptions>()
            .BindConfiguration(nameof(FormReaderOptions))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(FormCatalog.Default);
        services.AddSingleton(sp => new FormReader(
            sp.GetRequiredService<FormCatalog>(),
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<FormReaderOptions>>().Value,
            sp.GetService<Microsoft.Extensions.Logging.ILogger<FormReader>>()));
        return services;
    }
}
