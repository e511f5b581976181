using System.Security.Cryptography;
using System.Text;

namespace HsnForms.Intake.Storage;

/// <summary>
/// Table Storage forbids '/', '\', '#', '?' and control characters in keys, and a circular ref such
/// as HDS/23/1109 has slashes: keys are escaped reversibly so they still read as what they are.
/// </summary>
public static class TableKeys
{
    public static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '/' or '\\' or '#' or '?' or '%' or '\t' or '\n' or '\r' || char.IsControl(c))
            {
                builder.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static string Unescape(string key) => Uri.UnescapeDataString(key);

    /// <summary>A circular ref as a key: case and spacing do not make a different circular.</summary>
    public static string Circular(string circularRef) => Escape(circularRef.Trim().ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal));

    /// <summary>
    /// A mailbox's name as a key ("folder:/path", "graph:address"). A key holds at most 1 KiB, and a folder's
    /// path can be longer: a long name keeps its start and gains a hash of the whole.
    /// </summary>
    public static string Mailbox(string name)
    {
        var key = Escape(name.ToLowerInvariant());
        return key.Length <= 400 ? key : $"{key[..300]}~{Hash(name.ToLowerInvariant())}";
    }

    /// <summary>A short stable identity for anything: lower-case hex of SHA-256, 32 characters.</summary>
    public static string Hash(string value) => Hash(Encoding.UTF8.GetBytes(value));

    public static string Hash(ReadOnlySpan<byte> value) => Convert.ToHexStringLower(SHA256.HashData(value))[..32];
}
