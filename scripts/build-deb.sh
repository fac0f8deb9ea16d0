#!/usr/bin/env bash
# Builds the Debian package, target/debian/orgplan_<version>-1_<arch>.deb, as configured in
# Cargo.toml's [package.metadata.deb], and lists what it installs. Installs cargo-deb first when it
# is missing. Not part of .ci/run: the release build takes long on a small machine (about ten
# minutes from clean on two cores; a minute for cargo-deb itself; seconds when nothing changed).
set -euo pipefail
cd "$(dirname "$0")/.."

command -v cargo-deb >/dev/null || cargo install cargo-deb --locked
cargo deb "$@"
deb="$(ls -t target/debian/orgplan_*.deb | head -n 1)"
dpkg-deb --info "$deb"
dpkg-deb --contents "$deb"
echo "built $deb"
