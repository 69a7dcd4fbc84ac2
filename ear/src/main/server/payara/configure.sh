#!/usr/bin/env bash
# Configures an unpacked Payara Server 6 for Koppel, once: a 2 GB heap, the Hibernate JTA option, the "jdbc/koppel"
# datasource, the JMS redelivery limit and dead-letter queue, and role mapping for Jakarta Security.
# Usage: configure.sh PAYARA_HOME DATABASE_KIND(h2|postgres) JDBC_URL [USER [PASSWORD]]
# For PostgreSQL, KOPPEL_JDBC_DRIVER names the driver jar to install into the domain.
# A marker file makes a second run a no-op: delete the server folder to configure it afresh.
set -euo pipefail

payara_home=$1
kind=$2
url=$3
user=${4:-koppel}
password=${5:-koppel}
asadmin="$payara_home/bin/asadmin"
marker="$payara_home/glassfish/domains/domain1/config/.koppel-configured"
here=$(cd "$(dirname "$0")" && pwd)

if [[ -f "$marker" ]]; then
    exit 0
fi

case "$kind" in
    h2)
        datasource=org.h2.jdbcx.JdbcDataSource
        ;;
    postgres)
        datasource=org.postgresql.ds.PGSimpleDataSource
        cp "${KOPPEL_JDBC_DRIVER:?the PostgreSQL driver jar}" "$payara_home/glassfish/domains/domain1/lib/"
        ;;
    *)
        echo "Unknown database kind '$kind' (h2 or postgres)" >&2
        exit 2
        ;;
esac

# asadmin reads ':' and '=' in property values as separators unless escaped, and a command file
# takes one level of backslashes away: hence two.
escape() { sed -e 's/[:=;]/\\\\&/g' <<<"$1"; }

commands=$(mktemp)
trap 'rm -f "$commands"' EXIT
cp "$here/koppel.asadmin" "$commands"
cat >>"$commands" <<ASADMIN
create-jdbc-connection-pool --datasourceclassname=$datasource --restype=javax.sql.DataSource --steadypoolsize=2 --maxpoolsize=32 --isconnectvalidatereq=true --validationmethod=auto-commit --validateatmostonceperiod=60 --wrapjdbcobjects=false --property user=$(escape "$user"):password=$(escape "$password"):url=$(escape "$url") KoppelPool
create-jdbc-resource --connectionpoolid=KoppelPool jdbc/koppel
ASADMIN

"$asadmin" start-domain >/dev/null
trap '"$asadmin" stop-domain >/dev/null || true; rm -f "$commands"' EXIT
"$asadmin" multimode --file "$commands"
echo "$kind $url" >"$marker"
