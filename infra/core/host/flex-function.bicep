// A Linux function app on a Flex Consumption plan that runs as a user-assigned managed identity only:
// no system identity, the deployment package read from a blob container with that identity, basic
// (publishing) authentication off. The caller passes every app setting; Flex takes the runtime from
// functionAppConfig, so FUNCTIONS_WORKER_RUNTIME and FUNCTIONS_EXTENSION_VERSION must not be set.
metadata description = 'Flex Consumption plan and function app with a user-assigned identity.'

@description('Function app name (also its host name).')
param name string

@description('Flex Consumption plan name.')
param planName string

@description('Azure region.')
param location string

@description('Tags for the plan and the app.')
param tags object = {}

@description('azd service name, written as the azd-service-name tag so azd deploy finds the app.')
param serviceName string

@description('Resource id of the user-assigned identity the app runs as.')
param identityId string

@description('Storage account that holds the deployment package container.')
param storageAccountName string

@description('Blob container for the deployment package (must exist).')
param deploymentContainerName string

@description('Worker runtime.')
@allowed([
  'dotnet-isolated'
])
param runtimeName string = 'dotnet-isolated'

@description('Runtime version (.NET major.minor for dotnet-isolated).')
@allowed([
  '8.0'
  '9.0'
  '10.0'
])
param runtimeVersion string

@description('Memory of each instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Most instances the app scales out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Application settings (names and values; no secrets, Key Vault references only).')
param appSettings object

resource storage 'Microsoft.Storage/storageAccounts@2026-09-01' existing = {
  name: storageAccountName
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Key Vault references in app settings resolve with this identity (there is no system identity).
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      runtime: {
        name: runtimeName
        version: runtimeVersion
      }
    }
  }
}

resource settings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: site
  name: 'appsettings'
  properties: appSettings
}

// Deployment goes through Microsoft Entra ID (azd, func, az); no FTP or SCM user name and password.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

output id string = site.id
output name string = site.name
output defaultHostName string = site.properties.defaultHostName
output planName string = plan.name
