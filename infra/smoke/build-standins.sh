#!/bin/bash
# Local stand-ins for the public base images of docker-compose.yml, built from this machine's own
# Debian packages and `docker import`ed: no registry is reachable here, so nothing can be pulled.
# Each rootfs holds the host's binaries plus every shared library `ldd` finds for them, busybox for
# the shell tools the images' scripts and healthchecks use, and the users the real images run as.
# Why each one looks the way it does: docs/docker-smoke.md.
#
#   infra/smoke/build-standins.sh            (DOCKER_HOST may point at a private dockerd)
# Tags (the smoke passes them as NODE_IMAGE, PROMETHEUS_IMAGE, ALERTMANAGER_IMAGE, POSTGRES_IMAGE):
#   throtl-standin/node:20 throtl-standin/prometheus:2 throtl-standin/alertmanager:0 throtl-standin/postgres:15
set -euo pipefail
DOCKER=${DOCKER:-docker}
NPM_CACHE=${NPM_CACHE:-$HOME/.npm/_cacache}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d /tmp/throtl-standins.XXXXXX)
trap 'rm -rf "$work"' EXIT

for tool in busybox node ldd tar; do
  command -v "$tool" >/dev/null || { echo "build-standins: $tool is missing (apt-get install -y busybox)" >&2; exit 1; }
done

# A Debian-like skeleton: merged /usr (bin, lib, sbin are links into usr), /tmp, users and groups.
skeleton() {
  local root=$1
  mkdir -p "$root"/{usr/bin,usr/sbin,usr/lib/x86_64-linux-gnu,usr/lib64,etc,tmp,root,var/tmp,dev,proc,sys}
  ln -s usr/bin "$root/bin"; ln -s usr/sbin "$root/sbin"; ln -s usr/lib "$root/lib"; ln -s usr/lib64 "$root/lib64"
  chmod 1777 "$root/tmp" "$root/var/tmp"
  printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n' > "$root/etc/passwd"
  printf 'root:x:0:\nnogroup:x:65534:\n' > "$root/etc/group"
  printf 'hosts: files dns\n' > "$root/etc/nsswitch.conf"
  printf '127.0.0.1 localhost\n::1 localhost\n' > "$root/etc/hosts"
  # The C runtime as a Debian slim image has it (all of libc6, not only what one binary links:
  # native Node addons dlopen librt, libdl, ...), then busybox for the shell tools.
  packages "$root" libc6 libgcc-s1 libstdc++6
  cp -L /usr/bin/busybox "$root/usr/bin/busybox"
  for applet in $(busybox --list); do if [ ! -e "$root/usr/bin/$applet" ]; then ln -s busybox "$root/usr/bin/$applet"; fi; done
}

# Every file of the given Debian packages, at its own path (dereferenced), documentation left out.
packages() { # root package...
  local root=$1; shift
  dpkg -L "$@" | grep -v -e '^/usr/share/doc' -e '^/usr/share/man' -e '^/usr/share/lintian' -e llvmjit |
    while read -r f; do if [ -f "$f" ]; then echo "${f#/}"; fi; done |
    tar -C / -c --dereference -T - | tar -C "$root" -x --keep-directory-symlink
}

add_user() { # root name uid home
  printf '%s:x:%s:%s:%s:%s:/bin/sh\n' "$2" "$3" "$3" "$2" "$4" >> "$1/etc/passwd"
  printf '%s:x:%s:\n' "$2" "$3" >> "$1/etc/group"
}

# Copies a host file into the rootfs under its own name in its directory's canonical path (a library
# keeps its soname, /lib/x/libc.so.6 lands in /usr/lib/x/), or at rootfs-path; content dereferenced.
put() { # root host-path [rootfs-path]
  local src dst
  src=$(readlink -f "$2")
  dst=$1${3:-$(readlink -f "$(dirname "$2")")/$(basename "$2")}
  mkdir -p "$(dirname "$dst")"
  cp -L "$src" "$dst"
}

# Every shared library the given ELF files (host paths) need, and the dynamic loader at /lib64.
libraries() { # root file...
  local root=$1; shift
  { ldd /usr/bin/busybox "$@" 2>/dev/null || true; } | grep -o '/[^ ]*\.so[^ ]*' | sort -u |
    while read -r lib; do if [ -e "$lib" ]; then put "$root" "$lib"; fi; done
  put "$root" /lib64/ld-linux-x86-64.so.2 /usr/lib64/ld-linux-x86-64.so.2
}

# True (and says so) when the image exists already: an unchanged base keeps Docker's build cache.
# STANDINS_REBUILD=1 rebuilds all, STANDINS_REBUILD=postgres,node the ones named.
have() {
  local name=${1#throtl-standin/}; name=${name%%:*}
  case ",${STANDINS_REBUILD:-}," in ,1,|*",$name,"*) return 1 ;; esac
  if "$DOCKER" image inspect "$1" >/dev/null 2>&1; then
    echo "kept $1 (STANDINS_REBUILD=1 rebuilds it)"; return 0
  fi
  return 1
}

import() { # root tag [--change ...]
  local root=$1 tag=$2; shift 2
  tar -C "$root" -c . | "$DOCKER" import "$@" - "$tag" >/dev/null
  echo "built $tag ($(du -sh "$root" | cut -f1))"
}

# node:20-bookworm-slim: node, npm, the `node` user (uid 1000), and this machine's npm cache with
# npm set offline, so the Dockerfile's `npm install` resolves from the cache and sends nothing.
node_image() {
  have throtl-standin/node:20 && return
  local root=$work/node
  skeleton "$root"
  add_user "$root" node 1000 /home/node
  mkdir -p "$root/home/node" && chown 1000:1000 "$root/home/node"
  put "$root" /usr/bin/node
  # Debian's ldd script, not busybox's: npm reads /usr/bin/ldd to tell glibc from musl, and skips
  # glibc-only optional packages (lightningcss, @next/swc, esbuild binaries) when it cannot.
  rm -f "$root/usr/bin/ldd" && put "$root" /usr/bin/ldd /usr/bin/ldd
  mkdir -p "$root/usr/lib/node_modules"
  cp -a "$(readlink -f /usr/lib/node_modules/npm)" "$root/usr/lib/node_modules/npm"
  ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$root/usr/bin/npm"
  ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$root/usr/bin/npx"
  mkdir -p "$root/root/.npm" && cp -a "$NPM_CACHE" "$root/root/.npm/_cacache"
  libraries "$root" /usr/bin/node
  import "$root" throtl-standin/node:20 \
    --change 'ENV PATH=/usr/local/bin:/usr/bin:/bin' --change 'ENV npm_config_offline=true' \
    --change 'ENV npm_config_cache=/root/.npm' --change 'CMD ["node"]'
}

# prom/prometheus: /bin/prometheus and promtool, run as nobody, TSDB under /prometheus.
prometheus_image() {
  have throtl-standin/prometheus:2 && return
  local root=$work/prometheus
  skeleton "$root"
  put "$root" /usr/bin/prometheus /usr/bin/prometheus
  put "$root" /usr/bin/promtool /usr/bin/promtool
  mkdir -p "$root/prometheus" "$root/etc/prometheus" && chown 65534:65534 "$root/prometheus"
  libraries "$root" /usr/bin/prometheus /usr/bin/promtool
  import "$root" throtl-standin/prometheus:2 --change 'USER nobody' --change 'WORKDIR /prometheus' \
    --change 'ENTRYPOINT ["/bin/prometheus"]' --change 'CMD ["--config.file=/etc/prometheus/prometheus.yml", "--storage.tsdb.path=/prometheus"]'
}

# prom/alertmanager: /bin/alertmanager (Debian calls it prometheus-alertmanager) and amtool, as nobody.
alertmanager_image() {
  have throtl-standin/alertmanager:0 && return
  local root=$work/alertmanager
  skeleton "$root"
  # The whole package: Debian's build reads its notification templates from /usr/share/prometheus.
  packages "$root" prometheus-alertmanager
  put "$root" /usr/bin/prometheus-alertmanager /usr/bin/alertmanager
  put "$root" /usr/bin/amtool /usr/bin/amtool
  mkdir -p "$root/alertmanager" "$root/etc/alertmanager" && chown 65534:65534 "$root/alertmanager"
  libraries "$root" /usr/bin/prometheus-alertmanager /usr/bin/amtool
  import "$root" throtl-standin/alertmanager:0 --change 'USER nobody' --change 'WORKDIR /alertmanager' \
    --change 'ENTRYPOINT ["/bin/alertmanager"]' --change 'CMD ["--config.file=/etc/alertmanager/alertmanager.yml", "--storage.path=/alertmanager"]'
}

# postgres:15-bookworm: Debian's postgresql-15 and its client, tzdata, and a small entrypoint doing
# what the official one does with POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB on first start.
postgres_image() {
  have throtl-standin/postgres:15 && return
  local root=$work/postgres
  skeleton "$root"
  add_user "$root" postgres 999 /var/lib/postgresql
  local pkg f
  # Without the JIT (llvmjit pulls in all of LLVM): postgres runs without it when it is absent.
  packages "$root" postgresql-15 postgresql-client-15 libpq5 tzdata
  tar -C / -c usr/lib/locale/C.utf8 | tar -C "$root" -x --keep-directory-symlink
  put "$root" "$here/standin/postgres-entrypoint.sh" /usr/local/bin/docker-entrypoint.sh
  chmod 755 "$root/usr/local/bin/docker-entrypoint.sh"
  mkdir -p "$root/var/lib/postgresql/data" "$root/var/run/postgresql"
  chown -R 999:999 "$root/var/lib/postgresql" "$root/var/run/postgresql"
  chmod 700 "$root/var/lib/postgresql/data"
  libraries "$root" /usr/lib/postgresql/15/bin/* $(find /usr/lib/postgresql/15/lib -name '*.so' ! -name 'llvmjit*')
  import "$root" throtl-standin/postgres:15 --change 'USER postgres' \
    --change 'ENV PATH=/usr/lib/postgresql/15/bin:/usr/local/bin:/usr/bin:/bin' --change 'ENV PGDATA=/var/lib/postgresql/data' \
    --change 'ENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh"]' --change 'CMD ["postgres"]'
}

node_image
prometheus_image
alertmanager_image
postgres_image
