using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.Graph.Models.ODataErrors;

namespace HsnForms.GraphSimulator.Tests;

/// <summary>Throttling, outages and redirects, against the SDK's default retry and redirect middleware.</summary>
public sealed class ResilienceTests
{
    [Fact]
    public async Task A_429_with_Retry_After_1_is_retried_by_the_SDK_after_a_second_and_succeeds()
    {
        await using var simulator = await Sdk.StartWith(1);
        var client = Sdk.Client(simulator);
        var id = simulator.Messages[0].Id;
        simulator.Faults.ThrottleNext(1, TimeSpan.FromSeconds(1));

        var clock = Stopwatch.StartNew();
        var message = await client.Users[simulator.Mailbox].Messages[id].GetAsync();

        Assert.Equal(id, message!.Id);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"retried after {clock.Elapsed}");
        Assert.Equal(1, simulator.Counters.Throttled);
        Assert.Equal(2, simulator.Counters.Requests);
        Assert.Equal(2, simulator.Counters.For("GET message"));
    }

    [Fact]
    public async Task A_503_with_Retry_After_is_retried_and_a_redirect_is_followed()
    {
        await using var simulator = await Sdk.StartWith(1);
        var client = Sdk.Client(simulator);
        simulator.Faults.ServiceUnavailableNext(1, TimeSpan.FromSeconds(1));
        simulator.Faults.RedirectNext(1);

        var page = await client.Users[simulator.Mailbox].MailFolders["inbox"].Messages.GetAsync();

        Assert.Single(page!.Value!);
        Assert.Equal(3, simulator.Counters.Requests);
        Assert.Equal(0, simulator.Faults.Pending);
    }

    [Fact]
    public async Task A_fault_can_target_one_route_and_FailNext_surfaces_as_an_ODataError()
    {
        await using var simulator = await Sdk.StartWith(1);
        var client = Sdk.Client(simulator, retry: false);
        var id = simulator.Messages[0].Id;
        simulator.Faults.ThrottleWhen(r => r.Route == "PATCH message", 1, TimeSpan.FromSeconds(1));
        simulator.Faults.FailNext(500);

        var failed = await Assert.ThrowsAsync<ODataError>(() => client.Users[simulator.Mailbox].Messages[id].Attachments.GetAsync()); // not a PATCH: the 500 hits it
        Assert.Equal(500, failed.ResponseStatusCode);
        Assert.Equal("generalException", failed.Error!.Code);
        var throttled = await Assert.ThrowsAsync<ODataError>(() => client.Users[simulator.Mailbox].Messages[id].PatchAsync(new() { IsRead = true }));

        Assert.Equal(429, throttled.ResponseStatusCode);
        Assert.Equal("TooManyRequests", throttled.Error!.Code);
        Assert.Equal(1, simulator.Counters.Throttled);
        Assert.Equal(0, simulator.Faults.Pending);
    }

    [Fact]
    public async Task Five_parallel_requests_to_the_mailbox_peak_at_5_and_one_is_refused_with_MailboxConcurrency()
    {
        await using var simulator = await Sdk.StartWith(1, new GraphSimulatorOptions { MaxConcurrentRequestsPerMailbox = 4, ResponseDelay = TimeSpan.FromMilliseconds(600) });
        using var http = new HttpClient();
        var url = $"{simulator.BaseUrl}/users/{simulator.Mailbox}/messages/{simulator.Messages[0].Id}";

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(async _ =>
        {
            using var response = await http.GetAsync(url);
            return (response.StatusCode, response.Headers.RetryAfter?.Delta, Body: await response.Content.ReadAsStringAsync());
        }));

        Assert.True(simulator.Counters.PeakConcurrency >= 5, $"peak {simulator.Counters.PeakConcurrency}");
        var refused = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(refused);
        Assert.Equal(5 - refused.Count, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        var error = JsonDocument.Parse(refused[0].Body).RootElement.GetProperty("error");
        Assert.Equal("ApplicationThrottled", error.GetProperty("code").GetString());
        Assert.Contains("MailboxConcurrency", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(1), refused[0].Delta);
        Assert.Equal(refused.Count, simulator.Counters.Throttled);
    }

    [Fact]
    public async Task The_SDK_without_retry_sees_MailboxConcurrency_as_an_ODataError_429()
    {
        await using var simulator = await Sdk.StartWith(1, new GraphSimulatorOptions { MaxConcurrentRequestsPerMailbox = 2, ResponseDelay = TimeSpan.FromMilliseconds(500) });
        var client = Sdk.Client(simulator, retry: false);
        var id = simulator.Messages[0].Id;

        var calls = Enumerable.Range(0, 4).Select(_ => client.Users[simulator.Mailbox].Messages[id].GetAsync()).ToList();
        var outcomes = await Task.WhenAll(calls.Select(async c =>
        {
            try
            {
                await c;
                return null;
            }
            catch (ODataError e)
            {
                return e;
            }
        }));

        var errors = outcomes.OfType<ODataError>().ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal(429, e.ResponseStatusCode));
        Assert.All(errors, e => Assert.Equal("ApplicationThrottled", e.Error!.Code));
        Assert.True(simulator.Counters.PeakConcurrency >= 3);
    }
}
