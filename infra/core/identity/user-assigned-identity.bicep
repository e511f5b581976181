// The one identity the function app runs as: storage, Application Insights, Key Vault and (through
// Exchange Online RBAC for Applications, set up after provisioning) the service-desk mailbox.
metadata description = 'User-assigned managed identity.'

@description('Name of the identity.')
param name string

@description('Azure region.')
param location string

@description('Tags for the identity.')
param tags object = {}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output name string = identity.name
output clientId string = identity.properties.clientId
@description('Object id of the identity\'s service principal in Microsoft Entra ID (what Exchange Online calls its ObjectId).')
output principalId string = identity.properties.principalId
