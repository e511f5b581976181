using System.Diagnostics;
using System.IO.Compression;
using HsnForms.Forms.Reading;

namespace HsnForms.UnitTests;

/// <summary>
/// Valid forms damaged in thousands of seeded ways: the reader must always answer, never throw, and never
/// meet a fault of its own: damage is the sender's, a <c>reader_fault</c> is ours and fails the test. How fast
/// it answers is measured by the benchmark and the robustness run (tests/robustness); here only a hang fails.
/// </summary>
public sealed class MutationTests
{
    private const int MutationsPerForm = 50;

    /// <summary>Far beyond any read (the robustness run's budget is 2 s), so a loaded machine never fails it; a hang does.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    public static TheoryData<string> Forms() =>
        [.. Assets.Corpus.Where(e => e.Form is not null).Select(e => e.File)];

    [Theory]
    [MemberData(nameof(Forms))]
    public void Damaged_copies_of_a_form_never_throw_and_never_meet_a_fault_of_the_readers_own(string file)
    {
        var faults = new FaultLog();
        var reader = new FormReader(HsnForms.Forms.Catalog.FormCatalog.Default, new FormReaderOptions(), faults);
        var original = Assets.Bytes(file);
        var random = new Random(StableSeed(file) ^ 20231109);
        for (var i = 0; i < MutationsPerForm; i++)
        {
            var mutant = i % 2 == 0 ? MutateBytes(original, random) : MutateXml(original, random);
            var clock = Stopwatch.StartNew();
            var result = reader.Read($"{file}#{i}", mutant);
            clock.Stop();

            Assert.NotNull(result);
            if (result.Status == FormStatus.Rejected)
            {
                Assert.NotEmpty(result.Problems);
                Assert.True(result.Problems[0].Code != ProblemCodes.ReaderFault, $"mutant {i} of {file} met a fault of the reader's own: {faults.Last}");
            }

            Assert.True(clock.Elapsed < HangGuard, $"mutant {i} of {file} took {clock.Elapsed}");
        }
    }

    /// <summary>Keeps the exception the reader logs with a fault of its own, for the failure message.</summary>
    private sealed class FaultLog : Microsoft.Extensions.Logging.ILogger<FormReader>
    {
        public Exception? Last { get; private set; }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;

        public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Last = exception ?? Last;
    }

    /// <summary>The same seed for a file in every run (string.GetHashCode changes per process), so a failing mutant can be made again.</summary>
    private static int StableSeed(string file)
    {
        var hash = 2166136261u;
        foreach (var c in file)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)hash;
    }

    /// <summary>Flipped, dropped or repeated bytes, or a truncated tail: damage in transit or on disk.</summary>
    private static byte[] MutateBytes(byte[] original, Random random)
    {
        var bytes = new List<byte>(original);
        switch (random.Next(4))
        {
            case 0:
                for (var n = random.Next(1, 16); n > 0; n--)
                {
                    bytes[random.Next(bytes.Count)] = (byte)random.Next(256);
                }

                break;
            case 1:
                bytes.RemoveRange(random.Next(bytes.Count / 2, bytes.Count), 0);
                return [.. bytes.Take(random.Next(1, bytes.Count))];
            case 2:
                var at = random.Next(bytes.Count);
                bytes.RemoveRange(at, Math.Min(random.Next(1, 512), bytes.Count - at));
                break;
            default:
                var from = random.Next(bytes.Count);
                bytes.InsertRange(random.Next(bytes.Count), bytes.Skip(from).Take(random.Next(1, 256)).ToList());
                break;
        }

        return [.. bytes];
    }

    /// <summary>A well-formed zip whose XML parts are damaged: cut, spliced, or given stray markup.</summary>
    private static byte[] MutateXml(byte[] original, Random random)
    {
        using var input = new MemoryStream(original);
        using var output = new MemoryStream();
        try
        {
            using var source = new ZipArchive(input, ZipArchiveMode.Read);
            using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
            var victims = source.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) || e.FullName.EndsWith(".rels", StringComparison.Ordinal)).ToList();
            var victim = victims.Count > 0 ? victims[random.Next(victims.Count)].FullName : null;
            foreach (var entry in source.Entries)
            {
                using var reader = new StreamReader(entry.Open());
                var text = reader.ReadToEnd();
                if (entry.FullName == victim && text.Length > 0)
                {
                    text = DamageXml(text, random);
                }

                using var writer = new StreamWriter(target.CreateEntry(entry.FullName, CompressionLevel.Fastest).Open());
                writer.Write(text);
            }
        }
        catch (InvalidDataException)
        {
            return original;
        }

        return output.ToArray();
    }

    private static string DamageXml(string text, Random random)
    {
        var at = random.Next(text.Length);
        return random.Next(6) switch
        {
            0 => text[..at],
            1 => text.Remove(at, Math.Min(random.Next(1, 64), text.Length - at)),
            2 => text.Insert(at, "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>☒ OTP-C"),
            3 => text.Insert(at, "</w:tc></w:tr>"),
            4 => text.Insert(at, new string('<', random.Next(1, 4))),
            _ => text.Insert(at, text.Substring(random.Next(text.Length / 2), Math.Min(200, text.Length / 2))),
        };
    }
}
