using System.Text.Json;
using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading;

namespace HsnForms.Cli.Verbs;

/// <summary><c>hsnforms parse FILE... [--json]</c>: what each file is and what it says.</summary>
internal static class ParseVerb
{
    public static async Task<int> RunAsync(Arguments args, TextWriter stdout, CancellationToken cancellationToken)
    {
        var json = args.Flag("--json");
        var explain = args.Flag("--explain");
        var circular = CircularFiles.LoadOrDefault(args.Option("--circular"));
        args.EnsureAllRead("parse");
        var files = ExpandFiles(args.Positional);

        var reader = new FormReader();
        var allComplete = true;
        foreach (var file in files)
        {
            FormReadResult result;
            await using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true))
            {
                result = await reader.ReadAsync(file, stream, circular, cancellationToken);
            }

            allComplete &= result.IsComplete;
            if (explain)
            {
                await stdout.WriteAsync(reader.Explain(await File.ReadAllBytesAsync(file, cancellationToken)).AsMemory(), cancellationToken);
            }

            if (json)
            {
                await stdout.WriteLineAsync(FormResultJson.ToJson(result).AsMemory(), cancellationToken);
            }
            else
            {
                await stdout.WriteAsync(Describe(result).AsMemory(), cancellationToken);
            }
        }

        return allComplete ? ExitCodes.Success : ExitCodes.Problems;
    }

    private static List<string> ExpandFiles(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0)
        {
            throw new UsageException("parse needs at least one FILE.");
        }

        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path).Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new UsageException($"no such file: {path}");
            }
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
