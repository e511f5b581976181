using System.Text;

namespace HsnForms.Forms.Reading.Layout.Html;

/// <summary>
/// The HTML text of a Word altChunk part: an HTML file as it is, or the HTML page inside an MHT
/// (MIME HTML, as html-docx-js and some web portals write). Only as much MIME as finding and decoding
/// that one page needs; anything that cannot be decoded is no HTML (null), never an exception.
/// </summary>
internal static class ImportedHtml
{
    // multipart/related inside multipart/alternative is as deep as MHT writers go.
    private const int MaxMimeDepth = 8;
    private const int MaxHeaders = 200;
    private const int MaxHeaderLength = 16 * 1024;

    public static string? FromPart(ReadOnlySpan<byte> content, string? contentType)
    {
        var (mediaType, parameters) = ParseContentType(contentType);
        if (IsHtml(mediaType))
        {
            return Decode(content, Parameter(parameters, "charset"));
        }

        if (mediaType is "message/rfc822" or "application/x-mimearchive" or "" || mediaType.StartsWith("multipart/", StringComparison.Ordinal))
        {
            // Some writers label a plain HTML file as MHT: a part that starts with a tag is HTML whatever it is called.
            return LooksLikeMarkup(content) ? Decode(content, null) : FromMimeEntity(content, 0);
        }

        return null;
    }

    private static bool IsHtml(string mediaType) => mediaType is "text/html" or "application/xhtml+xml";

    private static bool LooksLikeMarkup(ReadOnlySpan<byte> content)
    {
        content = SkipByteOrderMark(content, out var bomEncoding);
        if (bomEncoding is not null && bomEncoding is not UTF8Encoding)
        {
            return true;
        }

        var start = content.IndexOfAnyExcept(" \t\r\n"u8);
        return start >= 0 && content[start] == (byte)'<';
    }

    private static string? FromMimeEntity(ReadOnlySpan<byte> entity, int depth)
    {
        if (depth > MaxMimeDepth)
        {
            return null;
        }

        var headers = SplitHeaders(entity, out var bodyStart);
        var body = entity[bodyStart..];
        var (mediaType, parameters) = ParseContentType(Header(headers, "Content-Type") ?? "text/plain");
        if (IsHtml(mediaType))
        {
            var decoded = DecodeTransfer(body, Header(headers, "Content-Transfer-Encoding"));
            return Decode(decoded, Parameter(parameters, "charset"));
        }

        if (!mediaType.StartsWith("multipart/", StringComparison.Ordinal) || Parameter(parameters, "boundary") is not { Length: > 0 } boundary)
        {
            return null;
        }

        var delimiter = Encoding.ASCII.GetBytes("--" + boundary);
        var position = NextDelimiter(body, 0, delimiter);
        while (position >= 0)
        {
            var afterDelimiter = position + delimiter.Length;
            if (body[afterDelimiter..].StartsWith("--"u8))
            {
                break;
            }

            var partStart = LineEnd(body, afterDelimiter);
            var next = NextDelimiter(body, partStart, delimiter);
            var partEnd = next < 0 ? body.Length : next;
            if (FromMimeEntity(TrimLineBreak(body[partStart..partEnd]), depth + 1) is { } html)
            {
                return html;
            }

            position = next;
        }

        return null;
    }

    /// <summary>Where the next delimiter line starts (a boundary at the start of a line), or -1.</summary>
    private static int NextDelimiter(ReadOnlySpan<byte> body, int from, byte[] delimiter)
    {
        while (from < body.Length)
        {
            var found = body[from..].IndexOf(delimiter);
            if (found < 0)
            {
                return -1;
            }

            found += from;
            if (found == 0 || body[found - 1] == (byte)'\n')
            {
                return found;
            }

            from = found + 1;
        }

        return -1;
    }

    private static int LineEnd(ReadOnlySpan<byte> text, int from)
    {
        var newline = text[from..].IndexOf((byte)'\n');
        return newline < 0 ? text.Length : from + newline + 1;
    }

    /// <summary>The line break before a delimiter belongs to the delimiter, not to the part.</summary>
    private static ReadOnlySpan<byte> TrimLineBreak(ReadOnlySpan<byte> part)
    {
        if (part.EndsWith("\n"u8))
        {
            part = part[..^1];
        }

        return part.EndsWith("\r"u8) ? part[..^1] : part;
    }

    /// <summary>The header lines (unfolded, as text); the body starts after the first empty line.</summary>
    private static List<string> SplitHeaders(ReadOnlySpan<byte> entity, out int bodyStart)
    {
        var headers = new List<StringBuilder>();
        var position = 0;
        while (position < entity.Length)
        {
            var end = LineEnd(entity, position);
            var line = entity[position..end].TrimEnd("\r\n"u8);
            position = end;
            if (line.IsEmpty)
            {
                break;
            }

            // Hostile headers are only scanned past: a real entity has a dozen short ones.
            line = line[..Math.Min(line.Length, MaxHeaderLength)];
            if (line[0] is (byte)' ' or (byte)'\t' && headers.Count > 0)
            {
                if (headers[^1].Length < MaxHeaderLength)
                {
                    headers[^1].Append(' ').Append(Encoding.Latin1.GetString(line).Trim());
                }
            }
            else if (headers.Count < MaxHeaders)
            {
                headers.Add(new StringBuilder(Encoding.Latin1.GetString(line)));
            }
        }

        bodyStart = position;
        return headers.ConvertAll(h => h.ToString());
    }

    private static string? Header(List<string> headers, string name)
    {
        foreach (var header in headers)
        {
            var colon = header.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && header.AsSpan(0, colon).Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return header[(colon + 1)..].Trim();
            }
        }

        return null;
    }

    private static (string MediaType, List<(string Name, string Value)> Parameters) ParseContentType(string? value)
    {
        var parameters = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(value))
        {
            return ("", parameters);
        }

        var pieces = SplitOutsideQuotes(value);
        var mediaType = pieces[0].Trim().ToLowerInvariant();
        foreach (var piece in pieces.Skip(1))
        {
            var equals = piece.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                parameters.Add((piece[..equals].Trim(), piece[(equals + 1)..].Trim().Trim('"')));
            }
        }

        return (mediaType, parameters);
    }

    private static List<string> SplitOutsideQuotes(string value)
    {
        var pieces = new List<string>();
        var quoted = false;
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '"')
            {
                quoted = !quoted;
            }
            else if (value[i] == ';' && !quoted)
            {
                pieces.Add(value[start..i]);
                start = i + 1;
            }
        }

        pieces.Add(value[start..]);
        return pieces;
    }

    private static string? Parameter(List<(string Name, string Value)> parameters, string name) =>
        parameters.Find(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

    private static ReadOnlySpan<byte> DecodeTransfer(ReadOnlySpan<byte> body, string? transferEncoding) => transferEncoding?.Trim().ToLowerInvariant() switch
    {
        "quoted-printable" => DecodeQuotedPrintable(body),
        "base64" => DecodeBase64(body),
        _ => body,
    };

    private static byte[] DecodeQuotedPrintable(ReadOnlySpan<byte> body)
    {
        var bytes = new byte[body.Length];
        var length = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var b = body[i];
            if (b != (byte)'=')
            {
                bytes[length++] = b;
                continue;
            }

            // A soft line break: '=' and white space to the end of the line join two lines.
            var j = i + 1;
            while (j < body.Length && body[j] is (byte)' ' or (byte)'\t')
            {
                j++;
            }

            if (j < body.Length && body[j] is (byte)'\r' or (byte)'\n')
            {
                i = body[j] == (byte)'\r' && j + 1 < body.Length && body[j + 1] == (byte)'\n' ? j + 1 : j;
                continue;
            }

            if (i + 2 < body.Length && HexValue(body[i + 1]) is var high and >= 0 && HexValue(body[i + 2]) is var low and >= 0)
            {
                bytes[length++] = (byte)((high << 4) | low);
                i += 2;
                continue;
            }

            // Not an escape: kept as written, as lenient decoders do.
            bytes[length++] = b;
        }

        return bytes.AsSpan(0, length).ToArray();
    }

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        _ => -1,
    };

    /// <summary>Base64 that skips line breaks and stray characters rather than failing on them.</summary>
    private static byte[] DecodeBase64(ReadOnlySpan<byte> body)
    {
        var bytes = new byte[body.Length / 4 * 3 + 3];
        var length = 0;
        var bits = 0;
        var count = 0;
        foreach (var b in body)
        {
            int value = b switch
            {
                >= (byte)'A' and <= (byte)'Z' => b - 'A',
                >= (byte)'a' and <= (byte)'z' => b - 'a' + 26,
                >= (byte)'0' and <= (byte)'9' => b - '0' + 52,
                (byte)'+' => 62,
                (byte)'/' => 63,
                _ => -1,
            };
            if (b == (byte)'=')
            {
                break;
            }

            if (value < 0)
            {
                continue;
            }

            bits = (bits << 6) | value;
            if (++count == 4)
            {
                bytes[length++] = (byte)(bits >> 16);
                bytes[length++] = (byte)(bits >> 8);
                bytes[length++] = (byte)bits;
                bits = 0;
                count = 0;
            }
        }

        if (count == 3)
        {
            bytes[length++] = (byte)(bits >> 10);
            bytes[length++] = (byte)(bits >> 2);
        }
        else if (count == 2)
        {
            bytes[length++] = (byte)(bits >> 4);
        }

        return bytes.AsSpan(0, length).ToArray();
    }

    /// <summary>Bytes to text: a byte-order mark first, then the declared charset, then a meta charset, then UTF-8.</summary>
    private static string Decode(ReadOnlySpan<byte> bytes, string? charset)
    {
        bytes = SkipByteOrderMark(bytes, out var marked);
        if (marked is not null)
        {
            return marked.GetString(bytes);
        }

        var encoding = EncodingOf(charset);
        if (encoding is null)
        {
            // A meta tag read as ASCII cannot truly be UTF-16 or UTF-32; browsers read such pages as UTF-8.
            encoding = EncodingOf(MetaCharset(bytes));
            if (encoding is UnicodeEncoding or UTF32Encoding)
            {
                encoding = null;
            }
        }

        return (encoding ?? Encoding.UTF8).GetString(bytes);
    }

    private static ReadOnlySpan<byte> SkipByteOrderMark(ReadOnlySpan<byte> bytes, out Encoding? encoding)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            encoding = Encoding.UTF8;
            return bytes[3..];
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            encoding = Encoding.Unicode;
            return bytes[2..];
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            encoding = Encoding.BigEndianUnicode;
            return bytes[2..];
        }

        encoding = null;
        return bytes;
    }

    /// <summary>The charset a &lt;meta&gt; tag declares in the first kilobyte, as browsers look for it.</summary>
    private static string? MetaCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 1024)]);
        var at = head.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var position = at + "charset".Length;
        while (position < head.Length && head[position] is ' ' or '=' or '"' or '\'' or '\\')
        {
            position++;
        }

        var start = position;
        while (position < head.Length && (char.IsAsciiLetterOrDigit(head[position]) || head[position] is '-' or '_' or '.' or ':'))
        {
            position++;
        }

        return position > start ? head[start..position] : null;
    }

    private static Encoding? EncodingOf(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return null;
        }

        try
        {
            return Encoding.GetEncoding(charset.Trim());
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            // Not built in (windows-1252, big5, gb2312 and the like): the code-page provider knows them.
        }

        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(charset.Trim());
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }
}
