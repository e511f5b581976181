using System.Globalization;

namespace HsnForms.Intake;

/// <summary>
/// Every date in a circular is a Hong Kong date (UTC+8, no daylight saving): "on or before 24 Nov"
/// means received no later than 23:59:59.999 HKT that day.
/// </summary>
public static class HongKongTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The last instant that still counts as on the given Hong Kong day.</summary>
    public static DateTimeOffset EndOf(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Offset).AddDays(1).AddTicks(-TimeSpan.TicksPerMillisecond);

    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Offset);

    public static DateTimeOffset ToHongKong(DateTimeOffset instant) => instant.ToOffset(Offset);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToHongKong(instant).DateTime);

    public static bool IsOnOrBefore(DateTimeOffset received, DateOnly due) => received <= EndOf(due);

    /// <summary>ISO 8601 with the +08:00 offset, as reports show times.</summary>
    public static string Format(DateTimeOffset instant) =>
        ToHongKong(instant).ToString("yyyy-MM-dd'T'HH:mm:ss'+08:00'", CultureInfo.InvariantCulture);

    /// <summary>"24 Nov 2023 23:59 HKT", as a subscriber reads a time.</summary>
    public static string Readable(DateTimeOffset instant) =>
        ToHongKong(instant).ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture) + " HKT";
}
