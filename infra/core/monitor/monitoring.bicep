// Log Analytics and a workspace-based Application Insights that accepts telemetry only with a
// Microsoft Entra token (local authentication off): the connection string alone cannot write to it.
metadata description = 'Log Analytics workspace and Application Insights with local authentication disabled.'

@description('Log Analytics workspace name.')
param logAnalyticsName string

@description('Application Insights name.')
param applicationInsightsName string

@description('Azure region.')
param location string

@description('Tags for both resources.')
param tags object = {}

@description('Days the workspace keeps logs.')
@minValue(30)
@maxValue(730)
param retentionInDays int = 90

resource workspace 'Microsoft.OperationalInsights/workspaces@2026-03-01' = {
  name: logAnalyticsName
  location: location
  tags: tags
  properties: {
    retentionInDays: retentionInDays
    sku: {
      name: 'PerGB2018'
    }
    features: {
      disableLocalAuth: true
      enableLogAccessUsingOnlyResourcePermissions: true
    }
  }
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: applicationInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    DisableLocalAuth: true
    IngestionMode: 'LogAnalytics'
    WorkspaceResourceId: workspace.id
  }
}

output applicationInsightsName string = applicationInsights.name
output applicationInsightsId string = applicationInsights.id
@description('Where telemetry goes (not a credential: local authentication is off, so a token is required).')
output applicationInsightsConnectionString string = applicationInsights.properties.ConnectionString
output logAnalyticsName string = workspace.name
output logAnalyticsId string = workspace.id
@description('The workspace id az monitor log-analytics query takes.')
output logAnalyticsCustomerId string = workspace.properties.customerId
