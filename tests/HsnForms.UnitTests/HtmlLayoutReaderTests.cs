using System.Diagnostics;
using HsnForms.Forms.Reading;
using HsnForms.Forms.Reading.Layout;
using HsnForms.Forms.Reading.Layout.Html;
using HsnForms.TestSupport;

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

    public static TheoryData<string> HostileShapes => [.. HostileFiles.HtmlShapes];

    // Linear, not merely fast: eight times the input may allocate about eight times as much, never the
    // sixty-four times text copied again for every tag would. Allocations are counted, not timed, so a
    // busy machine cannot fail this; the time ratio is the hostile benchmark's (-- --hostile). The
    // clock here only guards against a hang.
    [Theory]
    [MemberData(nameof(HostileShapes))]
    public void Hostile_html_is_read_in_linear_allocations_without_an_exception(string shape)
    {
        const int Small = 12_500;
        var small = HostileFiles.Html(shape, Small);
        var large = HostileFiles.Html(shape, 8 * Small);

        Assert.NotNull(HtmlLayoutReader.Read(small));
        var smallBytes = Allocated(small);
        var clock = Stopwatch.StartNew();
        var largeBytes = Allocated(large);
        clock.Stop();

        Assert.True(largeBytes < 24 * smallBytes + (1 << 20),
            $"{shape}: {large.Length:N0} characters allocated {largeBytes:N0} bytes, {small.Length:N0} allocated {smallBytes:N0}");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"{shape}: {large.Length:N0} characters took {clock.Elapsed.TotalSeconds:N0} s");
    }

    private static long Allocated(string html)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.NotNull(HtmlLayoutReader.Read(html));
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
