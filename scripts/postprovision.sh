#!/usr/bin/env bash
# azd postprovision hook (azure.yaml): limit the function app's managed identity to the service-desk
# mailbox. Bicep cannot do this part: it lives in Exchange Online and Microsoft Entra ID, and needs an
# Exchange administrator.
#
#   (a) looks up the identity's service principal in Entra ID (its object id is what Exchange calls
#       the ObjectId; the client id is the AppId);
#   (b) checks that the identity holds NO tenant-wide Microsoft Graph mail permission in Entra ID
#       (that would give it every mailbox: see the warning printed below) and fails if it does;
#   (c) Exchange Online RBAC for Applications, scoped to the one mailbox, through
#       scripts/exchange-rbac.ps1: New-ServicePrincipal, New-ManagementScope (PrimarySmtpAddress),
#       New-ManagementRoleAssignment "Application Mail.ReadWrite" and "Application Mail.Send" with
#       -CustomResourceScope, then Test-ServicePrincipalAuthorization against the service-desk mailbox
#       (InScope True) and another mailbox (InScope False).
#
# (c) runs only when EXO_CONFIGURE=true (azd env set EXO_CONFIGURE true) and pwsh with the
# ExchangeOnlineManagement module is here; otherwise the exact commands are printed for an Exchange
# administrator and the hook succeeds. Every step is idempotent: run it again at any time with
#   azd hooks run postprovision
#
# Inputs (azd puts the Bicep outputs and 'azd env set' values in the environment):
#   AZURE_USER_ASSIGNED_IDENTITY_CLIENT_ID, AZURE_USER_ASSIGNED_IDENTITY_PRINCIPAL_ID,
#   SERVICE_DESK_MAILBOX, AZURE_ENV_NAME                       (from provisioning)
#   EXO_CONFIGURE=true         run the Exchange step (needs an Exchange administrator's sign-in)
#   EXO_ADMIN_UPN              the administrator to sign in as (optional)
#   EXO_DEVICE_LOGIN=true      sign in with a device code
#   EXO_TEST_OTHER_MAILBOX     a mailbox the app must not reach (default: any other user mailbox)
if [ -z "${BASH_VERSION:-}" ]; then exec bash "$0" "$@"; fi
set -euo pipefail

# The web desk's sign-in comes back to the function app's own host name, known only now.
bash "$(dirname "$0")/desk-app.sh" redirect
cd "$(dirname "$0")/.."

value() { # an environment variable, else the azd environment's value
  local name=$1
  if [ -n "${!name:-}" ]; then printf '%s' "${!name}"; return; fi
  if command -v azd >/dev/null 2>&1; then azd env get-value "$name" 2>/dev/null || true; fi
}

client_id=$(value AZURE_USER_ASSIGNED_IDENTITY_CLIENT_ID)
principal_id=$(value AZURE_USER_ASSIGNED_IDENTITY_PRINCIPAL_ID)
mailbox=$(value SERVICE_DESK_MAILBOX)
env_name=$(value AZURE_ENV_NAME)
if [ -z "$client_id" ] || [ -z "$principal_id" ] || [ -z "$mailbox" ] || [ -z "$env_name" ]; then
  echo "postprovision: run 'azd provision' first (AZURE_USER_ASSIGNED_IDENTITY_CLIENT_ID, AZURE_USER_ASSIGNED_IDENTITY_PRINCIPAL_ID, SERVICE_DESK_MAILBOX or AZURE_ENV_NAME is missing)." >&2
  exit 1
fi

cat <<EOF

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

EOF

# (a) The identity's service principal.
sp_object_id=$principal_id
if command -v az >/dev/null 2>&1; then
  if found=$(az ad sp show --id "$client_id" --query id -o tsv 2>/dev/null) && [ -n "$found" ]; then
    sp_object_id=$found
    echo "Service principal of the identity: object id $sp_object_id, client (app) id $client_id"
    if [ "$sp_object_id" != "$principal_id" ]; then
      echo "postprovision: Entra ID says the service principal of $client_id is $sp_object_id, but the identity's principal id is $principal_id." >&2
      exit 1
    fi
  else
    echo "Could not read the service principal from Entra ID (az ad sp show); using the identity's principal id $principal_id."
  fi

  # (b) No tenant-wide mailbox permission: Microsoft Graph Mail*/Mailbox* application permissions, or
  # any application permission on Office 365 Exchange Online (full_access_as_app and the like).
  graph_app_id=00000003-0000-0000-c000-000000000000
  if assigned=$(az rest --method get \
        --url "https://graph.microsoft.com/v1.0/servicePrincipals/$sp_object_id/appRoleAssignments" \
        --query "value[].[appRoleId, resourceDisplayName]" -o tsv 2>/dev/null) &&
     mail_roles=$(az ad sp show --id "$graph_app_id" \
        --query "appRoles[?starts_with(value, 'Mail')].[id, value]" -o tsv 2>/dev/null); then
    granted=""
    while IFS=$'\t' read -r role_id role_value; do
      [ -n "$role_id" ] || continue
      if printf '%s\n' "$assigned" | cut -f1 | grep -qix "$role_id"; then granted="$granted $role_value"; fi
    done <<<"$mail_roles"
    if printf '%s\n' "$assigned" | cut -f2 | grep -qi '^Office 365 Exchange Online$'; then
      granted="$granted (an Office 365 Exchange Online application permission)"
    fi
    if [ -n "$granted" ]; then
      echo "postprovision: STOP. The identity holds tenant-wide application permissions:$granted" >&2
      echo "  They reach every mailbox and defeat the Exchange scope. Remove them (Entra admin center >" >&2
      echo "  Enterprise applications > $client_id > Permissions, or Remove-MgServicePrincipalAppRoleAssignment)," >&2
      echo "  then run 'azd hooks run postprovision' again." >&2
      exit 1
    fi
    echo "Entra ID: no tenant-wide mail permission is granted to the identity (good)."
  else
    echo "Could not list the identity's Entra app role assignments (needs read access to service principals); check by hand that it has no Mail.* application permission."
  fi
else
  echo "Azure CLI (az) not found: using the identity's principal id $principal_id; check by hand that it has no Mail.* Graph application permission in Entra ID."
fi

args=(-AppId "$client_id" -ServicePrincipalObjectId "$sp_object_id" -Mailbox "$mailbox" -EnvironmentName "$env_name")
other=$(value EXO_TEST_OTHER_MAILBOX)
[ -n "$other" ] && args+=(-OtherMailbox "$other")

print_commands() {
  cat <<EOF

Exchange Online RBAC for Applications was NOT changed by this run. An Exchange administrator
(Organization Management) runs, in PowerShell 7 with the ExchangeOnlineManagement module:

  pwsh ./scripts/exchange-rbac.ps1 -AppId $client_id -ServicePrincipalObjectId $sp_object_id \\
       -Mailbox $mailbox -EnvironmentName $env_name${other:+ -OtherMailbox $other}

or these commands by hand:

  Connect-ExchangeOnline
  New-ServicePrincipal -AppId $client_id -ObjectId $sp_object_id -DisplayName "HSN Forms functions ($env_name)"
  New-ManagementScope -Name "HSN Forms service-desk mailbox ($env_name)" -RecipientRestrictionFilter "PrimarySmtpAddress -eq '$mailbox'"
  New-ManagementRoleAssignment -Name "hsnforms-$env_name-mail-readwrite" -Role "Application Mail.ReadWrite" -App $sp_object_id -CustomResourceScope "HSN Forms service-desk mailbox ($env_name)"
  New-ManagementRoleAssignment -Name "hsnforms-$env_name-mail-send" -Role "Application Mail.Send" -App $sp_object_id -CustomResourceScope "HSN Forms service-desk mailbox ($env_name)"
  Test-ServicePrincipalAuthorization -Identity $sp_object_id -Resource $mailbox | Format-Table          # InScope True
  Test-ServicePrincipalAuthorization -Identity $sp_object_id -Resource ${other:-<another mailbox>} | Format-Table   # InScope False

To let this hook do it: azd env set EXO_CONFIGURE true, then azd hooks run postprovision (as that admin).
Until it is done, PollMailbox fails with 403 from Graph: nothing else is affected.
EOF
}

if [ "$(value EXO_CONFIGURE)" != "true" ]; then
  print_commands
  exit 0
fi
if ! command -v pwsh >/dev/null 2>&1; then
  echo "EXO_CONFIGURE=true but PowerShell 7 (pwsh) is not installed."
  print_commands
  exit 0
fi
if ! pwsh -NoProfile -Command 'if (Get-Module -ListAvailable -Name ExchangeOnlineManagement) { exit 0 } else { exit 1 }'; then
  echo "EXO_CONFIGURE=true but the ExchangeOnlineManagement module is missing: pwsh -Command 'Install-Module ExchangeOnlineManagement -Scope CurrentUser'"
  print_commands
  exit 0
fi

admin=$(value EXO_ADMIN_UPN)
[ -n "$admin" ] && args+=(-AdminUpn "$admin")
[ "$(value EXO_DEVICE_LOGIN)" = "true" ] && args+=(-Device)
pwsh -NoProfile -File ./scripts/exchange-rbac.ps1 "${args[@]}"
