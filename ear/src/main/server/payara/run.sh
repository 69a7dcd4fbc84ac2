#!/usr/bin/env bash
# Starts a configured Payara Server in the foreground with Koppel deployed; Ctrl-C stops it.
# Usage: run.sh PAYARA_HOME EAR
set -euo pipefail

payara_home=$1
ear=$2
domain="$payara_home/glassfish/domains/domain1"

rm -f "$domain"/autodeploy/koppel.ear*
cp "$ear" "$domain/autodeploy/koppel.ear"

cat <<INFO

  Koppel is starting on Payara Server (first start takes a minute).

    Admin UI   http://localhost:8080/admin/
    API        http://localhost:8080/api/v1/
    OpenAPI    http://localhost:8080/api/openapi
    Health     http://localhost:8080/health

  Log in as "admin". On the very first start, without KOPPEL_ADMIN_PASSWORD set, the password is
  generated and printed once below ("Created the administrator ..."). Ctrl-C stops the server.

INFO
# Webhook payloads link to their resource under the API's public address: without it deliveries wait.
export KOPPEL_API_BASE_URL="${KOPPEL_API_BASE_URL:-http://localhost:8080/api}"
exec "$payara_home/bin/asadmin" start-domain --verbose
