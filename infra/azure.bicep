// Azure resources for one Learning Loop environment, deployed by `arm/deploy` in teamsapp.yml:
// Cosmos DB (serverless, NoSQL), the API on Azure Functions Flex Consumption (Node 22, managed
// identity), its storage account, Application Insights, and a Static Web App for the tabs.
// The bot's registration is created by `botAadApp/create` and `botFramework/create` in
// teamsapp.yml, not here. Every output is persisted by the toolkit into env/.env.{env}.
// Reference for every setting: docs/deploy.md.

@description('Prefix of every resource name; letters and digits only.')
@minLength(3)
@maxLength(20)
param resourceBaseName string

@description('Region of everything but the Static Web App. It must offer Flex Consumption (az functionapp list-flexconsumption-locations).')
param location string = resourceGroup().location

@description('Static Web Apps exist in a few regions only; the tab content is static, so the region matters little.')
@allowed([
  'centralus'
  'eastus2'
  'eastasia'
  'westeurope'
  'westus2'
])
param staticWebAppLocation string = 'westeurope'

@allowed([
  'Free'
  'Standard'
])
param staticWebAppSku string = 'Free'

@description('Client id of the Entra app for Teams SSO and the on-behalf-of Graph calls.')
param aadAppClientId string

@description('Tenant the Entra app is registered in.')
param aadAppTenantId string

@description('Authority host of the Entra app, e.g. https://login.microsoftonline.com.')
param aadAppOauthAuthorityHost string

@secure()
@description('Client secret of the Entra app (on-behalf-of flow to Microsoft Graph).')
param aadAppClientSecret string

@description('Client id of the bot\'s Entra app.')
param botId string

@secure()
@description('Client secret of the bot\'s Entra app.')
param botPassword string

@description('Tenant the bot gets its tokens from: botframework.com for a multi-tenant bot app, else a tenant id.')
param botTenantId string

@description('The Teams app id (the manifest\'s id), for deep links and in-meeting notifications.')
param teamsAppId string

@secure()
@minLength(32)
@description('Key of the HMAC owner proofs of anonymous answers; must stay the same for the life of the data.')
param anonymitySecret string

@description('Comma-separated tenant ids served without a recorded bot installation; empty means the Entra app\'s tenant.')
param allowedTenants string = ''

@description('managedIdentity: local auth is disabled and the Function App\'s identity uses its data-plane role (the API uses DefaultAzureCredential when COSMOS_KEY is not set). key: the account key is handed to the API.')
@allowed([
  'key'
  'managedIdentity'
])
param cosmosAuth string = 'managedIdentity'

@description('Always-ready instances for the HTTP functions; 1 or more removes cold starts at a cost.')
@minValue(0)
param alwaysReadyHttpInstances int = 0

@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 100

@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

var name = toLower('${resourceBaseName}${uniqueString(resourceGroup().id, resourceBaseName)}')
var storageAccountName = take(replace(name, '-', ''), 24)
var deploymentContainerName = 'app-package'
var databaseName = 'learningloop'
var containerName = 'items'
var storageBlobDataOwnerRoleId = 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
var cosmosDataContributorRoleId = '00000000-0000-0000-0000-000000000002'

resource logAnalytics 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${name}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${name}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logAnalytics.id
  }
}

// Storage for the Functions runtime (AzureWebJobsStorage) and the Flex deployment package; reached
// with the app's managed identity only, so no account key is issued to anything.
resource storage 'Microsoft.Storage/storageAccounts@2024-01-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2024-01-01' = {
  parent: storage
  name: 'default'
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2024-01-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' = {
  name: name
  location: location
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [
      {
        locationName: location
        failoverPriority: 0
        isZoneRedundant: false
      }
    ]
    capabilities: [
      {
        name: 'EnableServerless'
      }
    ]
    consistencyPolicy: {
      defaultConsistencyLevel: 'Session'
    }
    minimalTlsVersion: 'Tls12'
    disableLocalAuth: cosmosAuth == 'managedIdentity'
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-11-15' = {
  parent: cosmos
  name: databaseName
  properties: {
    resource: {
      id: databaseName
    }
  }
}

// Same container as api/src/cosmos/container.ts creates locally: partition key /pk and the
// composite index of INDEXING_POLICY. defaultTtl -1 turns TTL on without expiring anything, so an
// item's own `ttl` is honoured; each scope's retention window is enforced by the API's purge job.
resource container 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-11-15' = {
  parent: database
  name: containerName
  properties: {
    resource: {
      id: containerName
      partitionKey: {
        paths: [
          '/pk'
        ]
        kind: 'Hash'
        version: 2
      }
      defaultTtl: -1
      indexingPolicy: {
        indexingMode: 'consistent'
        automatic: true
        includedPaths: [
          {
            path: '/*'
          }
        ]
        excludedPaths: [
          {
            path: '/"_etag"/?'
          }
        ]
        compositeIndexes: [
          [
            {
              path: '/roundAt'
              order: 'descending'
            }
            {
              path: '/roundId'
              order: 'descending'
            }
          ]
        ]
      }
    }
  }
}

resource staticWebApp 'Microsoft.Web/staticSites@2024-04-01' = {
  name: '${name}-tabs'
  location: staticWebAppLocation
  sku: {
    name: staticWebAppSku
    tier: staticWebAppSku
  }
  properties: {}
}

var tabOrigin = 'https://${staticWebApp.properties.defaultHostname}'

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${name}-plan'
  location: location
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

var baseAppSettings = [
  {
    name: 'AzureWebJobsStorage__accountName'
    value: storage.name
  }
  {
    name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
    value: appInsights.properties.ConnectionString
  }
  {
    name: 'AUTH_MODE'
    value: 'entra'
  }
  {
    name: 'COSMOS_ENDPOINT'
    value: cosmos.properties.documentEndpoint
  }
  {
    name: 'COSMOS_DATABASE'
    value: databaseName
  }
  {
    name: 'COSMOS_CONTAINER'
    value: containerName
  }
  {
    name: 'AAD_APP_CLIENT_ID'
    value: aadAppClientId
  }
  {
    name: 'AAD_APP_CLIENT_SECRET'
    value: aadAppClientSecret
  }
  {
    name: 'AAD_APP_TENANT_ID'
    value: aadAppTenantId
  }
  {
    name: 'AAD_APP_OAUTH_AUTHORITY_HOST'
    value: aadAppOauthAuthorityHost
  }
  {
    name: 'TAB_DOMAIN'
    value: staticWebApp.properties.defaultHostname
  }
  {
    name: 'TAB_ORIGIN'
    value: tabOrigin
  }
  {
    name: 'ALLOWED_TENANTS'
    value: empty(allowedTenants) ? aadAppTenantId : allowedTenants
  }
  {
    name: 'ANONYMITY_SECRET'
    value: anonymitySecret
  }
  {
    name: 'BOT_ID'
    value: botId
  }
  {
    name: 'BOT_PASSWORD'
    value: botPassword
  }
  {
    name: 'BOT_TENANT_ID'
    value: botTenantId
  }
  {
    name: 'TEAMS_APP_ID'
    value: teamsAppId
  }
]

// With cosmosAuth = 'managedIdentity' (the default) no key is handed out: the API uses its identity.
var cosmosKeySettings = cosmosAuth == 'key' ? [
  {
    name: 'COSMOS_KEY'
    value: cosmos.listKeys().primaryMasterKey
  }
] : []

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: '${name}-api'
  location: location
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      cors: {
        allowedOrigins: [
          tabOrigin
        ]
        supportCredentials: false
      }
      appSettings: concat(baseAppSettings, cosmosKeySettings)
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'SystemAssignedIdentity'
          }
        }
      }
      scaleAndConcurrency: {
        alwaysReady: alwaysReadyHttpInstances > 0 ? [
          {
            name: 'http'
            instanceCount: alwaysReadyHttpInstances
          }
        ] : []
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'node'
        version: '22'
      }
    }
  }
  dependsOn: [
    deploymentContainer
  ]
}

resource storageRoleAssignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, functionApp.id, storageBlobDataOwnerRoleId)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataOwnerRoleId)
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

// Cosmos DB Built-in Data Contributor for the Function App, scoped to the account: ready for
// cosmosAuth = 'managedIdentity', harmless while the key is used.
resource cosmosRoleAssignment 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-11-15' = {
  parent: cosmos
  name: guid(cosmos.id, functionApp.id, cosmosDataContributorRoleId)
  properties: {
    roleDefinitionId: '${cosmos.id}/sqlRoleDefinitions/${cosmosDataContributorRoleId}'
    principalId: functionApp.identity.principalId
    scope: cosmos.id
  }
}

// The output will be persisted in .env.{envName}. Visit https://aka.ms/teamsfx-actions/arm-deploy for more details.
output TAB_DOMAIN string = staticWebApp.properties.defaultHostname
output TAB_ENDPOINT string = tabOrigin
output AZURE_STATIC_WEB_APPS_RESOURCE_ID string = staticWebApp.id
output API_FUNCTION_ENDPOINT string = 'https://${functionApp.properties.defaultHostName}'
output API_FUNCTION_RESOURCE_ID string = functionApp.id
output API_FUNCTION_APP_NAME string = functionApp.name
output COSMOS_ENDPOINT string = cosmos.properties.documentEndpoint
