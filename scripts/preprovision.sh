#!/usr/bin/env bash
# azd preprovision hook (azure.yaml): bring back this environment's Key Vault when an earlier
# 'azd down' left it soft-deleted.
#
# Key Vault soft delete is always on: 'azd down' deletes the resource group, and the vault stays
# recoverable under its name for its retention days (KEY_VAULT_SOFT_DELETE_RETENTION_DAYS, 90 by
# default). The vault's name comes from the subscription, environment name and region, so the next
# 'azd up' of the same environment asks for the same name and fails ("VaultAlreadyExists", "in a
# deleted but recoverable state"). With purge protection on (KEY_VAULT_PURGE_PROTECTION, the
# default) nobody can purge it either. So, before provisioning, this hook looks for a deleted vault
# tagged with this environment in this region and recovers it (with its secrets), re-creating its
# resource group first if 'azd down' removed it. Bicep then updates the recovered vault as usual.
# Nothing deleted: nothing to do. Re-run: azd hooks run preprovision
if [ -z "${BASH_VERSION:-}" ]; then exec bash "$0" "$@"; fi
set -euo pipefail

# First the web desk's app registration and its app roles (DESK_CLIENT_ID for Bicep's sign-in settings).
bash "$(dirname "$0")/desk-app.sh" register

value() {
  local name=$1
  if [ -n "${!name:-}" ]; then printf '%s' "${!name}"; return; fi
  if command -v azd >/dev/null 2>&1; then azd env get-value "$name" 2>/dev/null || true; fi
}

env_name=$(value AZURE_ENV_NAME)
location=$(value AZURE_LOCATION)
subscription=$(value AZURE_SUBSCRIPTION_ID)
if [ -z "$env_name" ] || [ -z "$location" ]; then
  echo "preprovision: environment name or location not set yet; no Key Vault to recover."
  exit 0
fi
if ! command -v az >/dev/null 2>&1; then
  echo "preprovision: the Azure CLI (az) is not installed, so a Key Vault that an earlier 'azd down' of '$env_name'" >&2
  echo "  left soft-deleted cannot be recovered here. If provisioning fails with VaultAlreadyExists, see docs/deploy.md." >&2
  exit 0
fi

sub_args=()
[ -n "$subscription" ] && sub_args=(--subscription "$subscription")
# Environment names are letters, digits and hyphens (azd checks), so they are safe inside the query.
deleted=$(az keyvault list-deleted --resource-type vault "${sub_args[@]}" \
  --query "[?properties.tags.\"azd-env-name\"=='$env_name' && properties.location=='$location'].[name, properties.vaultId, properties.scheduledPurgeDate]" \
  -o tsv)
if [ -z "$deleted" ]; then
  echo "preprovision: no soft-deleted Key Vault of '$env_name' in $location; nothing to recover."
  exit 0
fi

while IFS=$'\t' read -r name vault_id purge_date; do
  [ -n "$name" ] || continue
  # /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.KeyVault/vaults/<name>
  group=$(printf '%s' "$vault_id" | sed -E 's#.*/resourceGroups/([^/]+)/.*#\1#')
  if [ "$(az group exists --name "$group" "${sub_args[@]}")" != "true" ]; then
    echo "preprovision: re-creating resource group $group for the vault (azd down removed it)"
    az group create --name "$group" --location "$location" --tags "azd-env-name=$env_name" "${sub_args[@]}" --output none
  fi
  echo "preprovision: recovering Key Vault $name of '$env_name' (soft-deleted, kept until $purge_date)..."
  if ! az keyvault recover --name "$name" --location "$location" "${sub_args[@]}" --output none; then
    echo "preprovision: could not recover Key Vault $name. Recover it by hand (az keyvault recover --name $name)," >&2
    echo "  or, if purge protection is off and nothing in it is needed, purge it (az keyvault purge --name $name)." >&2
    exit 1
  fi
  echo "preprovision: Key Vault $name is back, with its secrets."
done <<<"$deleted"
