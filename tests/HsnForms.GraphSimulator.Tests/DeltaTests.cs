using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.MailFolders.Item.Messages.Delta;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace HsnForms.GraphSimulator.Tests;

/// <summary>Delta query on a folder, as the poller uses it: paging, rounds, change types, expiry.</summary>
public sealed class DeltaTests
{
    private static async Task<(List<List<Message>> Pages, string DeltaLink)> RoundAsync(GraphServiceClient client, string mailbox, string? startUrl = null, Action<DeltaRequestBuilder.DeltaRequestBuilderGetQueryParameters>? query = null, int pageSize = 10)
    {
        var pages = new List<List<Message>>();
        var builder = startUrl is null
            ? client.Users[mailbox].MailFolders["inbox"].Messages.Delta
            : new DeltaRequestBuilder(startUrl, client.RequestAdapter);
        var response = await builder.GetAsDeltaGetResponseAsync(rc =>
        {
            rc.Headers.Add("Prefer", $"odata.maxpagesize={pageSize}");
            query?.Invoke(rc.QueryParameters);
        });
        while (true)
        {
            pages.Add(response!.Value!);
            if (response.OdataNextLink is { } next)
            {
                response = await new DeltaRequestBuilder(next, client.RequestAdapter)
                    .GetAsDeltaGetResponseAsync(rc => rc.Headers.Add("Prefer", $"odata.maxpagesize={pageSize}"));
                continue;
            }

            return (pages, response.OdataDeltaLink!);
        }
    }

    [Fact]
    public async Task Delta_paging_through_25_messages_with_page_size_10_returns_each_once_in_received_order_then_a_delta_link()
    {
        await using var simulator = await Sdk.StartWith(25);
        var client = Sdk.Client(simulator);

        var (pages, deltaLink) = await RoundAsync(client, simulator.Mailbox);

        Assert.Equal([10, 10, 5], pages.Select(p => p.Count));
        var all = pages.SelectMany(p => p).ToList();
        Assert.Equal(25, all.Select(m => m.Id).Distinct().Count());
        Assert.Equal(all.OrderBy(m => m.ReceivedDateTime).Select(m => m.Id), all.Select(m => m.Id));
        Assert.Equal(simulator.Messages.Select(m => m.Id).Order(), all.Select(m => m.Id).Order());
        Assert.StartsWith(simulator.BaseUrl + "/users/", deltaLink, StringComparison.Ordinal);
        Assert.Contains("$deltatoken=", deltaLink, StringComparison.Ordinal);
        Assert.Equal(3, simulator.Counters.For("GET delta"));
        var first = all[0];
        Assert.Equal("HDS/23/1109 intention form 1", first.Subject);
        Assert.Equal("ops@acme-securities.example", first.From!.EmailAddress!.Address);
        Assert.Equal("<form-1@acme-securities.example>", first.InternetMessageId);
        Assert.True(first.HasAttachments);
        Assert.Equal(TestMail.Start.AddMinutes(1), first.ReceivedDateTime);
        Assert.Equal(BodyType.Html, first.Body!.ContentType);
    }

    [Fact]
    public async Task Delta_honours_select_top_and_echoes_the_page_size_preference()
    {
        await using var simulator = await Sdk.StartWith(7);
        var client = Sdk.Client(simulator);
        var inspect = new HeadersInspectionHandlerOption { InspectResponseHeaders = true };

        var page = await client.Users[simulator.MailboxUserId].MailFolders["Inbox"].Messages.Delta.GetAsDeltaGetResponseAsync(rc =>
        {
            rc.QueryParameters.Select = ["subject", "receivedDateTime"];
            rc.Headers.Add("Prefer", "odata.maxpagesize=3");
            rc.Headers.Add("Prefer", "IdType=\"ImmutableId\"");
            rc.Options.Add(inspect);
        });

        Assert.Equal(3, page!.Value!.Count);
        Assert.All(page.Value, m => Assert.Null(m.Body));
        Assert.All(page.Value, m => Assert.NotNull(m.Subject));
        Assert.Contains("odata.maxpagesize=3", inspect.ResponseHeaders["Preference-Applied"].Single(), StringComparison.Ordinal);
        Assert.Contains("ImmutableId", inspect.ResponseHeaders["Preference-Applied"].Single(), StringComparison.Ordinal);

        // $top sets the page size and travels in the skip token with $select.
        var byTop = await client.Users[simulator.Mailbox].MailFolders["inbox"].Messages.Delta.GetAsDeltaGetResponseAsync(rc =>
        {
            rc.QueryParameters.Top = 4;
            rc.QueryParameters.Select = ["subject"];
        });
        Assert.Equal(4, byTop!.Value!.Count);
        var rest = await new DeltaRequestBuilder(byTop.OdataNextLink!, client.RequestAdapter).GetAsDeltaGetResponseAsync();
        Assert.Equal(3, rest!.Value!.Count);
        Assert.All(rest.Value, m => Assert.Null(m.From));
        Assert.NotNull(rest.OdataDeltaLink);
    }

    [Fact]
    public async Task A_second_delta_round_with_changeType_created_returns_only_messages_added_since()
    {
        await using var simulator = await Sdk.StartWith(5);
        var client = Sdk.Client(simulator);
        var (_, deltaLink) = await RoundAsync(client, simulator.Mailbox, query: q => q.ChangeType = "created");

        var added = Enumerable.Range(100, 3).Select(n => simulator.AddMessage(TestMail.Form(n), TestMail.Start.AddHours(n))).ToList();
        await client.Users[simulator.Mailbox].Messages[simulator.Messages[0].Id].PatchAsync(new Message { IsRead = true });
        var (pages, nextDelta) = await RoundAsync(client, simulator.Mailbox, deltaLink);

        Assert.Equal(added.Select(m => m.Id), pages.SelectMany(p => p).Select(m => m.Id));
        var (empty, _) = await RoundAsync(client, simulator.Mailbox, nextDelta);
        Assert.Empty(empty.SelectMany(p => p));
    }

    [Fact]
    public async Task Without_changeType_a_later_round_reports_updates_and_moves_out_as_removed()
    {
        await using var simulator = await Sdk.StartWith(4);
        var client = Sdk.Client(simulator);
        var (_, deltaLink) = await RoundAsync(client, simulator.Mailbox);
        var ids = simulator.Messages.Select(m => m.Id).ToList();

        await client.Users[simulator.Mailbox].Messages[ids[0]].PatchAsync(new Message { Categories = ["HSN: recorded"] });
        await client.Users[simulator.Mailbox].Messages[ids[1]].Move.PostAsync(new() { DestinationId = "archive" });
        var (pages, _) = await RoundAsync(client, simulator.Mailbox, deltaLink);

        var changes = pages.SelectMany(p => p).ToList();
        Assert.Equal(2, changes.Count);
        var updated = Assert.Single(changes, m => m.Id == ids[0]);
        Assert.Equal(["HSN: recorded"], updated.Categories!);
        var removed = Assert.Single(changes, m => m.Id == ids[1]);
        Assert.True(removed.AdditionalData.ContainsKey("@removed"));
    }

    [Fact]
    public async Task Delta_with_expand_attachments_carries_file_contentBytes_from_the_builder_or_a_raw_url()
    {
        await using var simulator = await GraphSimulator.StartAsync();
        simulator.AddMessage(TestMail.Form(1, "intention-acme.docx"), TestMail.Start);
        simulator.AddMessage(TestMail.Mixed(), TestMail.Start.AddMinutes(5));
        var client = Sdk.Client(simulator);

        // Microsoft.Graph 6.x's delta builder has Expand; older ones did not, so the raw URL form is shown too.
        var viaBuilder = await client.Users[simulator.Mailbox].MailFolders["inbox"].Messages.Delta.GetAsDeltaGetResponseAsync(rc => rc.QueryParameters.Expand = ["attachments"]);
        var rawUrl = $"{simulator.BaseUrl}/users/{simulator.Mailbox}/mailFolders/inbox/messages/delta?$expand=attachments&$select=subject,hasAttachments";
        var viaUrl = await new DeltaRequestBuilder(rawUrl, client.RequestAdapter).GetAsDeltaGetResponseAsync();

        foreach (var page in new[] { viaBuilder!, viaUrl! })
        {
            Assert.Equal(2, page.Value!.Count);
            var docx = Assert.IsType<FileAttachment>(Assert.Single(page.Value[0].Attachments!));
            Assert.Equal("intention-acme.docx", docx.Name);
            Assert.Equal(TestMail.DocxType, docx.ContentType);
            Assert.Equal(TestMail.FakeOffice("intention-acme.docx"), docx.ContentBytes);
            var mixed = page.Value[1].Attachments!;
            Assert.Equal(3, mixed.Count);
            Assert.Equal(TestMail.FakeOffice("intention.docx"), Assert.IsType<FileAttachment>(mixed[0]).ContentBytes);
            Assert.IsType<ItemAttachment>(mixed[1]);
            Assert.IsType<ReferenceAttachment>(mixed[2]);
        }

        Assert.Null(viaUrl!.Value![0].Body);
    }

    [Fact]
    public async Task An_expired_delta_token_gives_ODataError_syncStateNotFound_with_status_410_and_the_list_recovers()
    {
        await using var simulator = await Sdk.StartWith(12);
        var client = Sdk.Client(simulator);
        var first = await client.Users[simulator.Mailbox].MailFolders["inbox"].Messages.Delta.GetAsDeltaGetResponseAsync(rc => rc.Headers.Add("Prefer", "odata.maxpagesize=5"));
        var (_, deltaLink) = await RoundAsync(client, simulator.Mailbox);

        simulator.Faults.ExpireDeltaTokens();

        var error = await Assert.ThrowsAsync<ODataError>(() => new DeltaRequestBuilder(deltaLink, client.RequestAdapter).GetAsDeltaGetResponseAsync());
        Assert.Equal(410, error.ResponseStatusCode);
        Assert.Equal("syncStateNotFound", error.Error!.Code);
        var skipError = await Assert.ThrowsAsync<ODataError>(() => new DeltaRequestBuilder(first!.OdataNextLink!, client.RequestAdapter).GetAsDeltaGetResponseAsync());
        Assert.Equal(410, skipError.ResponseStatusCode);

        // The recovery path: list by receivedDateTime, oldest first, following absolute next links.
        var since = TestMail.Start.AddMinutes(4);
        var seen = new List<Message>();
        var page = await client.Users[simulator.Mailbox].MailFolders["inbox"].Messages.GetAsync(rc =>
        {
            rc.QueryParameters.Filter = $"receivedDateTime ge {since:yyyy-MM-ddTHH:mm:ssZ}";
            rc.QueryParameters.Orderby = ["receivedDateTime asc"];
            rc.QueryParameters.Top = 4;
        });
        var pages = 0;
        while (page is not null)
        {
            pages++;
            seen.AddRange(page.Value!);
            page = page.OdataNextLink is { } next
                ? await client.Users[simulator.Mailbox].MailFolders["inbox"].Messages.WithUrl(next).GetAsync()
                : null;
        }

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Range(4, 9).Select(n => $"HDS/23/1109 intention form {n}"), seen.Select(m => m.Subject));

        // A fresh round after expiry works.
        var (again, _) = await RoundAsync(client, simulator.Mailbox);
        Assert.Equal(12, again.Sum(p => p.Count));
    }

    [Fact]
    public async Task Listing_with_an_orderby_not_leading_the_filter_is_InefficientFilter_as_Outlook_says()
    {
        await using var simulator = await Sdk.StartWith(2);
        var client = Sdk.Client(simulator);

        var error = await Assert.ThrowsAsync<ODataError>(() => client.Users[simulator.Mailbox].MailFolders["inbox"].Messages.GetAsync(rc =>
        {
            rc.QueryParameters.Filter = "receivedDateTime ge 2023-11-24T00:00:00Z";
            rc.QueryParameters.Orderby = ["subject"];
        }));

        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Equal("InefficientFilter", error.Error!.Code);

        var between = await client.Users[simulator.Mailbox].MailFolders["inbox"].Messages.GetAsync(rc =>
        {
            rc.QueryParameters.Filter = "receivedDateTime gt 2023-11-24T01:01:00Z and receivedDateTime lt 2023-11-24T02:00:00Z";
            rc.QueryParameters.Orderby = ["receivedDateTime desc"];
        });
        Assert.Equal("HDS/23/1109 intention form 2", Assert.Single(between!.Value!).Subject);
    }
}
