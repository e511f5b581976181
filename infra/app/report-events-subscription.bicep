// Event Grid subscription: a blob created under <reports>/pending/ in the storage account is delivered
// to the blob extension's webhook of BuildComplianceReport on the function app.
//
// The webhook's key (the host's blobs_extension system key) only exists once the app's code, with its
// Event Grid blob trigger, is deployed and running, and Event Grid checks the endpoint when the
// subscription is made. So this cannot be part of the first 'azd provision': scripts/postdeploy.sh
// deploys this file on its own after the first 'azd deploy' and then sets
// REPORT_EVENTS_SUBSCRIPTION=true, after which main.bicep includes it on every provision.
// The key is read at deployment time (listKeys); it is never a parameter, an output or a file.
metadata description = 'Event Grid subscription from reports/pending/ to the BuildComplianceReport blob trigger.'

@description('Event Grid system topic of the storage account.')
param systemTopicName string

@description('Subscription name.')
param name string = 'report-trigger'

@description('Function app name.')
param functionAppName string

@description('Function with the Event Grid blob trigger.')
param functionName string = 'BuildComplianceReport'

@description('Container of the report trigger blobs (the ReportContainer setting).')
param reportContainerName string

@description('Storage account name (for dead-lettering).')
param storageAccountName string

@description('Container undeliverable events go to.')
param deadLetterContainerName string

@description('Delivery attempts before an event is dead-lettered.')
@minValue(1)
@maxValue(30)
param maxDeliveryAttempts int = 30

@description('Minutes Event Grid keeps trying one event.')
@minValue(1)
@maxValue(1440)
param eventTimeToLiveInMinutes int = 1440

resource topic 'Microsoft.EventGrid/systemTopics@2025-02-15' existing = {
  name: systemTopicName
}

resource storage 'Microsoft.Storage/storageAccounts@2026-09-01' existing = {
  name: storageAccountName
}

resource site 'Microsoft.Web/sites@2025-03-01' existing = {
  name: functionAppName
}

// Microsoft.Web/sites/host has no type definitions in Bicep, so its keys are listed by resource id.
var blobExtensionKey = listKeys('${site.id}/host/default', '2025-03-01').systemKeys.blobs_extension
var webhookUrl = 'https://${site.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${functionName}&code=${blobExtensionKey}'

resource subscription 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = {
  parent: topic
  name: name
  properties: {
    eventDeliverySchema: 'EventGridSchema'
    destination: {
      endpointType: 'WebHook'
      properties: {
        endpointUrl: webhookUrl
        maxEventsPerBatch: 1
        preferredBatchSizeInKilobytes: 64
      }
    }
    filter: {
      includedEventTypes: [
        'Microsoft.Storage.BlobCreated'
      ]
      subjectBeginsWith: '/blobServices/default/containers/${reportContainerName}/blobs/pending/'
      subjectEndsWith: '.json'
    }
    retryPolicy: {
      maxDeliveryAttempts: maxDeliveryAttempts
      eventTimeToLiveInMinutes: eventTimeToLiveInMinutes
    }
    deadLetterWithResourceIdentity: {
      identity: {
        type: 'SystemAssigned'
      }
      deadLetterDestination: {
        endpointType: 'StorageBlob'
        properties: {
          resourceId: storage.id
          blobContainerName: deadLetterContainerName
        }
      }
    }
  }
}

output name string = subscription.name
