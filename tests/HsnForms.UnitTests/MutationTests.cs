using System.Diagnostics;
using HsnForms.Forms.Reading;
using HsnForms.TestSupport;

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
        var random = new Random(HostileFiles.StableSeed(file) ^ 20231109);
        for (var i = 0; i < MutationsPerForm; i++)
        {
            var mutant = HostileFiles.Mutant(original, random, i);
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
}
