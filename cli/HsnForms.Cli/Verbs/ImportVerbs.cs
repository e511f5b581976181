using HsnForms.Forms.Catalog;
using HsnForms.Intake.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace HsnForms.Cli.Verbs;

/// <summary><c>hsnforms subscribers import FILE.csv</c> and <c>hsnforms circular import FILE.json</c>.</summary>
internal static class ImportVerbs
{
    public static async Task<int> SubscribersAsync(Arguments args, TextWriter stdout, CancellationToken cancellationToken)
    {
        var storage = args.Option("--storage");
        args.EnsureAllRead("subscribers import");
        if (args.Positional is not ["import", var path])
        {
            throw new UsageException("usage: hsnforms subscribers import FILE.csv");
        }

        if (!File.Exists(path))
        {
            throw new UsageException($"no such file: {path}");
        }

        await using var services = CliServices.Build(storage);
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        try
        {
            var count = await services.GetRequiredService<SubscriberRegister>().ImportCsvAsync(reader, cancellationToken);
            await stdout.WriteLineAsync($"{count} subscribers imported from {path}".AsMemory(), cancellationToken);
            return ExitCodes.Success;
        }
        catch (RegisterImportException ex)
        {
            throw new UsageException($"{path}: {ex.Message} Nothing was imported.");
        }
    }

    public static async Task<int> CircularAsync(Arguments args, TextWriter stdout, CancellationToken cancellationToken)
    {
        var storage = args.Option("--storage");
        args.EnsureAllRead("circular import");
        if (args.Positional is not ["import", var path])
        {
            throw new UsageException("usage: hsnforms circular import FILE.json");
        }

        var circular = CircularFiles.LoadOrDefault(path);
        await using var services = CliServices.Build(storage);
        await services.GetRequiredService<CircularStore>().SaveAsync(circular, cancellationToken);
        await stdout.WriteLineAsync($"circular {circular.Ref} imported: {string.Join(", ", circular.Forms.Select(f => $"{f.Form} due {f.Due:yyyy-MM-dd}"))}".AsMemory(), cancellationToken);
        return ExitCodes.Success;
    }
}
