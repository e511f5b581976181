using System.Xml.Linq;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace HsnForms.Desk.Security;

/// <summary>
/// The anti-forgery (data protection) keys in a blob container, so every instance of the function app
/// checks the tokens any other one issued. Keys are only added; data protection retires old ones itself.
/// </summary>
internal sealed class BlobKeyRepository(BlobServiceClient blobs, string containerName) : IXmlRepository
{
    private BlobContainerClient Container()
    {
        var container = blobs.GetBlobContainerClient(containerName);
        container.CreateIfNotExists();
        return container;
    }

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        var container = Container();
        var elements = new List<XElement>();
        foreach (var blob in container.GetBlobs())
        {
            var content = container.GetBlobClient(blob.Name).DownloadContent().Value.Content;
            elements.Add(XElement.Parse(content.ToString()));
        }

        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        var name = new string([.. friendlyName.Where(c => char.IsAsciiLetterOrDigit(c) || c == '-')]);
        Container().GetBlobClient($"key-{(name.Length == 0 ? Guid.NewGuid().ToString("N") : name)}.xml")
            .Upload(BinaryData.FromString(element.ToString(SaveOptions.DisableFormatting)), overwrite: true);
    }
}
