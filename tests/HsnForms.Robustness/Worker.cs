using System.Diagnostics;
using System.Text.Json;
using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading;
using HsnForms.Forms.Templates;

namespace HsnForms.Robustness;

/// <summary>
/// Reads one file at a time, as intake does, and measures each read: the wall and CPU time of the call, the bytes it
/// allocated, and the peak resident memory of the process while it ran. Before each file the worker collects
/// its garbage and resets the kernel's high-water mark (/proc/self/clear_refs), so the peak is that file's
/// own, read by the kernel, not sampled.
/// </summary>
internal static class Worker
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static int Run(TextReader input, TextWriter output)
    {
        var reader = new FormReader();
        WarmUp(reader);
        while (input.ReadLine() is { } path)
        {
            output.WriteLine(JsonSerializer.Serialize(Measure(reader, path), Json));
            output.Flush();
        }

        return 0;
    }

    /// <summary>The first read of each format pays for the JIT: the official blank forms take that cost.</summary>
    private static void WarmUp(FormReader reader)
    {
        var catalog = FormCatalog.Default;
        foreach (var form in catalog.Forms)
        {
            using var word = new MemoryStream();
            WordTemplateWriter.Write(word, form, Circular.Default, catalog);
            reader.Read("warm-up.docx", word.ToArray());
            using var excel = new MemoryStream();
            ExcelTemplateWriter.Write(excel, form, Circular.Default, catalog);
            reader.Read("warm-up.xlsx", excel.ToArray());
        }
    }

    private static Measurement Measure(FormReader reader, string path)
    {
        var content = File.ReadAllBytes(path);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var own = ResetPeak();
        var before = Resident();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        FormReadResult? result = null;
        string? crash = null;
        try
        {
            result = reader.Read(Path.GetFileName(path), content);
        }
        catch (Exception ex)
        {
            crash = ex.ToString();
        }

        clock.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        var peak = Math.Max(0, HighWaterMark() - before);
        return new Measurement
        {
            File = path,
            Status = result is null ? null : FormResultJson.StatusName(result.Status),
            Form = result?.Form,
            Code = result?.Status == FormStatus.Rejected ? result.Problems[0].Code : null,
            Messages = result?.Problems.Select(p => p.Message).ToList() ?? [],
            Milliseconds = clock.Elapsed.TotalMilliseconds,
            CpuMilliseconds = cpu.TotalMilliseconds,
            AllocatedBytes = allocated,
            PeakBytes = peak,
            PeakOwn = own,
            Crash = crash,
        };
    }

    private static bool ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>VmRSS and VmHWM from /proc/self/status, in bytes.</summary>
    private static long Status(string key)
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith(key, StringComparison.Ordinal))
            {
                return long.Parse(line[key.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
            }
        }

        return Environment.WorkingSet;
    }

    private static long Resident() => Status("VmRSS:");

    private static long HighWaterMark() => Status("VmHWM:");
}
