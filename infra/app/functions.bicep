// The HSN Forms function app: the Flex Consumption host (core/host/flex-function.bicep) with every
// setting the code reads. Storage is reached with the user-assigned identity through service URIs
// (AzureWebJobsStorage__*), Application Insights with a Microsoft Entra token, and Microsoft Graph
// with the same identity (Graph__ManagedIdentityClientId). No setting holds a secret; the only way a
// secret gets near the app is a Key Vault reference, and only when graphClientSecretName is set.
metadata description = 'HSN Forms function app and its application settings.'

import { formReaderLimits, graphMailboxOptions, intakeOptions, storageNames } from 'types.bicep'

@description('Function app name.')
param name string

@description('Flex Consumption plan name.')
param planName string

@description('Azure region.')
param location string

@description('Tags.')
param tags object = {}

@description('Resource id of the user-assigned identity.')
param identityId string

@description('Client id of the user-assigned identity.')
param identityClientId string

@description('Storage account name.')
param storageAccountName string

@description('Deployment package container.')
param deploymentContainerName string

@description('Application Insights connection string (a locator, not a credential: local authentication is off).')
param applicationInsightsConnectionString string

@description('.NET version of the isolated worker.')
param runtimeVersion string

@description('Memory of each instance in MB.')
param instanceMemoryMB int

@description('Most instances.')
param maximumInstanceCount int

@description('The service-desk mailbox the app reads and answers (Graph__Mailbox).')
param serviceDeskMailbox string

@description('The service desk\'s hotline (ServiceDesk__Phone).')
param serviceDeskPhone string

@description('NCRONTAB schedule of PollMailbox, in UTC.')
param pollMailboxSchedule string

@description('NCRONTAB schedule of SendReminders, in UTC.')
param sendRemindersSchedule string

@description('Graph mailbox options.')
param graph graphMailboxOptions

@description('Intake and reminder options.')
param intake intakeOptions

@description('Table prefix and container names.')
param names storageNames

@description('Form reader limits.')
param formReader formReaderLimits

@description('Key Vault URI (ends with a slash).')
param keyVaultUri string

@description('Only for a tenant that cannot scope the managed identity: name of a Key Vault secret holding an app registration\'s client secret. Empty (the default) means the managed identity is used and no secret is referenced.')
param graphClientSecretName string = ''

@description('The app registration\'s client id, when graphClientSecretName is set.')
param graphAppClientId string = ''

resource storage 'Microsoft.Storage/storageAccounts@2026-09-01' existing = {
  name: storageAccountName
}

var useClientSecret = !empty(graphClientSecretName)

var hostSettings = {
  // Host and app storage through the managed identity (IntakeExtensions reads the same section).
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  AzureWebJobsStorage__blobServiceUri: storage.properties.primaryEndpoints.blob
  AzureWebJobsStorage__queueServiceUri: storage.properties.primaryEndpoints.queue
  AzureWebJobsStorage__tableServiceUri: storage.properties.primaryEndpoints.table
  // Telemetry with a Microsoft Entra token of the identity (Monitoring Metrics Publisher).
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
  // For any DefaultAzureCredential in the process: the one identity there is.
  AZURE_CLIENT_ID: identityClientId
}

var appOptions = {
  PollMailboxSchedule: pollMailboxSchedule
  SendRemindersSchedule: sendRemindersSchedule
  ReportContainer: names.reportContainer
  StorageOptions__TablePrefix: names.tablePrefix
  StorageOptions__MailContainer: names.mailContainer
  StorageOptions__AttachmentContainer: names.attachmentContainer
  StorageOptions__ReportContainer: names.reportContainer
  Graph__BaseUrl: graph.baseUrl
  Graph__Mailbox: serviceDeskMailbox
  // The desk as replies, reminders and blank forms name it: the same mailbox the app reads.
  ServiceDesk__Mailbox: serviceDeskMailbox
  ServiceDesk__Phone: serviceDeskPhone
  Graph__Folder: graph.folder
  Graph__ProcessedAction: graph.processedAction
  Graph__ProcessedCategory: graph.processedCategory
  Graph__ProcessedFolder: graph.processedFolder
  Graph__MaxConcurrentRequests: string(graph.maxConcurrentRequests)
  Graph__PageSize: string(graph.pageSize)
  Graph__BatchPartRetries: string(graph.batchPartRetries)
  Graph__RecoveryOverlapMinutes: string(graph.recoveryOverlapMinutes)
  Intake__SendAcknowledgements: string(intake.sendAcknowledgements)
  Intake__OpenCircularGraceDays: string(intake.openCircularGraceDays)
  Intake__WriteBatchSize: string(intake.writeBatchSize)
  Intake__SenderAuthentication: intake.senderAuthentication
  Intake__MaxAcknowledgementsPerAddressPerDay: string(intake.maxAcknowledgementsPerAddressPerDay)
  Intake__MaxMessageBytes: string(intake.maxMessageBytes)
  Intake__MaxAttempts: string(intake.maxAttempts)
  Reminders__MaxPerMinute: string(intake.remindersMaxPerMinute)
  Reminders__DigestTo: empty(intake.remindersDigestTo) ? serviceDeskMailbox : intake.remindersDigestTo
  FormReaderOptions__MaxFileBytes: string(formReader.maxFileBytes)
  FormReaderOptions__MaxInflatedBytes: string(formReader.maxInflatedBytes)
  FormReaderOptions__MaxCompressionRatio: string(formReader.maxCompressionRatio)
  FormReaderOptions__MaxXmlCharacters: string(formReader.maxXmlCharacters)
  FormReaderOptions__MaxPackageEntries: string(formReader.maxPackageEntries)
  FormReaderOptions__MaxCells: string(formReader.maxCells)
}

// In Azure, Graph tokens come from the managed identity. The app-registration settings exist for a
// tenant that cannot use Exchange RBAC for Applications with a managed identity: then the secret
// stays in Key Vault and the setting is only a reference the platform resolves with the identity.
var graphCredentialSettings = useClientSecret
  ? {
      Graph__TenantId: tenant().tenantId
      Graph__ClientId: graphAppClientId
      Graph__ClientSecret: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/${graphClientSecretName})'
    }
  : {
      Graph__ManagedIdentityClientId: identityClientId
    }

module host '../core/host/flex-function.bicep' = {
  name: 'flex-function'
  params: {
    name: name
    planName: planName
    location: location
    tags: tags
    serviceName: 'functions'
    identityId: identityId
    storageAccountName: storage.name
    deploymentContainerName: deploymentContainerName
    runtimeName: 'dotnet-isolated'
    runtimeVersion: runtimeVersion
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    appSettings: union(hostSettings, appOptions, graphCredentialSettings)
  }
}

output name string = host.outputs.name
output defaultHostName string = host.outputs.defaultHostName
output planName string = host.outputs.planName
