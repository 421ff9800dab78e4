#!/usr/bin/env python3
"""Import schema experiment, step 3: EXPLAIN QUERY PLAN of the application's queries of
incidents, acts and involvements (Incidents, IncidentQuery, ImportRows) under each variant of
import_schema_variants.py, on a small prep.db. A query that searched an index in "current" and
scans in a variant is flagged. Usage: import_schema_plans.py DIR VARIANT...
"""
import os, sqlite3, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from import_schema_variants import VARIANTS  # noqa: E402


def queries(imp_col, act_imp, act_created):
    q = {
        "find": "SELECT * FROM incidents WHERE id = :id",
        "idsAfter": "SELECT id FROM incidents WHERE id > :id ORDER BY id LIMIT 100",
        "update": "UPDATE incidents SET title = 'x' WHERE id = :id",
        "acts": "SELECT * FROM acts WHERE incident_id = :id ORDER BY " + ("created_at, id" if act_created else "id"),
        "involvements": "SELECT * FROM involvements WHERE act_id = :act ORDER BY ordinal",
        "summary.violations": "SELECT a.violation FROM acts a WHERE a.incident_id = :id",
        "summary.perpetrators": "SELECT v.perpetrator_type FROM involvements v JOIN acts a ON a.id = v.act_id"
                                " WHERE a.incident_id = :id",
        "list": "SELECT * FROM incidents i WHERE 1 = 1 AND EXISTS (SELECT 1 FROM acts a WHERE a.incident_id = i.id"
                " AND a.violation IN ('rape')) AND EXISTS (SELECT 1 FROM acts a JOIN involvements v ON v.act_id = a.id"
                " WHERE a.incident_id = i.id AND v.perpetrator_type IN ('police')) ORDER BY CASE WHEN i.date_from IS"
                " NULL THEN 1 ELSE 0 END, i.date_from, i.created_at LIMIT 50",
    }
    if imp_col:
        q["importOf"] = f"SELECT {imp_col} FROM incidents WHERE id = :id"
        q["importedActs"] = f"SELECT id FROM acts WHERE incident_id = :id AND {act_imp} IS NOT NULL" if act_imp else None
        q["digest"] = (f"SELECT i.id, a.id, v.ordinal FROM incidents i LEFT JOIN acts a ON a.incident_id = i.id"
                       + (f" AND a.{act_imp} = i.{imp_col}" if act_imp else "")
                       + f" LEFT JOIN involvements v ON v.act_id = a.id WHERE i.{imp_col} = :imp"
                       " ORDER BY i.id, a.id, v.ordinal")
    return {k: v for k, v in q.items() if v}


if __name__ == "__main__":
    d, names = sys.argv[1], sys.argv[2:]
    for name in names:
        v = VARIANTS[name]
        c = sqlite3.connect(":memory:", isolation_level=None)
        for s in v["schema"]:
            c.execute(s)
        cols = {r[1] for r in c.execute("PRAGMA table_info(incidents)")}
        act_cols = {r[1] for r in c.execute("PRAGMA table_info(acts)")}
        imp = "import_id" if "import_id" in cols else "import_no" if "import_no" in cols else None
        act_imp = imp if imp in act_cols else None
        c.execute(f"ATTACH '{os.path.join(d, 'prep.db')}' AS prep")
        n = c.execute("SELECT count(*) FROM prep.prep").fetchone()[0]
        for s in v["inserts"]:
            c.execute(s, (0, n))
        one = c.execute("SELECT id, (SELECT id FROM acts LIMIT 1) FROM incidents LIMIT 1").fetchone()
        params = {"id": one[0], "act": one[1], "imp": 7 if imp == "import_no" else
                  "cd309379-a02c-4cc6-b65b-1efae1658e57"}
        print(f"== {name}")
        for k, sql in queries(imp, act_imp, "created_at" in act_cols).items():
            plan = [r[3] for r in c.execute("EXPLAIN QUERY PLAN " + sql, params)]
            print(f"  {k}: " + " | ".join(plan))
