using System.Text.Json;
using HsnForms.Forms.Catalog;
using HsnForms.Intake.Storage;
using HsnForms.Reporting;

namespace HsnForms.UnitTests;

/// <summary>The status rules of forms.md, one row each, with Hong Kong midnight as the boundary.</summary>
public sealed class ComplianceRuleTests
{
    private static readonly Subscriber s_acme = new("HSN0427", "Acme Securities Ltd", ["tm.chan@acme.com.hk"], [], ["OTP-C", "OMD-C"]);

    private static DateTimeOffset Hkt(int day, int hour, int minute, int second = 0) => new(2023, 11, day, hour, minute, second, TimeSpan.FromHours(8));

    private static Submission Form(string form, DateTimeOffset received, bool complete = true, string fields = "{}") => new()
    {
        CircularRef = "HDS/23/1109",
        SubscriberId = "HSN0427",
        Form = form,
        Complete = complete,
        ReceivedAt = received,
        MessageKey = received.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
        From = "tm.chan@acme.com.hk",
        AttachmentName = form + ".docx",
        AttachmentBlob = "",
        ContentHash = Guid.NewGuid().ToString("N"),
        FieldsJson = fields,
    };

    private static string Status(string form, DateTimeOffset asOf, params Submission[] submissions) =>
        ComplianceReport.Build(Circular.Default, asOf, [s_acme], submissions, []).Subscribers[0][form]!.Status;

    public static TheoryData<string, string, DateTimeOffset, Submission[]> Rows() => new()
    {
        { "nothing yet, deadline not passed", "pending", Hkt(24, 23, 59, 59), [] },
        { "nothing, deadline passed at HK midnight", "missing", Hkt(25, 0, 0), [] },
        { "complete at 23:55 HKT on the due day", "on_time", Hkt(28, 9, 0), [Form("intention", Hkt(24, 23, 55))] },
        { "complete at 23:59:59 HKT on the due day", "on_time", Hkt(28, 9, 0), [Form("intention", Hkt(24, 23, 59, 59))] },
        { "complete at 00:05 HKT the day after", "late", Hkt(28, 9, 0), [Form("intention", Hkt(25, 0, 5))] },
        { "the due day ends by Hong Kong time, not UTC", "late", Hkt(28, 9, 0), [Form("intention", new DateTimeOffset(2023, 11, 24, 16, 30, 0, TimeSpan.Zero))] },
        { "only incomplete forms", "incomplete", Hkt(28, 9, 0), [Form("intention", Hkt(23, 9, 0), complete: false)] },
        { "incomplete on time, then complete late", "late", Hkt(28, 9, 0), [Form("intention", Hkt(23, 9, 0), complete: false), Form("intention", Hkt(25, 9, 0))] },
        { "a correction after an on-time form keeps on_time", "on_time", Hkt(28, 9, 0), [Form("intention", Hkt(23, 9, 0)), Form("intention", Hkt(26, 9, 0))] },
        { "a form received after the report's moment does not count", "pending", Hkt(23, 12, 0), [Form("intention", Hkt(23, 12, 1))] },
        { "an incomplete form before the deadline is incomplete, not pending", "incomplete", Hkt(23, 12, 0), [Form("intention", Hkt(23, 9, 0), complete: false)] },
        { "a form held for review counts as received once accepted", "on_time", Hkt(28, 9, 0), [Form("intention", Hkt(23, 9, 0)) with { AcceptedAt = Hkt(27, 10, 0) }] },
        { "a form held for review does not count before it was accepted", "missing", Hkt(27, 9, 59), [Form("intention", Hkt(23, 9, 0)) with { AcceptedAt = Hkt(27, 10, 0) }] },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Intention_status_follows_the_rules(string rule, string expected, DateTimeOffset asOf, Submission[] submissions)
    {
        Assert.True(expected == Status("intention", asOf, submissions), rule);
    }

    [Fact]
    public void The_result_form_is_not_required_when_the_latest_complete_intention_declines()
    {
        var declined = Form("intention", Hkt(22, 9, 0), fields: """{"participate":false}""");
        Assert.Equal("not_required", Status("result", Hkt(28, 9, 0), declined));

        var changedMind = Form("intention", Hkt(23, 9, 0), fields: """{"participate":true,"services":["OTP-C"]}""");
        Assert.Equal("missing", Status("result", Hkt(28, 9, 0), declined, changedMind));
    }

    [Fact]
    public void A_result_form_lacking_a_verified_service_is_incomplete()
    {
        var plan = Form("intention", Hkt(22, 9, 0), fields: """{"participate":true,"services":["OTP-C","OMD-C"]}""");
        var partial = Form("result", Hkt(27, 9, 0), fields: """{"results":{"OTP-C":"successful"}}""");
        var full = Form("result", Hkt(28, 9, 0), fields: """{"results":{"OTP-C":"successful","OMD-C":"not_tested"}}""");

        Assert.Equal("incomplete", Status("result", Hkt(27, 12, 0), plan, partial));
        Assert.Equal("late", Status("result", Hkt(28, 12, 0), plan, partial, full));
    }

    [Fact]
    public void The_latest_complete_form_supplies_the_values_shown()
    {
        var first = Form("intention", Hkt(22, 9, 0), fields: """{"participate":true,"services":["OTP-C"]}""");
        var correction = Form("intention", Hkt(26, 9, 0), fields: """{"participate":true,"services":["OTP-C","OMD-C"]}""");
        var report = ComplianceReport.Build(Circular.Default, Hkt(28, 9, 0), [s_acme], [first, correction], []);

        var json = JsonDocument.Parse(ReportJson.Write(report)).RootElement;
        var intention = json.GetProperty("subscribers")[0].GetProperty("intention");
        Assert.Equal("on_time", intention.GetProperty("status").GetString());
        Assert.Equal("2023-11-22T09:00:00+08:00", intention.GetProperty("received_at").GetString());
        Assert.Equal(["OTP-C", "OMD-C"], intention.GetProperty("services").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public void The_report_json_has_the_keys_of_the_contract()
    {
        var report = ComplianceReport.Build(Circular.Default, Hkt(28, 9, 0), [s_acme],
            [Form("intention", Hkt(22, 10, 15), fields: """{"participate":true,"services":["OTP-C","OMD-C"]}"""),
             Form("result", Hkt(28, 8, 2), fields: """{"results":{"OTP-C":"successful","OMD-C":"unsuccessful"}}""")],
            [new ReviewItem { MessageKey = "k", Reason = "unknown_sender", Detail = "d", From = "someone@unknown.example", Subject = "form", ReceivedAt = Hkt(23, 9, 0) }]);

        var json = JsonDocument.Parse(ReportJson.Write(report)).RootElement;

        Assert.Equal("HDS/23/1109", json.GetProperty("circular").GetString());
        Assert.Equal("2023-11-28T09:00:00+08:00", json.GetProperty("as_of").GetString());
        var acme = json.GetProperty("subscribers")[0];
        Assert.Equal("Acme Securities Ltd", acme.GetProperty("subscriber_name").GetString());
        Assert.Equal("late", acme.GetProperty("result").GetProperty("status").GetString());
        Assert.Equal("unsuccessful", acme.GetProperty("result").GetProperty("results").GetProperty("OMD-C").GetString());
        Assert.True(acme.GetProperty("intention").GetProperty("participate").GetBoolean());
        Assert.Equal(["on_time", "late", "incomplete", "pending", "missing"], json.GetProperty("summary").GetProperty("intention").EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, json.GetProperty("summary").GetProperty("result").GetProperty("late").GetInt32());
        Assert.Equal(0, json.GetProperty("summary").GetProperty("result").GetProperty("not_required").GetInt32());
        var review = json.GetProperty("review")[0];
        var keys = review.EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "from", "subject", "received_at", "reason" }, keys);

        // Added keys: what hsnforms review accept|dismiss takes, and the item's state at the report's moment.
        Assert.Superset(new HashSet<string> { "id", "detail", "status" }, keys);
        Assert.Equal("open", review.GetProperty("status").GetString());
    }
}
