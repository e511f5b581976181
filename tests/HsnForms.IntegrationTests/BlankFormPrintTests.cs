using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using HsnForms.Forms.Catalog;
using HsnForms.Forms.Templates;

namespace HsnForms.IntegrationTests;

/// <summary>
/// The blank forms as a subscriber prints them: LibreOffice turns all four into PDF in one run, and
/// poppler reads back the pages, the words and where each word stands.
/// </summary>
public sealed partial class PrintedBlankForms : IAsyncLifetime
{
    public static readonly string[] Files = ["intention.docx", "result.docx", "intention.xlsx", "result.xlsx"];

    private string _folder = "";

    public Dictionary<string, PrintedForm> Printed { get; } = [];

    public async Task InitializeAsync()
    {
        _folder = Directory.CreateTempSubdirectory("hsn-print-").FullName;
        var catalog = FormCatalog.Default;
        foreach (var file in Files)
        {
            var form = catalog.Find(Path.GetFileNameWithoutExtension(file))!;
            // Word and Excel copies of a form need their own names: LibreOffice names each PDF after its file.
            var path = Path.Combine(_folder, PdfStem(file) + Path.GetExtension(file));
            await using var stream = File.Create(path);
            if (file.EndsWith(".docx", StringComparison.Ordinal))
            {
                WordTemplateWriter.Write(stream, form, Circular.Default, catalog);
            }
            else
            {
                ExcelTemplateWriter.Write(stream, form, Circular.Default, catalog);
            }
        }

        var soffice = Tool("soffice", "libreoffice-writer-nogui libreoffice-calc-nogui");
        Tool("pdfinfo", "poppler-utils");
        // One LibreOffice for all four files, with a profile of its own so a desktop LibreOffice does not interfere.
        await RunAsync(soffice, _folder,
            ["--headless", "--norestore", $"-env:UserInstallation=file://{_folder}/profile", "--convert-to", "pdf", "--outdir", _folder,
             .. Files.Select(f => PdfStem(f) + Path.GetExtension(f))]);
        foreach (var file in Files)
        {
            var pdf = Path.Combine(_folder, PdfStem(file) + ".pdf");
            Assert.True(File.Exists(pdf), $"LibreOffice wrote no PDF for {file}");
            var info = await RunAsync("pdfinfo", _folder, [pdf]);
            var text = await RunAsync("pdftotext", _folder, ["-raw", "-enc", "UTF-8", pdf, "-"]);
            var boxes = await RunAsync("pdftotext", _folder, ["-bbox", "-enc", "UTF-8", pdf, "-"]);
            Printed[file] = PrintedForm.From(info, text, boxes);
        }
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    private static string PdfStem(string file) => file.Replace('.', '-');

    /// <summary>The program's path, or a failure that says how to install it: a missing tool is no reason to skip.</summary>
    private static string Tool(string name, string packages)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);
        return found ?? throw new InvalidOperationException(
            $"{name} is needed to print the blank forms: apt-get install -y --no-install-recommends {packages} (.ci/run installs it)");
    }

    private static async Task<string> RunAsync(string program, string folder, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // LibreOffice's first start builds its profile; on a busy 2-core machine that can take a minute.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish within 4 minutes");
        }

        Assert.True(process.ExitCode == 0, $"{program} exited {process.ExitCode}: {await error}");
        return await output;
    }
}

/// <summary>What poppler reads from one printed form.</summary>
public sealed partial record PrintedForm(int Pages, double Width, double Height, string Text, IReadOnlyList<PrintedWord> Words)
{
    public static PrintedForm From(string info, string text, string boxes)
    {
        var pages = int.Parse(PagesLine().Match(info).Groups[1].Value, CultureInfo.InvariantCulture);
        var size = SizeLine().Match(info);
        var words = WordBox().Matches(boxes).Select(m => new PrintedWord(
            System.Net.WebUtility.HtmlDecode(m.Groups[5].Value),
            Number(m.Groups[1].Value), Number(m.Groups[2].Value), Number(m.Groups[3].Value), Number(m.Groups[4].Value))).ToList();
        return new PrintedForm(pages, Number(size.Groups[1].Value), Number(size.Groups[2].Value), text, words);
    }

    /// <summary>The text with every space and line break taken out, so a label wrapped in its cell still reads whole.</summary>
    public string Joined => WhiteSpace().Replace(Text, "");

    public bool Shows(string text) => Joined.Contains(WhiteSpace().Replace(text, ""), StringComparison.Ordinal);

    /// <summary>Pairs of words printed over each other: on one line side by side, or on lines closer than the type allows.</summary>
    public IEnumerable<string> Collisions()
    {
        for (var i = 0; i < Words.Count; i++)
        {
            for (var j = i + 1; j < Words.Count; j++)
            {
                var (a, b) = (Words[i], Words[j]);
                var across = Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left);
                var apart = Math.Abs(a.Top - b.Top);
                if (across > 1 && apart < 0.75 * Math.Min(a.Bottom - a.Top, b.Bottom - b.Top))
                {
                    yield return $"'{a.Text}' and '{b.Text}' at ({a.Left:0},{a.Top:0})";
                }
            }
        }
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"^Page size:\s+([\d.]+) x ([\d.]+) pts", RegexOptions.Multiline)]
    private static partial Regex SizeLine();

    [GeneratedRegex("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>")]
    private static partial Regex WordBox();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}

public sealed record PrintedWord(string Text, double Left, double Top, double Right, double Bottom);

public sealed class BlankFormPrintTests(PrintedBlankForms printed) : IClassFixture<PrintedBlankForms>
{
    public static TheoryData<string> Files => [.. PrintedBlankForms.Files];

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_blank_form_prints_on_one_A4_page(string file)
    {
        var form = printed.Printed[file];

        Assert.Equal(1, form.Pages);
        Assert.InRange(form.Width, 594, 597);
        Assert.InRange(form.Height, 841, 843);
        // Nothing runs off the paper: every word sits inside a printer's margin.
        Assert.All(form.Words, w => Assert.True(w.Left >= 18 && w.Right <= form.Width - 18 && w.Top >= 18 && w.Bottom <= form.Height - 18,
            $"'{w.Text}' is printed at the edge of the page ({w.Left:0},{w.Top:0})-({w.Right:0},{w.Bottom:0})"));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void No_words_are_printed_over_each_other(string file) =>
        Assert.Empty(printed.Printed[file].Collisions());

    [Theory]
    [MemberData(nameof(Files))]
    public void The_title_every_label_and_the_circulars_facts_print_whole(string file)
    {
        var printedForm = printed.Printed[file];
        var definition = FormCatalog.Default.Find(Path.GetFileNameWithoutExtension(file))!;
        var circular = Circular.Default;
        var due = circular.Form(definition.Form)!.Due;
        List<string> expected =
        [
            definition.Appendix!, definition.Title, definition.TitleZh!, "HKEX Hosting Services Limited", circular.Title,
            circular.Ref, due.ToString("d MMM yyyy", CultureInfo.InvariantCulture), $"{due.Year}年{due.Month}月{due.Day}日",
            "hsservicedesk@hkex.com.hk", "(852) 2211 6080",
            "Signed for and on behalf of the subscriber", "Company chop",
        ];
        expected.AddRange(definition.Fields
            .Where(f => f.Key != "circular_ref" && f.Type != FieldType.YesNo)
            .SelectMany(f => new[] { f.Label, f.LabelZh! }));
        expected.AddRange(circular.Services.Select(code => $"{code} – {FormCatalog.Default.Service(code)!.Name}"));
        // The practice session's date is on the form before the subscriber writes a word.
        expected.Add(definition.Form == "result" ? "25/11/2023" : "25 Nov 2023 (Saturday)");
        if (definition.Form == "intention")
        {
            expected.Add(file.EndsWith(".xlsx", StringComparison.Ordinal)
                ? "Will you participate in the Practice Session using HSN? 是否使用HSN參與演習"
                : "We will participate in the Practice Session using HSN 本公司將使用HSN參與演習");
        }

        Assert.All(expected, text => Assert.True(printedForm.Shows(text), $"'{text}' is not printed whole on {file}:\n{printedForm.Text}"));
    }
}
