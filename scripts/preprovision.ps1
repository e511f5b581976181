<#
.SYNOPSIS
    azd preprovision hook for Windows: preprovision.sh's twin. Recovers this environment's Key Vault
    when an earlier 'azd down' left it soft-deleted (soft delete is always on, and with purge
    protection nobody can purge it), so 'azd up' of the same environment does not fail with
    VaultAlreadyExists. Re-creates the vault's resource group first if 'azd down' removed it.
    Re-run: azd hooks run preprovision
#>
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

# First the web desk's app registration and its app roles (DESK_CLIENT_ID for Bicep's sign-in settings).
& (Join-Path $PSScriptRoot 'desk-app.ps1') register

function Get-Value([string] $name) {
    $v = [Environment]::GetEnvironmentVariable($name)
    if ($v) { return $v }
    if (Get-Command azd -ErrorAction SilentlyContinue) {
        $v = azd env get-value $name 2>$null
        if ($LASTEXITCODE -eq 0 -and $v) { return [string] $v }
    }
    return ''
}

$envName = Get-Value 'AZURE_ENV_NAME'
$location = Get-Value 'AZURE_LOCATION'
$subscription = Get-Value 'AZURE_SUBSCRIPTION_ID'
if (-not $envName -or -not $location) {
    Write-Host 'preprovision: environment name or location not set yet; no Key Vault to recover.'
    exit 0
}
if (-not (Get-Command az -ErrorAction SilentlyContinue)) {
    Write-Warning "preprovision: the Azure CLI (az) is not installed, so a Key Vault that an earlier 'azd down' of '$envName' left soft-deleted cannot be recovered here. If provisioning fails with VaultAlreadyExists, see docs/deploy.md."
    exit 0
}

$subArgs = @()
if ($subscription) { $subArgs = @('--subscription', $subscription) }
$json = az keyvault list-deleted --resource-type vault @subArgs -o json
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
$deleted = @($json | ConvertFrom-Json | Where-Object {
        $_.properties.location -eq $location -and $_.properties.tags -and $_.properties.tags.'azd-env-name' -eq $envName
    })
if ($deleted.Count -eq 0) {
    Write-Host "preprovision: no soft-deleted Key Vault of '$envName' in $location; nothing to recover."
    exit 0
}

foreach ($vault in $deleted) {
    # /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.KeyVault/vaults/<name>
    $group = ($vault.properties.vaultId -split '/')[4]
    if ((az group exists --name $group @subArgs) -ne 'true') {
        Write-Host "preprovision: re-creating resource group $group for the vault (azd down removed it)"
        az group create --name $group --location $location --tags "azd-env-name=$envName" @subArgs --output none
        if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    }
    Write-Host "preprovision: recovering Key Vault $($vault.name) of '$envName' (soft-deleted, kept until $($vault.properties.scheduledPurgeDate))..."
    az keyvault recover --name $vault.name --location $location @subArgs --output none
    if ($LASTEXITCODE -ne 0) {
        Write-Error ("preprovision: could not recover Key Vault $($vault.name). Recover it by hand (az keyvault recover --name $($vault.name)), " +
            "or, if purge protection is off and nothing in it is needed, purge it (az keyvault purge --name $($vault.name)).")
        exit 1
    }
    Write-Host "preprovision: Key Vault $($vault.name) is back, with its secrets."
}
