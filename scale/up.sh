#!/usr/bin/env bash
# Brings up the two-node topology with the EAR as built (Payara Micro: the WAR), or the given
# archive: PostgreSQL, the server's standalone broker, two nodes, haproxy on http://127.0.0.1:28080.
# Usage: scale/up.sh payara|wildfly|micro [ARCHIVE]      then scale/down.sh
set -euo pipefail
source "$(dirname "$0")/lib.sh"

server=${1:?payara, wildfly or micro}
archive=${2:-}
if [[ -z $archive && $server == micro ]]; then
    mvn -B -q --no-transfer-progress -f "$PROJECT_HOME/pom.xml" -DskipTests install -pl persistence,ejb,web,admin-ui,micro -am
    archive="$PROJECT_HOME/micro/target/koppel.war"
elif [[ -z $archive ]]; then
    mvn -B -q --no-transfer-progress -f "$PROJECT_HOME/pom.xml" -DskipTests install -pl persistence,ejb,web,admin-ui,ear -am
    archive="$PROJECT_HOME/ear/target/koppel.ear"
fi
"$SCALE_HOME/$server.sh" up "$archive"
cat <<INFO

  Koppel runs on two $server nodes behind http://127.0.0.1:$BALANCER_PORT
    API        http://127.0.0.1:$BALANCER_PORT/api/v1/
    Admin UI   http://127.0.0.1:$BALANCER_PORT/admin/   (log in as "admin", password "$ADMIN_PASSWORD"
               unless KOPPEL_ADMIN_PASSWORD was set; a lost node means a new login)
    Nodes      http://127.0.0.1:$NODE_A_HTTP  http://127.0.0.1:$NODE_B_HTTP
  Stop it all with scale/down.sh.

INFO
