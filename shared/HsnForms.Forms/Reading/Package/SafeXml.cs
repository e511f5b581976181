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
        new DepthLimitedReader(XmlReader.Create(stream, settings), options.MaxXmlDepth);

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
