#!/usr/bin/env bash
# Prints the asadmin commands that create Koppel's datasource "jdbc/koppel", for a command file:
# Payara Server's configure.sh and Payara Micro's post-boot commands (micro/src/main/server) share them.
# Usage: datasource.sh DATABASE_KIND(h2|postgres) JDBC_URL [USER [PASSWORD]]
set -euo pipefail

kind=$1
url=$2
user=${3:-koppel}
password=${4:-koppel}

case "$kind" in
    h2) datasource=org.h2.jdbcx.JdbcDataSource ;;
    postgres) datasource=org.postgresql.ds.PGSimpleDataSource ;;
    *)
        echo "Unknown database kind '$kind' (h2 or postgres)" >&2
        exit 2
        ;;
esac

# asadmin reads ':' and '=' in property values as separators unless escaped, and a command file
# takes one level of backslashes away: hence two.
escape() { sed -e 's/[:=;]/\\\\&/g' <<<"$1"; }

cat <<ASADMIN
create-jdbc-connection-pool --datasourceclassname=$datasource --restype=javax.sql.DataSource --steadypoolsize=2 --maxpoolsize=32 --isconnectvalidatereq=true --validationmethod=auto-commit --validateatmostonceperiod=60 --wrapjdbcobjects=false --property user=$(escape "$user"):password=$(escape "$password"):url=$(escape "$url") KoppelPool
create-jdbc-resource --connectionpoolid=KoppelPool jdbc/koppel
ASADMIN
