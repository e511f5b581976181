using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace HsnForms.GraphSimulator.Internal;

/// <summary>Opaque base64url ids shaped like Exchange's immutable ids, with a checksum so malformed ids are told from unknown ones.</summary>
internal static class Ids
{
    public const byte Message = 0x46;
    public const byte Folder = 0x2E;
    public const byte Attachment = 0x12;
    public const byte Conversation = 0x10;

    private static readonly byte[] Header = [0x00, 0x00, 0x09, 0x00, 0x2E, 0x00];

    public static Guid MailboxGuid(string mailbox)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("mailbox:" + mailbox.ToUpperInvariant()));
        return new Guid(hash.AsSpan(0, 16));
    }

    public static string Create(Guid mailbox, byte kind, long number, int sub = 0)
    {
        var bytes = new byte[Header.Length + 16 + 1 + 8 + 4 + 4];
        var span = bytes.AsSpan();
        Header.CopyTo(span);
        mailbox.TryWriteBytes(span[Header.Length..]);
        span[Header.Length + 16] = kind;
        BinaryPrimitives.WriteInt64BigEndian(span[(Header.Length + 17)..], number);
        BinaryPrimitives.WriteInt32BigEndian(span[(Header.Length + 25)..], sub);
        var sum = SHA256.HashData(span[..^4]);
        sum.AsSpan(0, 4).CopyTo(span[^4..]);
        return Base64Url.Encode(bytes);
    }

    /// <summary>True when <paramref name="id"/> is one of ours for <paramref name="mailbox"/> and of <paramref name="kind"/>.</summary>
    public static bool IsWellFormed(string id, Guid mailbox, byte kind)
    {
        if (!Base64Url.TryDecode(id, out var bytes) || bytes.Length != Header.Length + 16 + 1 + 8 + 4 + 4)
        {
            return false;
        }

        var span = bytes.AsSpan();
        return span[..Header.Length].SequenceEqual(Header)
            && new Guid(span.Slice(Header.Length, 16)) == mailbox
            && span[Header.Length + 16] == kind
            && SHA256.HashData(span[..^4]).AsSpan(0, 4).SequenceEqual(span[^4..]);
    }

    public static string Token() => Base64Url.Encode(RandomNumberGenerator.GetBytes(24));
}

internal static class Base64Url
{
    public static string Encode(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool TryDecode(string text, out byte[] bytes)
    {
        bytes = [];
        if (text.Length == 0 || text.Length > 512)
        {
            return false;
        }

        var s = text.TrimEnd('=').Replace('-', '+').Replace('_', '/');
        s = (s.Length % 4) switch
        {
            2 => s + "==",
            3 => s + "=",
            0 => s,
            _ => "!",
        };
        var buffer = new byte[s.Length];
        if (!Convert.TryFromBase64String(s, buffer, out var written))
        {
            return false;
        }

        bytes = buffer[..written];
        return true;
    }
}
