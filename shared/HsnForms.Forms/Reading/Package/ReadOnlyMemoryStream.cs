namespace HsnForms.Forms.Reading;

/// <summary>
/// A seekable read-only stream over memory, so one buffered attachment serves both the guard and the SDK, and a small
/// part read whole lets an XmlReader size its buffers to it. Once disposed it reads nothing, so memory handed back to a
/// pool is never read again.
/// </summary>
internal class ReadOnlyMemoryStream(ReadOnlyMemory<byte> memory) : Stream
{
    private ReadOnlyMemory<byte> _memory = memory;
    private int _position;

    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => false;
    public override long Length => _memory.Length;

    public override long Position
    {
        get => _position;
        set => _position = (int)Math.Clamp(value, 0, _memory.Length);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var count = Math.Min(buffer.Length, _memory.Length - _position);
        if (count <= 0)
        {
            return 0;
        }

        _memory.Span.Slice(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => _memory.Length + offset,
        };
        return _position;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        _memory = ReadOnlyMemory<byte>.Empty;
        _position = 0;
        base.Dispose(disposing);
    }
}
