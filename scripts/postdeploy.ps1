<#
.SYNOPSIS
    azd postdeploy hook for Windows: postdeploy.sh's twin. Creates the Event Grid subscription of the
    report trigger once the code (and so the blob extension's webhook key) exists, then sets
    REPORT_EVENTS_SUBSCRIPTION=true so main.bicep keeps it from then on. Re-run: azd hooks run postdeploy
#>
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
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

if ((Get-Value 'REPORT_EVENTS_SUBSCRIPTION') -eq 'true') {
    Write-Host "postdeploy: the report trigger's Event Grid subscription is part of main.bicep already; nothing to do."
    exit 0
}
if (-not (Get-Command az -ErrorAction SilentlyContinue)) {
    Write-Error 'postdeploy: the Azure CLI (az) is required to create the Event Grid subscription.'
    exit 1
}

$values = [ordered]@{
    rg           = Get-Value 'AZURE_RESOURCE_GROUP'
    app          = Get-Value 'AZURE_FUNCTION_APP_NAME'
    topic        = Get-Value 'REPORT_EVENTS_SYSTEM_TOPIC_NAME'
    subscription = Get-Value 'REPORT_EVENTS_SUBSCRIPTION_NAME'
    storage      = Get-Value 'AZURE_STORAGE_ACCOUNT_NAME'
    container    = Get-Value 'REPORT_CONTAINER_NAME'
    deadLetter   = Get-Value 'REPORT_EVENTS_DEAD_LETTER_CONTAINER'
}
foreach ($k in $values.Keys) {
    if (-not $values[$k]) { Write-Error "postdeploy: run 'azd provision' first ($k unknown)."; exit 1 }
}
$rg = $values.rg
$app = $values.app

Write-Host "Waiting for $app to report its blobs_extension key (the host starts on the first request)..."
$key = ''
for ($attempt = 1; $attempt -le 30 -and -not $key; $attempt++) {
    $key = az functionapp keys list -g $rg -n $app --query 'systemKeys.blobs_extension' -o tsv 2>$null
    if (-not $key) {
        try { Invoke-WebRequest -Uri "https://$app.azurewebsites.net/" -TimeoutSec 30 -SkipHttpErrorCheck | Out-Null } catch { }
        Start-Sleep -Seconds 10
    }
}
if (-not $key) {
    Write-Error "postdeploy: $app has no blobs_extension key after 5 minutes. Check 'az functionapp function list -g $rg -n $app -o table', then: azd hooks run postdeploy"
    exit 1
}
Remove-Variable key # the deployment reads the key itself (listKeys); it is not passed on

Write-Host "Creating the Event Grid subscription $($values.subscription) on $($values.topic) -> $app/BuildComplianceReport"
az deployment group create `
    --resource-group $rg `
    --name report-events-subscription `
    --template-file infra/app/report-events-subscription.bicep `
    --parameters systemTopicName=$($values.topic) name=$($values.subscription) functionAppName=$app `
    functionName=BuildComplianceReport reportContainerName=$($values.container) `
    storageAccountName=$($values.storage) deadLetterContainerName=$($values.deadLetter) `
    --output none
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }

azd env set REPORT_EVENTS_SUBSCRIPTION true
Write-Host "Report trigger connected: a blob written to $($values.container)/pending/<circular>.json now rebuilds that circular's report."
