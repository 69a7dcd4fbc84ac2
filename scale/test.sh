#!/usr/bin/env bash
# Runs the cross-node and fault tests against a fresh two-node topology, then stops it.
# Usage: scale/test.sh payara|wildfly|micro [extra Maven arguments, e.g. -Dit.test=CrossNodeKeysIT]
set -euo pipefail
source "$(dirname "$0")/lib.sh"

server=${1:?payara, wildfly or micro}
shift
cd "$PROJECT_HOME"
mvn -B -q --no-transfer-progress -DskipTests install
"$SCALE_HOME/down.sh" --wipe
trap '"$SCALE_HOME/down.sh"' EXIT
archive="$SCALE_DIR/koppel-scale.ear"
built=(-Dkoppel.it.ear="$PROJECT_HOME/ear/target/koppel.ear")
if [[ $server == micro ]]; then
    archive="$SCALE_DIR/koppel-scale.war"
    built=(-Dkoppel.it.war="$PROJECT_HOME/micro/target/koppel.war")
fi
mkdir -p "$SCALE_DIR"
# The EAR (Payara Micro: the WAR) plus the fixture endpoints the tests set their data up with.
mvn -B -q --no-transfer-progress -pl src-it exec:java -Dexec.mainClass=koppel.it.scale.ScaleArchive \
    -Dexec.classpathScope=test -Dexec.args="$archive" "${built[@]}"

"$SCALE_HOME/up.sh" "$server" "$archive"
health="http://127.0.0.1:$NODE_A_HTTP/health,http://127.0.0.1:$NODE_B_HTTP/health"
if [[ $server == wildfly ]]; then
    health="http://127.0.0.1:$((NODE_A_HTTP - 8080 + 9990))/health,http://127.0.0.1:$((NODE_B_HTTP - 8080 + 9990))/health"
fi
mvn -B --no-transfer-progress -pl src-it verify -Pscale -Dit.openapi.checks.skip=true \
    -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.admin.password="$ADMIN_PASSWORD" -Dscale.server="$server" -Dscale.health="$health" "$@"
