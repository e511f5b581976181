<#
.SYNOPSIS
    azd postdeploy hook for Windows: postdeploy.sh's twin. Once the code (and so the blob extension's
    webhook key) exists: waits for the key, waking the app at its defaultHostName; creates the Event
    Grid subscription of the report trigger; sets REPORT_EVENTS_SUBSCRIPTION=true so main.bicep keeps
    it from then on; then re-touches the trigger blobs intake wrote under <reports>/pending/ before the
    subscription existed, so their reports are built. Re-run: azd hooks run postdeploy
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
$storage = $values.storage
$container = $values.container

function Connect-ReportTrigger {
    # The host name Azure gives the app (what Event Grid calls too), not one assumed from its name.
    $hostName = az functionapp show -g $rg -n $app --query defaultHostName -o tsv 2>$null
    if (-not $hostName) { $hostName = Get-Value 'AZURE_FUNCTION_APP_HOSTNAME' }
    if (-not $hostName) { Write-Error "postdeploy: cannot read the defaultHostName of $app (az functionapp show -g $rg -n $app)."; exit 1 }

    Write-Host "Waiting for $app ($hostName) to report its blobs_extension key (the host starts on the first request)..."
    $key = ''
    for ($attempt = 1; $attempt -le 30 -and -not $key; $attempt++) {
        $key = az functionapp keys list -g $rg -n $app --query 'systemKeys.blobs_extension' -o tsv 2>$null
        if (-not $key) {
            # A request wakes a scaled-to-zero Flex app; any answer will do.
            try { Invoke-WebRequest -Uri "https://$hostName/" -TimeoutSec 30 -SkipHttpErrorCheck | Out-Null } catch { }
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
        functionName=BuildComplianceReport reportContainerName=$container `
        storageAccountName=$storage deadLetterContainerName=$($values.deadLetter) `
        --output none
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }

    azd env set REPORT_EVENTS_SUBSCRIPTION true
    azd env set REPORT_TRIGGERS_RETOUCHED false
    Write-Host "Report trigger connected: a blob written to $container/pending/<circular>.json now rebuilds that circular's report."
}

# Writes every trigger blob under pending/ again, so Event Grid sends the BlobCreated it missed.
function Update-PendingTriggers {
    $names = az storage blob list --auth-mode login --account-name $storage --container-name $container `
        --prefix pending/ --query '[].name' -o tsv 2>$null
    if ($LASTEXITCODE -ne 0) {
        Write-Warning ("postdeploy: could not list $container/pending/ to re-touch the report triggers written before the " +
            "subscription existed. Their reports are built at the next form for the same circular. To build them now, get " +
            "blob data access (azd env set GRANT_DEPLOYER_ACCESS true; azd provision) and run: azd hooks run postdeploy")
        return
    }

    $file = New-TemporaryFile
    try {
        $count = 0
        foreach ($name in @($names | Where-Object { $_ })) {
            az storage blob download --auth-mode login --account-name $storage --container-name $container `
                --name $name --file $file.FullName --no-progress --output none
            if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
            az storage blob upload --auth-mode login --account-name $storage --container-name $container `
                --name $name --file $file.FullName --overwrite --no-progress --output none
            if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
            $count++
        }
    }
    finally {
        Remove-Item $file.FullName -ErrorAction SilentlyContinue
    }

    azd env set REPORT_TRIGGERS_RETOUCHED true
    Write-Host "Re-touched $count report trigger(s) under $container/pending/: their reports are being built."
}

$connectedNow = $false
if ((Get-Value 'REPORT_EVENTS_SUBSCRIPTION') -ne 'true') {
    Connect-ReportTrigger
    $connectedNow = $true
}
if ($connectedNow -or (Get-Value 'REPORT_TRIGGERS_RETOUCHED') -ne 'true') {
    Update-PendingTriggers
}
else {
    Write-Host 'postdeploy: the report trigger is connected and no trigger blob waits; nothing to do.'
}
