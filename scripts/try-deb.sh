#!/usr/bin/env bash
# Shows that the Debian package works as a director's new machine would find it: a fresh
# minimal Debian 12 made here (debootstrap from the package mirror, then chroot), the package
# installed with apt-get (which pulls in what the window needs), orgplan started under Xvfb
# through its desktop entry's MIME type (xdg-open on a .orgplan plan), and a screenshot taken.
# Run by hand as root after scripts/build-deb.sh: about 5 minutes (most of it debootstrap).
#
#   sudo scripts/try-deb.sh [target/debian/orgplan_*.deb]
#
# Leaves the screenshot and what each step printed in target/try-deb/.
set -euo pipefail
cd "$(dirname "$0")/.."
deb="${1:-$(ls target/debian/orgplan_*.deb | tail -n 1)}"
root="${ROOT:-/tmp/orgplan-fresh-debian}"
out="target/try-deb"
mkdir -p "$out"
started=$(date +%s)

command -v debootstrap >/dev/null || apt-get install -y --no-install-recommends debootstrap
if [ ! -x "$root/usr/bin/apt-get" ]; then
    debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"
mounted=()
cleanup() {
    for m in "${mounted[@]}"; do umount -l "$m" || true; done
}
trap cleanup EXIT
for m in proc dev sys; do
    mount --bind "/$m" "$root/$m"
    mounted+=("$root/$m")
done
in_root() { chroot "$root" env DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8 "$@"; }

cp "$deb" "$root/tmp/orgplan.deb"
in_root apt-get update
# The package alone, as a user installs it: its dependencies come with it.
in_root apt-get install -y /tmp/orgplan.deb | tee "$out/install.log"
# What any desktop has and a minimal system lacks: a display server to try it in, the MIME
# database and the tools that tell and open a file by its type (mimetype, which reads that
# database), and a screenshot tool.
in_root apt-get install -y --no-install-recommends \
    xvfb xauth xdotool imagemagick xdg-utils shared-mime-info desktop-file-utils \
    libfile-mimeinfo-perl
in_root update-mime-database /usr/share/mime
in_root update-desktop-database /usr/share/applications

{
    in_root orgplan --version
    in_root orgplan example --name kouvola -o /root/kouvola.orgplan
    echo "file type: $(in_root xdg-mime query filetype /root/kouvola.orgplan)"
    echo "opened by: $(in_root xdg-mime query default application/x-orgplan+ron)"
    in_root ls /usr/share/man/man1/orgplan.1.gz /usr/share/icons/hicolor/256x256/apps/orgplan.png \
        /usr/share/bash-completion/completions/orgplan || true
} | tee "$out/checks.log"

in_root sh -c '
    Xvfb :42 -screen 0 1280x800x24 >/tmp/xvfb.log 2>&1 &
    sleep 2
    DISPLAY=:42 LIBGL_ALWAYS_SOFTWARE=1 xdg-open /root/kouvola.orgplan >/tmp/orgplan.log 2>&1 &
    sleep 20
    DISPLAY=:42 import -window root /tmp/screenshot.png
    DISPLAY=:42 xdotool search --name orgplan getwindowname %@ || true
    pkill -x orgplan || true
    pkill Xvfb || true
' | tee "$out/window.log"
cp "$root/tmp/screenshot.png" "$root/tmp/orgplan.log" "$out/"
echo "took $(( $(date +%s) - started )) s; screenshot: $out/screenshot.png"
