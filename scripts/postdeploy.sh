#!/usr/bin/env bash
# azd postdeploy hook (azure.yaml): connect the report trigger once the code is deployed.
#
# BuildComplianceReport is a blob trigger with Event Grid as its source (the only kind Flex
# Consumption runs). Event Grid delivers to the blob extension's webhook,
#   https://<defaultHostName>/runtime/webhooks/blobs?functionName=Host.Functions.BuildComplianceReport&code=<blobs_extension key>
# and that key exists only after the code with the trigger is deployed and the host has started; Event
# Grid also checks the endpoint when the subscription is created. So the first 'azd provision' makes
# only the system topic, and this hook, after the first 'azd deploy':
#   1. waits until the host reports its blobs_extension system key, waking the app at its
#      defaultHostName (a custom domain or another cloud's suffix, never an assumed azurewebsites.net);
#   2. deploys infra/app/report-events-subscription.bicep (the subscription, filtered to BlobCreated
#      under /blobServices/default/containers/<reports>/blobs/pending/, key read by listKeys);
#   3. sets REPORT_EVENTS_SUBSCRIPTION=true, so every later 'azd provision' keeps it in main.bicep;
#   4. re-touches the trigger blobs already under <reports>/pending/: intake wrote them before the
#      subscription existed, so no event fired for them and their reports were never built. Writing a
#      trigger blob again is harmless (the report is rebuilt from the records). This needs blob data
#      access for the person running azd (GRANT_DEPLOYER_ACCESS=true); without it the hook says so and
#      leaves REPORT_TRIGGERS_RETOUCHED unset, so the next run tries again.
# Steps 1-3 run once; step 4 runs until it has succeeded. Re-run: azd hooks run postdeploy
if [ -z "${BASH_VERSION:-}" ]; then exec bash "$0" "$@"; fi
set -euo pipefail
cd "$(dirname "$0")/.."

value() {
  local name=$1
  if [ -n "${!name:-}" ]; then printf '%s' "${!name}"; return; fi
  if command -v azd >/dev/null 2>&1; then azd env get-value "$name" 2>/dev/null || true; fi
}

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

connect() {
  # The host name Azure gives the app (what Event Grid calls too), not one assumed from its name.
  local host
  host=$(az functionapp show -g "$rg" -n "$app" --query defaultHostName -o tsv 2>/dev/null || true)
  [ -n "$host" ] || host=$(value AZURE_FUNCTION_APP_HOSTNAME)
  [ -n "$host" ] || { echo "postdeploy: cannot read the defaultHostName of $app (az functionapp show -g $rg -n $app)." >&2; exit 1; }

  echo "Waiting for $app ($host) to report its blobs_extension key (the host starts on the first request)..."
  local key=""
  for _ in $(seq 1 30); do
    key=$(az functionapp keys list -g "$rg" -n "$app" --query "systemKeys.blobs_extension" -o tsv 2>/dev/null || true)
    [ -n "$key" ] && break
    # A request wakes a scaled-to-zero Flex app; any answer will do.
    curl -s -o /dev/null --max-time 30 "https://$host/" || true
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
  azd env set REPORT_TRIGGERS_RETOUCHED false
  echo "Report trigger connected: a blob written to $container/pending/<circular>.json now rebuilds that circular's report."
}

# Writes every trigger blob under pending/ again, so Event Grid sends the BlobCreated it missed.
retouch() {
  local names work count=0
  work=$(mktemp -d)
  if ! names=$(az storage blob list --auth-mode login --account-name "$storage" --container-name "$container" \
      --prefix pending/ --query "[].name" -o tsv 2>"$work/error"); then
    echo "postdeploy: warning: could not list $container/pending/ to re-touch the report triggers written before" >&2
    echo "  the subscription existed ($(head -n 1 "$work/error")). Their reports are built at the next form for" >&2
    echo "  the same circular. To build them now, get blob data access (azd env set GRANT_DEPLOYER_ACCESS true;" >&2
    echo "  azd provision) and run: azd hooks run postdeploy" >&2
    rm -rf "$work"
    return 0
  fi

  while IFS= read -r name; do
    [ -n "$name" ] || continue
    az storage blob download --auth-mode login --account-name "$storage" --container-name "$container" \
      --name "$name" --file "$work/trigger" --no-progress --output none
    az storage blob upload --auth-mode login --account-name "$storage" --container-name "$container" \
      --name "$name" --file "$work/trigger" --overwrite --no-progress --output none
    count=$((count + 1))
  done <<<"$names"
  rm -rf "$work"
  azd env set REPORT_TRIGGERS_RETOUCHED true
  echo "Re-touched $count report trigger(s) under $container/pending/: their reports are being built."
}

connected_now=false
if [ "$(value REPORT_EVENTS_SUBSCRIPTION)" != "true" ]; then
  connect
  connected_now=true
fi
if [ "$connected_now" = true ] || [ "$(value REPORT_TRIGGERS_RETOUCHED)" != "true" ]; then
  retouch
else
  echo "postdeploy: the report trigger is connected and no trigger blob waits; nothing to do."
fi
