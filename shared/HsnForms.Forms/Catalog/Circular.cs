using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HsnForms.Forms.Catalog;

/// <summary>A form a circular asks for and the Hong Kong date it is due on or before.</summary>
public sealed record CircularForm(string Form, DateOnly Due);

/// <summary>
/// When a circular's reminders go out, in Hong Kong time: some days before each deadline (0 is the
/// due day itself) and some days after it for forms still outstanding.
/// </summary>
public sealed record ReminderSchedule(IReadOnlyList<int> DaysBefore, IReadOnlyList<int> DaysAfter, TimeOnly At)
{
    public static readonly ReminderSchedule Default = new([2, 1, 0], [1], new TimeOnly(9, 0));
}

/// <summary>A circular from HKEX Hosting Services: its reference, the services it concerns and the forms it asks back.</summary>
public sealed record Circular
{
    public required string Ref { get; init; }
    public required string Title { get; init; }
    public DateOnly? Issued { get; init; }
    public DateOnly? SessionDate { get; init; }
    public required IReadOnlyList<string> Services { get; init; }
    public required IReadOnlyList<CircularForm> Forms { get; init; }
    public ReminderSchedule Reminders { get; init; } = ReminderSchedule.Default;

    /// <summary>The day the circular closes as written in it ("closes"); null for the default.</summary>
    public DateOnly? Closes { get; init; }

    /// <summary>Days after the last deadline a circular closes when it names no day of its own.</summary>
    public const int DefaultClosingDays = 30;

    /// <summary>
    /// The last Hong Kong day the circular is followed up: after it no reminder or digest goes out, so
    /// a 2023 circular does not chase anyone in 2026. By default 30 days after its last deadline.
    /// </summary>
    public DateOnly ClosesOn => Closes ?? Forms.Max(f => f.Due).AddDays(DefaultClosingDays);

    private static readonly Lazy<Circular> s_default = new(() =>
    {
        using var stream = typeof(Circular).Assembly.GetManifestResourceStream("HsnForms.Forms.Definitions.HDS-23-1109.json")!;
        return Parse(stream);
    });

    /// <summary>HDS/23/1109, the circular the project was built around; used when no other is given.</summary>
    public static Circular Default => s_default.Value;

    public CircularForm? Form(string form) => Forms.FirstOrDefault(f => f.Form == form);

    /// <summary>
    /// The dates the circular itself gives: issued, session, each form's deadline and the day it closes
    /// when it names one. A date written without a year on a form answering it belongs near these.
    /// </summary>
    public IEnumerable<DateOnly> KnownDates =>
        new[] { Issued, SessionDate, Closes }.OfType<DateOnly>().Concat(Forms.Select(f => f.Due));

    /// <summary>The circular in the JSON of cli.md, the same shape <see cref="Parse"/> reads.</summary>
    public string ToJson()
    {
        static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var file = new CircularFile(Ref, Title, Date(Issued), Date(SessionDate), [.. Services],
            [.. Forms.Select(f => new CircularFormFile(f.Form, Date(f.Due)))])
        {
            Closes = Date(Closes),
            Reminders = Reminders == ReminderSchedule.Default ? null
                : new ReminderFile([.. Reminders.DaysBefore], [.. Reminders.DaysAfter], Reminders.At.ToString("HH:mm", CultureInfo.InvariantCulture)),
        };
        return JsonSerializer.Serialize(file, CircularJsonContext.Default.CircularFile);
    }

    /// <summary>Reads a circular in the JSON of cli.md, with a reason naming the field when it is not valid.</summary>
    public static Circular Parse(Stream json, FormCatalog? catalog = null)
    {
        CircularFile? file;
        try
        {
            file = JsonSerializer.Deserialize(json, CircularJsonContext.Default.CircularFile);
        }
        catch (JsonException ex)
        {
            throw new FormCatalogException($"The circular is not valid JSON (line {(ex.LineNumber ?? 0) + 1}): {ex.Message.Split('.')[0]}.");
        }

        if (file is null)
        {
            throw new FormCatalogException("The circular file is empty.");
        }

        catalog ??= FormCatalog.Default;
        if (string.IsNullOrWhiteSpace(file.Ref))
        {
            throw new FormCatalogException("The circular has no \"ref\".");
        }

        var services = file.Services ?? [];
        if (services.Count == 0)
        {
            throw new FormCatalogException($"Circular {file.Ref} lists no \"services\".");
        }

        var forms = new List<CircularForm>();
        foreach (var form in file.Forms ?? [])
        {
            if (catalog.Find(form.Form ?? "") is null)
            {
                throw new FormCatalogException(
                    $"Circular {file.Ref} asks for form \"{form.Form}\", which is not defined (known: {string.Join(", ", catalog.Forms.Select(f => f.Form))}).");
            }

            forms.Add(new CircularForm(form.Form!, ParseDate(form.Due, $"forms[{form.Form}].due", file.Ref)
                ?? throw new FormCatalogException($"Circular {file.Ref}: form \"{form.Form}\" has no \"due\" date.")));
        }

        if (forms.Count == 0)
        {
            throw new FormCatalogException($"Circular {file.Ref} asks for no \"forms\".");
        }

        var reminders = ReminderSchedule.Default;
        if (file.Reminders is { } schedule)
        {
            if (!TimeOnly.TryParseExact(schedule.At ?? "09:00", "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
            {
                throw new FormCatalogException($"Circular {file.Ref}: \"reminders.at\" must be a time written HH:mm, not \"{schedule.At}\".");
            }

            reminders = new ReminderSchedule(schedule.DaysBefore ?? [.. reminders.DaysBefore], schedule.DaysAfter ?? [.. reminders.DaysAfter], at);
        }

        var closes = ParseDate(file.Closes, "closes", file.Ref);
        if (closes is { } last && forms.Max(f => f.Due) is var lastDue && last < lastDue)
        {
            throw new FormCatalogException($"Circular {file.Ref}: \"closes\" ({file.Closes}) is before its last deadline ({lastDue:yyyy-MM-dd}).");
        }

        return new Circular
        {
            Reminders = reminders,
            Closes = closes,
            Ref = file.Ref.Trim(),
            Title = file.Title?.Trim() ?? file.Ref.Trim(),
            Issued = ParseDate(file.Issued, "issued", file.Ref),
            SessionDate = ParseDate(file.SessionDate, "session_date", file.Ref),
            Services = services.Select(s => s.Trim().ToUpperInvariant()).ToList(),
            Forms = forms,
        };
    }

    private static DateOnly? ParseDate(string? text, string field, string circular)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FormCatalogException($"Circular {circular}: \"{field}\" must be a date written YYYY-MM-DD, not \"{text}\".");
    }

    internal sealed record CircularFile(string Ref, string? Title, string? Issued, string? SessionDate, List<string>? Services, List<CircularFormFile>? Forms)
    {
        public ReminderFile? Reminders { get; init; }

        public string? Closes { get; init; }
    }

    internal sealed record ReminderFile(List<int>? DaysBefore, List<int>? DaysAfter, string? At);

    internal sealed record CircularFormFile(string? Form, string? Due);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Circular.CircularFile))]
internal sealed partial class CircularJsonContext : JsonSerializerContext;
