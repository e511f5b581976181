using System.Globalization;
using HsnForms.Forms.Catalog;

namespace HsnForms.Forms.Templates;

/// <summary>
/// What a blank form shows, shared by the Word and Excel writers so both say the same: an HKEX
/// appendix with the circular's reference, the due date and where to return it, the subscriber's
/// details, the form's own answers, and a signature and company-chop box.
/// </summary>
internal static class TemplateLayout
{
    public const string Company = "HKEX Hosting Services Limited";
    public const string CompanyZh = "香港交易所設備託管服務有限公司";
    public const string ParticipateYes = "We will participate in the Practice Session using HSN";
    public const string ParticipateNo = "We will not participate in the Practice Session using HSN";
    public const string ParticipateYesZh = "本公司將使用HSN參與演習";
    public const string ParticipateNoZh = "本公司將不會使用HSN參與演習";
    public const string ParticipateQuestion = "Will you participate in the Practice Session using HSN? 是否使用HSN參與演習";
    public const string RefLabel = "Ref. No. 編號";
    public const string DueLabel = "Due date 交回限期";
    public const string SessionLabel = "Practice Session 演習";
    // Captions under the boxes; worded so that no reader takes them for the signatory's name.
    public const string SignatureLabel = "Signed for and on behalf of the subscriber 代表用戶簽署";
    public const string ChopLabel = "Company chop 公司蓋印";
    public static readonly string[] ResultChoices = ["Successful", "Unsuccessful", "Not tested"];

    public static string Heading(FormDefinition form) => $"{form.Appendix} – {form.Title}".TrimStart(' ', '–');

    /// <summary>"Appendix A 附件A", the corner mark of an HKEX appendix.</summary>
    public static string AppendixMark(FormDefinition form) =>
        form.Appendix is { Length: > 0 } appendix
            ? appendix.StartsWith("Appendix ", StringComparison.Ordinal) ? $"{appendix} 附件{appendix["Appendix ".Length..]}" : appendix
            : "";

    public static string BilingualLabel(FieldDefinition field) =>
        field.LabelZh is { Length: > 0 } zh ? $"{field.Label} {zh}" : field.Label;

    /// <summary>The subscriber's details, asked first on every form.</summary>
    public static IEnumerable<FieldDefinition> SubscriberFields(FormCatalog catalog, FormDefinition form) =>
        TypedFields(form).Where(f => !IsSignature(f) && IsCommon(catalog, f));

    /// <summary>The form's own typed answers (the session date, the issues met).</summary>
    public static IEnumerable<FieldDefinition> OwnFields(FormCatalog catalog, FormDefinition form) =>
        TypedFields(form).Where(f => !IsSignature(f) && !IsCommon(catalog, f));

    /// <summary>Who signs and when, written under the signature and company-chop box.</summary>
    public static IEnumerable<FieldDefinition> SignatureFields(FormDefinition form) => TypedFields(form).Where(IsSignature);

    /// <summary>The value a field starts with: the session date comes from the circular.</summary>
    public static DateOnly? PrefilledDate(FieldDefinition field, Circular circular) =>
        field.Key == "session_date" ? circular.SessionDate : null;

    public static string? DueDate(Circular circular, FormDefinition form) => circular.Form(form.Form)?.Due is { } due ? LongDate(due) : null;

    /// <summary>How a date reads on the form: "24 Nov 2023 (Friday)".</summary>
    public static string LongDate(DateOnly date) => date.ToString("d MMM yyyy (dddd)", CultureInfo.InvariantCulture);

    public static string ChineseDate(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    /// <summary>The return instruction in English and Chinese, naming the mailbox and the due date.</summary>
    public static (string English, string Chinese) ReturnInstruction(Circular circular, FormDefinition form, ServiceDeskOptions desk)
    {
        var due = circular.Form(form.Form)?.Due;
        var english = $"Please complete this form and return it by e-mail to {desk.Name} ({desk.Mailbox})"
            + (due is { } d ? $" on or before {d.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}." : ".")
            + $" Enquiries: {desk.Phone}.";
        var chinese = (due is { } c ? $"請於{ChineseDate(c)}或之前" : "請")
            + $"填妥本表格，並電郵至 {desk.Mailbox} 交回。查詢：{desk.Phone}。";
        return (english, chinese);
    }

    public static string ServiceLabel(FormCatalog catalog, string code) =>
        catalog.Service(code) is { } service ? $"{code} – {service.Name}" : code;

    /// <summary>The fields a subscriber types in, in order; tick groups are laid out on their own.</summary>
    private static IEnumerable<FieldDefinition> TypedFields(FormDefinition form) =>
        form.Fields.Where(f => f.Type is not (FieldType.YesNo or FieldType.ServiceSet or FieldType.ServiceResults) && f.Key != "circular_ref");

    private static bool IsSignature(FieldDefinition field) => field.Key is "signatory_name" or "signed_date";

    /// <summary>A field every form of the catalog asks is about the subscriber, not about this form.</summary>
    private static bool IsCommon(FormCatalog catalog, FieldDefinition field) => catalog.Forms.All(f => f.Field(field.Key) is not null);
}
