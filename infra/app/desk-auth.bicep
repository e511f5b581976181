// The web desk's sign-in: App Service Authentication with Microsoft Entra ID in front of the function
// app. Everyone must sign in (the app itself then checks the Desk.Read / Desk.Write app roles on every
// request); only the Event Grid webhook of the report trigger stays outside, as it carries its own key.
// The app registration and its two app roles are made by scripts/preprovision (az ad app), which sets
// DESK_CLIENT_ID; its redirect URI is added by scripts/postprovision once the host name is known.

@description('The function app.')
param functionAppName string

@description('Application (client) id of the web desk\'s Entra app registration.')
param clientId string

@description('Entra tenant of the app registration.')
param tenantId string = tenant().tenantId

resource site 'Microsoft.Web/sites@2025-03-01' existing = {
  name: functionAppName
}

resource auth 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: site
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
    }
    globalValidation: {
      requireAuthentication: true
      unauthenticatedClientAction: 'RedirectToLoginPage'
      redirectToProvider: 'azureactivedirectory'
      // Event Grid delivers "report trigger blob created" here with the blob extension's own key.
      excludedPaths: [
        '/runtime/webhooks/blobs'
      ]
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: clientId
          openIdIssuer: '${environment().authentication.loginEndpoint}${tenantId}/v2.0'
        }
        validation: {
          allowedAudiences: [
            clientId
            'api://${clientId}'
          ]
        }
        // Sign-in by ID token (no client secret anywhere); the app roles arrive as its "roles" claim.
        login: {
          disableWWWAuthenticate: false
        }
      }
    }
    login: {
      tokenStore: {
        enabled: false
      }
      preserveUrlFragmentsForLogins: true
    }
    httpSettings: {
      requireHttps: true
      forwardProxy: {
        convention: 'NoProxy'
      }
    }
  }
}

output loginCallback string = 'https://${site.properties.defaultHostName}/.auth/login/aad/callback'
