#!/usr/bin/env bash
# What Native AOT needs on Linux besides the .NET SDK: a C toolchain (clang) to link the native program, and zlib's
# development files. Installs them with apt-get when missing (Debian, Ubuntu; run as root or with sudo), and says
# what to install elsewhere. The tool's Native AOT package test skips, naming this script, when they are missing.
set -euo pipefail

missing=()
command -v clang >/dev/null 2>&1 || missing+=(clang)
zlib=no
for library in /usr/lib/x86_64-linux-gnu/libz.so /usr/lib/aarch64-linux-gnu/libz.so /usr/lib64/libz.so /usr/lib/libz.so; do
  [ -e "$library" ] && zlib=yes
done
[ "$zlib" = yes ] || missing+=(zlib1g-dev)

if [ "${#missing[@]}" -eq 0 ]; then
  echo "Native AOT prerequisites are installed (clang, zlib)."
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "missing: ${missing[*]}; install clang and the zlib development package with this system's package manager" >&2
  exit 1
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update
$sudo apt-get install -y --no-install-recommends "${missing[@]}"
