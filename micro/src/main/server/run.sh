#!/usr/bin/env bash
# Runs Koppel on Payara Micro in the foreground with its embedded defaults: an H2 database and an
# ActiveMQ broker inside the resource adapter, both keeping their files in DATA_DIR. Ctrl-C stops it.
# Usage: run.sh PAYARA_MICRO_JAR ACTIVEMQ_RAR WAR DATA_DIR WORK_DIR
set -euo pipefail

micro_jar=$1
rar=$2
war=$3
data_dir=$4
work_dir=$5
here=$(cd "$(dirname "$0")" && pwd)

# Micro's own files (its domain, logs) are made afresh at each start from the post-boot commands.
rm -rf "$work_dir/micro-root"
mkdir -p "$work_dir" "$data_dir"
commands="$work_dir/post-boot.asadmin"
# The broker lives inside the adapter (vm://), started by the first connection.
"$here/post-boot.sh" "$rar" "vm://koppel?broker.persistent=true&broker.useJmx=false&broker.dataDirectory=$data_dir/activemq" \
    h2 "jdbc:h2:$data_dir/koppel;LOCK_TIMEOUT=10000;WRITE_DELAY=0;QUERY_CACHE_SIZE=128" >"$commands"

cat <<INFO

  Koppel is starting on Payara Micro (in about half a minute).

    Admin UI   http://localhost:8080/admin/
    API        http://localhost:8080/api/v1/
    OpenAPI    http://localhost:8080/api/openapi
    Health     http://localhost:8080/health

  Log in as "admin". On the very first start, without KOPPEL_ADMIN_PASSWORD set, the password is
  generated and printed once below ("Created the administrator ..."). Ctrl-C stops the server.

INFO
# Webhook payloads link to their resource under the API's public address: without it deliveries wait.
export KOPPEL_API_BASE_URL="${KOPPEL_API_BASE_URL:-http://localhost:8080/api}"
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx1g -jar "$micro_jar" \
    --systemproperties "$here/koppel.properties" \
    --prebootcommandfile "$here/pre-boot.asadmin" \
    --postbootcommandfile "$commands" \
    --deploy "$war" --contextroot / \
    --rootdir "$work_dir/micro-root" \
    --nocluster \
    --port 8080
