# Sourced by tests/integration/postgres.sh and bench/feedback/run.sh: installs Debian's PostgreSQL
# when it is missing (without Debian's default cluster), starts a throw-away cluster in a
# temporary directory listening on 127.0.0.1 only, and stops and removes it on exit.
# Sets PG_URL (postgres://postgres@127.0.0.1:PORT/postgres?sslmode=disable).

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
    # No cluster of Debian's own: ours is the only one, and it goes away after the run.
    mkdir -p /etc/postgresql-common/createcluster.d
    echo "create_main_cluster = false" > /etc/postgresql-common/createcluster.d/portlore-ci.conf
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi

pg_dir=$(mktemp -d /tmp/portlore-pg.XXXXXX)
chown postgres: "$pg_dir"
pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

pg_stop() {
    runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
}
trap pg_stop EXIT

# trust authentication is safe here: the cluster listens on 127.0.0.1 and a socket in its own
# directory, for the length of this run.
runuser -u postgres -- "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust --no-instructions >/dev/null
runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
    -o "-k $pg_dir -c listen_addresses=127.0.0.1 -p $pg_port -c max_connections=200" start >/dev/null
PG_URL="postgres://postgres@127.0.0.1:$pg_port/postgres?sslmode=disable"
echo "postgres: throw-away cluster $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port in $pg_dir"
