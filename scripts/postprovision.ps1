<#
.SYNOPSIS
    azd postprovision hook for Windows: postprovision.sh's twin (read that file's header for the whole
    story). Limits the function app's managed identity to the service-desk mailbox.

.DESCRIPTION
    (a) looks up the identity's service principal in Entra ID;
    (b) stops if the identity holds a tenant-wide Graph mail permission in Entra ID (that would give
        it every mailbox);
    (c) runs scripts/exchange-rbac.ps1 (Exchange Online RBAC for Applications scoped to the mailbox,
        then Test-ServicePrincipalAuthorization in and out of scope) when EXO_CONFIGURE=true and the
        ExchangeOnlineManagement module is installed; otherwise prints the commands and succeeds.
    Idempotent; run again with: azd hooks run postprovision
#>
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

# The web desk's sign-in comes back to the function app's own host name, known only now.
& (Join-Path $PSScriptRoot 'desk-app.ps1') redirect
Set-Location (Join-Path $PSScriptRoot '..')

function Get-Value([string] $name) {
    $v = [Environment]::GetEnvironmentVariable($name)
    if ($v) { return $v }
    if (Get-Command azd -ErrorAction SilentlyContinue) {
        $v = azd env get-value $name 2>$null
        if ($LASTEXITCODE -eq 0 -and $v) { return [string] $v }
    }
    return ''
}

$clientId = Get-Value 'AZURE_USER_ASSIGNED_IDENTITY_CLIENT_ID'
$principalId = Get-Value 'AZURE_USER_ASSIGNED_IDENTITY_PRINCIPAL_ID'
$mailbox = Get-Value 'SERVICE_DESK_MAILBOX'
$envName = Get-Value 'AZURE_ENV_NAME'
if (-not ($clientId -and $principalId -and $mailbox -and $envName)) {
    Write-Error "postprovision: run 'azd provision' first (identity ids, SERVICE_DESK_MAILBOX or AZURE_ENV_NAME missing)."
    exit 1
}

Write-Host @"

=====================================================================================================
 WARNING - read before granting anything to this app

 The app reads, marks, replies from and sends from ONE mailbox: $mailbox.
 It gets exactly that through Exchange Online RBAC for Applications (below), scoped to that mailbox.

 Do NOT grant Mail.Read, Mail.ReadWrite or Mail.Send to this identity as Microsoft Graph
 *application permissions* in Microsoft Entra ID (API permissions / admin consent, or an app role
 assignment). Entra grants are tenant-wide and ADD to the Exchange grants: the app would then reach
 EVERY mailbox in the organisation, and the mailbox scope would mean nothing.
 This script grants no Entra app role, and stops if it finds one.
=====================================================================================================

"@ -ForegroundColor Yellow

# (a) The identity's service principal.
$spObjectId = $principalId
if (Get-Command az -ErrorAction SilentlyContinue) {
    $found = az ad sp show --id $clientId --query id -o tsv 2>$null
    if ($LASTEXITCODE -eq 0 -and $found) {
        $spObjectId = [string] $found
        Write-Host "Service principal of the identity: object id $spObjectId, client (app) id $clientId"
        if ($spObjectId -ne $principalId) {
            Write-Error "postprovision: Entra ID says the service principal of $clientId is $spObjectId, not $principalId."
            exit 1
        }
    }
    else {
        Write-Host "Could not read the service principal (az ad sp show); using the identity's principal id $principalId."
    }

    # (b) No tenant-wide mailbox permission.
    $assigned = az rest --method get --url "https://graph.microsoft.com/v1.0/servicePrincipals/$spObjectId/appRoleAssignments" --query 'value[].{id:appRoleId, resource:resourceDisplayName}' -o json 2>$null
    $assignedOk = $LASTEXITCODE -eq 0
    $mailRoles = az ad sp show --id 00000003-0000-0000-c000-000000000000 --query "appRoles[?starts_with(value, 'Mail')].{id:id, value:value}" -o json 2>$null
    if ($assignedOk -and $LASTEXITCODE -eq 0) {
        $assignedList = @(($assigned | Out-String | ConvertFrom-Json) | Where-Object { $null -ne $_ })
        $assignedIds = @($assignedList | ForEach-Object { [string] $_.id })
        $granted = @(($mailRoles | Out-String | ConvertFrom-Json) | Where-Object { $assignedIds -contains [string] $_.id } | ForEach-Object { [string] $_.value })
        if (@($assignedList | Where-Object { $_.resource -eq 'Office 365 Exchange Online' }).Count -gt 0) { $granted += 'an Office 365 Exchange Online application permission' }
        if ($granted.Count -gt 0) {
            Write-Host "postprovision: STOP. The identity holds tenant-wide application permissions: $($granted -join ', ')." -ForegroundColor Red
            Write-Host "  They reach every mailbox and defeat the Exchange scope. Remove them (Entra admin center > Enterprise applications > $clientId > Permissions), then run 'azd hooks run postprovision' again." -ForegroundColor Red
            exit 1
        }
        Write-Host 'Entra ID: no tenant-wide mail permission is granted to the identity (good).'
    }
    else {
        Write-Host "Could not list the identity's Entra app role assignments; check by hand that it has no Mail.* application permission."
    }
}
else {
    Write-Host "Azure CLI (az) not found: using the identity's principal id $principalId; check by hand that it has no Mail.* Graph application permission."
}

$rbacArgs = @{
    AppId                    = $clientId
    ServicePrincipalObjectId = $spObjectId
    Mailbox                  = $mailbox
    EnvironmentName          = $envName
}
$other = Get-Value 'EXO_TEST_OTHER_MAILBOX'
if ($other) { $rbacArgs.OtherMailbox = $other }

$configure = (Get-Value 'EXO_CONFIGURE') -eq 'true'
$haveModule = [bool] (Get-Module -ListAvailable -Name ExchangeOnlineManagement)
if (-not $configure -or -not $haveModule -or $PSVersionTable.PSVersion.Major -lt 7) {
    if ($configure) { Write-Host 'EXO_CONFIGURE=true, but PowerShell 7 with the ExchangeOnlineManagement module is needed (Install-Module ExchangeOnlineManagement -Scope CurrentUser).' }
    Write-Host "`nExchange Online RBAC for Applications was NOT changed by this run. An Exchange administrator runs:`n"
    & (Join-Path $PSScriptRoot 'exchange-rbac.ps1') @rbacArgs -PrintOnly
    Write-Host "`nTo let this hook do it: azd env set EXO_CONFIGURE true, then azd hooks run postprovision (as that admin)."
    Write-Host 'Until it is done, PollMailbox fails with 403 from Graph: nothing else is affected.'
    exit 0
}

$admin = Get-Value 'EXO_ADMIN_UPN'
if ($admin) { $rbacArgs.AdminUpn = $admin }
if ((Get-Value 'EXO_DEVICE_LOGIN') -eq 'true') { $rbacArgs.Device = $true }
$global:LASTEXITCODE = 0
& (Join-Path $PSScriptRoot 'exchange-rbac.ps1') @rbacArgs
exit $LASTEXITCODE
