namespace HsnForms.IntegrationTests;

/// <summary>hsnforms ingest when the Graph endpoint refuses the credentials.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class GraphCliAccessTests(Azurite azurite)
{
    [Fact]
    public async Task Ingest_refused_by_Graph_with_401_says_so_in_one_line_and_exits_2()
    {
        await using var h = new IntakeHarness(azurite);
        await using var graph = await GraphSimulator.GraphSimulator.StartAsync();
        graph.Faults.FailWhen(r => r.Route == "GET delta", 401, count: 10);

        var (exit, _, error) = await h.RunCliAsync(new Dictionary<string, string?> { ["Graph:BaseUrl"] = graph.BaseUrl.ToString(), ["Graph:Mailbox"] = graph.Mailbox }, "ingest", "--json");

        Assert.Equal(2, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains("401", line, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_against_a_Graph_endpoint_that_does_not_answer_names_it_in_one_line_and_exits_2()
    {
        await using var h = new IntakeHarness(azurite);

        var (exit, _, error) = await h.RunCliAsync(new Dictionary<string, string?> { ["Graph:BaseUrl"] = "http://127.0.0.1:1/v1.0", ["Graph:Mailbox"] = "hsservicedesk@hkex.com.hk" }, "ingest", "--json");

        Assert.Equal(2, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains("Graph endpoint http://127.0.0.1:1/v1.0", line, StringComparison.Ordinal);
    }
}
