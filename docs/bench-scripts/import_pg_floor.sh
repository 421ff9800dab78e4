#!/bin/bash
# PostgreSQL's own floor for the import (ninth/tenth session; docs/BENCHMARKS.md "PostgreSQL's own floor").
# Prepare once (1,000,000 rows):
#   python3 docs/bench-scripts/import_schema_prep.py 1000000 /tmp/floor          # the bench's CSV
#   psql ... -c "CREATE SCHEMA floor"; mkdir /tmp/floordata
#   RECOURSE_DB_URL="jdbc:postgresql://localhost:5432/recourse_test?currentSchema=floor" RECOURSE_DB_USER=recourse \
#     RECOURSE_DB_PASSWORD=recourse java -Drecourse.exchange.max-bytes=200000000 -jar target/recourse.jar \
#     import --data /tmp/floordata /tmp/floor/incidents.csv                      # the app's own import, once
#   for t in incidents acts involvements; do psql ... -c "\copy floor.$t to '/tmp/floor/$t.tbl.csv' csv"; done
# Then each round (alternating): `import_pg_floor.sh schema` and `import_pg_floor.sh plain`.
#   schema: the rows the import wrote, COPYed by PostgreSQL itself into the app's three tables (keys, indexes;
#           the two foreign keys among them dropped and re-created in the transaction, as a large import does)
#   plain:  the same rows into three tables with no index, key or constraint
# each against COPY of the bench's CSV into one table of text columns (what `bench import --postgres` compares with).
export PGPASSWORD=recourse
P="psql -h localhost -U recourse -d recourse_test -q -v ON_ERROR_STOP=1"
mode=${1:-schema}
$P -c "TRUNCATE floor.involvements, floor.acts, floor.incidents CASCADE" \
   -c "DROP TABLE IF EXISTS floor.p_inc, floor.p_act, floor.p_inv, floor.rawcsv" \
   -c "CREATE TABLE floor.p_inc (LIKE floor.incidents)" -c "CREATE TABLE floor.p_act (LIKE floor.acts)" \
   -c "CREATE TABLE floor.p_inv (LIKE floor.involvements)" \
   -c "CREATE TABLE floor.rawcsv (incident_ref text, title text, date text, location_type text, country text, province text, violation text, perpetrators text)"
su postgres -c "psql -q -c CHECKPOINT"
t0=$(date +%s.%N)
if [ "$mode" = schema ]; then
$P <<'SQL'
BEGIN;
ALTER TABLE floor.acts DROP CONSTRAINT acts_incident_id_fkey;
ALTER TABLE floor.involvements DROP CONSTRAINT involvements_act_id_fkey;
\copy floor.incidents from '/tmp/floor/incidents.tbl.csv' csv
\copy floor.acts from '/tmp/floor/acts.tbl.csv' csv
\copy floor.involvements from '/tmp/floor/involvements.tbl.csv' csv
ALTER TABLE floor.acts ADD CONSTRAINT acts_incident_id_fkey FOREIGN KEY (incident_id) REFERENCES floor.incidents(id);
ALTER TABLE floor.involvements ADD CONSTRAINT involvements_act_id_fkey FOREIGN KEY (act_id) REFERENCES floor.acts(id);
COMMIT;
SQL
else
$P <<'SQL'
BEGIN;
\copy floor.p_inc from '/tmp/floor/incidents.tbl.csv' csv
\copy floor.p_act from '/tmp/floor/acts.tbl.csv' csv
\copy floor.p_inv from '/tmp/floor/involvements.tbl.csv' csv
COMMIT;
SQL
fi
t1=$(date +%s.%N)
su postgres -c "psql -q -c CHECKPOINT"
t2=$(date +%s.%N)
$P -c "\copy floor.rawcsv from '/tmp/floor/incidents.csv' csv header"
t3=$(date +%s.%N)
echo "$(date -u +%H:%M:%S) load=$(cut -d' ' -f1 /proc/loadavg) $mode=$(echo "$t1-$t0"|bc) text_copy=$(echo "$t3-$t2"|bc) ratio=$(echo "scale=2;($t1-$t0)/($t3-$t2)"|bc)"
