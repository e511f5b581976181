using HsnForms.Intake;
using HsnForms.Intake.Mail;
using HsnForms.Intake.Pipeline;
using HsnForms.Intake.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace HsnForms.IntegrationTests;

/// <summary>
/// The intake services on Azurite, each test in tables and containers of its own, with a folder of
/// .eml files as the mailbox.
/// </summary>
public sealed class IntakeHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public IntakeHarness(Azurite azurite, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var id = Guid.NewGuid().ToString("N")[..10];
        Prefix = "t" + id;
        MailFolder = Directory.CreateTempSubdirectory("hsn-mailbox-").FullName;
        Outbox = Directory.CreateTempSubdirectory("hsn-outbox-").FullName;
        Settings = new Dictionary<string, string?>
        {
            ["StorageOptions:TablePrefix"] = Prefix,
            ["StorageOptions:MailContainer"] = "mail-" + id,
            ["StorageOptions:AttachmentContainer"] = "files-" + id,
            ["StorageOptions:ReportContainer"] = "reports-" + id,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            Settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddIntakeStorage(configuration, azurite.ConnectionString);
        services.AddMailIngestion();
        HsnForms.Reporting.ReportingExtensions.AddComplianceReports(services);
        _services = services.BuildServiceProvider();
        ConnectionString = azurite.ConnectionString;
    }

    public string Prefix { get; }
    public string MailFolder { get; }

    /// <summary>Where the folder mailbox writes replies: beside the mailbox, never in it.</summary>
    public string Outbox { get; }

    /// <summary>The mail folder as the mailbox, replies to <see cref="Outbox"/>.</summary>
    public FolderMailbox FolderMailbox() => new(MailFolder, Outbox);

    public string ConnectionString { get; }
    public Dictionary<string, string?> Settings { get; }

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public IntakePipeline Pipeline => Get<IntakePipeline>();

    public async Task ImportRegisterAsync(string csv)
    {
        using var reader = new StringReader(csv);
        await Get<SubscriberRegister>().ImportCsvAsync(reader, CancellationToken.None);
    }

    public async Task ImportCircularAsync(string path = "samples/circular-HDS-23-1109.json")
    {
        await using var stream = File.OpenRead(Path.Combine(Azurite.RepositoryRoot, path));
        await Get<CircularStore>().SaveAsync(Forms.Catalog.Circular.Parse(stream), CancellationToken.None);
    }

    public const string Register = """
        subscriber_id,subscriber_name,emails,domains,services
        HSN0427,Acme Securities Ltd,tm.chan@acme.com.hk;ops@acme.com.hk,,OTP-C;OMD-C
        HSN0350,Jade Dragon Securities Limited,,jadedragon.com.hk,OTP-C
        HSN0761,Victoria Peak Futures Ltd,meiling.ho@vpfutures.com.hk,vpfutures.com.hk,OTP-C;OMD-C;OMD-CC
        """;

    /// <summary>Writes a message into the mailbox folder as a subscriber's mail client would send it.</summary>
    public string Mail(string name, string from, string subject, DateTimeOffset received, params (string Name, byte[] Content)[] files)
    {
        var message = Message(name, from, subject, received, files);
        var path = Path.Combine(MailFolder, name + ".eml");
        message.WriteTo(path);
        return path;
    }

    public static MimeMessage Message(string id, string from, string subject, DateTimeOffset received, params (string Name, byte[] Content)[] files)
    {
        var message = new MimeMessage { Subject = subject, MessageId = $"{id}@mail.example", Date = received.AddMinutes(-2) };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse("hsservicedesk@hkex.com.hk"));
        message.Headers.Add(HeaderId.Received, $"from mail.example by mx.hkex.com.hk; {MimeKit.Utils.DateUtils.FormatDate(received)}");
        var body = new BodyBuilder { TextBody = "Please find our form attached.\n\nRegards" };
        foreach (var (fileName, content) in files)
        {
            body.Attachments.Add(fileName, content);
        }

        message.Body = body.ToMessageBody();
        return message;
    }

    private static readonly SemaphoreSlim s_environment = new(1, 1);

    /// <summary>
    /// Runs hsnforms in this process with the harness's settings (plus any extra) as environment
    /// variables, the way a shell passes them, and the harness's storage.
    /// </summary>
    public async Task<(int Exit, string Out, string Err)> RunCliAsync(IReadOnlyDictionary<string, string?>? extra, params string[] args)
    {
        var settings = new Dictionary<string, string?>(Settings);
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        await s_environment.WaitAsync();
        try
        {
            foreach (var (key, value) in settings)
            {
                Environment.SetEnvironmentVariable(key.Replace(":", "__", StringComparison.Ordinal), value);
            }

            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var exit = await HsnForms.Cli.CliApp.RunAsync([.. args, "--storage", ConnectionString], stdout, stderr, CancellationToken.None);
            return (exit, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            foreach (var key in settings.Keys)
            {
                Environment.SetEnvironmentVariable(key.Replace(":", "__", StringComparison.Ordinal), null);
            }

            s_environment.Release();
        }
    }

    public Task<(int Exit, string Out, string Err)> RunCliAsync(params string[] args) => RunCliAsync(null, args);

    public static byte[] Asset(string name) => File.ReadAllBytes(Path.Combine(Azurite.RepositoryRoot, "tests", "assets", name));

    public static DateTimeOffset Hkt(int day, int hour, int minute) => new(2023, 11, day, hour, minute, 0, TimeSpan.FromHours(8));

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Directory.Delete(MailFolder, recursive: true);
        Directory.Delete(Outbox, recursive: true);
    }
}
