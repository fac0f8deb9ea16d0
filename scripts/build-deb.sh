#!/usr/bin/env bash
# Builds the Debian package, target/debian/orgplan_<version>-1_<arch>.deb, as configured in
# Cargo.toml's [package.metadata.deb], and lists what it installs. Installs cargo-deb first when it
# is missing. Not part of .ci/run: the release build takes long on a small machine (about ten
# minutes from clean on two cores; a minute for cargo-deb itself; seconds when nothing changed).
set -euo pipefail
cd "$(dirname "$0")/.."

command -v cargo-deb >/dev/null || cargo install cargo-deb --locked
cargo build --release --locked
# The manual pages and the shell completions, made from the command line's own definition.
generated=target/generated
rm -rf "$generated"
mkdir -p "$generated/man" "$generated/completions"
target/release/orgplan man -o "$generated/man"
gzip -9n "$generated"/man/*.1
target/release/orgplan completions bash -o "$generated/completions/orgplan.bash"
target/release/orgplan completions zsh -o "$generated/completions/_orgplan"
target/release/orgplan completions fish -o "$generated/completions/orgplan.fish"
cargo deb --no-build "$@"
deb="$(ls -t target/debian/orgplan_*.deb | head -n 1)"
dpkg-deb --info "$deb"
dpkg-deb --contents "$deb"
echo "built $deb"
