using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading;
using MimeKit;

namespace HsnForms.Benchmarks;

/// <summary>One message of the intake corpus: a subscriber's mail with one filled form attached.</summary>
internal sealed record CorpusMessage(int Number, string SubscriberId, string From, bool ByDomain, string Subject, DateTimeOffset ReceivedAt, string SourceFile, string FileName, byte[] Form, byte[] Mime)
{
    /// <summary>The .eml name in the folder mailbox: the folder reads files in name order, which is the order Graph delivers (oldest first).</summary>
    public string EmlName => $"m{Number:D5}.eml";
}

/// <summary>
/// The intake benchmark's mail: a register of subscribers, and for each message a complete form from
/// tests/assets/forms whose subscriber ID is rewritten to the sender's, sent from the sender's registered
/// address (or, one message in five, from another address at its registered domain). Each subscriber
/// sends a different file each time, so every message records a submission of its own: none is a
/// duplicate, none goes to review.
/// </summary>
internal sealed class IntakeCorpus
{
    private static readonly string[] s_places = ["Harbour", "Victoria", "Kowloon", "Lantau", "Jade", "Peak", "Causeway", "Admiralty", "Tsim Sha Tsui", "Wan Chai", "Stanley", "Sai Kung", "Lotus", "Golden", "Pearl", "Dragon"];
    private static readonly string[] s_kinds = ["Securities", "Futures", "Brokerage", "Capital", "Markets", "Investments", "Asset Management", "Financial"];
    private static readonly string[] s_suffixes = ["Limited", "Ltd", "(Hong Kong) Limited", "Company Limited"];
    private static readonly string[][] s_services = [["OTP-C", "OMD-C"], ["OTP-C"], ["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"], ["OMD-C", "OMD-CC"], ["OTP-C", "OTP-CSC"]];

    private IntakeCorpus(string registerCsv, List<string> pool, List<string> dropped, List<CorpusMessage> messages)
    {
        RegisterCsv = registerCsv;
        Pool = pool;
        Dropped = dropped;
        Messages = messages;
    }

    /// <summary>The register as the CSV that <c>hsnforms register import</c> takes.</summary>
    public string RegisterCsv { get; }

    /// <summary>The complete forms from tests/assets the messages carry.</summary>
    public List<string> Pool { get; }

    /// <summary>Complete forms left out, with why: the subscriber ID could not be rewritten so that the reader reads it back.</summary>
    public List<string> Dropped { get; }

    public List<CorpusMessage> Messages { get; }

    public static string SubscriberId(int index) => $"HSN{1000 + index:D4}";

    public static string Domain(int index) => $"firm{index:D3}.com.hk";

    public static IntakeCorpus Build(string assets, int subscribers, int messages, FormReader reader, Circular circular)
    {
        var register = new StringBuilder("subscriber_id,subscriber_name,emails,domains,services\n");
        for (var i = 0; i < subscribers; i++)
        {
            // Numbered, so no registered name is one a corpus form was written with ("Lotus Asset Management (HK) Limited"):
            // a form naming another registered subscriber is held for review, and every message here is to be recorded.
            var name = $"{s_places[i % s_places.Length]} {s_kinds[i / s_places.Length % s_kinds.Length]} No. {i + 1} {s_suffixes[i % s_suffixes.Length]}";
            register.Append(CultureInfo.InvariantCulture,
                $"{SubscriberId(i)},\"{name}\",ops@{Domain(i)};it.support@{Domain(i)},{Domain(i)},{string.Join(';', s_services[i % s_services.Length])}\n");
        }

        // Every complete form of the corpus whose subscriber ID, rewritten, reads back as written.
        var pool = new List<(string File, string Form, string WrittenId, byte[] Bytes)>();
        var dropped = new List<string>();
        using (var expected = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(assets, "expected.json"))))
        {
            foreach (var entry in expected.RootElement.EnumerateArray())
            {
                var file = entry.GetProperty("file").GetString()!;
                if (!file.StartsWith("forms/", StringComparison.Ordinal) || entry.GetProperty("status").GetString() != "complete"
                    || !entry.GetProperty("fields").TryGetProperty("subscriber_id", out var written))
                {
                    continue;
                }

                var bytes = File.ReadAllBytes(Path.Combine(assets, file));
                var probe = SubscriberId(subscribers + 7);
                var result = reader.Read(Path.GetFileName(file), Rewrite(bytes, written.GetString()!, probe), circular);
                if (result.Status != FormStatus.Complete || result["subscriber_id"] as string != probe)
                {
                    dropped.Add($"{file} (rewritten, it reads {result.Status.ToString().ToLowerInvariant()} with subscriber_id {result["subscriber_id"] ?? "none"})");
                    continue;
                }

                pool.Add((file, entry.GetProperty("form").GetString()!, written.GetString()!, bytes));
            }
        }

        if (pool.Count < 5)
        {
            throw new InvalidOperationException($"Only {pool.Count} complete forms can carry another subscriber's ID; the benchmark needs 5 so that no subscriber sends the same file twice.");
        }

        // Message n: subscriber n mod S, its (n div S)-th file; received 9 minutes apart from 21 Nov 2023 09:00 HKT,
        // oldest first, across both forms' deadlines (24 and 27 Nov), so some are late.
        var start = new DateTimeOffset(2023, 11, 21, 9, 0, 0, TimeSpan.FromHours(8));
        var list = new List<CorpusMessage>(messages);
        for (var n = 0; n < messages; n++)
        {
            var subscriber = n % subscribers;
            var round = n / subscribers;
            var (file, form, writtenId, bytes) = pool[((subscriber * 5) + round) % pool.Count];
            var id = SubscriberId(subscriber);
            var byDomain = round % 5 == 4;
            var from = byDomain ? $"staff{n:D4}@{Domain(subscriber)}" : $"ops@{Domain(subscriber)}";
            var received = start.AddMinutes(9 * n);
            var title = form == "intention" ? "Intention Form" : "Result Form";
            var subject = (n % 3) switch
            {
                0 => $"HDS/23/1109 {title}",
                1 => $"RE: HDS/23/1109 Second Practice Session - {title} ({id})",
                _ => $"{title} for the practice session",
            };
            var fileName = $"{title} {id}{Path.GetExtension(file)}";
            var content = Rewrite(bytes, writtenId, id);
            list.Add(new CorpusMessage(n, id, from, byDomain, subject, received, file, fileName, content, Mime(n, from, subject, received, fileName, content)));
        }

        return new IntakeCorpus(register.ToString(), [.. pool.Select(p => p.File)], dropped, list);
    }

    /// <summary>
    /// The message as a subscriber's mail client sends it, built the way the integration tests build theirs
    /// (IntakeHarness.Message): a Received header stamped by the service desk's server, a text body, the form.
    /// </summary>
    private static byte[] Mime(int number, string from, string subject, DateTimeOffset received, string fileName, byte[] content)
    {
        var message = new MimeMessage { Subject = subject, MessageId = $"bench-{number:D5}@mail.example", Date = received.AddMinutes(-2) };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse("hsservicedesk@hkex.com.hk"));
        message.Headers.Add(HeaderId.Received, $"from mail.example by mx.hkex.com.hk; {MimeKit.Utils.DateUtils.FormatDate(received)}");
        var body = new BodyBuilder { TextBody = "Dear Service Desk,\n\nPlease find our form attached.\n\nRegards" };
        body.Attachments.Add(fileName, content);
        message.Body = body.ToMessageBody();
        using var buffer = new MemoryStream();
        message.WriteTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>
    /// The package with one subscriber ID replaced by another of the same length in every XML part (the
    /// document, shared strings, sheets), every other byte of every part unchanged.
    /// </summary>
    internal static byte[] Rewrite(byte[] package, string from, string to)
    {
        if (from.Length != to.Length || Encoding.UTF8.GetByteCount(from) != from.Length)
        {
            throw new ArgumentException("The subscriber IDs must be ASCII of the same length.", nameof(to));
        }

        var find = Encoding.ASCII.GetBytes(from);
        var replace = Encoding.ASCII.GetBytes(to);
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = entry.LastWriteTime;
                if (entry.FullName.EndsWith('/'))
                {
                    continue;
                }

                byte[] bytes;
                using (var source = entry.Open())
                using (var buffer = new MemoryStream())
                {
                    source.CopyTo(buffer);
                    bytes = buffer.ToArray();
                }

                if (entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
                {
                    for (var at = bytes.AsSpan().IndexOf(find); at >= 0;)
                    {
                        replace.CopyTo(bytes, at);
                        var next = bytes.AsSpan(at + find.Length).IndexOf(find);
                        at = next < 0 ? -1 : at + find.Length + next;
                    }
                }

                using var destination = copy.Open();
                destination.Write(bytes);
            }
        }

        return output.ToArray();
    }
}
