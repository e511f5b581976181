// HSN Forms in Azure: one resource group with the Flex Consumption function app, its user-assigned
// identity, storage, monitoring, Key Vault and the Event Grid wiring of the report trigger.
// 'azd up' deploys it (azure.yaml); docs/deploy.md walks through it and the mailbox step after it.
targetScope = 'subscription'

import { formReaderLimits, graphMailboxOptions, intakeOptions, storageNames } from 'app/types.bicep'

// ---- Environment -------------------------------------------------------------------------------

@minLength(1)
@maxLength(64)
@description('azd environment name; names the resource group and seeds the unique token in every resource name.')
param environmentName string

@minLength(1)
@description('Azure region for every resource (one where Flex Consumption offers .NET 10; eastasia is closest to Hong Kong).')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Resource group name; empty means rg-<environmentName>.')
param resourceGroupName string = ''

@description('Object id of the person running azd (azd fills AZURE_PRINCIPAL_ID). Used only when grantDeployerAccess is true.')
param principalId string = ''

@description('Give the person running azd data access to the tables and blobs, Log Analytics Reader and Key Vault Secrets Officer (for the first run checks and the runbook).')
param grantDeployerAccess bool = false

@description('Object id of an Entra group of service-desk engineers: Table and Blob Data Contributor on the storage account and Log Analytics Reader (see docs/operations.md).')
param operatorGroupObjectId string = ''

// ---- The web desk ------------------------------------------------------------------------------

@description('Application (client) id of the web desk\'s Entra app registration with the Desk.Read and Desk.Write app roles (scripts/preprovision makes it and sets DESK_CLIENT_ID). Empty: no sign-in is set up and the desk refuses every request.')
param deskClientId string = ''

// ---- Hosting -----------------------------------------------------------------------------------

@description('.NET version of the isolated worker on Flex Consumption (8.0, 9.0 and 10.0 are offered; the app targets net10.0).')
@allowed([
  '8.0'
  '9.0'
  '10.0'
])
param functionsRuntimeVersion string = '10.0'

@description('Memory of each Flex Consumption instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Most instances. The timers run on one instance at a time whatever this is; only report rebuilds scale out.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Storage replication.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSkuName string = 'Standard_ZRS'

@description('Days Log Analytics keeps the logs.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 90

@description('Key Vault purge protection (cannot be turned off once on). While on, a vault left soft-deleted by \'azd down\' cannot be purged: the next \'azd up\' of the environment recovers it (scripts/preprovision.sh). See docs/deploy.md.')
param keyVaultPurgeProtection bool = true

@description('Days a deleted Key Vault stays recoverable, 7 to 90 (soft delete is always on; the days are fixed when the vault is created).')
@minValue(7)
@maxValue(90)
param keyVaultSoftDeleteRetentionInDays int = 90

// ---- The app -----------------------------------------------------------------------------------

@description('The service-desk mailbox the app reads, marks, replies from and sends reminders from; also the return address printed on the blank forms.')
param serviceDeskMailbox string = 'hsservicedesk@hkex.com.hk'

@description('The service desk\'s hotline, as replies, reminders and blank forms print it (ServiceDesk__Phone).')
param serviceDeskPhone string = '(852) 2211 6080'

@description('PollMailbox timer, NCRONTAB with seconds, in UTC.')
param pollMailboxSchedule string = '0 */5 * * * *'

@description('SendReminders timer, NCRONTAB with seconds, in UTC (hourly catches the 09:00 HKT slots).')
param sendRemindersSchedule string = '0 5 * * * *'

@description('How intake reads and marks the mailbox in Microsoft Graph.')
param graph graphMailboxOptions = {
  baseUrl: 'https://graph.microsoft.com/v1.0'
  folder: 'inbox'
  processedAction: 'category'
  processedCategory: 'HSN Forms: recorded'
  processedFolder: 'HSN Forms processed'
  maxConcurrentRequests: 4
  pageSize: 50
  batchPartRetries: 5
  recoveryOverlapMinutes: 60
}

@description('Acknowledgements, the open-circular grace period and reminders.')
param intake intakeOptions = {
  sendAcknowledgements: true
  openCircularGraceDays: 60
  writeBatchSize: 20
  senderAuthentication: 'require'
  maxAcknowledgementsPerAddressPerDay: 10
  maxMessageBytes: 36700160
  maxAttempts: 3
  remindersMaxPerMinute: 30
  remindersDigestTo: ''
}

@description('Table prefix and container names.')
param names storageNames = {
  tablePrefix: 'hsn'
  mailContainer: 'mail'
  attachmentContainer: 'attachments'
  reportContainer: 'reports'
}

@description('Limits on one attachment (FormReaderOptions); the defaults are the code\'s.')
param formReader formReaderLimits = {
  maxFileBytes: 20971520
  maxInflatedBytes: 67108864
  maxCompressionRatio: 200
  maxXmlCharacters: 33554432
  maxPackageEntries: 2000
  maxCells: 200000
}

@description('Create the Event Grid subscription of the report trigger. Leave false for the first provision: scripts/postdeploy.sh creates it once the code is deployed and sets it true.')
param reportEventsSubscription bool = false

@description('Only for a tenant that cannot scope the managed identity: the Key Vault secret name of an app registration\'s client secret, referenced from Graph__ClientSecret. Empty: the managed identity, no secret.')
param graphClientSecretName string = ''

@description('The app registration\'s client id, with graphClientSecretName.')
param graphAppClientId string = ''

// ---- Names -------------------------------------------------------------------------------------

var abbrs = loadJsonContent('abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
  application: 'hsn-forms'
}
var functionAppName = '${abbrs.webSitesFunctions}${resourceToken}'
var planName = '${abbrs.webServerFarms}${resourceToken}'
var identityName = '${abbrs.managedIdentityUserAssignedIdentities}functions-${resourceToken}'
var storageAccountName = '${abbrs.storageStorageAccounts}${resourceToken}'
var logAnalyticsName = '${abbrs.operationalInsightsWorkspaces}${resourceToken}'
var applicationInsightsName = '${abbrs.insightsComponents}${resourceToken}'
var keyVaultName = '${abbrs.keyVaultVaults}${resourceToken}'
var deploymentContainerName = 'app-package-${take(functionAppName, 32)}-${take(resourceToken, 7)}'
var deadLetterContainerName = 'eventgrid-deadletter'
var systemTopicName = '${abbrs.eventGridSystemTopics}${resourceToken}'
var reportSubscriptionName = '${abbrs.eventGridEventSubscriptions}report-trigger'
var tableNames = [
  'circulars'
  'subscribers'
  'senders'
  'submissions'
  'review'
  'processedmessages'
  'mailboxsync'
  'reminders'
]

resource rg 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: !empty(resourceGroupName) ? resourceGroupName : '${abbrs.resourcesResourceGroups}${environmentName}'
  location: location
  tags: tags
}

// ---- Resources ---------------------------------------------------------------------------------

module identity 'core/identity/user-assigned-identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: identityName
    location: location
    tags: tags
  }
}

module storage 'core/storage/storage-account.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: storageAccountName
    location: location
    tags: tags
    skuName: storageSkuName
    containers: [
      deploymentContainerName
      names.mailContainer
      names.attachmentContainer
      names.reportContainer
      deadLetterContainerName
    ]
    tables: [for table in tableNames: '${names.tablePrefix}${table}']
  }
}

module monitoring 'core/monitor/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: logAnalyticsName
    applicationInsightsName: applicationInsightsName
    location: location
    tags: tags
    retentionInDays: logRetentionInDays
  }
}

module keyVault 'core/security/key-vault.bicep' = {
  name: 'key-vault'
  scope: rg
  params: {
    name: keyVaultName
    location: location
    tags: tags
    enablePurgeProtection: keyVaultPurgeProtection
    softDeleteRetentionInDays: keyVaultSoftDeleteRetentionInDays
  }
}

// Names below are passed as the variables they are (not as module outputs) so that what-if can
// predict every resource; dependsOn keeps the order.
module reportEventsTopic 'app/report-events-topic.bicep' = {
  name: 'report-events-topic'
  scope: rg
  dependsOn: [
    storage
  ]
  params: {
    name: systemTopicName
    location: location
    tags: tags
    storageAccountName: storageAccountName
  }
}

module rbac 'app/rbac.bicep' = {
  name: 'rbac'
  scope: rg
  dependsOn: [
    identity
    storage
    monitoring
    keyVault
    reportEventsTopic
  ]
  params: {
    storageAccountName: storageAccountName
    deadLetterContainerName: deadLetterContainerName
    applicationInsightsName: applicationInsightsName
    logAnalyticsName: logAnalyticsName
    keyVaultName: keyVaultName
    identityName: identityName
    eventGridTopicName: systemTopicName
    deployerPrincipalId: principalId
    grantDeployerAccess: grantDeployerAccess
    operatorGroupObjectId: operatorGroupObjectId
  }
}

module functions 'app/functions.bicep' = {
  name: 'functions'
  scope: rg
  // The identity must hold its storage roles before the app starts and reads its package.
  dependsOn: [
    rbac
  ]
  params: {
    name: functionAppName
    planName: planName
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storageAccountName
    deploymentContainerName: deploymentContainerName
    applicationInsightsConnectionString: monitoring.outputs.applicationInsightsConnectionString
    runtimeVersion: functionsRuntimeVersion
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    serviceDeskMailbox: serviceDeskMailbox
    serviceDeskPhone: serviceDeskPhone
    pollMailboxSchedule: pollMailboxSchedule
    sendRemindersSchedule: sendRemindersSchedule
    graph: graph
    intake: intake
    names: names
    formReader: formReader
    keyVaultUri: keyVault.outputs.uri
    graphClientSecretName: graphClientSecretName
    graphAppClientId: graphAppClientId
  }
}

module reportTriggerSubscription 'app/report-events-subscription.bicep' = if (reportEventsSubscription) {
  name: 'report-events-subscription'
  scope: rg
  // The topic's identity must be able to write dead letters, and the app must exist.
  dependsOn: [
    rbac
    functions
  ]
  params: {
    systemTopicName: systemTopicName
    name: reportSubscriptionName
    functionAppName: functionAppName
    functionName: 'BuildComplianceReport'
    reportContainerName: names.reportContainer
    storageAccountName: storageAccountName
    deadLetterContainerName: deadLetterContainerName
  }
}

// ---- Outputs (azd writes them into the environment; the hooks and docs use them) ---------------

// The web desk's sign-in (App Service Authentication, Microsoft Entra ID), once its app registration exists.
module deskAuth 'app/desk-auth.bicep' = if (!empty(deskClientId)) {
  name: 'desk-auth'
  scope: rg
  dependsOn: [
    functions
  ]
  params: {
    functionAppName: functionAppName
    clientId: deskClientId
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = functions.outputs.name
output AZURE_FUNCTION_APP_HOSTNAME string = functions.outputs.defaultHostName
output DESK_URL string = 'https://${functions.outputs.defaultHostName}/desk/'

output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_STORAGE_BLOB_ENDPOINT string = storage.outputs.blobEndpoint
output AZURE_STORAGE_TABLE_ENDPOINT string = storage.outputs.tableEndpoint
output AZURE_STORAGE_QUEUE_ENDPOINT string = storage.outputs.queueEndpoint
output AZURE_USER_ASSIGNED_IDENTITY_NAME string = identity.outputs.name
output AZURE_USER_ASSIGNED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
output AZURE_USER_ASSIGNED_IDENTITY_PRINCIPAL_ID string = identity.outputs.principalId
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_KEY_VAULT_ENDPOINT string = keyVault.outputs.uri
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.applicationInsightsName
output AZURE_LOG_ANALYTICS_WORKSPACE_NAME string = monitoring.outputs.logAnalyticsName
output AZURE_LOG_ANALYTICS_WORKSPACE_ID string = monitoring.outputs.logAnalyticsCustomerId
output SERVICE_DESK_MAILBOX string = serviceDeskMailbox
output STORAGE_TABLE_PREFIX string = names.tablePrefix
output REPORT_CONTAINER_NAME string = names.reportContainer
output REPORT_EVENTS_SYSTEM_TOPIC_NAME string = reportEventsTopic.outputs.name
output REPORT_EVENTS_SUBSCRIPTION_NAME string = reportSubscriptionName
output REPORT_EVENTS_DEAD_LETTER_CONTAINER string = deadLetterContainerName
