#!/usr/bin/env bash
# Debian system packages Wanees needs. Idempotent and quick when everything is present.
#   scripts/install-system.sh          runtime packages
#   scripts/install-system.sh --test   plus Chromium for the end-to-end tests
set -euo pipefail

packages=(python3 python3-venv python3-dev gcc espeak-ng mbrola mbrola-ar2 libsndfile1)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(chromium fonts-noto-core)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -ne 0 ]]; then
  echo "Missing system packages: ${missing[*]}. Run as root, or: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi

# mbrola lives in Debian contrib and its Arabic voice in non-free: enable them in a file of ours.
src=/etc/apt/sources.list.d/wanees-contrib.sources
if [[ ! -f $src ]]; then
  codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")
  cat > "$src" <<SRC
Types: deb
URIs: http://deb.debian.org/debian
Suites: $codename
Components: contrib non-free
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
fi
echo "Installing system packages: ${missing[*]}"
apt-get update -q
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
