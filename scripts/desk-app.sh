#!/usr/bin/env bash
# The web desk's Microsoft Entra app registration, as azd users make one: called by the preprovision
# hook ("register") and the postprovision hook ("redirect"). Bicep cannot create app registrations, so
# this does it with the Azure CLI (Microsoft Graph underneath), once per environment, idempotently.
#
#   register  finds or creates the app registration "HSN Forms desk (<environment>)" with the app roles
#             Desk.Read and Desk.Write (users and groups), ID-token sign-in and group-free tokens, makes its
#             enterprise application require assignment, and stores its client id as DESK_CLIENT_ID
#             (infra/main.bicep then sets up App Service Authentication with it).
#   redirect  adds https://<function app>/.auth/login/aad/callback as its redirect URI.
#
# Granting the roles to people is docs/deploy.md, "The web desk". Re-run: azd hooks run preprovision
if [ -z "${BASH_VERSION:-}" ]; then exec bash "$0" "$@"; fi
set -euo pipefail

value() {
  local name=$1
  if [ -n "${!name:-}" ]; then printf '%s' "${!name}"; return; fi
  if command -v azd >/dev/null 2>&1; then azd env get-value "$name" 2>/dev/null || true; fi
}

if ! command -v az >/dev/null 2>&1; then
  echo "desk-app: the Azure CLI (az) is needed to make the web desk's app registration; without it the desk stays closed (see docs/deploy.md)." >&2
  exit 0
fi

env_name=$(value AZURE_ENV_NAME)
display="HSN Forms desk (${env_name:-default})"

case "${1:-}" in
  register)
    client_id=$(value DESK_CLIENT_ID)
    if [ -z "$client_id" ]; then
      client_id=$(az ad app list --display-name "$display" --query "[0].appId" -o tsv)
    fi
    # Stable role ids, so re-running never changes an assignment already made.
    roles=$(mktemp)
    trap 'rm -f "$roles"' EXIT
    cat >"$roles" <<'JSON'
[
  {"allowedMemberTypes": ["User"], "displayName": "Desk reader", "value": "Desk.Read",
   "description": "Sees the compliance report, each subscriber's page and files, and the review queue.",
   "id": "6f1c2f8e-3a55-4d0b-9d8e-2b1e6f0c7a11", "isEnabled": true},
  {"allowedMemberTypes": ["User"], "displayName": "Desk decider", "value": "Desk.Write",
   "description": "Corrects and enters forms, notes subscribers, pauses reminders and settles review items.",
   "id": "b7d0a4c2-91e3-4f6a-8c5d-7e2f1a9b3c22", "isEnabled": true}
]
JSON
    if [ -z "$client_id" ]; then
      echo "desk-app: creating the app registration '$display' with the app roles Desk.Read and Desk.Write"
      client_id=$(az ad app create --display-name "$display" --sign-in-audience AzureADMyOrg \
        --enable-id-token-issuance true --app-roles "@$roles" --query appId -o tsv)
    else
      az ad app update --id "$client_id" --enable-id-token-issuance true --app-roles "@$roles" --output none
    fi
    # Only people given a role (or in a group given one) may sign in at all.
    sp=$(az ad sp show --id "$client_id" --query id -o tsv 2>/dev/null || az ad sp create --id "$client_id" --query id -o tsv)
    az ad sp update --id "$sp" --set appRoleAssignmentRequired=true --output none
    if command -v azd >/dev/null 2>&1; then azd env set DESK_CLIENT_ID "$client_id"; fi
    echo "desk-app: DESK_CLIENT_ID=$client_id"
    ;;
  redirect)
    client_id=$(value DESK_CLIENT_ID)
    host=$(value AZURE_FUNCTION_APP_HOSTNAME)
    if [ -z "$client_id" ] || [ -z "$host" ]; then
      echo "desk-app: no DESK_CLIENT_ID or host name yet; no redirect URI to add."
      exit 0
    fi
    callback="https://$host/.auth/login/aad/callback"
    existing=$(az ad app show --id "$client_id" --query "web.redirectUris" -o tsv)
    if ! grep -qxF "$callback" <<<"$existing"; then
      # shellcheck disable=SC2086 # each existing URI is its own argument
      az ad app update --id "$client_id" --web-redirect-uris $existing "$callback" --output none
    fi
    echo "desk-app: sign-in returns to $callback"
    ;;
  *)
    echo "usage: desk-app.sh register|redirect" >&2
    exit 2
    ;;
esac
