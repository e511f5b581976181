using Azure.Storage.Blobs;
using HsnForms.Functions;
using HsnForms.GraphSimulator;
using HsnForms.Intake;
using HsnForms.Reporting;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using static HsnForms.IntegrationTests.IntakeHarness;

namespace HsnForms.IntegrationTests;

/// <summary>
/// The SendReminders timer function as the app wires it (Program.cs's services), with the mailbox in the
/// loopback Graph simulator, storage on Azurite and the clock in the test's hand.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SendRemindersFunctionTests(Azurite azurite)
{
    [Fact]
    public async Task The_hourly_run_reminds_once_asks_for_the_report_after_a_deadline_and_falls_silent_once_the_circular_closes()
    {
        await using var h = new IntakeHarness(azurite);
        await h.ImportRegisterAsync(Register);
        await h.ImportCircularAsync();
        await using var graph = await GraphSimulator.GraphSimulator.StartAsync();
        var clock = new FakeTimeProvider(Hkt(23, 9, 5));
        var settings = new Dictionary<string, string?>(h.Settings)
        {
            ["Graph:BaseUrl"] = graph.BaseUrl.ToString(),
            ["Graph:Mailbox"] = graph.Mailbox,
            ["ServiceDesk:Phone"] = "(852) 2211 6999",
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .AddIntakeStorage(configuration, azurite.ConnectionString)
            .AddMailIngestion()
            .AddGraphMailbox()
            .AddComplianceReports()
            .AddSingleton<TimeProvider>(clock);
        await using var provider = services.BuildServiceProvider();
        var function = ActivatorUtilities.CreateInstance<SendReminders>(provider);

        // 23 Nov 09:05 HKT: the slot a day before the intention deadline.
        await function.RunAsync(new TimerInfo(), CancellationToken.None);
        await function.RunAsync(new TimerInfo(), CancellationToken.None);
        var reminders = graph.Sent.ToList();
        Assert.Equal(2, reminders.Count);
        Assert.Equal(["meiling.ho@vpfutures.com.hk", "ops@acme.com.hk", "tm.chan@acme.com.hk"], reminders.SelectMany(s => s.To).Select(a => a.Address).Order());
        Assert.All(reminders, s => Assert.Single(s.Attachments, a => a.Name.EndsWith(".docx", StringComparison.Ordinal)));
        Assert.All(reminders, s => Assert.Contains("(852) 2211 6999", s.HtmlBody, StringComparison.Ordinal));

        // 25 Nov 00:30 HKT: the intention deadline has just passed, so the report is asked for.
        clock.SetUtcNow(Hkt(25, 0, 30));
        await function.RunAsync(new TimerInfo(), CancellationToken.None);
        var reports = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(h.Settings["StorageOptions:ReportContainer"]);
        Assert.True(await reports.GetBlobClient("pending/" + Intake.Storage.TableKeys.Circular("HDS/23/1109") + ".json").ExistsAsync());
        Assert.Equal(reminders.Count, graph.Sent.Count);

        // Dec 2026: the 2023 circular closed long ago; no one is chased.
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 9, 5, 0, TimeSpan.FromHours(8)));
        await function.RunAsync(new TimerInfo(), CancellationToken.None);
        Assert.Equal(reminders.Count, graph.Sent.Count);
    }
}
