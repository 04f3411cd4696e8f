#!/bin/sh
# Run the test suite. The tests use real system components: a PostgreSQL server (the results store),
# Chromium (the HTML report in a browser) and LibreOffice (the annotated Word file opens). Missing
# Debian packages are installed first when this runs as root or with sudo; then pytest runs with
# any arguments given here, e.g. `sh tools/test.sh -q -k store`.
set -eu
cd "$(dirname "$0")/.."

need=""
command -v chromium >/dev/null 2>&1 || need="$need chromium"
command -v soffice >/dev/null 2>&1 || need="$need libreoffice-writer-nogui libreoffice-calc-nogui"
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1 || need="$need postgresql"
if [ -n "$need" ]; then
  echo "==> installing Debian packages:$need"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $need fonts-dejavu-core >/dev/null
fi

PY=.venv/bin/python
[ -x "$PY" ] || PY=python3
exec "$PY" -m pytest "$@"
