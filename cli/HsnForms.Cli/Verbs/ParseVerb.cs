using System.CommandLine;
using HsnForms.Cli.CommandLine;
using HsnForms.Cli.Local;
using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading;
using Microsoft.Extensions.DependencyInjection;

namespace HsnForms.Cli.Verbs;

/// <summary>
/// <c>hsnforms parse PATH... [--json] [--circular REF|FILE.json] [--explain]</c>: what each file is and what it
/// says. Folders are read with everything under them; a path that cannot be read is reported in its place.
/// </summary>
internal static class ParseVerb
{
    /// <summary>A path given that is not there, or a folder with no file in it.</summary>
    public const string NotFound = "not_found";

    /// <summary>A file that is there but cannot be opened (permissions, a lock).</summary>
    public const string Unreadable = "unreadable";

    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Form files, or folders read with all their subfolders.", Arity = ArgumentArity.OneOrMore };
        var json = CommonOptions.Json("One JSON object per file, one per line (cli.md); a path that cannot be read is an object with status rejected and code not_found or unreadable.");
        var circular = CommonOptions.Circular(required: false, "The circular the forms answer (default: HDS/23/1109, bundled).");
        var explain = new Option<bool>("--explain") { Description = "Also show the cells, paragraphs and controls the reader saw; on stderr when --json is given, so stdout stays JSON lines." };
        var storage = CommonOptions.Storage();
        var command = new Command("parse", "Reads form files (Word or Excel) and prints what each is and what it says. Exit 1 when any is incomplete or unreadable.")
        {
            paths, json, circular, explain, storage,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Build(parse.GetValue(storage));
            var files = Expand(parse.GetRequiredValue(paths));
            var definition = await CircularArgument.ResolveAsync(parse.GetValue(circular), parse.GetValue(storage), cancellationToken);
            return await RunAsync(files, services.GetRequiredService<FormReader>(), definition, parse.GetValue(json), parse.GetValue(explain), parse.Out(), parse.Err(), cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(IReadOnlyList<PathToRead> files, FormReader reader, Circular circular, bool json, bool explain, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        // With --json, stdout is JSON lines for a program to read: the explanation is for a person.
        var explanations = json ? stderr : stdout;
        var allComplete = true;
        foreach (var file in files)
        {
            var result = file.Problem ?? await ReadAsync(reader, file.Path, circular, cancellationToken);
            allComplete &= result.IsComplete;
            if (explain && file.Problem is null && result.Problems.All(p => p.Code != Unreadable))
            {
                await explanations.WriteAsync(reader.Explain(await File.ReadAllBytesAsync(file.Path, cancellationToken)).AsMemory(), cancellationToken);
            }

            await stdout.WriteAsync((json ? FormResultJson.ToJson(result) + Environment.NewLine : Describe(result)).AsMemory(), cancellationToken);
        }

        return allComplete ? ExitCodes.Success : ExitCodes.Problems;
    }

    private static async Task<FormReadResult> ReadAsync(FormReader reader, string file, Circular circular, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
            return await reader.ReadAsync(file, stream, circular, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return FormReadResult.Rejected(file, ex is FileNotFoundException or DirectoryNotFoundException ? NotFound : Unreadable,
                $"The file could not be opened: {ex.Message}");
        }
    }

    /// <summary>A file to read, or a path already known to be a problem.</summary>
    private sealed record PathToRead(string Path, FormReadResult? Problem = null);

    /// <summary>
    /// Every file the paths name, folders walked to the bottom in name order. Hidden files and folders
    /// (.DS_Store, .git) are skipped inside a folder, as a person browsing it would not see them.
    /// </summary>
    private static List<PathToRead> Expand(IReadOnlyList<string> paths)
    {
        var files = new List<PathToRead>();
        var walk = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
        };
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*", walk).Order(StringComparer.Ordinal).ToList();
                files.AddRange(found.Select(f => new PathToRead(f)));
                if (found.Count == 0)
                {
                    files.Add(new PathToRead(path, FormReadResult.Rejected(path, NotFound, "The folder holds no files to read.")));
                }
            }
            else if (File.Exists(path))
            {
                files.Add(new PathToRead(path));
            }
            else
            {
                files.Add(new PathToRead(path, FormReadResult.Rejected(path, NotFound, "There is no such file or folder.")));
            }
        }

        // Nothing at all to read is a mistake in the command line, not a finding about forms.
        if (files.All(f => f.Problem is not null) && paths.Count == 1 && !Directory.Exists(paths[0]))
        {
            throw new UsageException($"no such file or folder: {paths[0]}");
        }

        return files;
    }

    private static string Describe(FormReadResult result)
    {
        var text = new System.Text.StringBuilder();
        text.Append(result.File).Append("  ").Append(result.Form ?? "-").Append("  ").AppendLine(FormResultJson.StatusName(result.Status));
        var width = result.Fields.Select(f => f.Key.Length).DefaultIfEmpty(0).Max();
        foreach (var (key, value) in result.Fields)
        {
            text.Append("    ").Append(key.PadRight(width)).Append("  ").AppendLine(FormResultJson.Display(value));
        }

        foreach (var problem in result.Problems)
        {
            text.Append("    ! ").Append(problem.Code).Append(problem.Field is null ? "" : " " + problem.Field).Append(": ").AppendLine(problem.Message);
        }

        return text.ToString();
    }
}
