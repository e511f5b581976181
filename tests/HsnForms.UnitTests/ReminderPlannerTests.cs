using HsnForms.Forms.Catalog;
using HsnForms.Intake.Storage;
using HsnForms.Reporting;
using HsnForms.Reporting.Reminders;

namespace HsnForms.UnitTests;

public sealed class ReminderPlannerTests
{
    private static DateTimeOffset Hkt(int day, int hour, int minute) => new(2023, 11, day, hour, minute, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData(22, 8, 59, null, null)]
    [InlineData(22, 9, 0, "before_due", 22)]
    [InlineData(23, 15, 0, "before_due", 23)]
    [InlineData(24, 9, 0, "before_due", 24)]
    [InlineData(24, 23, 59, "before_due", 24)]
    [InlineData(25, 8, 59, null, null)]
    [InlineData(25, 9, 0, "overdue", 25)]
    [InlineData(30, 9, 0, "overdue", 25)]
    public void The_latest_slot_reached_decides_the_reminder(int day, int hour, int minute, string? kind, int? slotDay)
    {
        var slot = ReminderPlanner.LatestSlot(ReminderSchedule.Default, new DateOnly(2023, 11, 24), Hkt(day, hour, minute));

        Assert.Equal(kind, slot?.Kind);
        Assert.Equal(slotDay is { } d ? Hkt(d, 9, 0) : null, slot?.Slot);
    }

    [Fact]
    public void Only_subscribers_still_outstanding_are_reminded_and_results_also_go_to_the_intention_contact()
    {
        Subscriber Sub(string id) => new(id, id + " Ltd", [id.ToLowerInvariant() + "@example.hk"], [], []);
        Submission Form(string id, string form, DateTimeOffset at, bool complete, string fields) => new()
        {
            CircularRef = "HDS/23/1109", SubscriberId = id, Form = form, Complete = complete, ReceivedAt = at, MessageKey = id + form,
            From = "x@example.hk", AttachmentName = "f.docx", AttachmentBlob = "", ContentHash = id + form + at.Ticks, FieldsJson = fields,
        };
        var register = new[] { Sub("HSN0001"), Sub("HSN0002"), Sub("HSN0003"), Sub("HSN0004") };
        var submissions = new[]
        {
            Form("HSN0001", "intention", Hkt(20, 9, 0), true, """{"participate":true,"services":["OTP-C"],"contact_email":"Ops@One.example.hk"}"""),
            Form("HSN0002", "intention", Hkt(20, 9, 0), false, "{}"),
            Form("HSN0003", "intention", Hkt(20, 9, 0), true, """{"participate":false}"""),
        };

        var beforeIntention = ReminderPlanner.Plan(ComplianceReport.Build(Circular.Default, Hkt(23, 9, 5), register, submissions, []), Hkt(23, 9, 5));
        Assert.Equal(["HSN0002:intention:incomplete", "HSN0004:intention:pending"],
            beforeIntention.Reminders.Where(r => r.Form == "intention").Select(r => $"{r.SubscriberId}:{r.Form}:{r.Status}"));

        var afterResult = ReminderPlanner.Plan(ComplianceReport.Build(Circular.Default, Hkt(28, 9, 5), register, submissions, []), Hkt(28, 9, 5));
        var results = afterResult.Reminders.Where(r => r.Form == "result").ToList();
        Assert.Equal(["HSN0001", "HSN0002", "HSN0004"], results.Select(r => r.SubscriberId));
        Assert.All(results, r => Assert.Equal("overdue", r.Kind));
        Assert.Equal(["hsn0001@example.hk", "ops@one.example.hk"], results[0].To);
        var digest = Assert.Single(afterResult.Digests, d => d.Form == "result");
        Assert.Equal(3, digest.Outstanding.Count);
    }

    [Fact]
    public void A_circular_closes_30_days_after_its_last_deadline_unless_it_names_its_own_day()
    {
        static Circular Parse(string json) => Circular.Parse(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)));
        const string Forms = "\"services\":[\"OTP-C\"],\"forms\":[{\"form\":\"intention\",\"due\":\"2023-11-24\"},{\"form\":\"result\",\"due\":\"2023-11-27\"}]";

        var usual = Parse("{\"ref\":\"HDS/23/1109\"," + Forms + "}");
        var own = Parse("{\"ref\":\"HDS/23/1109\",\"closes\":\"2024-01-15\"," + Forms + "}");

        Assert.Equal(new DateOnly(2023, 12, 27), usual.ClosesOn);
        Assert.Equal(new DateOnly(2024, 1, 15), own.ClosesOn);
        Assert.Equal(own.ClosesOn, Parse(own.ToJson()).ClosesOn);
        var early = Assert.Throws<FormCatalogException>(() => Parse("{\"ref\":\"HDS/23/1109\",\"closes\":\"2023-11-25\"," + Forms + "}"));
        Assert.Contains("before its last deadline", early.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void After_the_circular_closes_no_reminder_and_no_digest_is_planned()
    {
        var register = new[] { new Subscriber("HSN0001", "One Ltd", ["one@example.hk"], [], []) };
        var lastDay = new DateTimeOffset(2023, 12, 27, 23, 59, 0, TimeSpan.FromHours(8));
        var years = new DateTimeOffset(2026, 12, 1, 9, 5, 0, TimeSpan.FromHours(8));

        var open = ReminderPlanner.Plan(ComplianceReport.Build(Circular.Default, lastDay, register, [], []), lastDay);
        var closed = ReminderPlanner.Plan(ComplianceReport.Build(Circular.Default, years, register, [], []), years);

        Assert.Equal(2, open.Reminders.Count);
        Assert.Empty(closed.Reminders);
        Assert.Empty(closed.Digests);
        Assert.Equal(new DateOnly(2023, 12, 27), closed.ClosedOn);
    }

    [Fact]
    public void A_subscriber_with_no_address_is_listed_as_one_that_cannot_be_reminded_in_the_plan_and_the_digest()
    {
        var register = new[]
        {
            new Subscriber("HSN0001", "One Ltd", ["one@example.hk"], [], []),
            new Subscriber("HSN0350", "Jade Dragon Securities Limited", [], ["jadedragon.com.hk"], []),
        };

        var plan = ReminderPlanner.Plan(ComplianceReport.Build(Circular.Default, Hkt(25, 9, 5), register, [], []), Hkt(25, 9, 5));

        Assert.Equal(["HSN0001"], plan.Reminders.Where(r => r.Form == "intention").Select(r => r.SubscriberId));
        Assert.Contains(plan.Unreachable, u => u is { SubscriberId: "HSN0350", Form: "intention", Status: "missing" });
        var digest = Assert.Single(plan.Digests);
        Assert.Equal(UnreachableSubscriber.Reason, digest.Outstanding.Single(l => l.SubscriberId == "HSN0350").Note);
        Assert.Null(digest.Outstanding.Single(l => l.SubscriberId == "HSN0001").Note);
        Assert.Equal("cannot be reminded: no registered address", UnreachableSubscriber.Reason);
    }
}
