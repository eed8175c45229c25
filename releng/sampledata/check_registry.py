#!/usr/bin/env python3
"""Self-check of the national services registry of Nafitha's embedded sample scenario.

Usage (from the repository root):

    python3 releng/sampledata/check_registry.py [--data DIR] [--boundaries DIR]

Reads (UTF-8, comma separated, RFC 4180 quoting, LF line ends; lines starting with '#'
are comments and are skipped):

    bundles/org.nafitha.sample/data/agencies.csv
    bundles/org.nafitha.sample/data/services.csv
    bundles/org.nafitha.sample/data/bundles.csv
    bundles/org.nafitha.sample/data/offices.csv
    bundles/org.nafitha.sample/data/comprehensive_services.csv

and, as context, governorates.csv, districts.csv and centers.csv (and, if present,
population_groups.csv and jordan_outline.wkt) from the same directory.

Checks: exact headers; no blank lines, no CR; unique codes; every referenced agency,
service, region, center and population-group code exists; exactly one of
annual_transactions / per_capita_rate per service; numeric ranges; opening-hours grammar;
office coordinates inside Jordan's bounding box (lat 29.1-33.4, lon 34.9-39.31), inside the
country outline when jordan_outline.wkt is present, and near their own governorate (its
seat or one of its district points is about as near as the nearest seat/district point of
any governorate); every bundle service is offered by at least one open office or a
comprehensive center.

With --boundaries DIR (the directory holding gov_simpl_20m.gpkg, e.g.
../shared/data/jordan-boundaries) each office must lie inside the polygon of its own
governorate (uses derive_geography.py next to this script).

Prints counts and the implied national transaction volume; exits 1 on any problem.
Python 3.11 standard library only.
"""

from __future__ import annotations

import argparse
import csv
import io
import math
import os
import re
import sys

HEADERS = {
    "agencies.csv": ["code", "acronym", "name_en", "name_ar", "source"],
    "services.csv": ["code", "agency_code", "name_en", "name_ar", "category", "annual_transactions",
                     "per_capita_rate", "mean_handling_minutes", "handling_cv", "digital_share",
                     "presence_required", "eligible_groups", "source"],
    "bundles.csv": ["code", "name_en", "name_ar", "life_event", "services"],
    "offices.csv": ["code", "name_en", "name_ar", "kind", "status", "agency_code", "region_code", "lat", "lon",
                    "counters", "staff", "opening_hours", "services", "accessibility", "source"],
    "comprehensive_services.csv": ["center_code", "services"],
}

CATEGORIES = {"civil_status", "identity_travel", "transport", "land_property", "social_protection", "tax",
              "business", "municipal", "labour", "health", "justice", "education", "utilities", "customs"}
GROUPS = {"ADULTS", "ELDERLY", "PWD", "WOMEN", "YOUTH", "CHILDREN", "BUSINESS"}
KINDS = {"AGENCY_BRANCH", "MUNICIPAL_OFFICE", "MOBILE_UNIT", "KIOSK"}
STATUSES = {"EXISTING", "PLANNED", "CANDIDATE", "CLOSED"}
ACCESSIBILITY = {"STEP_FREE_ACCESS", "ACCESSIBLE_COUNTER", "SIGN_LANGUAGE", "ACCESSIBLE_TOILETS",
                 "ACCESSIBLE_PARKING", "TACTILE_GUIDANCE", "PRIORITY_QUEUE", "ELEVATOR"}
# Kiosks and mobile units of this agency are multi-agency (e-government); every other office
# offers only services of its own agency.
MULTI_AGENCY_OPERATOR = "MODEE"

MIN_AGENCIES, MIN_SERVICES, MIN_BUNDLES, MIN_OFFICES = 18, 70, 6, 60
LAT_RANGE, LON_RANGE = (29.1, 33.4), (34.9, 39.31)
MINUTES_RANGE, CV_RANGE, DIGITAL_RANGE = (3.0, 45.0), (0.3, 1.2), (0.0, 0.9)
MAX_DIGITAL_WHEN_PRESENCE = 0.25  # a service that needs presence is at most partly started online
PER_CAPITA_MAX = 2.0
BUNDLE_SIZE = (3, 7)
COUNTERS = {"KIOSK": (1, 1), "MOBILE_UNIT": (1, 2), "AGENCY_BRANCH": (2, 15), "MUNICIPAL_OFFICE": (2, 15)}
# "nearest-ish": the nearest reference point of the office's own governorate may be at most
# this factor times (plus this slack) the distance to the nearest reference point overall.
NEAREST_FACTOR, NEAREST_SLACK_KM = 2.0, 2.0
EARTH_RADIUS_KM = 6371.0088

DAY = r"(?:Sun|Mon|Tue|Wed|Thu|Fri|Sat)"
TIME = r"(?:[01]\d|2[0-4]):[0-5]\d"
HOURS_GROUP = re.compile(rf"({DAY})(?:-({DAY}))? ({TIME})-({TIME})")
AGENCY_CODE = re.compile(r"[A-Z][A-Z0-9]{1,9}")
LIFE_EVENT = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
COORD = re.compile(r"-?\d{1,3}\.\d{4}")
ARABIC = re.compile(r"[\u0600-\u06FF]")


class Checker:
    def __init__(self):
        self.problems: list[str] = []

    def fail(self, where: str, message: str):
        self.problems.append(f"{where}: {message}")

    # ------------------------------------------------------------------ reading

    def read(self, data_dir: str, name: str, header: list[str] | None = None) -> list[dict]:
        path = os.path.join(data_dir, name)
        if not os.path.isfile(path):
            self.fail(name, "file not found")
            return []
        with open(path, "rb") as f:
            raw = f.read()
        if raw.startswith(b"\xef\xbb\xbf"):
            self.fail(name, "starts with a byte order mark")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            self.fail(name, f"not UTF-8 ({e})")
            return []
        if "\r" in text:
            self.fail(name, "contains CR characters (LF line ends expected)")
        if text and not text.endswith("\n"):
            self.fail(name, "last line does not end with LF")
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        data_lines = []
        for number, line in enumerate(lines, 1):
            if line.startswith("#"):
                if data_lines:
                    self.fail(f"{name}:{number}", "comment line after the header")
                continue
            if line.strip() == "":
                self.fail(f"{name}:{number}", "blank line")
                continue
            data_lines.append((number, line))
        if not data_lines:
            self.fail(name, "no header")
            return []
        body = "\n".join(line for _, line in data_lines) + "\n"
        numbers = [n for n, _ in data_lines]
        rows = list(csv.reader(io.StringIO(body, newline="")))
        if len(rows) != len(data_lines):
            self.fail(name, "a quoted cell spans several lines")
            numbers = list(range(1, len(rows) + 1))
        got_header = rows[0]
        if header is not None and got_header != header:
            self.fail(name, f"header is {','.join(got_header)!r}, expected {','.join(header)!r}")
            return []
        result = []
        for number, row in zip(numbers[1:], rows[1:]):
            if len(row) != len(got_header):
                self.fail(f"{name}:{number}", f"{len(row)} cells, expected {len(got_header)}")
                continue
            record = dict(zip(got_header, row))
            record["_where"] = f"{name}:{number}"
            result.append(record)
        return result

    def unique(self, rows: list[dict], key: str, name: str) -> dict:
        seen: dict = {}
        for r in rows:
            code = r[key]
            if code in seen:
                self.fail(r["_where"], f"duplicate {key} {code!r}")
            seen.setdefault(code, r)
        return seen

    def number(self, r: dict, column: str, lo: float, hi: float, integer: bool = False):
        text = r[column].strip()
        try:
            value = int(text) if integer else float(text)
        except ValueError:
            self.fail(r["_where"], f"{column} {text!r} is not {'an integer' if integer else 'a number'}")
            return None
        if not (lo <= value <= hi) or (not integer and not math.isfinite(value)):
            self.fail(r["_where"], f"{column} {text} outside {lo}..{hi}")
        return value

    def code_list(self, r: dict, column: str, valid, what: str, allow_empty: bool = False) -> list[str]:
        text = r[column]
        if text == "":
            if not allow_empty:
                self.fail(r["_where"], f"{column} is empty")
            return []
        items = text.split(";")
        if len(set(items)) != len(items):
            self.fail(r["_where"], f"{column} repeats a code")
        for item in items:
            if item not in valid:
                self.fail(r["_where"], f"{column}: unknown {what} {item!r}")
        return items


# ---------------------------------------------------------------------- helpers


def haversine_km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def check_opening_hours(text: str) -> str | None:
    """None if text follows 'DAYS HH:MM-HH:MM[; DAYS HH:MM-HH:MM]...', else the reason."""
    if not text:
        return "empty"
    for group in text.split("; "):
        m = HOURS_GROUP.fullmatch(group)
        if not m:
            return f"group {group!r} is not of the form 'Sun-Thu 08:00-15:00' (groups separated by '; ')"
        opens, closes = m.group(3), m.group(4)
        minutes = []
        for t in (opens, closes):
            h, mi = map(int, t.split(":"))
            if h == 24 and mi != 0:
                return f"{t} is not a time of day"
            minutes.append(h * 60 + mi)
        if minutes[0] == 24 * 60:
            return f"group {group!r} opens at 24:00"
        if minutes[1] <= minutes[0]:
            return f"group {group!r} closes before it opens"
    return None


def point_in_ring(x, y, ring) -> bool:
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > y) != (yj > y) and x < xi + (y - yi) * (xj - xi) / (yj - yi):
            inside = not inside
        j = i
    return inside


def read_outline(path: str):
    """Rings of the WKT (MULTI)POLYGON in path (comment lines skipped), or None."""
    if not os.path.isfile(path):
        return None
    with open(path, encoding="utf-8") as f:
        text = " ".join(line for line in f if not line.startswith("#"))
    rings = []
    for ring_text in re.findall(r"\(([^()]+)\)", text):
        ring = [tuple(map(float, p.split())) for p in ring_text.split(",")]
        if len(ring) >= 3:
            rings.append(ring)
    return rings or None


def in_outline(lon, lat, rings) -> bool:
    inside = False
    for ring in rings:  # even-odd over all rings: holes and several parts both work
        if point_in_ring(lon, lat, ring):
            inside = not inside
    return inside


def load_governorate_polygons(boundaries_dir: str, checker: Checker):
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import derive_geography as dg  # noqa: E402  (same directory)
    by_arabic = {g[2]: g[0] for g in dg.GOVERNORATES}
    polygons = {}
    for feature in dg.read_features(os.path.join(boundaries_dir, "gov_simpl_20m.gpkg")):
        code = by_arabic.get(feature.get("name"))
        if code is None:
            checker.fail("boundaries", f"unknown governorate {feature.get('name')!r}")
            continue
        polygons[code] = feature["polygons"]
    return polygons, dg.point_in_multipolygon


# ---------------------------------------------------------------------- main


def main(argv=None) -> int:
    repo_root = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=os.path.join(repo_root, "bundles", "org.nafitha.sample", "data"),
                        help="sample data directory (default: %(default)s)")
    parser.add_argument("--boundaries", help="directory with gov_simpl_20m.gpkg for an exact governorate test")
    args = parser.parse_args(argv)
    c = Checker()
    data = args.data

    # context
    governorates = c.unique(c.read(data, "governorates.csv"), "code", "governorates.csv")
    districts = c.read(data, "districts.csv")
    centers = c.unique(c.read(data, "centers.csv"), "code", "centers.csv")
    population = sum(int(d["population_2024"]) for d in districts if d.get("population_2024", "").isdigit())
    group_codes = set(GROUPS)
    if os.path.isfile(os.path.join(data, "population_groups.csv")):
        declared = {r["code"] for r in c.read(data, "population_groups.csv")}
        for g in sorted(GROUPS - declared):
            c.fail("population_groups.csv", f"group {g} is not declared")

    # agencies
    agencies_rows = c.read(data, "agencies.csv", HEADERS["agencies.csv"])
    agencies = c.unique(agencies_rows, "code", "agencies.csv")
    for r in agencies_rows:
        if not AGENCY_CODE.fullmatch(r["code"]):
            c.fail(r["_where"], f"agency code {r['code']!r} is not short upper-case ASCII")
        for col in ("acronym", "name_en", "name_ar", "source"):
            if not r[col].strip():
                c.fail(r["_where"], f"{col} is empty")
        if r["name_ar"] and not ARABIC.search(r["name_ar"]):
            c.fail(r["_where"], "name_ar has no Arabic letters")
    if len(agencies) < MIN_AGENCIES:
        c.fail("agencies.csv", f"{len(agencies)} agencies, at least {MIN_AGENCIES} expected")

    # services
    services_rows = c.read(data, "services.csv", HEADERS["services.csv"])
    services = c.unique(services_rows, "code", "services.csv")
    total_annual = 0.0
    for r in services_rows:
        w = r["_where"]
        if r["agency_code"] not in agencies:
            c.fail(w, f"unknown agency {r['agency_code']!r}")
        if not re.fullmatch(re.escape(r["agency_code"]) + r"-\d{2}", r["code"]):
            c.fail(w, f"service code {r['code']!r} is not <agency_code>-NN")
        for col in ("name_en", "name_ar", "source"):
            if not r[col].strip():
                c.fail(w, f"{col} is empty")
        if r["name_ar"] and not ARABIC.search(r["name_ar"]):
            c.fail(w, "name_ar has no Arabic letters")
        if r["category"] not in CATEGORIES:
            c.fail(w, f"unknown category {r['category']!r}")
        annual, rate = r["annual_transactions"].strip(), r["per_capita_rate"].strip()
        if bool(annual) == bool(rate):
            c.fail(w, "exactly one of annual_transactions and per_capita_rate must be filled")
        elif annual:
            v = c.number(r, "annual_transactions", 1, 50_000_000, integer=True)
            total_annual += v or 0
        else:
            v = c.number(r, "per_capita_rate", 1e-6, PER_CAPITA_MAX)
            total_annual += (v or 0) * population
        c.number(r, "mean_handling_minutes", *MINUTES_RANGE)
        c.number(r, "handling_cv", *CV_RANGE)
        digital = c.number(r, "digital_share", *DIGITAL_RANGE)
        if r["presence_required"] not in ("true", "false"):
            c.fail(w, f"presence_required {r['presence_required']!r} is not true or false")
        elif r["presence_required"] == "true" and digital is not None and digital > MAX_DIGITAL_WHEN_PRESENCE:
            c.fail(w, f"presence is required but digital_share is {digital}")
        c.code_list(r, "eligible_groups", group_codes, "population group", allow_empty=True)
        if "planning assumption" not in r["source"] and not re.search(r"\d", r["source"]):
            c.fail(w, "source neither cites a figure nor says 'planning assumption'")
    if len(services) < MIN_SERVICES:
        c.fail("services.csv", f"{len(services)} services, at least {MIN_SERVICES} expected")

    # offices
    offices_rows = c.read(data, "offices.csv", HEADERS["offices.csv"])
    offices = c.unique(offices_rows, "code", "offices.csv")
    refs = []  # (lat, lon, governorate) of seats and district points
    for g in governorates.values():
        refs.append((float(g["capital_lat"]), float(g["capital_lon"]), g["code"]))
    for d in districts:
        refs.append((float(d["lat"]), float(d["lon"]), d["governorate_code"]))
    outline = read_outline(os.path.join(data, "jordan_outline.wkt"))
    polygons = None
    if args.boundaries:
        polygons, point_in_multipolygon = load_governorate_polygons(args.boundaries, c)
    municipal_agencies = {s["agency_code"] for s in services.values() if s["category"] == "municipal"}
    positions = {(cc["lat"], cc["lon"]): cc["code"] for cc in centers.values()}
    offered_by_office: dict[str, list[str]] = {}
    regions_covered = set()
    for r in offices_rows:
        w = r["_where"]
        agency, region, kind = r["agency_code"], r["region_code"], r["kind"]
        if agency not in agencies:
            c.fail(w, f"unknown agency {agency!r}")
        if region not in governorates:
            c.fail(w, f"unknown region {region!r}")
        if not re.fullmatch(re.escape(agency) + "-" + re.escape(region[3:]) + r"-\d{2}", r["code"]):
            c.fail(w, f"office code {r['code']!r} is not <agency>-<governorate>-NN")
        if kind not in KINDS:
            c.fail(w, f"unknown kind {kind!r}")
        if r["status"] not in STATUSES:
            c.fail(w, f"unknown status {r['status']!r}")
        for col in ("name_en", "name_ar", "source"):
            if not r[col].strip():
                c.fail(w, f"{col} is empty")
        if r["name_ar"] and not ARABIC.search(r["name_ar"]):
            c.fail(w, "name_ar has no Arabic letters")
        if kind == "MUNICIPAL_OFFICE" and agency not in municipal_agencies:
            c.fail(w, f"municipal office of {agency}, which has no municipal service")
        # position
        if not (COORD.fullmatch(r["lat"]) and COORD.fullmatch(r["lon"])):
            c.fail(w, f"lat/lon {r['lat']},{r['lon']} not in decimal degrees with 4 decimals")
        lat = c.number(r, "lat", *LAT_RANGE)
        lon = c.number(r, "lon", *LON_RANGE)
        if lat is not None and lon is not None and region in governorates:
            regions_covered.add(region)
            key = (r["lat"], r["lon"])
            if key in positions:
                c.fail(w, f"same position as {positions[key]}")
            positions.setdefault(key, r["code"])
            if outline and not in_outline(lon, lat, outline):
                c.fail(w, f"{lat},{lon} lies outside the country outline")
            d_all = min(haversine_km(lat, lon, a, b) for a, b, _ in refs)
            d_own = min(haversine_km(lat, lon, a, b) for a, b, g in refs if g == region)
            if d_own > NEAREST_FACTOR * d_all + NEAREST_SLACK_KM:
                nearest = min(refs, key=lambda p: haversine_km(lat, lon, p[0], p[1]))[2]
                c.fail(w, f"{lat},{lon} is {d_own:.0f} km from {region} but {d_all:.0f} km from {nearest}")
            if polygons is not None and region in polygons and not point_in_multipolygon(lon, lat, polygons[region]):
                inside = [g for g, p in polygons.items() if point_in_multipolygon(lon, lat, p)]
                c.fail(w, f"{lat},{lon} lies outside {region} (inside {inside or 'none'})")
        # capacity
        counters = c.number(r, "counters", 1, 1000, integer=True)
        staff = c.number(r, "staff", 0, 10000, integer=True)
        if counters is not None and kind in COUNTERS:
            lo, hi = COUNTERS[kind]
            if not lo <= counters <= hi:
                c.fail(w, f"{kind} with {counters} counters, expected {lo}..{hi}")
        if counters is not None and staff is not None and kind != "KIOSK" and staff < counters \
                and r["status"] != "CLOSED":
            c.fail(w, f"staff {staff} < counters {counters}")
        reason = check_opening_hours(r["opening_hours"])
        if reason:
            c.fail(w, f"opening_hours {r['opening_hours']!r}: {reason}")
        items = c.code_list(r, "services", services, "service")
        multi_agency = agency == MULTI_AGENCY_OPERATOR and kind in ("KIOSK", "MOBILE_UNIT")
        for s in items:
            svc = services.get(s)
            if svc is None:
                continue
            if not multi_agency and svc["agency_code"] != agency:
                c.fail(w, f"offers {s} of {svc['agency_code']}, not of its agency {agency}")
            if kind == "KIOSK" and svc["presence_required"] == "true":
                c.fail(w, f"kiosk offers {s}, which needs presence at a counter")
            if r["status"] != "CLOSED":
                offered_by_office.setdefault(s, []).append(r["code"])
        c.code_list(r, "accessibility", ACCESSIBILITY, "accessibility feature", allow_empty=True)
    if len(offices) < MIN_OFFICES:
        c.fail("offices.csv", f"{len(offices)} offices, at least {MIN_OFFICES} expected")
    for g in sorted(set(governorates) - regions_covered):
        c.fail("offices.csv", f"no office in {g}")

    # comprehensive centers
    comp_rows = c.read(data, "comprehensive_services.csv", HEADERS["comprehensive_services.csv"])
    comp = c.unique(comp_rows, "center_code", "comprehensive_services.csv")
    offered_by_center: dict[str, list[str]] = {}
    for r in comp_rows:
        if r["center_code"] not in centers:
            c.fail(r["_where"], f"unknown center {r['center_code']!r}")
        for s in c.code_list(r, "services", services, "service"):
            offered_by_center.setdefault(s, []).append(r["center_code"])
    for code in centers:
        if code not in comp:
            c.fail("comprehensive_services.csv", f"no row for center {code}")

    # bundles
    bundles_rows = c.read(data, "bundles.csv", HEADERS["bundles.csv"])
    bundles = c.unique(bundles_rows, "code", "bundles.csv")
    for r in bundles_rows:
        w = r["_where"]
        for col in ("name_en", "name_ar"):
            if not r[col].strip():
                c.fail(w, f"{col} is empty")
        if not LIFE_EVENT.fullmatch(r["life_event"]):
            c.fail(w, f"life_event {r['life_event']!r} is not lower_snake_case")
        items = c.code_list(r, "services", services, "service")
        if not BUNDLE_SIZE[0] <= len(items) <= BUNDLE_SIZE[1]:
            c.fail(w, f"{len(items)} services, expected {BUNDLE_SIZE[0]}..{BUNDLE_SIZE[1]}")
        for s in items:
            if s in services and s not in offered_by_office and s not in offered_by_center:
                c.fail(w, f"{s} is offered by no open office and no comprehensive center")
    if len(bundles) < MIN_BUNDLES:
        c.fail("bundles.csv", f"{len(bundles)} bundles, at least {MIN_BUNDLES} expected")

    # report
    print(f"agencies: {len(agencies)}")
    print(f"services: {len(services)} "
          f"({sum(1 for s in services.values() if s['annual_transactions'])} with annual_transactions, "
          f"{sum(1 for s in services.values() if s['per_capita_rate'])} with per_capita_rate)")
    print(f"implied national volume: {total_annual:,.0f} transactions a year "
          f"(population {population:,}; {total_annual / population if population else 0:.2f} per resident)")
    print(f"bundles: {len(bundles)}")
    by_kind = {k: sum(1 for o in offices.values() if o['kind'] == k) for k in sorted(KINDS)}
    by_status = {k: sum(1 for o in offices.values() if o['status'] == k) for k in sorted(STATUSES)}
    print(f"offices: {len(offices)} in {len(regions_covered)} governorates; "
          + ", ".join(f"{k} {v}" for k, v in by_kind.items()) + "; "
          + ", ".join(f"{k} {v}" for k, v in by_status.items()))
    for r in comp_rows:
        n = len(r["services"].split(";")) if r["services"] else 0
        status = centers.get(r["center_code"], {}).get("status", "?")
        print(f"  {r['center_code']} ({status}): {n} services, {100 * n / max(len(services), 1):.0f} % of the registry")
    if polygons is None:
        print("governorate polygons: not checked (pass --boundaries DIR for the exact test)")
    if c.problems:
        print(f"\n{len(c.problems)} problem(s):", file=sys.stderr)
        for p in c.problems:
            print("  " + p, file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
