using System.Text.Json;
using HsnForms.Cli;
using HsnForms.Intake.Storage;
using static HsnForms.IntegrationTests.IntakeHarness;

namespace HsnForms.IntegrationTests;

[Collection(AzuriteCollection.Name)]
public sealed class RegisterAndCliTests(Azurite azurite)
{
    [Fact]
    public async Task Importing_the_register_again_updates_it_and_never_duplicates()
    {
        await using var h = new IntakeHarness(azurite);
        await h.ImportRegisterAsync(Register);
        await h.ImportRegisterAsync(Register.Replace("tm.chan@acme.com.hk;ops@acme.com.hk", "it@acme.com.hk", StringComparison.Ordinal));

        var register = h.Get<SubscriberRegister>();
        Assert.Equal(3, (await register.ListAsync(CancellationToken.None)).Count);
        Assert.Equal(["HSN0427"], (await register.MatchSenderAsync("IT@Acme.com.hk", CancellationToken.None)).SubscriberIds);
        Assert.Empty((await register.MatchSenderAsync("tm.chan@acme.com.hk", CancellationToken.None)).SubscriberIds);
        Assert.Equal("domain", (await register.MatchSenderAsync("anyone@mail.vpfutures.com.hk", CancellationToken.None)).How);
    }

    [Fact]
    public async Task A_register_larger_than_one_table_transaction_imports_whole()
    {
        await using var h = new IntakeHarness(azurite);
        var rows = Enumerable.Range(1, 250).Select(i => $"HSN{i:D4},Firm {i} Ltd,ops@firm{i}.com.hk,firm{i}.com.hk,OTP-C");
        var csv = "subscriber_id,subscriber_name,emails,domains,services\n" + string.Join('\n', rows);

        await h.ImportRegisterAsync(csv);
        await h.ImportRegisterAsync(csv);

        var register = h.Get<SubscriberRegister>();
        Assert.Equal(250, (await register.ListAsync(CancellationToken.None)).Count);
        Assert.Equal(["HSN0250"], (await register.MatchSenderAsync("someone@firm250.com.hk", CancellationToken.None)).SubscriberIds);
    }

    [Fact]
    public async Task A_bad_row_is_reported_with_its_line_and_nothing_is_imported()
    {
        await using var h = new IntakeHarness(azurite);
        var bad = Register + "\nHSN12,Broken Ltd,x@broken.hk,,\n";

        var error = await Assert.ThrowsAsync<RegisterImportException>(() => h.ImportRegisterAsync(bad));

        Assert.Contains("line 5", error.Message, StringComparison.Ordinal);
        Assert.Empty(await h.Get<SubscriberRegister>().ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Hsnforms_ingest_twice_over_the_same_folder_records_everything_once()
    {
        await using var h = new IntakeHarness(azurite);
        var csv = Path.Combine(h.MailFolder, "..", $"{h.Prefix}-register.csv");
        await File.WriteAllTextAsync(csv, Register);
        h.Mail("a", "tm.chan@acme.com.hk", "Intention", Hkt(24, 9, 0), ("a.docx", Asset("forms/libreoffice/intention-acme.docx")));
        h.Mail("b", "meiling.ho@vpfutures.com.hk", "Result", Hkt(27, 9, 0), ("b.xlsx", Asset("forms/exceljs/result-table.xlsx")), ("scan.png", Asset("bad/scan.png")));
        try
        {
            Assert.Equal(0, (await h.RunCliAsync("subscribers", "import", csv)).Exit);
            Assert.Equal(0, (await h.RunCliAsync("circular", "import", Path.Combine(Azurite.RepositoryRoot, "samples", "circular-HDS-23-1109.json"))).Exit);

            var first = await h.RunCliAsync("ingest", "--mailbox", h.MailFolder, "--json");
            var second = await h.RunCliAsync("ingest", "--mailbox", h.MailFolder, "--json");

            Assert.Equal(0, first.Exit);
            var one = JsonDocument.Parse(first.Out).RootElement;
            var two = JsonDocument.Parse(second.Out).RootElement;
            Assert.Equal(2, one.GetProperty("messages").GetInt32());
            Assert.Equal(2, one.GetProperty("forms").GetInt32());
            Assert.Equal(2, one.GetProperty("recorded").GetInt32());
            Assert.Equal(1, one.GetProperty("review").GetInt32());
            Assert.Equal(0, two.GetProperty("recorded").GetInt32());
            Assert.Equal(2, two.GetProperty("duplicates").GetInt32());
            Assert.Equal(0, two.GetProperty("review").GetInt32());
        }
        finally
        {
            File.Delete(csv);
        }
    }

    [Fact]
    public async Task Storage_that_cannot_be_reached_is_one_line_naming_the_endpoint_and_exit_2()
    {
        var (exit, _, error) = await Run("circular", "import", Path.Combine(Azurite.RepositoryRoot, "samples", "circular-HDS-23-1109.json"),
            "--storage", "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;");

        Assert.Equal(2, exit);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("127.0.0.1:9", error, StringComparison.Ordinal);
        Assert.Contains("azurite", error, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr, CancellationToken.None);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
