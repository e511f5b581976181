using HsnForms.Intake.Mail.Graph;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HsnForms.Intake.Mail;

/// <summary>
/// The mailbox a polling cycle reads: the Graph mailbox of the settings, or a folder of .eml files when
/// <c>Intake:MailboxFolder</c> is set (a local run without a tenant).
/// </summary>
public sealed class MailboxSource(IServiceProvider services, IConfiguration configuration)
{
    public IMailbox Open() =>
        configuration["Intake:MailboxFolder"] is { Length: > 0 } folder
            ? new FolderMailbox(folder)
            : services.GetRequiredService<GraphMailbox>();
}
