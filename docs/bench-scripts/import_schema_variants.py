#!/usr/bin/env python3
"""Import schema experiment, step 2: the rows one `bench import` row makes, inserted in SQLite
itself under schema variants, against the sqlite3 shell's `.import` of the same CSV.

Each variant: a fresh database file with the three tables (and an empty persons table for the
victim/perpetrator foreign keys), the application's pragmas (SqliteUrl: WAL, synchronous=FULL,
foreign_keys=ON, cache_size=-65536; BulkWrites: wal_autocheckpoint=0 during the import), one
IMMEDIATE transaction inserting chunks of 5,000 incidents as the import does (incidents, then
their acts, then the involvements, in sorted-id order) with INSERT ... SELECT from prep.db
(import_schema_prep.py), COMMIT, then a TRUNCATE checkpoint. Printed: insert, commit and
checkpoint seconds, the CPU seconds of it all (user+system:
less bent by other processes than wall time on a shared machine), database size.

Usage: [KEEP=1] import_schema_variants.py DIR ROUNDS VARIANT... (DIR holds incidents.csv and prep.db;
variant names below, or "shell" for sqlite3 .import). Rounds alternate the variants.
"""
import os, resource, statistics, subprocess, sqlite3, sys, time

CREATED = "2026-12-07T22:27:00.125955863Z"  # Instant.toString of the import, as stored
IMPORT_ID = "cd309379-a02c-4cc6-b65b-1efae1658e57"
IMPORT_NO = 7
CHUNK = 5000


def variant(ids="text", imp="text", act_cols="both", wr=False, page=4096, inc_created="text", fk=True, cache=-65536):
    """ids: text|blob. imp (incidents' import column): text|int|none. act_cols: both (created_at and
    the import column, as now)|imp (only the import column)|none. wr: WITHOUT ROWID tables (True: all
    three, "inv": involvements only)."""
    t = "TEXT" if ids == "text" else "BLOB"
    sfx = " WITHOUT ROWID" if wr is True else ""
    inv_sfx = " WITHOUT ROWID" if wr else ""
    imp_col = {"text": ", import_id TEXT", "int": ", import_no INTEGER", "none": ""}[imp]
    created_col = {"text": "created_at TEXT NOT NULL", "int": "created_at INTEGER NOT NULL"}[inc_created]
    act_extra = {"both": ", created_at TEXT NOT NULL" + imp_col, "imp": imp_col, "none": ""}[act_cols]
    schema = [
        f"CREATE TABLE persons (id {t} PRIMARY KEY, pseudonym TEXT NOT NULL){sfx}",
        f"""CREATE TABLE incidents (id {t} PRIMARY KEY, title TEXT NOT NULL, summary TEXT NOT NULL,
            date_precision TEXT NOT NULL, date_from TEXT, date_to TEXT, location_type TEXT, country TEXT,
            province TEXT NOT NULL, facility TEXT NOT NULL, {created_col}{imp_col}){sfx}""",
        f"""CREATE TABLE acts (id {t} PRIMARY KEY, incident_id {t} NOT NULL REFERENCES incidents (id),
            violation TEXT NOT NULL, victim_id {t} REFERENCES persons (id){act_extra}){sfx}""",
        "CREATE INDEX acts_incident ON acts (incident_id)",
        f"""CREATE TABLE involvements (act_id {t} NOT NULL REFERENCES acts (id), ordinal INTEGER NOT NULL,
            perpetrator_type TEXT NOT NULL, perpetrator_id {t} REFERENCES persons (id), role TEXT NOT NULL,
            PRIMARY KEY (act_id, ordinal)){inv_sfx}""",
    ]
    if imp != "none":
        schema.append(f"CREATE INDEX incidents_import ON incidents ({'import_id' if imp == 'text' else 'import_no'})")
    inc_id, act_id = ("inc_id", "act_id") if ids == "text" else ("inc_bid", "act_bid")
    imp_val = {"text": f", '{IMPORT_ID}'", "int": f", {IMPORT_NO}", "none": ""}[imp]
    created_val = f"'{CREATED}'" if inc_created == "text" else "1796682420125955"
    act_vals = {"both": f", '{CREATED}'" + imp_val, "imp": imp_val, "none": ""}[act_cols]
    where = " FROM prep.prep WHERE n >= ? AND n < ?"
    inserts = [
        f"""INSERT INTO incidents SELECT {inc_id}, title, '', prec, dfrom, dto, loc, country, province, '',
            {created_val}{imp_val}""" + where,
        f"INSERT INTO acts SELECT {act_id}, {inc_id}, violation, NULL{act_vals}" + where,
        f"INSERT INTO involvements SELECT {act_id}, 0, perp, NULL, 'DIRECT'" + where,
    ]
    return dict(schema=schema, inserts=inserts, page=page, fk=fk, cache=cache)


VARIANTS = {
    "current": variant(),
    "wr": variant(wr=True),
    "noactcols": variant(act_cols="none"),
    "importno": variant(imp="int"),
    "importno_noactcreated": variant(imp="int", act_cols="imp"),
    "blob": variant(ids="blob"),
    "blob_importno": variant(ids="blob", imp="int"),
    "blob_importno_noactcreated": variant(ids="blob", imp="int", act_cols="imp"),
    "blob_importno_noactcreated_wr": variant(ids="blob", imp="int", act_cols="imp", wr=True),
    "blob_importno_noactcreated_intcreated": variant(ids="blob", imp="int", act_cols="imp", inc_created="int"),
    "importno_noactcreated_wr": variant(imp="int", act_cols="imp", wr=True),
    "current_wrinv": variant(wr="inv"),
    "importno_noactcreated_wrinv": variant(imp="int", act_cols="imp", wr="inv"),
    "blob_importno_noactcreated_wrinv": variant(ids="blob", imp="int", act_cols="imp", wr="inv"),
    "current_page16k": variant(page=16384),
    "importno_noactcreated_page16k": variant(imp="int", act_cols="imp", page=16384),
    "blob_importno_noactcreated_page16k": variant(ids="blob", imp="int", act_cols="imp", page=16384),
    "current_page8k": variant(page=8192),
    "current_page32k": variant(page=32768),
    "current_page64k": variant(page=65536),
    "importno_noactcreated_page64k": variant(imp="int", act_cols="imp", page=65536),
    "current_cache1g": variant(cache=-1048576),
    "current_nofk": variant(fk=False),
    "floor_blob_noimport": variant(ids="blob", imp="none", act_cols="none"),
}


def run_variant(name, d, rows):
    v = VARIANTS[name]
    db = os.path.join(d, f"v_{name}.db")
    for f in (db, db + "-wal", db + "-shm"):
        if os.path.exists(f):
            os.remove(f)
    c = sqlite3.connect(db, isolation_level=None)
    c.execute(f"PRAGMA page_size={v['page']}")
    c.execute("PRAGMA journal_mode=WAL")
    for s in v["schema"]:
        c.execute(s)
    c.close()
    c = sqlite3.connect(db, isolation_level=None)
    for p in ("journal_mode=WAL", "synchronous=FULL", f"foreign_keys={'ON' if v['fk'] else 'OFF'}",
              "busy_timeout=30000", f"cache_size={v['cache']}", "wal_autocheckpoint=0"):
        c.execute("PRAGMA " + p)
    c.execute(f"ATTACH '{os.path.join(d, 'prep.db')}' AS prep")
    t0, cpu0 = time.perf_counter(), time.process_time()
    c.execute("BEGIN IMMEDIATE")
    for lo in range(0, rows, CHUNK):
        for s in v["inserts"]:
            c.execute(s, (lo, lo + CHUNK))
    t1 = time.perf_counter()
    c.execute("COMMIT")
    t2 = time.perf_counter()
    c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    t3, cpu3 = time.perf_counter(), time.process_time()
    c.close()
    size = os.path.getsize(db)
    if not os.environ.get("KEEP"):  # KEEP=1 leaves the databases for import_schema_reads.py
        for f in (db, db + "-wal", db + "-shm"):
            if os.path.exists(f):
                os.remove(f)
    return dict(insert=t1 - t0, commit=t2 - t1, returned=t2 - t0, checkpoint=t3 - t2, total=t3 - t0, cpu=cpu3 - cpu0, mb=size / 1e6)


def run_shell(d, rows):
    db = os.path.join(d, "raw.db")
    if os.path.exists(db):
        os.remove(db)
    t0, ru0 = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(["sqlite3", db, "-cmd", ".mode csv", ".import " + os.path.join(d, "incidents.csv") + " incidents"],
                   check=True)
    t, ru1 = time.perf_counter() - t0, resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = ru1.ru_utime + ru1.ru_stime - ru0.ru_utime - ru0.ru_stime
    size = os.path.getsize(db)
    os.remove(db)
    return dict(returned=t, total=t, cpu=cpu, mb=size / 1e6)


def load():
    return open("/proc/loadavg").read().split()[0]


if __name__ == "__main__":
    d, rounds, names = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    with sqlite3.connect(os.path.join(d, "prep.db")) as p:
        rows = p.execute("SELECT count(*) FROM prep").fetchone()[0]
    results = {n: [] for n in names}
    for r in range(rounds):
        for n in names:
            start, l0 = time.strftime("%H:%M:%S", time.gmtime()), load()
            res = run_shell(d, rows) if n == "shell" else run_variant(n, d, rows)
            res.update(start=start, load=f"{l0}->{load()}")
            results[n].append(res)
            print(f"round {r + 1} {n}: " + ", ".join(f"{k}={v:.2f}" if isinstance(v, float) else f"{k}={v}"
                                                  for k, v in res.items()), flush=True)
    print("\nmedians (seconds; ratio = median returned / median shell .import):")
    base = statistics.median(x["returned"] for x in results["shell"]) if "shell" in results else None
    for n in names:
        m = {k: statistics.median(x[k] for x in results[n]) for k in results[n][0] if k not in ("start", "load")}
        ratio = f", ratio returned {m['returned'] / base:.2f}x, total {m['total'] / base:.2f}x" if base else ""
        print(f"{n}: " + ", ".join(f"{k}={v:.2f}" for k, v in m.items()) + ratio, flush=True)
