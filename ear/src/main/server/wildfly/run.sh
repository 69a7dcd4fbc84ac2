#!/usr/bin/env bash
# Starts a configured WildFly (standalone-full) in the foreground with Koppel deployed; Ctrl-C stops it.
# Usage: run.sh WILDFLY_HOME EAR
set -euo pipefail

wildfly_home=$1
ear=$2
deployments="$wildfly_home/standalone/deployments"

rm -f "$deployments"/koppel.ear*
cp "$ear" "$deployments/koppel.ear"

cat <<INFO

  Koppel is starting on WildFly.

    Admin UI   http://localhost:8080/admin/
    API        http://localhost:8080/api/v1/
    OpenAPI    http://localhost:8080/api/openapi
    Health     http://localhost:9990/health

  Log in as "admin". On the very first start, without KOPPEL_ADMIN_PASSWORD set, the password is
  generated and printed once below ("Created the administrator ..."). Ctrl-C stops the server.

INFO
# Webhook payloads link to their resource under the API's public address: without it deliveries wait.
export KOPPEL_API_BASE_URL="${KOPPEL_API_BASE_URL:-http://localhost:8080/api}"
exec "$wildfly_home/bin/standalone.sh" -c standalone-full.xml
