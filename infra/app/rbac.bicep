// Who may do what, each at the narrowest scope that works. The function app's identity gets exactly
// what the host and the code use; people get data-plane roles only when a parameter names them.
metadata description = 'Role assignments for the function app identity, the Event Grid topic and (optionally) people.'

@description('Storage account name.')
param storageAccountName string

@description('Container Event Grid writes undeliverable events to.')
param deadLetterContainerName string

@description('Application Insights name.')
param applicationInsightsName string

@description('Log Analytics workspace name.')
param logAnalyticsName string

@description('Key Vault name.')
param keyVaultName string

@description('Name of the function app\'s user-assigned identity.')
param identityName string

@description('Name of the Event Grid system topic (its identity dead-letters).')
param eventGridTopicName string

@description('Object id of the person running azd (AZURE_PRINCIPAL_ID).')
param deployerPrincipalId string = ''

@description('Give the person running azd the operator roles below plus Key Vault Secrets Officer.')
param grantDeployerAccess bool = false

@description('Object id of an Entra group of service-desk engineers who import circulars and read reports and logs.')
param operatorGroupObjectId string = ''

// Built-in role definition ids.
var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  keyVaultSecretsOfficer: 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'
  logAnalyticsReader: '73c42c96-874c-492b-b04d-ab87d138a893'
}

resource storage 'Microsoft.Storage/storageAccounts@2026-09-01' existing = {
  name: storageAccountName

  resource blobService 'blobServices' existing = {
    name: 'default'

    resource deadLetter 'containers' existing = {
      name: deadLetterContainerName
    }
  }
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource workspace 'Microsoft.OperationalInsights/workspaces@2026-03-01' existing = {
  name: logAnalyticsName
}

resource vault 'Microsoft.KeyVault/vaults@2026-05-15' existing = {
  name: keyVaultName
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: identityName
}

resource topic 'Microsoft.EventGrid/systemTopics@2025-02-15' existing = {
  name: eventGridTopicName
}

var identityPrincipalId = identity.properties.principalId

// --- The function app's identity -------------------------------------------------------------

// Host storage needs blob leases (timer singletons, the blob trigger's receipts) and container
// creation; the app writes the mail archive, attachments and reports and creates containers.
resource identityBlobOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, roles.storageBlobDataOwner)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataOwner)
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// The blob trigger's poison queue (webjobs-blobtrigger-poison) and the host's internal queues.
resource identityQueueContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, roles.storageQueueDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageQueueDataContributor)
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// The app's records: circulars, subscribers, submissions, review, the ledger, sync state, reminders.
resource identityTableContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, roles.storageTableDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageTableDataContributor)
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// Telemetry to an Application Insights resource that refuses the instrumentation key alone.
resource identityMetricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(applicationInsights.id, identity.id, roles.monitoringMetricsPublisher)
  scope: applicationInsights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.monitoringMetricsPublisher)
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// Reads a secret only if a Key Vault reference is configured (graphClientSecretName).
resource identitySecretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identity.id, roles.keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsUser)
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// --- Event Grid --------------------------------------------------------------------------------

// The system topic writes events it could not deliver to one container, nowhere else.
resource topicDeadLetterWriter 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage::blobService::deadLetter.id, topic.id, roles.storageBlobDataContributor)
  scope: storage::blobService::deadLetter
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataContributor)
    principalId: topic.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

// --- People (optional) -------------------------------------------------------------------------

var people = concat(
  grantDeployerAccess && !empty(deployerPrincipalId) ? [{ id: deployerPrincipalId, type: 'User' }] : [],
  !empty(operatorGroupObjectId) ? [{ id: operatorGroupObjectId, type: 'Group' }] : []
)

// hsnforms circular import / subscribers import / report from a workstation (az login).
resource peopleTables 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for person in people: {
    name: guid(storage.id, person.id, roles.storageTableDataContributor)
    scope: storage
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageTableDataContributor)
      principalId: person.id
      principalType: person.type
    }
  }
]

// Reports, originals in mail/attachments, and writing a report's trigger blob.
resource peopleBlobs 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for person in people: {
    name: guid(storage.id, person.id, roles.storageBlobDataContributor)
    scope: storage
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataContributor)
      principalId: person.id
      principalType: person.type
    }
  }
]

// The runbook's KQL queries.
resource peopleLogs 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for person in people: {
    name: guid(workspace.id, person.id, roles.logAnalyticsReader)
    scope: workspace
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.logAnalyticsReader)
      principalId: person.id
      principalType: person.type
    }
  }
]

// Only the deployer: upload or rotate the optional app-registration certificate or secret.
resource deployerSecretsOfficer 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (grantDeployerAccess && !empty(deployerPrincipalId)) {
  name: guid(vault.id, deployerPrincipalId, roles.keyVaultSecretsOfficer)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsOfficer)
    principalId: deployerPrincipalId
    principalType: 'User'
  }
}
