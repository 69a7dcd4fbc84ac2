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

if [[ "$kind" == postgres ]]; then
    cp "${KOPPEL_JDBC_DRIVER:?the PostgreSQL driver jar}" "$payara_home/glassfish/domains/domain1/lib/"
fi

commands=$(mktemp)
trap 'rm -f "$commands"' EXIT
cp "$here/koppel.asadmin" "$commands"
"$here/datasource.sh" "$kind" "$url" "$user" "$password" >>"$commands"

"$asadmin" start-domain >/dev/null
trap '"$asadmin" stop-domain >/dev/null || true; rm -f "$commands"' EXIT
"$asadmin" multimode --file "$commands"
echo "$kind $url" >"$marker"
