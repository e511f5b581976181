using System.Xml;

namespace HsnForms.Forms.Reading;

/// <summary>
/// XML from subscriber files: no DTDs (no entity expansion), no resolver, bounded size, bounded depth.
/// </summary>
internal static class SafeXml
{
    public static XmlReaderSettings Settings(FormReaderOptions options) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = options.MaxXmlCharacters,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
        CloseInput = true,
    };

    /// <summary>A reader of a part that refuses the file as too large once elements nest deeper than any form's.</summary>
    public static XmlReader Create(Stream stream, XmlReaderSettings settings, FormReaderOptions options) =>
        new DepthLimitedReader(CreateSized(stream, settings), options.MaxXmlDepth);

    /// <summary>The largest part read whole before it is parsed: what an XmlReader buffers by default.</summary>
    private const int SmallPart = 4096;

    /// <summary>
    /// An XmlReader over an inflating part, with buffers sized to the part when the part is small. Over a
    /// stream of unknown length an XmlReader takes 4 KB of bytes and 8 KB of characters, whatever the
    /// part's size; most parts of a form (content types, relationships, headers, a workbook's list of
    /// sheets) are a few hundred bytes. Such a part is read into a pooled buffer first, which the reader
    /// then sees as a seekable stream of its true length. A larger part is read as it streams.
    /// </summary>
    public static XmlReader CreateSized(Stream stream, XmlReaderSettings settings)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(SmallPart);
        var length = 0;
        try
        {
            int read;
            while (length < SmallPart && (read = stream.Read(buffer, length, SmallPart - length)) > 0)
            {
                length += read;
            }
        }
        catch
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            stream.Dispose();
            throw;
        }

        if (length < SmallPart)
        {
            stream.Dispose();
            return XmlReader.Create(new PooledPart(buffer, length), settings);
        }

        return XmlReader.Create(new PrefixedStream(buffer, length, stream), settings);
    }

    /// <summary>A whole small part in a pooled buffer, seekable so that a reader sizes its buffers to it; the buffer goes back to the pool when the reader closes it.</summary>
    private sealed class PooledPart(byte[] buffer, int length) : ReadOnlyMemoryStream(buffer.AsMemory(0, length))
    {
        private byte[]? _pooled = buffer;

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing && _pooled is { } pooled)
            {
                _pooled = null;
                System.Buffers.ArrayPool<byte>.Shared.Return(pooled);
            }
        }
    }

    /// <summary>The first bytes of a large part, already read into a pooled buffer, then the rest of it as it streams.</summary>
    private sealed class PrefixedStream(byte[] prefix, int length, Stream rest) : Stream
    {
        private byte[]? _prefix = prefix;
        private int _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> destination)
        {
            if (_prefix is { } prefix && _position < length)
            {
                var count = Math.Min(destination.Length, length - _position);
                prefix.AsSpan(_position, count).CopyTo(destination);
                _position += count;
                return count;
            }

            return rest.Read(destination);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                if (_prefix is { } pooled)
                {
                    _prefix = null;
                    System.Buffers.ArrayPool<byte>.Shared.Return(pooled);
                }

                rest.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    /// <summary>
    /// Nesting costs more than its bytes: a reader that keeps what encloses each element (tables within
    /// tables, controls within controls) does work for every level at every level. A part of a few hundred
    /// kilobytes, compressing too poorly for the ratio guard, can nest sixty thousand tables deep.
    /// </summary>
    private sealed class DepthLimitedReader(XmlReader inner, int maxDepth) : XmlReader
    {
        public override bool Read()
        {
            var read = inner.Read();
            if (read && inner.Depth > maxDepth)
            {
                throw new FormLimitExceededException($"A part of the document nests more than {maxDepth} levels deep, far beyond any form.");
            }

            return read;
        }

        public override int AttributeCount => inner.AttributeCount;
        public override string BaseURI => inner.BaseURI;
        public override int Depth => inner.Depth;
        public override bool EOF => inner.EOF;
        public override bool IsEmptyElement => inner.IsEmptyElement;
        public override string LocalName => inner.LocalName;
        public override string Name => inner.Name;
        public override string NamespaceURI => inner.NamespaceURI;
        public override XmlNameTable NameTable => inner.NameTable;
        public override XmlNodeType NodeType => inner.NodeType;
        public override string Prefix => inner.Prefix;
        public override ReadState ReadState => inner.ReadState;
        public override string Value => inner.Value;
        public override bool HasValue => inner.HasValue;
        public override string GetAttribute(int i) => inner.GetAttribute(i);
        public override string? GetAttribute(string name) => inner.GetAttribute(name);
        public override string? GetAttribute(string name, string? namespaceURI) => inner.GetAttribute(name, namespaceURI);
        public override string? LookupNamespace(string prefix) => inner.LookupNamespace(prefix);
        public override bool MoveToAttribute(string name) => inner.MoveToAttribute(name);
        public override bool MoveToAttribute(string name, string? ns) => inner.MoveToAttribute(name, ns);
        public override void MoveToAttribute(int i) => inner.MoveToAttribute(i);
        public override bool MoveToElement() => inner.MoveToElement();
        public override bool MoveToFirstAttribute() => inner.MoveToFirstAttribute();
        public override bool MoveToNextAttribute() => inner.MoveToNextAttribute();
        public override bool ReadAttributeValue() => inner.ReadAttributeValue();
        public override void ResolveEntity() => inner.ResolveEntity();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
