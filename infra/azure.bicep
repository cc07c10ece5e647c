// Azure resources for one Learning Loop environment, deployed by `arm/deploy` in teamsapp.yml:
// Cosmos DB (serverless, NoSQL), the API on Azure Functions Flex Consumption (Node 22), the API's
// user-assigned managed identity, a Key Vault for its secrets, the Azure Bot registration (signed in
// as that identity: no bot password exists), its storage account, Application Insights, and a Static
// Web App for the tabs. Every output is persisted by the toolkit into env/.env.{env}.
// Reference for every setting: docs/deploy.md; secrets and their rotation: docs/deploy.md, "Secrets
// and rotation".

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

@description('Display name of the bot in the Azure Bot registration.')
@maxLength(42)
param botDisplayName string = 'Learning Loop'

@description('Pricing tier of the Azure Bot registration; the Teams channel is free on F0.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('The Teams app id (the manifest\'s id), for deep links and in-meeting notifications.')
param teamsAppId string

@secure()
@minLength(32)
@description('Key of the HMAC owner proofs of anonymous answers; must stay the same for the life of the data.')
param anonymitySecret string

@description('Comma-separated tenant ids served without a recorded bot installation; empty means the Entra app\'s tenant.')
param allowedTenants string = ''

@description('managedIdentity: local auth is disabled and the API signs in with its user-assigned identity (ManagedIdentityCredential, AZURE_CLIENT_ID) and its data-plane role. key: the account key is handed to the API through Key Vault.')
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

@description('Purge protection keeps a deleted vault and its secrets (the anonymity key among them) recoverable for the retention period; it cannot be switched off again once on.')
param keyVaultPurgeProtection bool = true

@description('Deploy an Azure OpenAI model for the AI partner (docs/ai.md). Off by default; each team owner still switches AI on for their team.')
param aiDeploy bool = false

@description('The Azure OpenAI model and version deployed when aiDeploy is true.')
param aiModelName string = 'gpt-4o-mini'
param aiModelVersion string = '2024-07-18'

@description('Tokens-per-minute capacity of the model deployment, in thousands.')
param aiCapacity int = 10

@description('Calls to the model per team or chat per UTC day (AI_DAILY_BUDGET).')
param aiDailyBudget int = 50

var name = toLower('${resourceBaseName}${uniqueString(resourceGroup().id, resourceBaseName)}')
var storageAccountName = take(replace(name, '-', ''), 24)
var deploymentContainerName = 'app-package'
var databaseName = 'learningloop'
var containerName = 'items'
var keyVaultName = '${take(storageAccountName, 22)}kv'
var storageBlobDataOwnerRoleId = 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'
var cognitiveServicesOpenAiUserRoleId = '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd'
var aiDeploymentName = 'learning-loop'
var cosmosDataContributorRoleId = '00000000-0000-0000-0000-000000000002'

// The API's one identity: it reads the Key Vault references of the app settings, signs in to
// Cosmos DB and storage, and is the bot's identity towards the Bot Framework (msaAppType
// UserAssignedMSI), so BOT_ID is its client id and no bot secret exists.
resource apiIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${name}-api-id'
  location: location
}

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
          [
            {
              path: '/adoptedCount'
              order: 'descending'
            }
            {
              path: '/sortKey'
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

// Secrets live in Key Vault only; the app settings below refer to them, resolved by the platform
// with the API's identity (keyVaultReferenceIdentity). Vault access is by Azure RBAC, not access
// policies. Rotation of each secret: docs/deploy.md, "Secrets and rotation".
resource keyVault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: keyVaultPurgeProtection ? true : null
    publicNetworkAccess: 'Enabled'
  }
}

// Secret names use hyphens (Key Vault allows no underscores); each maps to one app setting below.
resource aadAppClientSecretSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'aad-app-client-secret'
  properties: {
    value: aadAppClientSecret
    contentType: 'Client secret of the Entra app (AAD_APP_CLIENT_SECRET)'
  }
}

resource anonymitySecretSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'anonymity-secret'
  properties: {
    value: anonymitySecret
    contentType: 'Key of the owner proofs of anonymous answers (ANONYMITY_SECRET); never rotate casually'
  }
}

// Only with cosmosAuth = 'key': the account key, so that it too is read from the vault.
var cosmosKeySecretName = 'cosmos-key'
resource cosmosKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (cosmosAuth == 'key') {
  parent: keyVault
  name: cosmosKeySecretName
  properties: {
    value: cosmos.listKeys().primaryMasterKey
    contentType: 'Primary key of the Cosmos DB account (COSMOS_KEY)'
  }
}

// A versionless reference: the platform resolves the secret's current version.
func keyVaultReference(secretUri string) string => '@Microsoft.KeyVault(SecretUri=${secretUri})'

var baseAppSettings = [
  {
    name: 'AzureWebJobsStorage__accountName'
    value: storage.name
  }
  {
    name: 'AzureWebJobsStorage__credential'
    value: 'managedidentity'
  }
  {
    name: 'AzureWebJobsStorage__clientId'
    value: apiIdentity.properties.clientId
  }
  {
    name: 'AZURE_CLIENT_ID'
    value: apiIdentity.properties.clientId
  }
  {
    name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
    value: appInsights.properties.ConnectionString
  }
  // Stack traces name api/src/… lines: the bundle ships with dist/index.js.map (scripts/build-api.ts)
  // and the Node worker inherits this variable.
  {
    name: 'NODE_OPTIONS'
    value: '--enable-source-maps'
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
    value: keyVaultReference(aadAppClientSecretSecret.properties.secretUri)
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
    value: keyVaultReference(anonymitySecretSecret.properties.secretUri)
  }
  {
    name: 'BOT_ID'
    value: apiIdentity.properties.clientId
  }
  {
    name: 'BOT_TENANT_ID'
    value: apiIdentity.properties.tenantId
  }
  {
    name: 'BOT_CREDENTIAL'
    value: 'managedIdentity'
  }
  {
    name: 'TEAMS_APP_ID'
    value: teamsAppId
  }
]

// With cosmosAuth = 'managedIdentity' (the default) no key is handed out: the API uses its identity.
// cosmosKeySecret exists exactly when this setting does; its URI is spelled out because that
// resource is conditional.
var cosmosKeySettings = cosmosAuth == 'key' ? [
  {
    name: 'COSMOS_KEY'
    value: keyVaultReference('${keyVault.properties.vaultUri}secrets/${cosmosKeySecretName}')
  }
] : []

// The AI partner's model (docs/ai.md), only with aiDeploy: keys are off (disableLocalAuth), the API
// signs in as its user-assigned identity with the "Cognitive Services OpenAI User" role.
resource aiAccount 'Microsoft.CognitiveServices/accounts@2024-10-01' = if (aiDeploy) {
  name: '${name}-ai'
  location: location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: '${name}-ai'
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

resource aiModelDeployment 'Microsoft.CognitiveServices/accounts/deployments@2024-10-01' = if (aiDeploy) {
  parent: aiAccount
  name: aiDeploymentName
  sku: {
    name: 'GlobalStandard'
    capacity: aiCapacity
  }
  properties: {
    model: {
      format: 'OpenAI'
      name: aiModelName
      version: aiModelVersion
    }
  }
}

resource aiUserRoleAssignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (aiDeploy) {
  name: guid(resourceGroup().id, '${name}-ai', apiIdentity.id, cognitiveServicesOpenAiUserRoleId)
  scope: aiAccount
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', cognitiveServicesOpenAiUserRoleId)
    principalId: apiIdentity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

var aiSettings = aiDeploy ? [
  {
    name: 'AI_ENDPOINT'
    value: 'https://${name}-ai.openai.azure.com'
  }
  {
    name: 'AI_PROVIDER'
    value: 'azure'
  }
  {
    name: 'AI_AUTH'
    value: 'managedIdentity'
  }
  {
    name: 'AI_MODEL'
    value: aiDeploymentName
  }
  {
    name: 'AI_DAILY_BUDGET'
    value: string(aiDailyBudget)
  }
] : []

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: '${name}-api'
  location: location
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${apiIdentity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: apiIdentity.id
    siteConfig: {
      minTlsVersion: '1.2'
      // The platform answers preflights and adds Access-Control-Allow-Origin for the tab only. It
      // cannot expose response headers: the API adds Access-Control-Expose-Headers itself for this
      // same origin (TAB_ORIGIN; api/src/http/route.ts). docs/deploy.md, "CORS".
      cors: {
        allowedOrigins: [
          tabOrigin
        ]
        supportCredentials: false
      }
      appSettings: concat(baseAppSettings, cosmosKeySettings, aiSettings)
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: apiIdentity.id
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
    cosmosKeySecret
    // The Key Vault references resolve at start only once the identity may read the secrets.
    keyVaultSecretsUserRoleAssignment
    storageRoleAssignment
  ]
}

resource storageRoleAssignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, apiIdentity.id, storageBlobDataOwnerRoleId)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataOwnerRoleId)
    principalId: apiIdentity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// Key Vault Secrets User: read secret values, nothing else, and only in this vault.
resource keyVaultSecretsUserRoleAssignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(keyVault.id, apiIdentity.id, keyVaultSecretsUserRoleId)
  scope: keyVault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: apiIdentity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// Cosmos DB Built-in Data Contributor for the API's identity, scoped to the account: what the
// API's ManagedIdentityCredential (client id AZURE_CLIENT_ID) signs in with.
resource cosmosRoleAssignment 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-11-15' = {
  parent: cosmos
  name: guid(cosmos.id, apiIdentity.id, cosmosDataContributorRoleId)
  properties: {
    roleDefinitionId: '${cosmos.id}/sqlRoleDefinitions/${cosmosDataContributorRoleId}'
    principalId: apiIdentity.properties.principalId
    scope: cosmos.id
  }
}

// The bot, as the toolkit's current templates register it: an Azure Bot whose app is the API's
// user-assigned managed identity (multi-tenant bot registrations can no longer be created). Teams
// users in any tenant that installs the app reach it; the identity lives in this tenant.
resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${name}-bot'
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${functionApp.properties.defaultHostName}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: apiIdentity.properties.clientId
    msaAppMSIResourceId: apiIdentity.id
    msaAppTenantId: apiIdentity.properties.tenantId
  }
}

resource botTeamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
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
output BOT_ID string = apiIdentity.properties.clientId
output BOT_TENANT_ID string = apiIdentity.properties.tenantId
output API_IDENTITY_CLIENT_ID string = apiIdentity.properties.clientId
output KEY_VAULT_NAME string = keyVault.name
