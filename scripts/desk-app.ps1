<#
.SYNOPSIS
    desk-app.sh's twin for Windows: the web desk's Microsoft Entra app registration, as azd users make
    one. 'register' (from the preprovision hook) finds or creates "HSN Forms desk (<environment>)" with
    the app roles Desk.Read and Desk.Write, ID-token sign-in and assignment required, and sets
    DESK_CLIENT_ID; 'redirect' (from the postprovision hook) adds the function app's sign-in callback.
    Granting the roles: docs/deploy.md, "The web desk".
#>
param([Parameter(Mandatory)][ValidateSet('register', 'redirect')][string] $Action)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

function Get-Value([string] $name) {
    $v = [Environment]::GetEnvironmentVariable($name)
    if ($v) { return $v }
    if (Get-Command azd -ErrorAction SilentlyContinue) {
        $v = azd env get-value $name 2>$null
        if ($LASTEXITCODE -eq 0 -and $v) { return [string] $v }
    }
    return ''
}

if (-not (Get-Command az -ErrorAction SilentlyContinue)) {
    Write-Warning "desk-app: the Azure CLI (az) is needed to make the web desk's app registration; without it the desk stays closed (see docs/deploy.md)."
    exit 0
}

$envName = Get-Value 'AZURE_ENV_NAME'
$display = "HSN Forms desk ($(if ($envName) { $envName } else { 'default' }))"

if ($Action -eq 'register') {
    $clientId = Get-Value 'DESK_CLIENT_ID'
    if (-not $clientId) { $clientId = az ad app list --display-name $display --query '[0].appId' -o tsv }
    # Stable role ids, the same as desk-app.sh's, so re-running never changes an assignment already made.
    $roles = New-TemporaryFile
    @(
        @{ allowedMemberTypes = @('User'); displayName = 'Desk reader'; value = 'Desk.Read'; isEnabled = $true
           description = 'Sees the compliance report, each subscriber''s page and files, and the review queue.'; id = '6f1c2f8e-3a55-4d0b-9d8e-2b1e6f0c7a11' },
        @{ allowedMemberTypes = @('User'); displayName = 'Desk decider'; value = 'Desk.Write'; isEnabled = $true
           description = 'Corrects and enters forms, notes subscribers, pauses reminders and settles review items.'; id = 'b7d0a4c2-91e3-4f6a-8c5d-7e2f1a9b3c22' }
    ) | ConvertTo-Json -Depth 4 | Set-Content -Path $roles -Encoding utf8
    try {
        if (-not $clientId) {
            Write-Host "desk-app: creating the app registration '$display' with the app roles Desk.Read and Desk.Write"
            $clientId = az ad app create --display-name $display --sign-in-audience AzureADMyOrg --enable-id-token-issuance true --app-roles "@$roles" --query appId -o tsv
        }
        else {
            az ad app update --id $clientId --enable-id-token-issuance true --app-roles "@$roles" --output none
        }
    }
    finally { Remove-Item $roles -ErrorAction SilentlyContinue }
    $sp = az ad sp show --id $clientId --query id -o tsv 2>$null
    if (-not $sp) { $sp = az ad sp create --id $clientId --query id -o tsv }
    az ad sp update --id $sp --set appRoleAssignmentRequired=true --output none
    if (Get-Command azd -ErrorAction SilentlyContinue) { azd env set DESK_CLIENT_ID $clientId }
    Write-Host "desk-app: DESK_CLIENT_ID=$clientId"
}
else {
    $clientId = Get-Value 'DESK_CLIENT_ID'
    $hostName = Get-Value 'AZURE_FUNCTION_APP_HOSTNAME'
    if (-not $clientId -or -not $hostName) { Write-Host 'desk-app: no DESK_CLIENT_ID or host name yet; no redirect URI to add.'; exit 0 }
    $callback = "https://$hostName/.auth/login/aad/callback"
    $existing = @(az ad app show --id $clientId --query 'web.redirectUris' -o tsv | Where-Object { $_ })
    if ($existing -notcontains $callback) { az ad app update --id $clientId --web-redirect-uris @($existing + $callback) --output none }
    Write-Host "desk-app: sign-in returns to $callback"
}
