#!/usr/bin/env bash
# Configures an unpacked WildFly 39 (standalone-full) for Koppel, once, offline: the "java:/jdbc/koppel"
# datasource, Jakarta Security with application identity stores, MicroProfile Health and OpenAPI, and
# the JMS redelivery limit with its dead-letter queue.
# Usage: configure.sh WILDFLY_HOME DATABASE_KIND(h2|postgres) JDBC_URL [USER [PASSWORD]]
# For PostgreSQL, KOPPEL_JDBC_DRIVER names the driver jar to install as a module.
# A marker file makes a second run a no-op: delete the server folder to configure it afresh.
set -euo pipefail

wildfly_home=$1
kind=$2
url=$3
user=${4:-koppel}
password=${5:-koppel}
marker="$wildfly_home/standalone/configuration/.koppel-configured"
here=$(cd "$(dirname "$0")" && pwd)

if [[ -f "$marker" ]]; then
    exit 0
fi

commands=$(mktemp)
trap 'rm -f "$commands"' EXIT
{
    echo "embed-server --server-config=standalone-full.xml --std-out=discard"
    case "$kind" in
        h2)
            driver=h2
            # an embedded database does not go away under a running server: validate in the background
            validation='--validate-on-match=false --background-validation=true --background-validation-millis=60000 --check-valid-connection-sql="SELECT 1"'
            ;;
        postgres)
            driver=postgresql
            echo "module add --name=org.postgresql --resources=${KOPPEL_JDBC_DRIVER:?the PostgreSQL driver jar} --dependencies=java.sql,jakarta.transaction.api"
            echo "/subsystem=datasources/jdbc-driver=postgresql:add(driver-name=postgresql,driver-module-name=org.postgresql,driver-xa-datasource-class-name=org.postgresql.xa.PGXADataSource)"
            # A connection PostgreSQL dropped (a restart) is found at checkout, and empties the pool,
            # instead of being handed out until the next background validation (measured: 36 s of
            # failing requests after a restart with a validation once a minute).
            validation="--validate-on-match=true --background-validation=false --valid-connection-checker-class-name=org.jboss.jca.adapters.jdbc.extensions.postgres.PostgreSQLValidConnectionChecker --exception-sorter-class-name=org.jboss.jca.adapters.jdbc.extensions.postgres.PostgreSQLExceptionSorter --flush-strategy=EntirePool"
            ;;
        *)
            echo "Unknown database kind '$kind' (h2 or postgres)" >&2
            exit 2
            ;;
    esac
    echo "data-source add --name=KoppelDS --jndi-name=java:/jdbc/koppel --driver-name=$driver --connection-url=\"$url\" --user-name=\"$user\" --password=\"$password\" --min-pool-size=2 --max-pool-size=32 $validation"
    cat "$here/koppel.cli"
    echo "stop-embedded-server"
} >"$commands"

"$wildfly_home/bin/jboss-cli.sh" --file="$commands"
echo "$kind $url" >"$marker"
