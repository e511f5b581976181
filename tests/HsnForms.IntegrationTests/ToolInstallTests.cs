using System.Diagnostics;
using System.Text.Json;

namespace HsnForms.IntegrationTests;

/// <summary>
/// hsnforms as a user gets it: the package packed, installed as a .NET tool into a folder of its own and run
/// from a folder outside the repository, so the demo can only use what the package carries and what it
/// installs itself (Azurite through npm, into a profile folder of the test's own). About a minute and a half;
/// leave it out with --filter "Category!=Install".
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Install")]
public sealed class ToolInstallTests
{
    [Fact]
    public async Task The_packed_tool_installs_and_runs_its_demo_from_a_folder_outside_the_repository()
    {
        var work = Directory.CreateTempSubdirectory("hsn-tool-").FullName;
        try
        {
            var packages = Path.Combine(work, "packages");
            var tools = Path.Combine(work, "tools");
            var elsewhere = Directory.CreateDirectory(Path.Combine(work, "desk")).FullName;
            var home = Path.Combine(work, "home");

            // The build the tests run on; pack adds the publish step and the tool's layout.
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
            await RunAsync(Azurite.RepositoryRoot, null, "dotnet", "pack", Path.Combine("cli", "HsnForms.Cli"), "--no-build", "-c", configuration, "-o", packages);
            var package = Path.GetFileNameWithoutExtension(Assert.Single(Directory.GetFiles(packages, "HsnForms.Cli.*.nupkg")));
            var version = package["HsnForms.Cli.".Length..];
            var isolated = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = Path.Combine(work, "nuget"), ["HSNFORMS_HOME"] = home };
            await RunAsync(elsewhere, isolated, "dotnet", "tool", "install", "HsnForms.Cli", "--tool-path", tools, "--add-source", packages, "--version", version);

            var hsnforms = Path.Combine(tools, OperatingSystem.IsWindows() ? "hsnforms.exe" : "hsnforms");
            var shown = await RunAsync(elsewhere, isolated, hsnforms, "--version");
            var help = await RunAsync(elsewhere, isolated, hsnforms, "--help");
            var demo = await RunAsync(elsewhere, isolated, hsnforms, "demo");

            Assert.StartsWith(version.Split('-')[0], shown.Trim(), StringComparison.Ordinal);
            Assert.Contains("demo [--out DIR] [--keep]", help, StringComparison.Ordinal);
            Assert.Contains("Compliance report for HDS/23/1109", demo, StringComparison.Ordinal);
            var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(elsewhere, "out", "report.json"))).RootElement;
            Assert.Equal(12, report.GetProperty("subscribers").GetArrayLength());
            Assert.Equal(22, Directory.GetFiles(Path.Combine(elsewhere, "out", "outbox")).Length);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task<string> RunAsync(string directory, IReadOnlyDictionary<string, string?>? environment, string command, params string[] args)
    {
        var start = new ProcessStartInfo(command) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[key] = value;
        }

        // Not the test host's own settings: the tool runs as a user's shell would start it.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("StorageOptions__", StringComparison.Ordinal) || k == "AzureWebJobsStorage").ToList())
        {
            start.Environment.Remove(key);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{command} {string.Join(' ', args)} exited {process.ExitCode}: {await error}\n{await output}");
        return await output;
    }
}
