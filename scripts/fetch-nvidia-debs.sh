#!/usr/bin/env bash
# NVIDIA's own libnvidia-ml.so.1 and nvidia-smi, from Debian's non-free component, unpacked into
# test/.vendor/nvidia/ (git-ignored) for the tests that check joulecheck against the real binaries on a
# machine without the kernel driver. Nothing is installed system-wide: the packages are only downloaded
# and unpacked with dpkg -x. Adding non-free (and non-free-firmware) to the apt sources where missing is
# the one change to the system. Idempotent: returns at once when the files are already unpacked.
#
#   bash scripts/fetch-nvidia-debs.sh        # prints the unpacked library and binary paths
set -euo pipefail
cd "$(dirname "$0")/.."
dest=test/.vendor/nvidia
stamp="$dest/.unpacked"
lib_glob="$dest/root/usr/lib/*-linux-gnu/nvidia/current/libnvidia-ml.so.1"
# the packages: the library, and the binary (which loads the library by its soname)
pkgs=(libnvidia-ml1 nvidia-smi)

found() {
  # shellcheck disable=SC2086
  ls $lib_glob >/dev/null 2>&1 && [ -x "$dest/root/usr/lib/nvidia/current/nvidia-smi" ]
}
if [ -f "$stamp" ] && found; then
  cat "$stamp"
  exit 0
fi

for tool in apt-get apt-cache dpkg; do
  command -v "$tool" >/dev/null 2>&1 || { echo "fetch-nvidia-debs: $tool not found: this script needs Debian's apt and dpkg" >&2; exit 2; }
done

candidate() { apt-cache policy "$1" 2>/dev/null | awk '/Candidate:/ { print $2 }'; }

# Adds the components to every enabled Debian archive entry that lacks them, in deb822 .sources files and
# in one-line .list files. APT_ETC: apt's configuration directory (default /etc/apt).
add_components() {
  local f changed=1 etc=${APT_ETC:-/etc/apt}
  for f in "$etc"/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    local new
    new=$(awk '
      function flush() {
        if (buf == "") return
        line = compline
        if (isdeb && line != "") {
          n = split("non-free non-free-firmware", want, " ")
          for (i = 1; i <= n; i++) if (line !~ ("[ \t]" want[i] "([ \t]|$)")) line = line " " want[i]
        }
        if (line != "") sub(/__COMPONENTS__/, line, buf)
        printf "%s", buf
        buf = ""; isdeb = 0; compline = ""
      }
      /^[ \t]*$/ { flush(); print; next }
      /^Components:/ { compline = $0; buf = buf "__COMPONENTS__\n"; next }
      /^URIs:/ && /\/debian(-security)?\/?([ \t]|$)/ { isdeb = 1 }
      { buf = buf $0 "\n" }
      END { flush() }' "$f")
    if [ "$new" != "$(cat "$f")" ]; then
      printf '%s\n' "$new" >"$f"
      echo "fetch-nvidia-debs: added non-free, non-free-firmware to $f" >&2
      changed=0
    fi
  done
  for f in "$etc"/sources.list "$etc"/sources.list.d/*.list; do
    [ -f "$f" ] || continue
    if grep -Eq '^deb(-src)?[[:space:]].*/debian(-security)?/?[[:space:]].*[[:space:]]main([[:space:]]|$)' "$f" &&
      grep -E '^deb(-src)?[[:space:]].*/debian(-security)?/?[[:space:]]' "$f" | grep -Evq '[[:space:]]non-free([[:space:]]|$)'; then
      sed -Ei '/^deb(-src)?[[:space:]].*\/debian(-security)?\/?[[:space:]]/{/[[:space:]]non-free([[:space:]]|$)/!s/[[:space:]]main([[:space:]]|$)/ main non-free non-free-firmware\1/}' "$f"
      echo "fetch-nvidia-debs: added non-free, non-free-firmware to $f" >&2
      changed=0
    fi
  done
  return "$changed"
}

if [ -z "$(candidate libnvidia-ml1)" ] || [ "$(candidate libnvidia-ml1)" = "(none)" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "fetch-nvidia-debs: libnvidia-ml1 is not in apt's lists: run this once as root (it adds Debian's non-free component to the apt sources and runs apt-get update)" >&2
    exit 1
  fi
  add_components || true
  apt-get update -qq
fi
for p in "${pkgs[@]}"; do
  c=$(candidate "$p")
  if [ -z "$c" ] || [ "$c" = "(none)" ]; then
    echo "fetch-nvidia-debs: no candidate for the package $p after adding non-free (apt-cache policy $p): is this Debian with deb.debian.org reachable?" >&2
    exit 1
  fi
done

mkdir -p "$dest/debs"
rm -rf "$dest/root"
# apt-get download writes into the current directory; as root it fetches as the _apt user, who needs write access
chmod 777 "$dest/debs" 2>/dev/null || true
(cd "$dest/debs" && rm -f ./*.deb && apt-get download -qq "${pkgs[@]}")
for deb in "$dest"/debs/*.deb; do dpkg -x "$deb" "$dest/root"; done
if ! found; then
  echo "fetch-nvidia-debs: unpacked, but $lib_glob or $dest/root/usr/lib/nvidia/current/nvidia-smi is missing: the packages' layout changed" >&2
  exit 1
fi
# shellcheck disable=SC2086
lib=$(ls $lib_glob | head -1)
{
  for deb in "$dest"/debs/*.deb; do dpkg-deb -W --showformat='${Package} ${Version}\n' "$deb"; done
  echo "library: $lib"
  echo "nvidia-smi: $dest/root/usr/lib/nvidia/current/nvidia-smi"
} >"$stamp"
cat "$stamp"
