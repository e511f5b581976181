#!/usr/bin/env bash
# Renders the documentation pictures of the blank forms.
#
#   docs/render-forms.sh [OUTDIR]    (default: docs)
#
# Writes each blank form of samples/circular-HDS-23-1109.json, Word and Excel, with `hsnforms template`,
# prints them to PDF with LibreOffice (one run for all four) and turns each one-page PDF into
# OUTDIR/form-{intention,result}-{word,excel}.png with pdftoppm. Installs LibreOffice, poppler-utils and
# the fonts the forms use with apt-get when they are missing (Debian/Ubuntu, root or sudo).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs}
mkdir -p "$out"
out=$(cd "$out" && pwd)

need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui libreoffice-calc-nogui)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
fc-list 2>/dev/null | grep -i "liberation sans" >/dev/null || need+=(fonts-liberation)
fc-list 2>/dev/null | grep -i "wenquanyi" >/dev/null || need+=(fonts-wqy-microhei)
if ((${#need[@]})); then
  sudo=()
  [[ $(id -u) -eq 0 ]] || sudo=(sudo)
  echo "Installing ${need[*]} ..." >&2
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build cli/HsnForms.Cli -nologo -v quiet >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
files=()
for form in intention result; do
  for format in docx xlsx; do
    name="form-$form-$([[ $format == docx ]] && echo word || echo excel)"
    dotnet run --no-build --project cli/HsnForms.Cli -- template "$form" --circular samples/circular-HDS-23-1109.json \
      --format "$format" --out "$work/$name.$format" >/dev/null
    files+=("$name.$format")
  done
done

# One LibreOffice run for the four files, with a private profile so a running LibreOffice does not interfere.
(cd "$work" && soffice --headless --norestore -env:UserInstallation="file://$work/lo-profile" \
  --convert-to pdf --outdir "$work" "${files[@]}" >"$work/soffice.log" 2>&1) \
  || { cat "$work/soffice.log" >&2; exit 1; }
for file in "${files[@]}"; do
  pdf="$work/${file%.*}.pdf"
  [[ -s "$pdf" ]] || { echo "$0: LibreOffice wrote no PDF for $file" >&2; cat "$work/soffice.log" >&2; exit 1; }
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
  [[ "$pages" == 1 ]] || echo "$0: warning: $file prints on $pages pages" >&2
  pdftoppm -png -r 72 -f 1 -l 1 -singlefile "$pdf" "$out/${file%.*}"
  echo "$out/${file%.*}.png"
done
