#!/usr/bin/env bash
# The static binary and the .deb on Debian 11 (glibc 2.31): builds the package with
# scripts/package-deb, unpacks a minimal bullseye made by debootstrap (cached as a tarball under
# $PORTLORE_CI_CACHE, default /var/cache/portlore-ci), mounts /proc, and checks inside the chroot
# that
#   - the README-built binary, copied alone, answers `portlore 1302` and `portlore ls`, naming a
#     listener's user from the chroot's own /etc/passwd;
#   - `dpkg -i` installs the package: /usr/bin/portlore, the user, the token, man page and
#     completions;
#   - the unit's own ExecStart, run as its user with only its capabilities, serves the listener
#     of another user's process to a request with the token, and not without it.
# Needs root. Installs debootstrap and systemd (for systemd-analyze) when missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
. tests/integration/lib.sh

need=()
command -v debootstrap >/dev/null || need+=(debootstrap)
command -v systemd-analyze >/dev/null || need+=(systemd)
command -v man >/dev/null || need+=(man-db)
command -v strace >/dev/null || need+=(strace)
if [ ${#need[@]} -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq "${need[@]}"
fi

CACHE=${PORTLORE_CI_CACHE:-/var/cache/portlore-ci}
BASE=$CACHE/debian11-minbase.tar
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
WORK=$(mktemp -d)
ROOT=$WORK/root

cleanup() {
    stop_started
    if mountpoint -q "$ROOT/proc" 2>/dev/null; then umount "$ROOT/proc" || umount -l "$ROOT/proc"; fi
    # Never delete through a mounted /proc.
    if mountpoint -q "$ROOT/proc" 2>/dev/null; then
        echo "FAIL: $ROOT/proc is still mounted; left $WORK in place" >&2
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

started=$SECONDS
scripts/package-deb "$WORK/out" > "$WORK/deb-path"
DEB=$(cat "$WORK/deb-path")
build=(swift build -c release --static-swift-stdlib -Xswiftc -static-executable --product portlore)
if [ -n "${SWIFT_SCRATCH_PATH:-}" ]; then build+=(--scratch-path "$SWIFT_SCRATCH_PATH"); fi
BIN="$("${build[@]}" --show-bin-path)/portlore"
echo "debian11: static build and package took $((SECONDS - started)) s ($(du -h "$DEB" | cut -f1) $(basename "$DEB"), binary $(du -h "$BIN" | cut -f1))"

started=$SECONDS
if [ ! -s "$BASE" ]; then
    mkdir -p "$CACHE"
    debootstrap --variant=minbase bullseye "$WORK/bootstrap" "$MIRROR" > "$WORK/debootstrap.log" 2>&1 || {
        tail -n 20 "$WORK/debootstrap.log" >&2
        echo "FAIL: debootstrap bullseye from $MIRROR" >&2
        exit 4
    }
    tar -C "$WORK/bootstrap" -cf "$BASE.new" . && mv "$BASE.new" "$BASE"
    rm -rf "$WORK/bootstrap"
fi
mkdir "$ROOT"
tar -C "$ROOT" -xf "$BASE"
mount -t proc proc "$ROOT/proc"
echo "debian11: chroot ready in $((SECONDS - started)) s"
started=$SECONDS

check "the chroot runs glibc 2.31" bash -c "chroot '$ROOT' ldd --version | head -n 1 | grep -q ' 2\.31$'"

# A user that only the chroot knows: its name can only come from the chroot's /etc/passwd.
OWNER_UID=4217
while getent passwd "$OWNER_UID" >/dev/null || grep -q "^[^:]*:[^:]*:$OWNER_UID:" "$ROOT/etc/passwd"; do
    OWNER_UID=$((OWNER_UID + 1))
done
echo "ci-port-owner:x:$OWNER_UID:$OWNER_UID:portlore CI:/nonexistent:/usr/sbin/nologin" >> "$ROOT/etc/passwd"
LISTEN_PORT=$(free_port)
# (It says "ready" on its standard output, a file root opened: it cannot write into $WORK.)
setpriv --reuid="$OWNER_UID" --regid="$OWNER_UID" --clear-groups /usr/bin/python3 - "$LISTEN_PORT" > "$WORK/listener.ready" <<'PY' &
import ctypes, socket, sys, time
ctypes.CDLL(None).prctl(15, b"ci-listener", 0, 0, 0)
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", int(sys.argv[1]))); s.listen(4)
print("ready", flush=True)
time.sleep(600)
PY
PIDS+=($!)
deadline=$((SECONDS + 10))
until [ -s "$WORK/listener.ready" ]; do
    if [ $SECONDS -ge $deadline ]; then echo "FAIL: the test listener did not start" >&2; exit 1; fi
    sleep 0.1
done

# 1. The README's binary, copied alone into the chroot.
mkdir -p "$ROOT/opt/portlore"
cp "$BIN" "$ROOT/opt/portlore/portlore"
chroot "$ROOT" /opt/portlore/portlore 1302 > "$WORK/show.txt" 2>&1 || true
sed 's/^/    /' "$WORK/show.txt"
check "copied binary: portlore 1302 names ci3-software-2" grep -q "ci3-software-2" "$WORK/show.txt"
check "copied binary: portlore 1302 says De-assigned on 2019-10-30" grep -q "De-assigned on 2019-10-30" "$WORK/show.txt"
chroot "$ROOT" /opt/portlore/portlore ls > "$WORK/ls.txt" 2>&1 || true
grep -E "^ *(PROTO|proto)|:$LISTEN_PORT\b" "$WORK/ls.txt" | sed 's/^/    /' || true
check "copied binary: portlore ls shows the listener with its process" grep -Eq ":$LISTEN_PORT\b.*ci-listener" "$WORK/ls.txt"
check "copied binary: portlore ls names its user from the chroot's /etc/passwd" grep -Eq ":$LISTEN_PORT\b.*ci-port-owner" "$WORK/ls.txt"
# NSS in a static binary would dlopen the target's libnss_* (another glibc): portlore must not
# touch it. strace sees what the binary opens after chroot has exec'd it.
strace -f -e trace=execve,openat,open -o "$WORK/ls.strace" chroot "$ROOT" /opt/portlore/portlore ls > /dev/null 2>&1 || true
sed -n '/execve("\/opt\/portlore\/portlore"/,$p' "$WORK/ls.strace" > "$WORK/ls.opens"
check "copied binary: portlore ls reads /etc/passwd itself" grep -q '"/etc/passwd"' "$WORK/ls.opens"
check "copied binary: portlore ls opens no NSS configuration or shared library" bash -c "! grep -E 'nsswitch|libnss|\.so' '$WORK/ls.opens'"

# 2. The package.
cp "$DEB" "$ROOT/tmp/"
check "dpkg -i installs the package" chroot "$ROOT" dpkg -i "/tmp/$(basename "$DEB")"
check "installing leaves / at 0755" bash -c "[ \"\$(stat -c %a '$ROOT')\" = 755 ]"
check "/usr/bin/portlore 1302 names ci3-software-2" bash -c "chroot '$ROOT' /usr/bin/portlore 1302 | grep -q ci3-software-2"
check "portlore is on the PATH" bash -c "[ \"\$(chroot '$ROOT' sh -c 'command -v portlore')\" = /usr/bin/portlore ]"
check "the postinst created the system user portlore" bash -c "chroot '$ROOT' getent passwd portlore | grep -q ':/nonexistent:/usr/sbin/nologin$'"
check "the token is root:portlore 0640 and long enough" bash -c \
    "[ \"\$(chroot '$ROOT' stat -c '%U:%G %a' /etc/portlore/token)\" = 'root:portlore 640' ] && [ \$(head -n 1 '$ROOT/etc/portlore/token' | tr -d '\n' | wc -c) -ge 16 ]"
check "the man page renders without warnings and documents serve" bash -c \
    "[ -z \"\$(MANWIDTH=100 man --warnings -l '$ROOT/usr/share/man/man1/portlore.1.gz' 2>&1 >/dev/null)\" ] && MANWIDTH=100 man -l '$ROOT/usr/share/man/man1/portlore.1.gz' 2>/dev/null | grep -q -- '--token-file'"
check "bash completion completes subcommands" bash -c \
    ". '$ROOT/usr/share/bash-completion/completions/portlore' && COMP_WORDS=(portlore se) COMP_CWORD=1 COMP_LINE='portlore se' COMP_POINT=11 && \$(complete -p portlore | sed 's/.*-F \([^ ]*\).*/\1/') portlore se portlore && printf '%s\n' \"\${COMPREPLY[@]}\" | grep -qx serve"
check "zsh and fish completions are installed" test -s "$ROOT/usr/share/zsh/vendor-completions/_portlore" -a -s "$ROOT/usr/share/fish/vendor_completions.d/portlore.fish"

# 3. The unit's ExecStart as the unit runs it: its user, its environment, only its capabilities.
UNIT=$ROOT/lib/systemd/system/portlore.service
exec_start=$(sed -n 's/^ExecStart=//p' "$UNIT")
environment=$(sed -n 's/^Environment=//p' "$UNIT")
caps=$(sed -n 's/^AmbientCapabilities=//p' "$UNIT" | tr 'A-Z' 'a-z' | sed 's/cap_/+/g; s/ /,/g')
SERVE_PORT=$(free_port)
# shellcheck disable=SC2086 # the unit's words, split as systemd splits them
chroot "$ROOT" env -i PATH=/usr/bin:/bin $environment setpriv --reuid=portlore --regid=portlore --init-groups \
    --inh-caps="-all,$caps" --ambient-caps="-all,$caps" --bounding-set="-all,$caps" --no-new-privs \
    $exec_start --port "$SERVE_PORT" 2> "$WORK/serve.log" &
PIDS+=($!)
if wait_for "http://127.0.0.1:$SERVE_PORT/healthz" 30; then
    TOKEN=$(head -n 1 "$ROOT/etc/portlore/token")
    check "the service refuses /api/v1/listeners without the token" bash -c \
        "[ \"\$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:$SERVE_PORT/api/v1/listeners)\" = 401 ]"
    curl -fsS -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$SERVE_PORT/api/v1/listeners" > "$WORK/listeners.json"
    check "the service, with only its capabilities, sees another user's listener and process" python3 - "$WORK/listeners.json" "$LISTEN_PORT" <<'PY'
import json, sys
document = json.load(open(sys.argv[1]))
port = int(sys.argv[2])
def walk(value):
    if isinstance(value, dict):
        yield value
        for child in value.values(): yield from walk(child)
    elif isinstance(value, list):
        for child in value: yield from walk(child)
text = [json.dumps(item) for item in walk(document) if item.get("port") == port]
sys.exit(0 if any("ci-listener" in t and "ci-port-owner" in t for t in text) else 1)
PY
else
    FAILED=$((FAILED + 1))
    sed 's/^/    /' "$WORK/serve.log"
fi

stop_started
PIDS=()
check "dpkg --purge removes the binary, the unit and the generated token" bash -c \
    "chroot '$ROOT' dpkg --purge portlore >/dev/null && [ ! -e '$ROOT/usr/bin/portlore' ] && [ ! -e '$ROOT/lib/systemd/system/portlore.service' ] && [ ! -e '$ROOT/etc/portlore' ]"

echo "debian11: checks took $((SECONDS - started)) s; $PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
