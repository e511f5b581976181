using System.Text.Json;
using HsnForms.Cli;
using HsnForms.Intake.Mail;
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
        Assert.Contains("hsnforms azurite", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_one_row_change_writes_that_subscriber_and_only_the_sender_rows_it_changed()
    {
        await using var h = new IntakeHarness(azurite);
        static string Csv(string changedEmail) => "subscriber_id,subscriber_name,emails,domains,services\n" + string.Join('\n',
            Enumerable.Range(1, 250).Select(i => $"HSN{i:D4},Firm {i} Ltd,{(i == 17 ? changedEmail : $"ops@firm{i}.com.hk")},firm{i}.com.hk,OTP-C"));
        var register = h.Get<SubscriberRegister>();
        var first = await register.ImportAsync(new StringReader(Csv("ops@firm17.com.hk")), CancellationToken.None);
        var senders = await h.Get<StorageContext>().TableAsync(Tables.Senders, CancellationToken.None);
        var before = await Rows(senders);

        var again = await register.ImportAsync(new StringReader(Csv("ops@firm17.com.hk")), CancellationToken.None);
        var oneRow = await register.ImportAsync(new StringReader(Csv("desk@firm17.com.hk")), CancellationToken.None);
        var after = await Rows(senders);

        Assert.Equal((250, 250, 500), (first.Subscribers, first.Added, first.SenderRowsWritten));
        Assert.Equal((0, 0, 0, 0), (again.Changed, again.Added, again.SenderRowsWritten, again.Transactions));
        Assert.Equal((1, 0, 1, 1), (oneRow.Changed, oneRow.Added, oneRow.SenderRowsWritten, oneRow.SenderRowsRemoved));
        Assert.Equal(3, oneRow.Transactions);
        Assert.DoesNotContain("email/ops@firm17.com.hk", after.Keys);
        var untouched = before.Where(b => b.Key != "email/ops@firm17.com.hk").ToList();
        Assert.All(untouched, b => Assert.Equal(b.Value, after[b.Key]));
        Assert.Equal(["HSN0017"], (await register.MatchSenderAsync("desk@firm17.com.hk", CancellationToken.None)).SubscriberIds);
        Assert.Equal("domain", (await register.MatchSenderAsync("ops@firm17.com.hk", CancellationToken.None)).How);
    }

    [Fact]
    public async Task Subscribers_import_says_what_changed()
    {
        await using var h = new IntakeHarness(azurite);
        var csv = Path.Combine(h.MailFolder, "..", $"{h.Prefix}-register.csv");
        try
        {
            await File.WriteAllTextAsync(csv, Register);
            var first = await h.RunCliAsync("subscribers", "import", csv);
            await File.WriteAllTextAsync(csv, Register.Replace("Acme Securities Ltd", "Acme Securities (HK) Ltd", StringComparison.Ordinal));
            var second = await h.RunCliAsync("subscribers", "import", csv);

            Assert.Equal(0, first.Exit);
            Assert.Contains("3 new", first.Out, StringComparison.Ordinal);
            Assert.Equal(0, second.Exit);
            Assert.Contains("0 new, 1 changed, 2 unchanged", second.Out, StringComparison.Ordinal);
            Assert.Contains("0 sender addresses and domains written", second.Out, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(csv);
        }
    }

    [Theory]
    [InlineData("subscriber_id,subscriber_name,emails,domains,services\nHSN0001,\"Wing, Lung\nSecurities\",a@wl.hk,,OTP-C\nHSN12,Broken,x@b.hk,,\n", "line 4")]
    [InlineData("subscriber_id,subscriber_name,emails,domains,services\r\nHSN0001,\"Acme \"\"Asia\"\" Ltd\",a@acme.hk,,\r\n\r\nHSN0002,\"Never closed,b@b.hk,,\r\n", "line 4: a quoted field is never closed")]
    [InlineData("subscriber_id,subscriber_name,emails\nHSN0001,Acme,a@acme.hk\n", "line 1: the header lacks domains, services")]
    [InlineData("", "the register is empty")]
    public async Task The_register_is_read_as_rfc_4180_and_a_bad_row_is_named_by_the_line_it_starts_on(string csv, string expected)
    {
        await using var h = new IntakeHarness(azurite);

        var error = await Assert.ThrowsAsync<RegisterImportException>(() => h.ImportRegisterAsync(csv));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Empty(await h.Get<SubscriberRegister>().ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Quoted_commas_quotes_and_line_breaks_in_the_register_are_values()
    {
        await using var h = new IntakeHarness(azurite);
        await h.ImportRegisterAsync("\uFEFFSubscriber_ID , subscriber_name,emails,domains,services\r\nhsn 0001,\"Wing, Lung \"\"Asia\"\"\nSecurities\",\"a@wl.hk;B@WL.hk\",@wl.com.hk,otp-c;omd-c\r\n");

        var subscriber = Assert.Single(await h.Get<SubscriberRegister>().ListAsync(CancellationToken.None));
        Assert.Equal("HSN0001", subscriber.Id);
        Assert.Equal("Wing, Lung \"Asia\"\nSecurities", subscriber.Name);
        Assert.Equal(["a@wl.hk", "b@wl.hk"], subscriber.Emails);
        Assert.Equal(["wl.com.hk"], subscriber.Domains);
        Assert.Equal(["OTP-C", "OMD-C"], subscriber.Services);
    }

    [Fact]
    public async Task Report_remind_and_review_take_the_circular_as_a_reference_or_a_file()
    {
        await using var h = new IntakeHarness(azurite);
        await h.ImportRegisterAsync(Register);
        FolderIntakeTests.WriteEveryCase(h);
        var file = Path.Combine(Azurite.RepositoryRoot, "samples", "circular-HDS-23-1109.json");

        // Not imported yet: the file is loaded as circular import would, and said so on stderr.
        var byFile = await h.RunCliAsync("report", "--circular", file, "--as-of", "2023-11-28T09:00:00+08:00", "--json");
        await h.Pipeline.RunCycleAsync(h.FolderMailbox(), null, CancellationToken.None);
        var reportByFile = await h.RunCliAsync("report", "--circular", file, "--as-of", "2023-11-28T09:00:00+08:00", "--json");
        var reportByRef = await h.RunCliAsync("report", "--circular", "HDS/23/1109", "--as-of", "2023-11-28T09:00:00+08:00", "--json");
        var remindByFile = await h.RunCliAsync("remind", "--circular", file, "--as-of", "2023-11-23T09:30:00+08:00", "--dry-run", "--json");
        var remindByRef = await h.RunCliAsync("remind", "--circular", "HDS/23/1109", "--as-of", "2023-11-23T09:30:00+08:00", "--dry-run", "--json");
        var reviewByFile = await h.RunCliAsync("review", "--circular", file, "--json");
        var reviewByRef = await h.RunCliAsync("review", "list", "--circular", "HDS/23/1109", "--json");
        var unknown = await h.RunCliAsync("report", "--circular", "HDS/99/0001");

        Assert.Equal(0, byFile.Exit);
        Assert.Contains("circular HDS/23/1109 loaded from", byFile.Err, StringComparison.Ordinal);
        Assert.Equal(0, reportByRef.Exit);
        Assert.Equal(reportByRef.Out, reportByFile.Out);
        Assert.Equal("", reportByFile.Err);
        Assert.Equal(3, JsonDocument.Parse(reportByRef.Out).RootElement.GetProperty("subscribers").GetArrayLength());
        Assert.Equal(0, remindByRef.Exit);
        Assert.Equal(remindByRef.Out, remindByFile.Out);
        Assert.NotEmpty(JsonDocument.Parse(remindByRef.Out).RootElement.GetProperty("reminders").EnumerateArray());
        Assert.Equal(0, reviewByRef.Exit);
        Assert.Equal(reviewByRef.Out, reviewByFile.Out);
        Assert.Equal(5, JsonDocument.Parse(reviewByRef.Out).RootElement.GetProperty("review").GetArrayLength());
        Assert.Equal(2, unknown.Exit);
        Assert.Single(unknown.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("hsnforms circular import", unknown.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_writes_its_replies_to_the_outbox_and_leaves_the_mailbox_folder_as_it_was()
    {
        await using var h = new IntakeHarness(azurite);
        await h.ImportRegisterAsync(Register);
        await h.ImportCircularAsync();
        h.Mail("a", "tm.chan@acme.com.hk", "Intention", Hkt(24, 9, 0), ("a.docx", Asset("forms/libreoffice/intention-acme.docx")));
        var mailbox = Directory.GetFileSystemEntries(h.MailFolder, "*", SearchOption.AllDirectories).Order().ToList();

        var (exit, output, error) = await h.RunCliAsync("ingest", "--mailbox", h.MailFolder, "--outbox", h.Outbox);

        Assert.True(exit == 0, error);
        Assert.Contains(h.Outbox, output, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(h.Outbox, "*.eml"));
        Assert.Equal(mailbox, Directory.GetFileSystemEntries(h.MailFolder, "*", SearchOption.AllDirectories).Order());
        Assert.Equal(Path.GetFullPath(Path.Combine("out", "outbox")), FolderMailbox.DefaultOutbox);
        Assert.Equal(FolderMailbox.DefaultOutbox, new FolderMailbox(h.MailFolder).Outbox);
    }

    [Theory]
    [InlineData("Reminders:MaxPerMinute", "abc", "Reminders__MaxPerMinute")]
    [InlineData("Graph:ProcessedAction", "archive", "Graph__ProcessedAction")]
    [InlineData("Intake:OpenCircularGraceDays", "-1", "Intake__OpenCircularGraceDays")]
    [InlineData("StorageOptions:MailContainer", "Mail_Box", "StorageOptions__MailContainer")]
    [InlineData("FormReaderOptions:MaxFileBytes", "twenty", "FormReaderOptions__MaxFileBytes")]
    public async Task A_bad_setting_is_exit_2_with_one_line_naming_it_from_every_verb(string key, string value, string setting)
    {
        await using var h = new IntakeHarness(azurite);
        var circular = Path.Combine(Azurite.RepositoryRoot, "samples", "circular-HDS-23-1109.json");
        var register = Path.Combine(Azurite.RepositoryRoot, "samples", "register.csv");
        string[][] verbs =
        [
            ["parse", Path.Combine(Azurite.RepositoryRoot, "tests", "assets", "forms", "libreoffice", "intention-acme.docx")],
            ["template", "intention", "--out", Path.Combine(h.Outbox, "x.docx")],
            ["subscribers", "import", register],
            ["circular", "import", circular],
            ["ingest", "--mailbox", h.MailFolder, "--outbox", h.Outbox],
            ["report", "--circular", "HDS/23/1109"],
            ["remind", "--circular", "HDS/23/1109", "--dry-run"],
            ["review"],
            ["review", "dismiss", "x", "--note", "y"],
        ];
        foreach (var verb in verbs)
        {
            var (exit, _, error) = await h.RunCliAsync(new Dictionary<string, string?> { [key] = value }, verb);

            Assert.True(exit == 2, $"{string.Join(' ', verb)}: {exit} {error}");
            Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains(setting, error, StringComparison.Ordinal);
        }

        Assert.Empty(await h.Get<SubscriberRegister>().ListAsync(CancellationToken.None));
    }

    private static async Task<Dictionary<string, string>> Rows(Azure.Data.Tables.TableClient table)
    {
        var rows = new Dictionary<string, string>();
        await foreach (var row in table.QueryAsync<Azure.Data.Tables.TableEntity>(cancellationToken: CancellationToken.None))
        {
            rows[$"{row.PartitionKey}/{HsnForms.Intake.Storage.TableKeys.Unescape(row.RowKey)}"] = row.ETag.ToString();
        }

        return rows;
    }

    private static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr, CancellationToken.None);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
