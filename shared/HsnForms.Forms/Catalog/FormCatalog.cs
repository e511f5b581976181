using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HsnForms.Forms.Catalog;

/// <summary>The kinds of value a form field holds; each has its own normaliser and validator.</summary>
public enum FieldType
{
    Text,
    SubscriberId,
    Phone,
    Email,
    Date,
    YesNo,
    ServiceSet,
    ServiceResults,
}

public sealed record ServiceDefinition(string Code, string Name, string? NameZh);

public sealed record FieldDefinition
{
    public required string Key { get; init; }
    public required FieldType Type { get; init; }
    public bool Required { get; init; }

    /// <summary>Key of a yes/no field that must be true for this field to be required.</summary>
    public string? RequiredWhen { get; init; }

    public required string Label { get; init; }
    public string? LabelZh { get; init; }
    public IReadOnlyList<string> Labels { get; init; } = [];
    public IReadOnlyList<string> ChoicesTrue { get; init; } = [];
    public IReadOnlyList<string> ChoicesFalse { get; init; } = [];

    /// <summary>
    /// Words a label must contain, one of each group ([["name"], ["subscriber", "company"]]), as a last
    /// resort for wordings no list foresaw ("Name of HSN Subscriber"); with words it must not contain.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> Keywords { get; init; } = [];

    public IReadOnlyList<string> ExcludeWords { get; init; } = [];

    /// <summary>True when the signature block's value (the last one on the page) is the one that counts.</summary>
    public bool PreferLast { get; init; }

    /// <summary>The field says who the subscriber is (its ID or name): a form asks it, most other documents do not.</summary>
    public bool Identifies { get; init; }

    /// <summary>
    /// A text field's shape as a regular expression (a circular reference is "HDS/23/1109"): a value of
    /// that shape may follow its label with only a space between. Typed fields have their type's shape.
    /// </summary>
    public string? Shape { get; init; }

    /// <summary>
    /// A date the circular itself names (its practice session): written without a year ("25th Nov"), it
    /// takes the year that puts it nearest the circular's own dates. Other dates without a year (when the
    /// form was signed) stay unread, since the circular does not say when that was.
    /// </summary>
    public bool YearFromCircular { get; init; }
}

public sealed record FormDefinition
{
    public required string Form { get; init; }
    public required string Title { get; init; }
    public string? TitleZh { get; init; }
    public string? Appendix { get; init; }

    /// <summary>
    /// Shorter phrases that name the form ("result form", "意向表格"): weaker than the full title, since
    /// other documents use them too ("Test Result Form").
    /// </summary>
    public IReadOnlyList<string> Recognise { get; init; } = [];

    /// <summary>The fields whose labels (in their specific wordings) or answers are this form's own evidence.</summary>
    public IReadOnlyList<string> OwnLabels { get; init; } = [];

    /// <summary>How many of <see cref="OwnLabels"/> a document without the form's title must show to be this form.</summary>
    public int LabelsNeeded { get; init; } = 2;

    /// <summary>The fields both forms share followed by this form's own, in the order a form shows them.</summary>
    public required IReadOnlyList<FieldDefinition> Fields { get; init; }

    public FieldDefinition? Field(string key) => Fields.FirstOrDefault(f => f.Key == key);
}

/// <summary>
/// Everything the reader knows about forms, loaded from data so that the next circular with other
/// forms or services needs new JSON rather than new code.
/// </summary>
public sealed class FormCatalog
{
    private static readonly Lazy<FormCatalog> s_default = new(() => LoadEmbedded("forms.json"));

    public FormCatalog(
        IReadOnlyList<FormDefinition> forms,
        IReadOnlyList<ServiceDefinition> services,
        IReadOnlyDictionary<string, IReadOnlyList<string>> resultWords,
        FormVocabulary? vocabulary = null)
    {
        Forms = forms;
        Services = services;
        ResultWords = resultWords;
        Vocabulary = vocabulary ?? new FormVocabulary();
        _forms = forms.ToFrozenDictionary(f => f.Form, StringComparer.Ordinal);
    }

    private readonly FrozenDictionary<string, FormDefinition> _forms;

    public static FormCatalog Default => s_default.Value;

    public IReadOnlyList<FormDefinition> Forms { get; }
    public IReadOnlyList<ServiceDefinition> Services { get; }

    /// <summary>Result value (successful, unsuccessful, not_tested) to the words subscribers write for it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ResultWords { get; }

    /// <summary>
    /// Result value to abbreviations that count only as a whole answer, written as given ("NG", no good):
    /// inside a sentence, or in another case, they are as likely a word of their own (Ng is a surname).
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ResultCodes { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>
    /// Result value to casual words that say it only when they lead a service's result ("done - no issue"):
    /// elsewhere in a row ("retest done") they are no result.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ResultLeads { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>What a result cell says when the service was not verified ("nil", "not subscribed"): no result, and no doubt.</summary>
    public IReadOnlyList<string> ResultNone { get; init; } = [];

    /// <summary>The words forms are read with beyond each field's labels: yes and no, stop words, placeholders.</summary>
    public FormVocabulary Vocabulary { get; }

    public FormDefinition? Find(string form) => _forms.GetValueOrDefault(form);

    public ServiceDefinition? Service(string code) =>
        Services.FirstOrDefault(s => string.Equals(s.Code, code, StringComparison.OrdinalIgnoreCase));

    public static FormCatalog Load(Stream json)
    {
        var file = JsonSerializer.Deserialize(json, CatalogJsonContext.Default.CatalogFile)
            ?? throw new FormCatalogException("The form catalog is empty.");
        var common = file.CommonFields.Select(ToField).ToList();
        var forms = file.Forms.Select(f => new FormDefinition
        {
            Form = f.Form,
            Title = f.Title,
            TitleZh = f.TitleZh,
            Appendix = f.Appendix,
            Recognise = ChineseScript.WithSimplified(f.Recognise),
            OwnLabels = f.OwnLabels ?? [],
            LabelsNeeded = f.LabelsNeeded ?? 2,
            Fields = [.. common, .. f.Fields.Select(ToField)],
        }).ToList();
        var services = file.Services.Select(s => new ServiceDefinition(s.Code, s.Name, s.NameZh)).ToList();
        return new FormCatalog(forms, services, file.ResultWords.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)ChineseScript.WithSimplified(p.Value)), ToVocabulary(file.Vocabulary))
        {
            ResultCodes = file.ResultCodes?.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value) ?? new Dictionary<string, IReadOnlyList<string>>(),
            ResultLeads = file.ResultLeads?.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value) ?? new Dictionary<string, IReadOnlyList<string>>(),
            ResultNone = file.ResultNone ?? [],
        };
    }

    public static FormCatalog LoadEmbedded(string name)
    {
        using var stream = typeof(FormCatalog).Assembly.GetManifestResourceStream("HsnForms.Forms.Definitions." + name)
            ?? throw new FormCatalogException($"No embedded definition named {name}.");
        return Load(stream);
    }

    private static FormVocabulary ToVocabulary(VocabularyFile? v)
    {
        if (v is null)
        {
            return new FormVocabulary();
        }

        static List<string> Words(List<string>? words) => ChineseScript.WithSimplified(words ?? []);
        return new FormVocabulary
        {
            Yes = Words(v.Yes),
            No = Words(v.No),
            PrintedAlternatives = [.. (v.PrintedAlternatives ?? []).Where(p => p.Count == 2).SelectMany(p =>
                new[] { (p[0], p[1]), (ChineseScript.Simplified(p[0]), ChineseScript.Simplified(p[1])) }).Distinct()],
            ChoiceVerbs = Words(v.ChoiceVerbs),
            NegationPrefixes = Words(v.NegationPrefixes),
            StatementOpeners = Words(v.StatementOpeners),
            TickedWords = Words(v.TickedWords),
            UntickedWords = Words(v.UntickedWords),
            LabelWords = Words(v.LabelWords),
            LabelLeadIns = Words(v.LabelLeadIns),
            AnswerOpeners = Words(v.AnswerOpeners),
            SentenceOpeners = Words(v.SentenceOpeners),
            TitleLeadIns = Words(v.TitleLeadIns),
            AllServices = Words(v.AllServices),
            AllServicesWords = Words(v.AllServicesWords),
            Placeholders = Words(v.Placeholders),
            ShortPlaceholders = Words(v.ShortPlaceholders),
            GenericLabels = Words(v.GenericLabels),
            InitialHeadings = Words(v.InitialHeadings),
            DeliveryLines = Words(v.DeliveryLines),
            LetterSalutations = Words(v.LetterSalutations),
            LetterClosings = Words(v.LetterClosings),
            LetterEnclosures = Words(v.LetterEnclosures),
            EmailHeaders = [.. (v.EmailHeaders ?? []).Select(g => (IReadOnlyList<string>)Words(g))],
            EmailQuoteMarks = Words(v.EmailQuoteMarks),
            EmailQuoteSeparators = Words(v.EmailQuoteSeparators),
            EmailQuoteLeadOuts = Words(v.EmailQuoteLeadOuts),
            ServiceExclusions = Words(v.ServiceExclusions),
            ServiceExclusionsAfter = Words(v.ServiceExclusionsAfter),
            LabelAbbreviations = (v.LabelAbbreviations ?? []).Where(p => p.Count == 2).Select(p => (p[0], p[1])).ToList(),
        };
    }

    private static FieldDefinition ToField(FieldFile f) => new()
    {
        Key = f.Key,
        Type = f.Type switch
        {
            "text" => FieldType.Text,
            "subscriber_id" => FieldType.SubscriberId,
            "phone" => FieldType.Phone,
            "email" => FieldType.Email,
            "date" => FieldType.Date,
            "yes_no" => FieldType.YesNo,
            "service_set" => FieldType.ServiceSet,
            "service_results" => FieldType.ServiceResults,
            _ => throw new FormCatalogException($"Field {f.Key} has an unknown type '{f.Type}'."),
        },
        Required = f.Required,
        RequiredWhen = f.RequiredWhen,
        Label = f.Label,
        LabelZh = f.LabelZh,
        Labels = ChineseScript.WithSimplified(f.LabelZh is { Length: > 0 } zh ? [.. f.Labels, zh] : f.Labels),
        ChoicesTrue = ChineseScript.WithSimplified(f.ChoicesTrue),
        ChoicesFalse = ChineseScript.WithSimplified(f.ChoicesFalse),
        Keywords = f.Keywords ?? [],
        ExcludeWords = f.ExcludeWords ?? [],
        PreferLast = f.Key == "signed_date" || f.PreferLast,
        Identifies = f.Identifies,
        Shape = f.Shape,
        YearFromCircular = f.YearFromCircular,
    };

    internal sealed record CatalogFile(
        List<ServiceFile> Services,
        Dictionary<string, List<string>> ResultWords,
        List<FieldFile> CommonFields,
        List<FormFile> Forms)
    {
        public VocabularyFile? Vocabulary { get; init; }

        public Dictionary<string, List<string>>? ResultCodes { get; init; }

        public Dictionary<string, List<string>>? ResultLeads { get; init; }

        public List<string>? ResultNone { get; init; }
    }

    internal sealed record VocabularyFile(
        List<string>? Yes,
        List<string>? No,
        List<List<string>>? PrintedAlternatives,
        List<string>? ChoiceVerbs,
        List<string>? NegationPrefixes,
        List<string>? StatementOpeners,
        List<string>? TickedWords,
        List<string>? UntickedWords,
        List<string>? LabelWords,
        List<string>? LabelLeadIns,
        List<string>? AnswerOpeners,
        List<string>? SentenceOpeners,
        List<string>? TitleLeadIns,
        List<string>? AllServices,
        List<string>? AllServicesWords,
        List<string>? Placeholders,
        List<string>? ShortPlaceholders,
        List<string>? GenericLabels)
    {
        public List<string>? InitialHeadings { get; init; }

        public List<string>? DeliveryLines { get; init; }

        public List<string>? LetterSalutations { get; init; }

        public List<string>? LetterClosings { get; init; }

        public List<string>? LetterEnclosures { get; init; }

        public List<List<string>>? EmailHeaders { get; init; }

        public List<string>? EmailQuoteMarks { get; init; }

        public List<string>? EmailQuoteSeparators { get; init; }

        public List<string>? EmailQuoteLeadOuts { get; init; }

        public List<string>? ServiceExclusions { get; init; }

        public List<string>? ServiceExclusionsAfter { get; init; }

        public List<List<string>>? LabelAbbreviations { get; init; }
    }

    internal sealed record ServiceFile(string Code, string Name, string? NameZh);

    internal sealed record FormFile(string Form, string Title, string? TitleZh, string? Appendix, List<string> Recognise, List<FieldFile> Fields)
    {
        public List<string>? OwnLabels { get; init; }
        public int? LabelsNeeded { get; init; }
    }

    internal sealed record FieldFile(
        string Key,
        string Type,
        bool Required,
        string? RequiredWhen,
        string Label,
        string? LabelZh,
        List<string> Labels,
        List<string>? ChoicesTrue,
        List<string>? ChoicesFalse,
        bool PreferLast,
        List<List<string>>? Keywords,
        List<string>? ExcludeWords)
    {
        public bool Identifies { get; init; }

        public string? Shape { get; init; }

        public bool YearFromCircular { get; init; }

        public List<string> ChoicesTrue { get; init; } = ChoicesTrue ?? [];
        public List<string> ChoicesFalse { get; init; } = ChoicesFalse ?? [];
    }
}

public sealed class FormCatalogException(string message) : Exception(message);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, ReadCommentHandling = JsonCommentHandling.Skip)]
[JsonSerializable(typeof(FormCatalog.CatalogFile))]
internal sealed partial class CatalogJsonContext : JsonSerializerContext;
