using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using HsnForms.Desk.Hosting;
using HsnForms.Desk.Security;
using HsnForms.Reporting;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace HsnForms.IntegrationTests;

/// <summary>
/// The web desk in a real browser (Chromium and chromedriver from the OS packages, .ci/run installs
/// them): correct a misread participation from the circular's page, enter a faxed result form from a
/// review item's PDF, add a note and pause a reminder; then the page, the report JSON and the tracker.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DeskBrowserTests(Azurite azurite)
{
    private const string Chromium = "/usr/bin/chromium";
    private const string ChromeDriver = "/usr/bin/chromedriver";
    private const string Circular = "HDS/23/1109";

    [Fact]
    public async Task The_service_desk_corrects_enters_notes_and_pauses_in_a_browser_and_every_report_shows_it()
    {
        Assert.True(File.Exists(Chromium) && File.Exists(ChromeDriver),
            $"The browser test needs Chromium and chromedriver from the OS packages ({Chromium}, {ChromeDriver}): apt-get install -y chromium chromium-driver (.ci/run does).");
        await using var h = await DeskCliTests.HarnessAsync(azurite);
        await using var desk = await DeskWebTests.StartAsync(h, DeskOptions.Local, "Wong Siu Ming");
        using var browser = Browser(out var profile);
        try
        {
            var wait = new PageWait(browser);

            // 1. A misread participation, from the circular's page: its status, then the value, the reason and Save.
            browser.Navigate().GoToUrl(new Uri(desk.Address, "circular?ref=" + Uri.EscapeDataString(Circular)));
            var jadeRow = browser.FindElements(By.CssSelector("#subscribers tbody tr")).Single(r => r.Text.Contains("HSN0350", StringComparison.Ordinal));
            jadeRow.FindElements(By.CssSelector("a.to-subscriber"))[0].Click();
            wait.Until(d => d.FindElements(By.Id("form-intention")).Count > 0);
            var correct = browser.FindElement(By.CssSelector("#form-intention ~ section form.correct-form"));
            new SelectElement(correct.FindElement(By.CssSelector("select[name='f.participate']"))).SelectByValue("true");
            correct.FindElement(By.CssSelector("input[name='f.services'][value='OTP-C']")).Click();
            correct.FindElement(By.CssSelector("input[name='note']")).SendKeys("Misread: the form ticks 'will participate' for OTP-C.");
            correct.FindElement(By.CssSelector("button[type=submit]")).Click();
            wait.Until(d => d.Url.Contains("done=corrected", StringComparison.Ordinal) && d.FindElements(By.Id("flash")).Count > 0);
            Assert.Contains("correction is saved", browser.FindElement(By.Id("flash")).Text, StringComparison.Ordinal);
            var participate = browser.FindElement(By.CssSelector("#form-intention ~ section table.fields tr[data-key='participate']"));
            Assert.Contains("Yes", participate.Text, StringComparison.Ordinal);
            Assert.Contains("corrected by Wong Siu Ming", participate.Text, StringComparison.Ordinal);

            // 2. A faxed result form, from the review item holding its PDF.
            browser.Navigate().GoToUrl(new Uri(desk.Address, "review?circular=" + Uri.EscapeDataString(Circular)));
            var scanItem = browser.FindElements(By.CssSelector("section.review-item")).Single(s => s.Text.Contains("scan.pdf", StringComparison.Ordinal));
            scanItem.FindElement(By.CssSelector("a.enter-from-file")).Click();
            wait.Until(d => d.FindElements(By.Id("choose-result")).Count > 0);
            browser.FindElement(By.Id("choose-result")).Click();
            wait.Until(d => d.FindElements(By.Id("enter-form")).Count > 0);
            Assert.Equal("HSN0427", new SelectElement(browser.FindElement(By.Id("enter-subscriber"))).SelectedOption.GetAttribute("value"));
            Assert.Equal("2023-11-27 12:00", browser.FindElement(By.Id("enter-received")).GetAttribute("value"));
            new SelectElement(browser.FindElement(By.Id("e-results-OTP-C"))).SelectByValue("successful");
            new SelectElement(browser.FindElement(By.Id("e-results-OMD-C"))).SelectByValue("unsuccessful");
            browser.FindElement(By.Id("e-contact_name")).SendKeys("Chan Tai Man");
            browser.FindElement(By.Id("e-contact_phone")).SendKeys("+852 2211 6080");
            browser.FindElement(By.Id("e-contact_email")).SendKeys("tm.chan@acme.com.hk");
            browser.FindElement(By.Id("enter-note")).SendKeys("Faxed result form, sent again as a scanned PDF.");
            browser.FindElement(By.Id("enter-save")).Click();
            wait.Until(d => d.Url.Contains("done=entered", StringComparison.Ordinal) && d.FindElements(By.Id("flash")).Count > 0);
            Assert.Contains("form is entered", browser.FindElement(By.Id("flash")).Text, StringComparison.Ordinal);
            Assert.Contains("entered by Wong Siu Ming", browser.FindElement(By.Id("form-result")).FindElement(By.XPath("following-sibling::section")).Text, StringComparison.Ordinal);

            // 3. A note and a paused reminder for Jade Dragon, whose result form is now required and missing.
            browser.Navigate().GoToUrl(new Uri(desk.Address, "subscriber?circular=" + Uri.EscapeDataString(Circular) + "&id=HSN0350"));
            browser.FindElement(By.Id("note-text")).SendKeys("Chased by phone 28 Nov: <b>result</b> promised by Friday.");
            browser.FindElement(By.Id("note-save")).Click();
            wait.Until(d => d.Url.Contains("done=noted", StringComparison.Ordinal) && d.FindElements(By.Id("flash")).Count > 0);
            new SelectElement(browser.FindElement(By.Id("reminders-form-select"))).SelectByValue("result");
            browser.FindElement(By.Id("reminders-note")).SendKeys("Promised by phone.");
            browser.FindElement(By.Id("reminders-pause")).Click();
            wait.Until(d => d.Url.Contains("done=paused", StringComparison.Ordinal) && d.FindElements(By.Id("flash")).Count > 0);
            var notes = browser.FindElement(By.CssSelector("ul.notes")).Text;
            Assert.Contains("Chased by phone 28 Nov: <b>result</b> promised by Friday.", notes, StringComparison.Ordinal);
            Assert.Contains("paused", browser.FindElement(By.Id("standing")).Text, StringComparison.Ordinal);
            if (Environment.GetEnvironmentVariable("HSNFORMS_DESK_SCREENSHOT") is { Length: > 0 } screenshot)
            {
                // docs/desk-subscriber.png is taken here, from this run (see docs/render-pictures.sh).
                ((ITakesScreenshot)browser).GetScreenshot().SaveAsFile(screenshot);
            }

            // The circular's live page now marks the desk's values.
            browser.Navigate().GoToUrl(new Uri(desk.Address, "circular?ref=" + Uri.EscapeDataString(Circular)));
            Assert.NotEmpty(browser.FindElements(By.CssSelector("#subscribers .desk")));
        }
        finally
        {
            browser.Quit();
            Directory.Delete(profile, recursive: true);
        }

        // The report JSON and the tracker, as any reader of them sees it.
        var report = await h.Get<ReportService>().BuildAsync(Circular, DateTimeOffset.UtcNow, CancellationToken.None);
        var json = JsonDocument.Parse(ReportJson.Write(report!)).RootElement;
        var jade = DeskCliTests.Subscriber(json, "HSN0350");
        Assert.True(jade.GetProperty("intention").GetProperty("participate").GetBoolean());
        Assert.True(jade.GetProperty("intention").GetProperty("corrected").GetBoolean());
        var acme = DeskCliTests.Subscriber(json, "HSN0427").GetProperty("result");
        Assert.Equal(("on_time", "desk"), (acme.GetProperty("status").GetString(), acme.GetProperty("source").GetString()));
        Assert.Equal("unsuccessful", acme.GetProperty("results").GetProperty("OMD-C").GetString());
        Assert.Equal("missing", jade.GetProperty("result").GetProperty("status").GetString());
        Assert.Equal("Wong Siu Ming", Assert.Single(jade.GetProperty("notes").EnumerateArray()).GetProperty("by").GetString());
        Assert.True(jade.GetProperty("reminders_paused").GetProperty("result").GetBoolean());
        Assert.False(jade.GetProperty("reminders_paused").GetProperty("intention").GetBoolean());
        Assert.DoesNotContain(json.GetProperty("review").EnumerateArray(), i => i.GetProperty("reason").GetString() == "rejected:unsupported_type");

        var rows = TrackerRows(ReportFiles.Render(report!).Tracker);
        var header = rows[0];
        string Cell(string id, string column) => rows.Single(r => r.FirstOrDefault() == id).ElementAtOrDefault(header.IndexOf(column)) ?? "";
        Assert.Equal("Yes [desk]", Cell("HSN0350", "Participation"));
        Assert.Equal("Unsuccessful [desk]", Cell("HSN0427", "Result OMD-C"));
        Assert.Contains("promised by Friday", Cell("HSN0350", "Notes"), StringComparison.Ordinal);
        Assert.Equal("Paused: Result", Cell("HSN0350", "Reminders"));
    }

    /// <summary>Waits for a page; when it does not come, the failure says what the browser shows instead.</summary>
    private sealed class PageWait(ChromeDriver browser)
    {
        private readonly WebDriverWait _wait = new(browser, TimeSpan.FromSeconds(30));

        public void Until(Func<IWebDriver, bool> condition)
        {
            // The page being left while it is read is the next page on its way, not a failure.
            _wait.IgnoreExceptionTypes(typeof(StaleElementReferenceException));
            try
            {
                _wait.Until(condition);
            }
            catch (WebDriverTimeoutException)
            {
                Assert.Fail($"The page did not show what was expected. At {browser.Url} it shows:\n{browser.FindElement(By.TagName("body")).Text}");
            }
        }
    }

    private static ChromeDriver Browser(out string profile)
    {
        profile = Directory.CreateTempSubdirectory("hsn-chromium-").FullName;
        var options = new ChromeOptions { BinaryLocation = Chromium };
        options.AddArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,1600", "--user-data-dir=" + profile);
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromeDriver)!, Path.GetFileName(ChromeDriver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    /// <summary>The tracker sheet's rows as text, shared strings resolved.</summary>
    private static List<List<string>> TrackerRows(byte[] workbook)
    {
        using var stream = new MemoryStream(workbook);
        using var document = SpreadsheetDocument.Open(stream, false);
        var part = document.WorkbookPart!;
        var strings = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var sheet = part.Workbook.Sheets!.Elements<Sheet>().First();
        var data = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet.GetFirstChild<SheetData>()!;
        return [.. data.Elements<Row>().Select(r => r.Elements<Cell>().Select(c =>
            c.DataType?.Value == CellValues.SharedString ? strings[int.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)] : c.CellValue?.Text ?? c.InnerText).ToList())];
    }
}
