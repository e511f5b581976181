// The Event Grid system topic of the storage account. Flex Consumption runs blob triggers only with
// Event Grid as the source: BuildComplianceReport hears of a new reports/pending/*.json through this
// topic and its subscription (report-events-subscription.bicep). The topic's own identity writes
// undeliverable events to the dead-letter container.
metadata description = 'Event Grid system topic on the storage account.'

@description('System topic name.')
param name string

@description('Azure region (the storage account\'s).')
param location string

@description('Tags.')
param tags object = {}

@description('Storage account name (the source of the events).')
param storageAccountName string

resource storage 'Microsoft.Storage/storageAccounts@2026-09-01' existing = {
  name: storageAccountName
}

resource topic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: name
  location: location
  tags: tags
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    source: storage.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

output name string = topic.name
output principalId string = topic.identity.principalId
