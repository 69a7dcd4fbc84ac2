#!/usr/bin/env bash
# Prints Payara Micro's post-boot commands for Koppel: the server's settings (koppel.asadmin); the
# ActiveMQ resource adapter, deployed as "activemq-rar" with its broker's address, and its connection
# factory "jms/koppel" (the WAR's web.xml points the application's JMS at it); the datasource
# "jdbc/koppel", with the commands Payara Server's configure.sh runs.
# Usage: post-boot.sh ACTIVEMQ_RAR BROKER_URL DATABASE_KIND(h2|postgres) JDBC_URL [USER [PASSWORD]]
set -euo pipefail

rar=$1
broker=$2
here=$(cd "$(dirname "$0")" && pwd)

# ':' and '=' in a property value are escaped with one backslash: Micro reads its command file
# as it is (asadmin's command files take one level of backslashes away).
escape() { sed -e 's/[:=;]/\\&/g' <<<"$1"; }

cat "$here/koppel.asadmin"
# The adapter's settings first: it reads them as it starts; the connection pool needs it deployed.
cat <<ASADMIN
create-resource-adapter-config --property ServerUrl=$(escape "$broker") activemq-rar
deploy --type=rar --name=activemq-rar $rar
create-connector-connection-pool --raname=activemq-rar --connectiondefinition=jakarta.jms.ConnectionFactory --ping=false --isconnectvalidatereq=true --steadypoolsize=1 --maxpoolsize=64 jms/koppelPool
create-connector-resource --poolname=jms/koppelPool jms/koppel
ASADMIN
"$here/../../../../ear/src/main/server/payara/datasource.sh" "${@:3}" | sed -e 's/\\\\/\\/g'
