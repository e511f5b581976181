namespace HsnForms.Forms.Catalog;

/// <summary>
/// The words the reader reads forms with, beyond each field's own labels: how people say yes and no,
/// the words labels are padded with, Word's placeholder text. Kept in forms.json with the forms, so
/// a new language or wording is new data, not new code.
/// </summary>
public sealed record FormVocabulary
{
    /// <summary>Words that answer yes ("yes", "will", "是").</summary>
    public IReadOnlyList<string> Yes { get; init; } = [];

    /// <summary>Words that answer no ("no", "will not", "否").</summary>
    public IReadOnlyList<string> No { get; init; } = [];

    /// <summary>Both choices printed for the reader to pick from ("will / will not", "是 / 否"): options, not an answer.</summary>
    public IReadOnlyList<(string First, string Second)> PrintedAlternatives { get; init; } = [];

    /// <summary>Verbs a printed either-or is made of ("We will / will not participate").</summary>
    public IReadOnlyList<string> ChoiceVerbs { get; init; } = [];

    /// <summary>What turns a Chinese choice into its opposite when written before it (參與 / 不參與).</summary>
    public IReadOnlyList<string> NegationPrefixes { get; init; } = [];

    /// <summary>How a subscriber's own typed statement of a choice starts ("We will participate", "本公司將參與").</summary>
    public IReadOnlyList<string> StatementOpeners { get; init; } = [];

    /// <summary>
    /// Words of a column heading that asks for initials in place of a tick ("Initial / Tick"): under it,
    /// a person's initials ("CKW") are a tick.
    /// </summary>
    public IReadOnlyList<string> InitialHeadings { get; init; } = [];

    /// <summary>
    /// How a letter says how it was sent to its recipient ("By email: desk@hkex.com.hk"): the address
    /// that follows is the recipient's, not the sender's contact.
    /// </summary>
    public IReadOnlyList<string> DeliveryLines { get; init; } = [];

    /// <summary>
    /// The header lines of an e-mail printed or saved as a document, one group per header ("From",
    /// "To", "Sent" or "Date", "Subject"), the first group the sender's. A document that opens with the
    /// sender's line and two more is a message about the form, not the form.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> EmailHeaders { get; init; } = [];

    /// <summary>What starts a quoted line of an e-mail ("&gt;"): a quoted line is never an answer.</summary>
    public IReadOnlyList<string> EmailQuoteMarks { get; init; } = [];

    /// <summary>A line of an e-mail printout that only says the earlier message follows ("-----Original Message-----"): all below it is quoted.</summary>
    public IReadOnlyList<string> EmailQuoteSeparators { get; init; } = [];

    /// <summary>How the line before a quoted message ends ("On 21 Nov, Ivy Chan wrote:"): all below it is quoted.</summary>
    public IReadOnlyList<string> EmailQuoteLeadOuts { get; init; } = [];

    /// <summary>How a letter opens ("Dear", "敬啟者"): a paragraph starting with one is a letter's salutation.</summary>
    public IReadOnlyList<string> LetterSalutations { get; init; } = [];

    /// <summary>How a letter closes ("Yours faithfully", "Regards"): a short paragraph starting with one is its closing.</summary>
    public IReadOnlyList<string> LetterClosings { get; init; } = [];

    /// <summary>
    /// How a letter says a document goes with it ("attached", "enclosed", "附上"): a letter saying so of
    /// the form covers the form; it is not the form.
    /// </summary>
    public IReadOnlyList<string> LetterEnclosures { get; init; } = [];

    /// <summary>A cell holding only one of these is a ticked box.</summary>
    public IReadOnlyList<string> TickedWords { get; init; } = [];

    /// <summary>A cell holding only one of these is an unticked box.</summary>
    public IReadOnlyList<string> UntickedWords { get; init; } = [];

    /// <summary>Words that may stand in a label besides its fields' keywords ("of", "the", "please"): the stop words.</summary>
    public IReadOnlyList<string> LabelWords { get; init; } = [];

    /// <summary>Words that may come before a label ("Please state Company Name").</summary>
    public IReadOnlyList<string> LabelLeadIns { get; init; } = [];

    /// <summary>A text that starts with one of these is an answer, never a label ("No issues encountered").</summary>
    public IReadOnlyList<string> AnswerOpeners { get; init; } = [];

    /// <summary>A text of more than three words that starts with one of these is a sentence, not a label.</summary>
    public IReadOnlyList<string> SentenceOpeners { get; init; } = [];

    /// <summary>
    /// Words that put a form's title inside a letter's line or a sentence ("Re:", "attached", "our completed"):
    /// the title is quoted there, not printed as the document's own.
    /// </summary>
    public IReadOnlyList<string> TitleLeadIns { get; init; } = [];

    /// <summary>How a list of services says "every one" ("all", "全部"), followed by any of <see cref="AllServicesWords"/>.</summary>
    public IReadOnlyList<string> AllServices { get; init; } = [];

    public IReadOnlyList<string> AllServicesWords { get; init; } = [];

    /// <summary>
    /// Words before the services a list leaves out ("all except OMD-CC", "everything other than", "除"): the
    /// set is the rest of the circular's services, or of the services named before the word.
    /// </summary>
    public IReadOnlyList<string> ServiceExclusions { get; init; } = [];

    /// <summary>Words after the services a list leaves out ("OMD-CC以外", "除OMD-CC之外").</summary>
    public IReadOnlyList<string> ServiceExclusionsAfter { get; init; } = [];

    /// <summary>
    /// Abbreviations of label words that no rule can spell out ("Dt." for date): each a pair of the
    /// abbreviation and the word it stands for.
    /// </summary>
    public IReadOnlyList<(string Short, string Word)> LabelAbbreviations { get; init; } = [];

    /// <summary>Word's placeholder text in an unfilled control ("Click or tap here to enter text").</summary>
    public IReadOnlyList<string> Placeholders { get; init; } = [];

    /// <summary>Placeholders that are one only in a short text ("Select..." but not "Selected services: all").</summary>
    public IReadOnlyList<string> ShortPlaceholders { get; init; } = [];

    /// <summary>
    /// Labels so common that many documents print them (Name, Date, Phone, Fax, Company, Results): they
    /// still label a form's answers, but they are never evidence that a document is a form.
    /// </summary>
    public IReadOnlyList<string> GenericLabels { get; init; } = [];
}
