// Key Vault in RBAC mode. It starts empty: it is where an app registration's client certificate or
// secret goes for running outside Azure (or, when a parameter enables it, as a Key Vault reference in
// the function app's settings). The function app itself needs no secret: it uses its managed identity.
metadata description = 'Key Vault (Azure RBAC authorization, soft delete, optional purge protection).'

@description('Key Vault name (3-24 characters).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Tags for the vault.')
param tags object = {}

// Soft delete itself is always on (Azure no longer lets a new vault turn it off): a deleted vault keeps
// its name for softDeleteRetentionInDays, and the next deployment of the same name fails unless the
// vault is recovered first (scripts/preprovision.sh does) or purged (impossible with purge protection).
@description('Days a deleted vault and its secrets can be recovered (7-90). Fixed when the vault is created.')
@minValue(7)
@maxValue(90)
param softDeleteRetentionInDays int = 90

@description('Purge protection: a deleted vault and its secrets cannot be purged before the retention ends. Cannot be turned off again.')
param enablePurgeProtection bool = true

resource vault 'Microsoft.KeyVault/vaults@2026-05-15' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: softDeleteRetentionInDays
    enablePurgeProtection: enablePurgeProtection ? true : null
    enabledForDeployment: false
    enabledForDiskEncryption: false
    enabledForTemplateDeployment: false
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
  }
}

output id string = vault.id
output name string = vault.name
output uri string = vault.properties.vaultUri
