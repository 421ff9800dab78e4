#!/usr/bin/env python3
"""Import schema experiment, step 1: the bench's CSV and the values the app would store.

Writes OUT/incidents.csv exactly as `ImportBench.generate` does (java.util.Random, seed
20261123, ported below) and OUT/prep.db: one row per CSV row with the values ImportRows binds
(incident and act ids: random UUIDv4 handed out sorted, as text and as 16 bytes; the date as
precision/from/to). Usage: import_schema_prep.py ROWS OUT_DIR
"""
import calendar, csv, os, sqlite3, sys, uuid

VIOLATIONS = ["rape", "sexual_assault", "sexual_exploitation", "invasive_body_search", "physical_assault",
              "arbitrary_detention", "torture", "forced_labour", "trafficking", "denial_of_justice"]
PERPETRATORS = ["police", "state_security", "detention_guard", "soldier", "broker", "party_official",
                "market_official", "workplace_superior"]
LOCATIONS = ["pretrial_detention", "market", "workplace", "border_crossing", "home", "labour_training_camp",
             "abroad_transit"]
PROVINCES = ["North Hamgyong", "Ryanggang", "South Pyongan", "Chagang", "Hwanghae"]
MASK = (1 << 48) - 1


class JavaRandom:
    def __init__(self, seed):
        self.seed = (seed ^ 0x5DEECE66D) & MASK

    def next(self, bits):
        self.seed = (self.seed * 0x5DEECE66D + 0xB) & MASK
        r = self.seed >> (48 - bits)
        return r - (1 << 32) if r >= 1 << 31 else r  # (int) of the shifted seed

    def next_int(self, bound):
        if bound & -bound == bound:
            return (bound * self.next(31)) >> 31
        while True:
            bits = self.next(31)
            val = bits % bound
            if bits - val + (bound - 1) < (1 << 31):
                return val

    def next_boolean(self):
        return self.next(1) != 0


def generate(path, rows):
    r = JavaRandom(20261123)
    with open(path, "w", encoding="utf-8", newline="") as w:
        w.write("incident_ref,title,date,location_type,country,province,violation,perpetrators\n")
        for i in range(rows):
            year = 1995 + r.next_int(25)
            date = str(year) if r.next_boolean() else "%d-%02d" % (year, 1 + r.next_int(12))
            loc = LOCATIONS[r.next_int(len(LOCATIONS))]
            prov = PROVINCES[r.next_int(len(PROVINCES))]
            vio = VIOLATIONS[r.next_int(len(VIOLATIONS))]
            perp = PERPETRATORS[r.next_int(len(PERPETRATORS))]
            w.write(f"r{i},FICTIONAL incident {i},{date},{loc},north_korea,{prov},{vio},{perp}\n")


def sorted_ids(n):
    return sorted(uuid.uuid4().bytes for _ in range(n))


def prep(csv_path, db_path):
    if os.path.exists(db_path):
        os.remove(db_path)
    with open(csv_path, encoding="utf-8") as f:
        rows = list(csv.reader(f))[1:]
    inc, act = sorted_ids(len(rows)), sorted_ids(len(rows))
    db = sqlite3.connect(db_path)
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("""CREATE TABLE prep (n INTEGER PRIMARY KEY, inc_id TEXT, inc_bid BLOB, act_id TEXT, act_bid BLOB,
                  title TEXT, prec TEXT, dfrom TEXT, dto TEXT, loc TEXT, country TEXT, province TEXT,
                  violation TEXT, perp TEXT)""")

    def values():
        for n, (ref, title, date, loc, country, prov, vio, perp) in enumerate(rows):
            if len(date) == 4:
                prec, dfrom, dto = "YEAR", date + "-01-01", date + "-12-31"
            else:
                y, m = int(date[:4]), int(date[5:7])
                prec, dfrom, dto = "MONTH", date + "-01", "%s-%02d" % (date, calendar.monthrange(y, m)[1])
            yield (n, str(uuid.UUID(bytes=inc[n])), inc[n], str(uuid.UUID(bytes=act[n])), act[n], title, prec,
                   dfrom, dto, loc, country, prov, vio, perp)

    db.executemany("INSERT INTO prep VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", values())
    db.commit()
    db.close()


if __name__ == "__main__":
    n, out = int(sys.argv[1]), sys.argv[2]
    os.makedirs(out, exist_ok=True)
    generate(os.path.join(out, "incidents.csv"), n)
    prep(os.path.join(out, "incidents.csv"), os.path.join(out, "prep.db"))
