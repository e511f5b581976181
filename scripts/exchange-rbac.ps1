<#
.SYNOPSIS
    Limits the HSN Forms managed identity to the service-desk mailbox with Exchange Online RBAC for
    Applications, and proves the limit holds. Safe to run again: it creates only what is missing.

.DESCRIPTION
    The function app reads and answers ONE mailbox through Microsoft Graph, as its user-assigned
    managed identity. What the code calls, and the Exchange application role that allows it:

      Graph request (all on /users/{mailbox}/...)                  Graph permission   Exchange role
      mailFolders/{folder}/messages/delta, messages?$filter=...     Mail.Read          Application Mail.ReadWrite
        (new mail, attachments expanded), messages/{id}/$value
        (the original MIME), attachments/{id}/$value (large and
        forwarded items), mailFolders?$filter=displayName eq ...
      PATCH messages/{id} (add the "recorded" category),            Mail.ReadWrite     Application Mail.ReadWrite
        POST messages/{id}/move, POST mailFolders (the
        processed folder, only with Graph__ProcessedAction=move)
      POST messages/{id}/reply (acknowledgements)                   Mail.Send          Application Mail.Send
      POST sendMail (reminders and the digest)                      Mail.Send          Application Mail.Send

    Mail.ReadWrite includes reading, so two roles cover everything, both scoped to a management scope
    that matches the service-desk mailbox alone. $batch requests are authorized part by part, the
    same way.

    WARNING: never also grant Mail.Read, Mail.ReadWrite or Mail.Send to this identity as Microsoft
    Graph application permissions in Microsoft Entra ID (admin consent). Entra grants are tenant-wide
    and are added to these Exchange grants, not narrowed by them: the app would reach every mailbox
    in the organisation and the scope below would mean nothing. This script grants no Entra app role.
    Test-ServicePrincipalAuthorization reports only the Exchange side; postprovision.sh/.ps1 check
    the Entra side.

    Needs: PowerShell 7, the ExchangeOnlineManagement module, and a person who is in the Exchange
    Online "Organization Management" role group (or holds the Entra "Exchange Administrator" role).
    Changes reach Graph within 30 minutes to 2 hours (Exchange caches app permissions);
    Test-ServicePrincipalAuthorization does not wait for that cache.

.EXAMPLE
    pwsh ./scripts/exchange-rbac.ps1 -AppId <client id> -ServicePrincipalObjectId <object id> `
        -Mailbox hsservicedesk@hkex.com.hk -EnvironmentName prod -OtherMailbox someone@hkex.com.hk
#>
[CmdletBinding()]
param(
    # Client (application) id of the user-assigned identity: AZURE_USER_ASSIGNED_IDENTITY_CLIENT_ID.
    [Parameter(Mandatory)] [string] $AppId,
    # Object id of its service principal in Entra ID (the identity's principal id).
    [Parameter(Mandatory)] [string] $ServicePrincipalObjectId,
    # The service-desk mailbox.
    [Parameter(Mandatory)] [string] $Mailbox,
    # azd environment name: names the Exchange objects so two environments do not collide.
    [Parameter(Mandatory)] [string] $EnvironmentName,
    # A mailbox the app must NOT reach, for the negative test; empty picks one.
    [string] $OtherMailbox = '',
    # Exchange administrator to sign in as (optional).
    [string] $AdminUpn = '',
    # Sign in with a device code (no browser on this machine).
    [switch] $Device,
    # Print the commands instead of running them.
    [switch] $PrintOnly
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

function Limit([string] $text, [int] $max) { if ($text.Length -gt $max) { $text.Substring(0, $max) } else { $text } }

$displayName = Limit "HSN Forms functions ($EnvironmentName)" 64
$scopeName = Limit "HSN Forms service-desk mailbox ($EnvironmentName)" 64
$roles = [ordered]@{
    'Application Mail.ReadWrite' = (Limit "hsnforms-$EnvironmentName-mail-readwrite" 64)
    'Application Mail.Send'      = (Limit "hsnforms-$EnvironmentName-mail-send" 64)
}

if ($PrintOnly) {
    $filter = "PrimarySmtpAddress -eq '$Mailbox'"
    $other = if ($OtherMailbox) { $OtherMailbox } else { '<another mailbox>' }
    Write-Output @"
# An Exchange administrator runs these in PowerShell 7 (Install-Module ExchangeOnlineManagement first):
Connect-ExchangeOnline
New-ServicePrincipal -AppId $AppId -ObjectId $ServicePrincipalObjectId -DisplayName "$displayName"
Get-Recipient -RecipientPreviewFilter "$filter"     # must list exactly one recipient
New-ManagementScope -Name "$scopeName" -RecipientRestrictionFilter "$filter"
New-ManagementRoleAssignment -Name "$($roles['Application Mail.ReadWrite'])" -Role "Application Mail.ReadWrite" -App $ServicePrincipalObjectId -CustomResourceScope "$scopeName"
New-ManagementRoleAssignment -Name "$($roles['Application Mail.Send'])" -Role "Application Mail.Send" -App $ServicePrincipalObjectId -CustomResourceScope "$scopeName"
Test-ServicePrincipalAuthorization -Identity $ServicePrincipalObjectId -Resource $Mailbox | Format-Table    # InScope True for both roles
Test-ServicePrincipalAuthorization -Identity $ServicePrincipalObjectId -Resource $other | Format-Table    # InScope False for every row
Disconnect-ExchangeOnline -Confirm:`$false
"@
    return
}

if (-not (Get-Module -ListAvailable -Name ExchangeOnlineManagement)) {
    throw 'The ExchangeOnlineManagement module is not installed: Install-Module ExchangeOnlineManagement -Scope CurrentUser'
}
Import-Module ExchangeOnlineManagement

$connect = @{ ShowBanner = $false }
if ($AdminUpn) { $connect.UserPrincipalName = $AdminUpn }
if ($Device) { $connect.Device = $true }
Connect-ExchangeOnline @connect

$code = 0
try {
    # The mailbox, by its primary address: the scope filters on that property.
    $target = Get-EXOMailbox -Identity $Mailbox -ErrorAction Stop
    $primary = [string] $target.PrimarySmtpAddress
    $filter = "PrimarySmtpAddress -eq '$primary'"
    Write-Host "Mailbox: $primary ($($target.RecipientTypeDetails))"

    # (1) Exchange's pointer to the identity's service principal.
    $sp = Get-ServicePrincipal -Identity $AppId -ErrorAction SilentlyContinue
    if ($null -eq $sp) {
        Write-Host "Creating the Exchange service principal for $AppId"
        $sp = New-ServicePrincipal -AppId $AppId -ObjectId $ServicePrincipalObjectId -DisplayName $displayName
    }
    elseif ([string] $sp.ObjectId -ne $ServicePrincipalObjectId) {
        throw "Exchange has a service principal for $AppId with object id $($sp.ObjectId), not $ServicePrincipalObjectId. Remove-ServicePrincipal -Identity $AppId, then run again."
    }
    else {
        Write-Host "Exchange service principal exists: $($sp.DisplayName)"
    }

    # (2) A scope that matches the service-desk mailbox and nothing else.
    $recipients = @(Get-Recipient -RecipientPreviewFilter $filter -ResultSize 10)
    if ($recipients.Count -ne 1) {
        throw "The filter [$filter] matches $($recipients.Count) recipients; it must match exactly one."
    }
    $scope = Get-ManagementScope -Identity $scopeName -ErrorAction SilentlyContinue
    if ($null -eq $scope) {
        Write-Host "Creating management scope '$scopeName'"
        $scope = New-ManagementScope -Name $scopeName -RecipientRestrictionFilter $filter
    }
    elseif ([string] $scope.RecipientFilter -ne $filter) {
        Write-Host "Updating management scope '$scopeName': '$($scope.RecipientFilter)' -> '$filter'"
        Set-ManagementScope -Identity $scopeName -RecipientRestrictionFilter $filter
    }
    else {
        Write-Host "Management scope exists: '$scopeName' [$filter]"
    }

    # (3) The two application roles, each limited to that scope.
    foreach ($role in $roles.Keys) {
        $name = $roles[$role]
        $assignment = Get-ManagementRoleAssignment -Identity $name -ErrorAction SilentlyContinue
        if ($null -eq $assignment) {
            Write-Host "Assigning '$role' on '$scopeName' ($name)"
            New-ManagementRoleAssignment -Name $name -Role $role -App $ServicePrincipalObjectId -CustomResourceScope $scopeName | Out-Null
        }
        elseif ([string] $assignment.CustomResourceScope -ne $scopeName) {
            Write-Host "Re-scoping '$name' to '$scopeName'"
            Set-ManagementRoleAssignment -Identity $name -CustomResourceScope $scopeName
        }
        else {
            Write-Host "Role assignment exists: $name"
        }
    }

    # (4) Prove it: in scope for the service desk, out of scope for anyone else.
    if (-not $OtherMailbox) {
        $OtherMailbox = Get-EXOMailbox -ResultSize 20 -RecipientTypeDetails UserMailbox |
            Where-Object { [string] $_.PrimarySmtpAddress -ne $primary } |
            Select-Object -First 1 -ExpandProperty PrimarySmtpAddress
    }

    Write-Host "`nTest-ServicePrincipalAuthorization against $primary (expect InScope True for Mail.ReadWrite and Mail.Send):"
    $inside = @(Test-ServicePrincipalAuthorization -Identity $ServicePrincipalObjectId -Resource $primary)
    $inside | Format-Table RoleName, GrantedPermissions, AllowedResourceScope, ScopeType, InScope -AutoSize | Out-Host
    $failed = $false
    foreach ($role in $roles.Keys) {
        if (-not ($inside | Where-Object { $_.RoleName -eq $role -and $_.InScope -eq $true })) {
            Write-Host "FAILED: $role is not in scope for $primary." -ForegroundColor Red
            $failed = $true
        }
    }

    if ($OtherMailbox) {
        Write-Host "Test-ServicePrincipalAuthorization against $OtherMailbox (expect InScope False on every row):"
        $outside = @(Test-ServicePrincipalAuthorization -Identity $ServicePrincipalObjectId -Resource $OtherMailbox)
        $outside | Format-Table RoleName, GrantedPermissions, AllowedResourceScope, ScopeType, InScope -AutoSize | Out-Host
        if ($outside | Where-Object { $_.InScope -eq $true }) {
            Write-Host "FAILED: the identity reaches $OtherMailbox. Some Exchange assignment of this app is not scoped to '$scopeName'." -ForegroundColor Red
            $failed = $true
        }
    }
    else {
        Write-Host 'No other mailbox to test against: pass -OtherMailbox (EXO_TEST_OTHER_MAILBOX).' -ForegroundColor Yellow
    }

    if ($failed) {
        $code = 1
    }
    else {
        Write-Host "`nExchange RBAC for Applications is in place. Graph honours it within 30 minutes to 2 hours." -ForegroundColor Green
    }
}
finally {
    Disconnect-ExchangeOnline -Confirm:$false | Out-Null
}
exit $code
