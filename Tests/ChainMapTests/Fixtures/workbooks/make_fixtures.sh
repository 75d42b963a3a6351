#!/usr/bin/env bash
# Regenerates the workbook fixtures with real spreadsheet programs: libreoffice.xlsx (LibreOffice's writer, from a flat
# ODS) and openpyxl.xlsx. Needs Debian's libreoffice-calc and PyPI's openpyxl; CI uses the committed files.
#   apt-get install --no-install-recommends libreoffice-calc && pip install openpyxl
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$here/make_fixtures.py" "$work/libreoffice.fods" "$work/openpyxl.xlsx"
soffice --headless --norestore "-env:UserInstallation=file://$work/profile" --convert-to xlsx --outdir "$work" "$work/libreoffice.fods" >/dev/null
cp "$work/libreoffice.xlsx" "$work/openpyxl.xlsx" "$here/"
echo "wrote $here/libreoffice.xlsx and $here/openpyxl.xlsx"
