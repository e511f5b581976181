using HsnForms.Forms.Catalog;
using HsnForms.Forms.Templates;

namespace HsnForms.Cli.Verbs;

/// <summary><c>hsnforms template intention|result --circular FILE.json --format docx|xlsx --out PATH</c>.</summary>
internal static class TemplateVerb
{
    public static async Task<int> RunAsync(Arguments args, TextWriter stdout, CancellationToken cancellationToken)
    {
        var circular = CircularFiles.LoadOrDefault(args.Option("--circular"));
        var output = args.Required("--out", "PATH");
        var format = (args.Option("--format") ?? Path.GetExtension(output).TrimStart('.')).ToLowerInvariant();
        args.EnsureAllRead("template");
        if (args.Positional is not [var formKey])
        {
            throw new UsageException("template needs one form: intention or result.");
        }

        var catalog = FormCatalog.Default;
        var form = catalog.Find(formKey) ?? throw new UsageException($"unknown form '{formKey}' (known: {string.Join(", ", catalog.Forms.Select(f => f.Form))}).");
        if (circular.Form(form.Form) is null)
        {
            throw new UsageException($"circular {circular.Ref} does not ask for the {form.Form} form.");
        }

        if (format is not ("docx" or "xlsx"))
        {
            throw new UsageException("--format must be docx or xlsx.");
        }

        if (Path.GetDirectoryName(Path.GetFullPath(output)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var buffer = new MemoryStream();
        if (format == "docx")
        {
            WordTemplateWriter.Write(buffer, form, circular, catalog);
        }
        else
        {
            ExcelTemplateWriter.Write(buffer, form, circular, catalog);
        }

        await File.WriteAllBytesAsync(output, buffer.ToArray(), cancellationToken);
        await stdout.WriteLineAsync($"{output}: blank {form.Form} form for {circular.Ref} ({format})".AsMemory(), cancellationToken);
        return ExitCodes.Success;
    }
}
