#!/usr/bin/env bash
# CI: build and lint the Bicep under infra/ and fail on ANY diagnostic (error, warning or info).
#
# The Bicep CLI comes from the NuGet package Azure.Bicep.CommandLine.linux-x64 (a self-contained
# binary in its tools/ folder), fetched through a throwaway 'dotnet restore' of a PackageDownload, so
# it uses only the NuGet source that dotnet is configured with. It is cached under .tools/ (git-ignored).
# infra/bicepconfig.json raises the linter rules to errors as well.
set -euo pipefail
cd "$(dirname "$0")/.."

BICEP_VERSION=0.49.2
PACKAGE=Azure.Bicep.CommandLine.linux-x64
TOOL_DIR=.tools/bicep/$BICEP_VERSION
BICEP=$TOOL_DIR/bicep

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if [ ! -x "$BICEP" ]; then
  command -v dotnet >/dev/null || { echo "bicep: the .NET SDK (dotnet) is required to fetch the Bicep CLI" >&2; exit 1; }
  echo "bicep: fetching $PACKAGE $BICEP_VERSION from NuGet"
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  # Outside the repository, so Directory.Build.props, central package management and global.json do not apply.
  cat >"$work/fetch.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <!-- The installed SDK's own framework, so restore needs no targeting pack from the feed. -->
    <TargetFramework>net\$([System.Version]::Parse('\$(NETCoreSdkVersion)').ToString(2))</TargetFramework>
    <NuGetAudit>false</NuGetAudit>
  </PropertyGroup>
  <ItemGroup>
    <PackageDownload Include="$PACKAGE" Version="[$BICEP_VERSION]" />
  </ItemGroup>
</Project>
EOF
  (cd "$work" && dotnet restore fetch.csproj --packages "$work/packages" -nologo -v quiet)
  found=$(find "$work/packages" -type f -name bicep -path '*/tools/*' | head -n 1)
  [ -n "$found" ] || { echo "bicep: no bicep binary in $PACKAGE $BICEP_VERSION" >&2; exit 1; }
  mkdir -p "$TOOL_DIR"
  cp "$found" "$BICEP.partial"
  chmod +x "$BICEP.partial"
  mv "$BICEP.partial" "$BICEP"
fi

"$BICEP" --version | grep -q "$BICEP_VERSION" || { echo "bicep: $BICEP is not version $BICEP_VERSION" >&2; exit 1; }
"$BICEP" --version

status=0
out=$(mktemp)

# run LABEL CMD...: run a Bicep command; any output on stderr or stdout (a diagnostic) or a non-zero
# exit fails the check.
run() {
  local label=$1; shift
  local rc=0
  "$@" >"$out" 2>&1 || rc=$?
  if [ "$rc" -ne 0 ] || [ -s "$out" ]; then
    echo "FAIL $label (exit $rc)"
    sed 's/^/  /' "$out"
    status=1
  else
    echo "ok   $label"
  fi
}

# The template azd deploys: compiled JSON to /dev/null, diagnostics to the log.
run "build infra/main.bicep" bash -c "'$BICEP' build infra/main.bicep --stdout >/dev/null"
# The subscription module is also deployed on its own (scripts/postdeploy.sh).
run "build infra/app/report-events-subscription.bicep" bash -c "'$BICEP' build infra/app/report-events-subscription.bicep --stdout >/dev/null"

while IFS= read -r file; do
  run "lint $file" "$BICEP" lint "$file"
done < <(find infra -name '*.bicep' -type f | sort)

# main.parameters.json: valid JSON whose every parameter main.bicep declares.
if command -v node >/dev/null; then
  compiled=$(mktemp)
  if "$BICEP" build infra/main.bicep --stdout >"$compiled" 2>/dev/null; then
    run "infra/main.parameters.json matches main.bicep" node -e '
      const fs = require("fs");
      const params = JSON.parse(fs.readFileSync("infra/main.parameters.json", "utf8")).parameters;
      const declared = JSON.parse(fs.readFileSync(process.argv[1], "utf8")).parameters;
      const unknown = Object.keys(params).filter(p => !(p in declared));
      if (unknown.length) { console.log("not declared in main.bicep: " + unknown.join(", ")); process.exit(1); }
    ' "$compiled"
  fi
  rm -f "$compiled"
fi

rm -f "$out"
if [ "$status" -ne 0 ]; then
  echo "bicep: diagnostics found" >&2
  exit 1
fi
echo "bicep: clean"
