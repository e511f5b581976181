using System.Reflection;

namespace HsnForms.Cli.Local;

/// <summary>
/// The demo's register, circular and mailbox, carried inside the program (from the repository's samples/),
/// so an installed <c>hsnforms demo</c> needs no clone.
/// </summary>
internal static class DemoSamples
{
    private const string Prefix = "samples/";

    public const string Register = "register.csv";
    public const string Circular = "circular-HDS-23-1109.json";
    public const string Mailbox = "mailbox";

    public static IReadOnlyList<string> Names => [.. typeof(DemoSamples).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Select(n => n[Prefix.Length..]).Order(StringComparer.Ordinal)];

    public static Stream Open(string name) =>
        typeof(DemoSamples).Assembly.GetManifestResourceStream(Prefix + name)
        ?? throw new InvalidOperationException($"The sample {name} is not built into hsnforms.");

    /// <summary>Writes every sample under <paramref name="folder"/> (register.csv, the circular, mailbox/*.eml), replacing what was there.</summary>
    public static async Task WriteToAsync(string folder, CancellationToken cancellationToken)
    {
        var mailbox = Path.Combine(folder, Mailbox);
        if (Directory.Exists(mailbox))
        {
            Directory.Delete(mailbox, recursive: true);
        }

        foreach (var name in Names)
        {
            var path = Path.Combine(folder, name.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await using var source = Open(name);
            await using var target = File.Create(path);
            await source.CopyToAsync(target, cancellationToken);
        }
    }
}
