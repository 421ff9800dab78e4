#!/usr/bin/env python3
"""Import schema experiment, step 4: what a variant costs the application's reads. On databases
left by `KEEP=1 import_schema_variants.py` (DIR/v_NAME.db), with the application's pragmas: N
random incidents read as Incidents does (the incident by id, its acts, each act's involvements),
the filtered list (scan with EXISTS, LIMIT 50) and the import digest's join over all rows.
Usage: import_schema_reads.py DIR N ROUNDS VARIANT...
"""
import os, random, sqlite3, statistics, sys, time


def reads(d, name, n):
    c = sqlite3.connect(os.path.join(d, f"v_{name}.db"), isolation_level=None)
    for p in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON", "cache_size=-65536"):
        c.execute("PRAGMA " + p)
    cols = {r[1] for r in c.execute("PRAGMA table_info(incidents)")}
    act_cols = {r[1] for r in c.execute("PRAGMA table_info(acts)")}
    imp = "import_id" if "import_id" in cols else "import_no" if "import_no" in cols else None
    ids = [r[0] for r in c.execute("SELECT id FROM incidents")]
    random.Random(1).shuffle(ids)
    order = "created_at, id" if "created_at" in act_cols else "id"
    t0 = time.perf_counter()
    for i in ids[:n]:
        c.execute("SELECT * FROM incidents WHERE id = ?", (i,)).fetchall()
        for a in c.execute(f"SELECT * FROM acts WHERE incident_id = ? ORDER BY {order}", (i,)).fetchall():
            c.execute("SELECT * FROM involvements WHERE act_id = ? ORDER BY ordinal", (a[0],)).fetchall()
    t1 = time.perf_counter()
    c.execute("SELECT * FROM incidents i WHERE EXISTS (SELECT 1 FROM acts a WHERE a.incident_id = i.id AND a.violation"
              " IN ('rape')) AND EXISTS (SELECT 1 FROM acts a JOIN involvements v ON v.act_id = a.id WHERE a.incident_id"
              " = i.id AND v.perpetrator_type IN ('police')) ORDER BY CASE WHEN i.date_from IS NULL THEN 1 ELSE 0 END,"
              " i.date_from, i.created_at LIMIT 50").fetchall()
    t2 = time.perf_counter()
    if imp:
        val = c.execute(f"SELECT {imp} FROM incidents LIMIT 1").fetchone()[0]
        join = f" AND a.{imp} = i.{imp}" if imp in act_cols else ""
        c.execute(f"SELECT count(*) FROM (SELECT i.id, a.id, v.ordinal FROM incidents i LEFT JOIN acts a ON"
                  f" a.incident_id = i.id{join} LEFT JOIN involvements v ON v.act_id = a.id WHERE i.{imp} = ?"
                  " ORDER BY i.id, a.id, v.ordinal)", (val,)).fetchone()
    t3 = time.perf_counter()
    c.close()
    return dict(lookups=t1 - t0, list=t2 - t1, digest=t3 - t2)


if __name__ == "__main__":
    d, n, rounds, names = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4:]
    res = {x: [] for x in names}
    for r in range(rounds):
        for name in names:
            x = reads(d, name, n)
            res[name].append(x)
            load = open("/proc/loadavg").read().split()[0]
            print(f"round {r + 1} {name}: " + ", ".join(f"{k}={v:.2f}" for k, v in x.items()) + f", load={load}",
                  flush=True)
    for name in names:
        print(f"median {name}: " + ", ".join(f"{k}={statistics.median(x[k] for x in res[name]):.2f}"
                                            for k in res[name][0]))
