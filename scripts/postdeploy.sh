#!/usr/bin/env bash
# azd postdeploy hook (azure.yaml): connect the report trigger once the code is deployed.
#
# BuildComplianceReport is a blob trigger with Event Grid as its source (the only kind Flex
# Consumption runs). Event Grid delivers to the blob extension's webhook,
#   https://<app>.azurewebsites.net/runtime/webhooks/blobs?functionName=Host.Functions.BuildComplianceReport&code=<blobs_extension key>
# and that key exists only after the code with the trigger is deployed and the host has started; Event
# Grid also checks the endpoint when the subscription is created. So the first 'azd provision' makes
# only the system topic, and this hook, after the first 'azd deploy':
#   1. waits until the host reports its blobs_extension system key;
#   2. deploys infra/app/report-events-subscription.bicep (the subscription, filtered to BlobCreated
#      under /blobServices/default/containers/<reports>/blobs/pending/, key read by listKeys);
#   3. sets REPORT_EVENTS_SUBSCRIPTION=true, so every later 'azd provision' keeps it in main.bicep.
# When REPORT_EVENTS_SUBSCRIPTION is already true it does nothing. Re-run: azd hooks run postdeploy
if [ -z "${BASH_VERSION:-}" ]; then exec bash "$0" "$@"; fi
set -euo pipefail
cd "$(dirname "$0")/.."

value() {
  local name=$1
  if [ -n "${!name:-}" ]; then printf '%s' "${!name}"; return; fi
  if command -v azd >/dev/null 2>&1; then azd env get-value "$name" 2>/dev/null || true; fi
}

if [ "$(value REPORT_EVENTS_SUBSCRIPTION)" = "true" ]; then
  echo "postdeploy: the report trigger's Event Grid subscription is part of main.bicep already; nothing to do."
  exit 0
fi

command -v az >/dev/null 2>&1 || { echo "postdeploy: the Azure CLI (az) is required to create the Event Grid subscription." >&2; exit 1; }

rg=$(value AZURE_RESOURCE_GROUP)
app=$(value AZURE_FUNCTION_APP_NAME)
topic=$(value REPORT_EVENTS_SYSTEM_TOPIC_NAME)
subscription=$(value REPORT_EVENTS_SUBSCRIPTION_NAME)
storage=$(value AZURE_STORAGE_ACCOUNT_NAME)
container=$(value REPORT_CONTAINER_NAME)
dead_letter=$(value REPORT_EVENTS_DEAD_LETTER_CONTAINER)
for v in rg app topic subscription storage container dead_letter; do
  [ -n "${!v}" ] || { echo "postdeploy: run 'azd provision' first ($v unknown)." >&2; exit 1; }
done

echo "Waiting for $app to report its blobs_extension key (the host starts on the first request)..."
key=""
for attempt in $(seq 1 30); do
  key=$(az functionapp keys list -g "$rg" -n "$app" --query "systemKeys.blobs_extension" -o tsv 2>/dev/null || true)
  [ -n "$key" ] && break
  # A request wakes a scaled-to-zero Flex app; any answer will do.
  curl -s -o /dev/null --max-time 30 "https://$app.azurewebsites.net/" || true
  sleep 10
done
if [ -z "$key" ]; then
  echo "postdeploy: $app has no blobs_extension key after 5 minutes. Check that 'azd deploy' succeeded and that" >&2
  echo "  BuildComplianceReport is listed: az functionapp function list -g $rg -n $app -o table; then: azd hooks run postdeploy" >&2
  exit 1
fi
unset key # the deployment reads the key itself (listKeys); it is not passed on

echo "Creating the Event Grid subscription $subscription on $topic -> $app/BuildComplianceReport"
az deployment group create \
  --resource-group "$rg" \
  --name report-events-subscription \
  --template-file infra/app/report-events-subscription.bicep \
  --parameters systemTopicName="$topic" name="$subscription" functionAppName="$app" \
               functionName=BuildComplianceReport reportContainerName="$container" \
               storageAccountName="$storage" deadLetterContainerName="$dead_letter" \
  --output none

azd env set REPORT_EVENTS_SUBSCRIPTION true
echo "Report trigger connected: a blob written to $container/pending/<circular>.json now rebuilds that circular's report."
