using System.Diagnostics;
using HsnForms.Forms.Reading;
using HsnForms.Forms.Reading.Layout;
using HsnForms.Forms.Reading.Layout.Html;

namespace HsnForms.UnitTests;

/// <summary>HTML that Word imports (an altChunk) reads into the same grids as Word's own tables and paragraphs.</summary>
public sealed class HtmlLayoutReaderTests
{
    private static string Rows(LayoutGrid grid) =>
        string.Join(" / ", grid.Rows.Select(r => string.Join(" | ", r.Cells.Select(c => $"@{c.Column}{(c.Span > 1 ? "+" + (c.Span - 1) : "")} {c.Text}"))));

    [Fact]
    public void A_table_of_labels_and_values_reads_as_a_grid_with_its_text_decoded_and_collapsed()
    {
        var layout = HtmlLayoutReader.Read("""
            <table border=1>
              <tr><th colspan="2">Subscriber&nbsp;Details</th></tr>
              <tr><td><b>Subscriber   Name</b></td><td>Lee &amp; Sons
                  Securities&#32;Ltd</td></tr>
              <TR><TD>Telephone<td>2380&#x20;6674
              <tr><td>Address</td><td>1 Queen's Road<br>Central</td></tr>
            </table>
            """);

        var grid = Assert.Single(layout.Grids);
        Assert.Equal(GridKind.Table, grid.Kind);
        Assert.Equal("@0+1 Subscriber\u00A0Details / @0 Subscriber Name | @1 Lee & Sons Securities Ltd / @0 Telephone | @1 2380 6674 / @0 Address | @1 1 Queen's Road\nCentral", Rows(grid));
    }

    [Fact]
    public void Tick_boxes_read_as_marks_and_named_ones_also_as_controls()
    {
        var layout = HtmlLayoutReader.Read("""
            <p><input type="checkbox" name="otp_c" checked> OTP-C</p>
            <p><input type=checkbox name=otp_csc> OTP-CSC</p>
            <p><input type="radio" name="participate" value="yes" checked="checked">Yes <input type="radio" name="participate" value="no">No</p>
            <p>Contact: <input type="text" name="contact" value="Law Ka Yan"></p>
            """);

        var flow = Assert.Single(layout.Grids);
        Assert.Equal(GridKind.Flow, flow.Kind);
        Assert.Equal(["☒ OTP-C", "☐ OTP-CSC", "☒Yes ☐No", "Contact: Law Ka Yan"], flow.Rows.Select(r => Assert.Single(r.Cells).Text));
        Assert.Equal(["otp_c=True", "otp_csc=False", "contact=Law Ka Yan"], layout.Controls.Select(c => c.ToString()));
    }

    [Fact]
    public void A_nested_table_is_a_grid_of_its_own_and_also_what_its_outer_cell_says()
    {
        var layout = HtmlLayoutReader.Read("""
            <p>Before</p>
            <table><tr><td>Subscriber Name</td><td><table><tr><td>Acme Ltd</td><td>HSN1001</td></tr></table>(as registered)</td></tr></table>
            <p>After</p>
            """);

        Assert.Equal(["paragraphs 1", "table 2", "table 3", "paragraphs 4"], layout.Grids.Select(g => g.Name));
        Assert.Equal("@0 Acme Ltd | @1 HSN1001", Rows(layout.Grids[2]));
        Assert.Equal("@0 Subscriber Name | @1 Acme Ltd\tHSN1001\n(as registered)", Rows(layout.Grids[1]));
    }

    [Fact]
    public void Head_scripts_styles_and_comments_are_not_text_and_blocks_are_paragraphs_in_reading_order()
    {
        var layout = HtmlLayoutReader.Read("""
            <!DOCTYPE html><html><head><title>Result form</title><style>td { color: red }</style></head>
            <body><script>document.write("<p>Subscriber Name: Evil</p>")</script>
            <!-- <p>commented out</p> -->
            <h1>Appendix B</h1><div>Ref. No.:   HDS/23/1109</div>Loose text<ul><li>one<li>two</ul>
            <p>Date: <s>26/11/2023</s> 27/11/2023</p><p style="display:none">Hidden: yes</p>
            <p><span style="color:red; text-decoration: line-through">Unsuccessful</span></p>
            </body></html>
            """);

        var flow = Assert.Single(layout.Grids);
        Assert.Equal(["Appendix B", "Ref. No.: HDS/23/1109", "Loose text", "one", "two", "Date: 27/11/2023"], flow.Rows.Select(r => r.Cells[0].Text));
        Assert.True(flow.Rows[5].Cells[0].HadStrike);
    }

    [Fact]
    public void A_drop_down_shows_only_its_chosen_option()
    {
        var layout = HtmlLayoutReader.Read("""
            <table><tr><td>Participation 參與</td><td><select name=participate><option>-- please choose --<option value=Y selected>Yes<option>No</select></td></tr>
            <tr><td>OTP-C</td><td><select><option>Successful</option><option selected="selected">Unsuccessful</option><option>Not tested</option></select> see remarks</td></tr>
            <tr><td>OMD-C</td><td><select><option>Successful<option>Unsuccessful</select></td></tr></table>
            """);

        Assert.Equal("@0 Participation 參與 | @1 Yes / @0 OTP-C | @1 Unsuccessful see remarks / @0 OMD-C | @1 ", Rows(Assert.Single(layout.Grids)));
    }

    [Fact]
    public void Unclosed_tags_and_junk_still_read_as_a_browser_shows_them()
    {
        var layout = HtmlLayoutReader.Read("<p>1 < 2 and <3> is a heart</p><table><tr><td>Name<td>Wong <b>Tai Sin</td></tr><tr><td>Phone<td>2323 0000<p>unfinished <!-- never closed");

        Assert.Equal("1 < 2 and <3> is a heart", layout.Grids[0].Rows[0].Cells[0].Text);
        Assert.Equal("@0 Name | @1 Wong Tai Sin / @0 Phone | @1 2323 0000\nunfinished", Rows(layout.Grids[1]));

        var headless = HtmlLayoutReader.Read("<html><head><title>Form</title><meta charset=utf-8><p>Subscriber Name: Acme Ltd<br></p>");
        Assert.Equal("Subscriber Name: Acme Ltd", Assert.Single(Assert.Single(headless.Grids).Rows).Cells[0].Text);
    }

    public static TheoryData<string> HostileShapes => new()
    {
        "nested blocks never closed",
        "one endless attribute",
        "an attribute of ampersands",
        "stray closing tags",
        "a comment that never ends",
        "a script that never ends",
        "broken character references",
    };

    private static string Hostile(string shape, int n) => shape switch
    {
        "nested blocks never closed" => string.Concat(Enumerable.Repeat("<table><tr><td><div><span style='text-decoration:line-through'><s>x", n)),
        "one endless attribute" => "<p " + new string('a', 40 * n) + "='" + new string('b', 40 * n),
        "an attribute of ampersands" => "<input type=checkbox value=\"" + new string('&', 40 * n) + "\">",
        "stray closing tags" => string.Concat(Enumerable.Repeat("</table></td></tr></s><<!<?</", 2 * n)),
        "a comment that never ends" => "<!--" + string.Concat(Enumerable.Repeat("-- -> <p>", 5 * n)),
        "a script that never ends" => "<script>" + string.Concat(Enumerable.Repeat("</scrip", 5 * n)),
        "broken character references" => string.Concat(Enumerable.Repeat("&amp;&#99999999;&#x;&", 3 * n)),
        _ => throw new ArgumentOutOfRangeException(nameof(shape)),
    };

    // Linear, not merely fast: eight times the input may take about eight times as long, never the
    // sixty-four times a quadratic scan would. Comparing two runs on the same machine keeps this
    // independent of how fast the machine running the tests happens to be.
    [Theory]
    [MemberData(nameof(HostileShapes))]
    public void Hostile_html_is_read_in_linear_time_without_an_exception(string shape)
    {
        const int Small = 12_500;
        var small = Hostile(shape, Small);
        var large = Hostile(shape, 8 * Small);

        Assert.NotNull(HtmlLayoutReader.Read(small));
        var smallTime = Fastest(small);
        var largeTime = Fastest(large);

        Assert.True(largeTime < 24 * smallTime + TimeSpan.FromMilliseconds(50),
            $"{shape}: {large.Length:N0} characters took {largeTime.TotalMilliseconds:N0} ms, {small.Length:N0} took {smallTime.TotalMilliseconds:N0} ms");
    }

    private static TimeSpan Fastest(string html)
    {
        var fastest = TimeSpan.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            var clock = Stopwatch.StartNew();
            var layout = HtmlLayoutReader.Read(html);
            clock.Stop();
            Assert.NotNull(layout);
            fastest = clock.Elapsed < fastest ? clock.Elapsed : fastest;
        }

        return fastest;
    }
}
