using HsnForms.Forms.Reading;
using static HsnForms.UnitTests.HandWritten;

namespace HsnForms.UnitTests;

/// <summary>
/// Service codes listed one per line in a cell with a tick after the chosen ones (issue 9, holdout13):
/// only the ticked lines are chosen, never a ticked line and the unticked one above it.
/// </summary>
public sealed class TickPerLineTests
{
    private static readonly FormReader s_reader = new();

    public static TheoryData<string, string> Shapes()
    {
        var data = new TheoryData<string, string>();
        foreach (var tick in new[] { "✔", "✓", "√" })
        {
            data.Add("docx", tick);
            data.Add("xlsx", tick);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Only_the_lines_with_a_tick_after_them_are_chosen(string format, string tick)
    {
        string[] lines = [$"OTP-C {tick}", "OTP-CSC", "OMD-C", $"OMD-CC {tick}"];
        string[][] rows =
        [
            ["Intention Form for Using HSN to participate Practice Session", ""],
            ["Subscriber Name", "Acme Securities Ltd"],
            ["HSN Subscriber ID", "HSN1133"],
            ["Contact Person", "Chan Tai Man"],
            ["Tel", "2211 6080"],
            ["E-mail", "tm.chan@acme.com.hk"],
            ["Participation", "☒ Yes ☐ No"],
        ];
        var document = format == "docx"
            ? Docx(Table([.. rows, ["Services", string.Concat(lines.Select(P))]]))
            : Xlsx([.. rows.Select(r => r.Select(c => (string?)c).ToArray()), ["Services", string.Join('\n', lines)]]);

        var result = s_reader.Read("a." + format, document);

        Assert.Equal(["OTP-C", "OMD-CC"], result["services"] as IEnumerable<string>);
    }
}
