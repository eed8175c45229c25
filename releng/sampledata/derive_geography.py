#!/usr/bin/env python3
"""Derive Nafitha's embedded sample geography of Jordan from the GeoPackages of
izaslavsky/jordan-administrative-boundaries (ODbL 1.0, derived from OpenStreetMap).

Usage (from the repository root):

    python3 releng/sampledata/derive_geography.py ../shared/data/jordan-boundaries

Reads  <dir>/gov_simpl_20m.gpkg  (12 governorates) and
       <dir>/dis_simpl_20m.gpkg  (51 districts with a 2024 population)
and writes (UTF-8, comma separated, RFC 4180 quoting where needed, LF line ends):

    bundles/org.nafitha.sample/data/governorates.csv
    bundles/org.nafitha.sample/data/districts.csv

The GeoPackages themselves are NOT copied into the project; only derived facts
(names, codes, populations, interior centroids, areas, Wikidata ids) are written.

Python 3.11 standard library only (sqlite3 + struct): the GeoPackage geometry
blobs (GP header + optional envelope + WKB) are parsed by hand.

Geometry conventions (good enough for a planning tool's sample data, not for survey work):
  * Centroid: area-weighted planar centroid of the (multi)polygon, computed directly in
    lon/lat degrees (holes subtract).  If that point does not lie inside the geometry
    (concave or multi-part shapes), an interior point is used instead: the midpoint of the
    widest interior segment of a horizontal scan line through the middle of the bounding
    box of the largest part (further scan lines are tried if that one is degenerate).
  * Area: spherical Earth, R = 6371.0088 km (IUGG mean radius); each vertex is projected
    as x = R * dlon * cos(lat), y = R * lat (an equirectangular projection scaled by
    cos(lat) per vertex, i.e. the sinusoidal equal-area projection) and the planar
    shoelace area is taken.  Expect ~0.5 % difference from ellipsoidal areas.

The output is deterministic: running the script twice gives identical files.
"""

from __future__ import annotations

import argparse
import csv
import math
import os
import sqlite3
import struct
import sys

ATTRIBUTION = ("Boundaries and populations © OpenStreetMap contributors, ODbL; "
               "compiled by izaslavsky/jordan-administrative-boundaries")
COMMAND = "python3 releng/sampledata/derive_geography.py ../shared/data/jordan-boundaries"
EXPECTED_GOVERNORATES = 12
EXPECTED_DISTRICTS = 51
EXPECTED_TOTAL_POPULATION = 11_625_745  # stated in /work/shared/data/README.md

EARTH_RADIUS_KM = 6371.0088
CENTRAL_MERIDIAN = 36.0  # degrees east, roughly the middle of Jordan

DIS_PREFIX = "districts_for_suave_with100K_2_no_wkt_"
COL_POPULATION = DIS_PREFIX + "Population 2024#number"
COL_GOV_AR = DIS_PREFIX + "Governorate Name in Arabic"
COL_DIS_AR = DIS_PREFIX + "District Name in Arabic"
COL_DIS_WIKIDATA = DIS_PREFIX + "wikidata#hiddenmore"

# ISO 3166-2:JO codes, clean English names, Arabic names as in the `name` column of
# gov_simpl_20m.gpkg (used as the join key), and the seat of each governorate.
# Capital coordinates: /work/shared/reference/gis-spike/data/capitals.csv (4 decimals).
# Keyed by the GeoPackage's `name` column (Arabic).
GOVERNORATES = [
    # code,   name_en,   name_ar,    capital_en, capital_ar, capital_lat, capital_lon
    ("JO-AJ", "Ajloun",  "عجلون",   "Ajloun",   "عجلون",   32.3326, 35.7517),
    ("JO-AM", "Amman",   "عمان",    "Amman",    "عمان",    31.9539, 35.9106),
    ("JO-AQ", "Aqaba",   "العقبة",  "Aqaba",    "العقبة",  29.5321, 35.0063),
    ("JO-AT", "Tafilah", "الطفيلة", "Tafilah",  "الطفيلة", 30.8375, 35.6042),
    ("JO-AZ", "Zarqa",   "الزرقاء", "Zarqa",    "الزرقاء", 32.0728, 36.0880),
    ("JO-BA", "Balqa",   "البلقاء", "Salt",     "السلط",   32.0392, 35.7272),
    ("JO-IR", "Irbid",   "إربد",    "Irbid",    "إربد",    32.5556, 35.8500),
    ("JO-JA", "Jerash",  "جرش",     "Jerash",   "جرش",     32.2803, 35.8993),
    ("JO-KA", "Karak",   "الكرك",   "Karak",    "الكرك",   31.1853, 35.7048),
    ("JO-MA", "Mafraq",  "المفرق",  "Mafraq",   "المفرق",  32.3429, 36.2080),
    ("JO-MD", "Madaba",  "مادبا",   "Madaba",   "مادبا",   31.7160, 35.7939),
    ("JO-MN", "Ma'an",   "معان",    "Ma'an",    "معان",    30.1962, 35.7341),
]

GOV_HEADER = ["code", "name_en", "name_ar", "capital_en", "capital_ar", "capital_lat",
              "capital_lon", "lat", "lon", "area_km2", "population_2024", "wikidata"]
DIS_HEADER = ["code", "governorate_code", "name_en", "name_ar", "lat", "lon", "area_km2",
              "population_2024", "wikidata"]


# --------------------------------------------------------------------------- GeoPackage


class GeometryError(ValueError):
    pass


def parse_gpkg_geometry(blob: bytes) -> list[list[list[tuple[float, float]]]]:
    """Parse a GeoPackage geometry blob into a multipolygon:
    a list of polygons, each a list of rings (first = exterior), each a list of (x, y)."""
    if blob is None or len(blob) < 8 or blob[0:2] != b"GP":
        raise GeometryError("not a GeoPackage geometry blob")
    flags = blob[3]
    if (flags >> 5) & 1:
        raise GeometryError("extended GeoPackage geometry types are not supported")
    header_order = "<" if flags & 1 else ">"
    (_srs_id,) = struct.unpack_from(header_order + "i", blob, 4)
    envelope_code = (flags >> 1) & 0x07
    envelope_len = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}.get(envelope_code)
    if envelope_len is None:
        raise GeometryError(f"invalid envelope indicator {envelope_code}")
    if (flags >> 4) & 1:
        return []  # empty geometry
    polygons: list = []
    _read_wkb(blob, 8 + envelope_len, polygons)
    return polygons


def _read_wkb(buf: bytes, pos: int, out: list) -> int:
    """Read one WKB geometry at pos, append its polygons to out, return the new position."""
    order = "<" if buf[pos] == 1 else ">"
    pos += 1
    (gtype,) = struct.unpack_from(order + "I", buf, pos)
    pos += 4
    # ISO WKB (1000/2000/3000 offsets) and EWKB (high-bit flags) dimensionality.
    has_z = bool(gtype & 0x80000000)
    has_m = bool(gtype & 0x40000000)
    if gtype & 0x20000000:  # EWKB SRID
        pos += 4
    gtype &= 0x0FFFFFFF
    dim_code, base = divmod(gtype, 1000)
    if dim_code in (1, 3):
        has_z = True
    if dim_code in (2, 3):
        has_m = True
    ndim = 2 + has_z + has_m
    if base == 3:  # Polygon
        rings, pos = _read_polygon(buf, pos, order, ndim)
        out.append(rings)
    elif base in (6, 7):  # MultiPolygon, GeometryCollection
        (n,) = struct.unpack_from(order + "I", buf, pos)
        pos += 4
        for _ in range(n):
            pos = _read_wkb(buf, pos, out)
    else:
        raise GeometryError(f"unsupported WKB geometry type {gtype}")
    return pos


def _read_polygon(buf, pos, order, ndim):
    (nrings,) = struct.unpack_from(order + "I", buf, pos)
    pos += 4
    rings = []
    for _ in range(nrings):
        (npts,) = struct.unpack_from(order + "I", buf, pos)
        pos += 4
        values = struct.unpack_from(order + "d" * (npts * ndim), buf, pos)
        pos += 8 * npts * ndim
        ring = [(values[i], values[i + 1]) for i in range(0, npts * ndim, ndim)]
        if len(ring) > 1 and ring[0] == ring[-1]:
            ring.pop()  # work with implicitly closed rings
        if len(ring) >= 3:
            rings.append(ring)
    return rings, pos


# --------------------------------------------------------------------------- geometry


def ring_signed_area_and_centroid(ring):
    """Shoelace: (signed area, centroid x, centroid y) of an implicitly closed ring."""
    a = cx = cy = 0.0
    n = len(ring)
    x0, y0 = ring[0]  # translate for numerical stability
    for i in range(n):
        x1, y1 = ring[i][0] - x0, ring[i][1] - y0
        x2, y2 = ring[(i + 1) % n][0] - x0, ring[(i + 1) % n][1] - y0
        cross = x1 * y2 - x2 * y1
        a += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    a *= 0.5
    if a == 0.0:
        return 0.0, x0, y0
    return a, cx / (6.0 * a) + x0, cy / (6.0 * a) + y0


def polygon_area_deg(rings) -> float:
    """Unsigned planar area in square degrees (exterior minus holes)."""
    total = 0.0
    for k, ring in enumerate(rings):
        a = abs(ring_signed_area_and_centroid(ring)[0])
        total += a if k == 0 else -a
    return total


def area_weighted_centroid(polygons):
    """Area-weighted planar centroid in lon/lat degrees; holes are subtracted."""
    sa = sx = sy = 0.0
    for rings in polygons:
        for k, ring in enumerate(rings):
            a, cx, cy = ring_signed_area_and_centroid(ring)
            w = abs(a) if k == 0 else -abs(a)
            sa += w
            sx += w * cx
            sy += w * cy
    if sa == 0.0:
        raise GeometryError("zero-area geometry")
    return sx / sa, sy / sa


def point_in_polygon(x, y, rings) -> bool:
    """Even-odd rule over all rings of one polygon (holes excluded automatically)."""
    inside = False
    for ring in rings:
        n = len(ring)
        j = n - 1
        for i in range(n):
            xi, yi = ring[i]
            xj, yj = ring[j]
            if (yi > y) != (yj > y):
                xc = xi + (y - yi) * (xj - xi) / (yj - yi)
                if x < xc:
                    inside = not inside
            j = i
    return inside


def point_in_multipolygon(x, y, polygons) -> bool:
    return any(point_in_polygon(x, y, rings) for rings in polygons)


def scanline_segments(y, polygons):
    """Interior segments (x_from, x_to) of the horizontal line at y."""
    segments = []
    for rings in polygons:
        xs = []
        for ring in rings:
            n = len(ring)
            for i in range(n):
                x1, y1 = ring[i]
                x2, y2 = ring[(i + 1) % n]
                # half-open rule: a vertex exactly on the line is counted once
                if (y1 <= y < y2) or (y2 <= y < y1):
                    xs.append(x1 + (y - y1) * (x2 - x1) / (y2 - y1))
        xs.sort()
        segments.extend((xs[i], xs[i + 1]) for i in range(0, len(xs) - 1, 2))
    return segments


def interior_point(polygons):
    """Midpoint of the widest interior scan-line segment, starting through the middle of
    the bounding box of the largest part, then other lines if that one is degenerate."""
    largest = max(polygons, key=polygon_area_deg)
    ys = [p[1] for p in largest[0]]
    ymin, ymax = min(ys), max(ys)
    for frac in (0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75):
        y = ymin + frac * (ymax - ymin)
        segments = [s for s in scanline_segments(y, [largest]) if s[1] > s[0]]
        if segments:
            x_from, x_to = max(segments, key=lambda s: s[1] - s[0])
            return (x_from + x_to) / 2.0, y
    raise GeometryError("no interior point found")


def representative_point(polygons):
    """(lon, lat, method): area-weighted centroid if it is inside, else an interior point."""
    cx, cy = area_weighted_centroid(polygons)
    if point_in_multipolygon(cx, cy, polygons):
        return cx, cy, "centroid"
    x, y = interior_point(polygons)
    assert point_in_multipolygon(x, y, polygons)
    return x, y, "scanline"


def area_km2(polygons) -> float:
    """Area on a sphere (R = 6371.0088 km) via the equirectangular projection scaled by
    cos(lat) at every vertex (= sinusoidal equal-area projection), planar shoelace."""
    lam0 = math.radians(CENTRAL_MERIDIAN)
    total = 0.0
    for rings in polygons:
        for k, ring in enumerate(rings):
            projected = []
            for lon, lat in ring:
                phi = math.radians(lat)
                projected.append((EARTH_RADIUS_KM * (math.radians(lon) - lam0) * math.cos(phi),
                                  EARTH_RADIUS_KM * phi))
            a = abs(ring_signed_area_and_centroid(projected)[0])
            total += a if k == 0 else -a
    return total


# --------------------------------------------------------------------------- reading


def read_features(path):
    """Yield dicts (all attribute columns + parsed 'polygons') of the single feature table."""
    if not os.path.isfile(path):
        sys.exit(f"error: {path} not found")
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        table, column = con.execute(
            "SELECT table_name, column_name FROM gpkg_geometry_columns").fetchone()
        cur = con.execute(f'SELECT * FROM "{table}" ORDER BY fid')
        names = [d[0] for d in cur.description]
        for row in cur:
            feature = dict(zip(names, row))
            feature["polygons"] = parse_gpkg_geometry(feature.pop(column))
            yield feature
    finally:
        con.close()


def clean_district_name_en(name: str) -> str:
    name = name.strip()
    if name.endswith(" District"):
        name = name[: -len(" District")]
    return name


def fmt(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}"


def write_csv(path, header, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(f"# {ATTRIBUTION}. Derived with: {COMMAND}\n")
        writer = csv.writer(f, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(header)
        writer.writerows(rows)


# --------------------------------------------------------------------------- main


def main(argv=None) -> int:
    repo_root = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", help="directory holding gov_simpl_20m.gpkg and dis_simpl_20m.gpkg")
    parser.add_argument("--out", default=os.path.join(repo_root, "bundles", "org.nafitha.sample", "data"),
                        help="output directory (default: %(default)s)")
    args = parser.parse_args(argv)

    problems: list[str] = []
    notes: list[str] = []

    # ---- governorates
    by_ar = {g[2]: g for g in GOVERNORATES}
    govs = {}  # code -> record
    for f in read_features(os.path.join(args.data_dir, "gov_simpl_20m.gpkg")):
        key = (f.get("name") or "").strip()
        if key not in by_ar:
            problems.append(f"governorate fid {f['fid']}: unknown Arabic name {key!r}")
            continue
        code, name_en, name_ar, cap_en, cap_ar, cap_lat, cap_lon = by_ar[key]
        if code in govs:
            problems.append(f"governorate {code} appears twice")
        lon, lat, method = representative_point(f["polygons"])
        if method != "centroid":
            notes.append(f"governorate {code} {name_en}: centroid outside polygon, used scan-line interior point")
        if not point_in_multipolygon(cap_lon, cap_lat, f["polygons"]):
            problems.append(f"governorate {code}: capital {cap_en} ({cap_lat}, {cap_lon}) is not inside its polygon")
        if f.get("name_en") != name_en:
            notes.append(f"governorate {code}: OSM name_en {f.get('name_en')!r} written as {name_en!r}")
        govs[code] = dict(code=code, name_en=name_en, name_ar=name_ar, capital_en=cap_en,
                          capital_ar=cap_ar, capital_lat=cap_lat, capital_lon=cap_lon,
                          lat=lat, lon=lon, area=area_km2(f["polygons"]),
                          wikidata=(f.get("wikidata") or "").strip(),
                          polygons=f["polygons"], districts=[])
    missing = sorted(set(g[0] for g in GOVERNORATES) - set(govs))
    if missing:
        problems.append(f"governorates missing from GeoPackage: {missing}")

    # ---- districts
    code_by_ar = {g[2]: g[0] for g in GOVERNORATES}
    n_districts = 0
    for f in read_features(os.path.join(args.data_dir, "dis_simpl_20m.gpkg")):
        n_districts += 1
        name_ar = (f.get("name") or "").strip()
        name_en = clean_district_name_en(f.get("name_en") or "")
        label = f"district fid {f['fid']} {name_en}"
        # Governorate: the joined attribute column is complete; name_2/name_ar_2/name_en_2
        # are NULL for one district and name_ar_2 uses a different form for Jerash.
        gov_ar = (f.get(COL_GOV_AR) or "").strip()
        gov_code = code_by_ar.get(gov_ar)
        if gov_code is None:
            problems.append(f"{label}: unknown governorate {gov_ar!r}")
            continue
        osm_parent = (f.get("name_2") or "").strip()
        if osm_parent != gov_ar:
            notes.append(f"{label}: OSM parent name_2={osm_parent or None!r} vs joined column {gov_ar!r} "
                         f"(joined column used)")
        if (f.get(COL_DIS_AR) or "").strip() != name_ar:
            problems.append(f"{label}: joined district name {f.get(COL_DIS_AR)!r} != OSM name {name_ar!r}")
        wikidata = (f.get("wikidata") or "").strip()
        if (f.get(COL_DIS_WIKIDATA) or "").strip() != wikidata:
            problems.append(f"{label}: joined wikidata {f.get(COL_DIS_WIKIDATA)!r} != OSM {wikidata!r}")
        population = f.get(COL_POPULATION)
        if not isinstance(population, int) or population <= 0:
            problems.append(f"{label}: bad population {population!r}")
            continue
        lon, lat, method = representative_point(f["polygons"])
        if method != "centroid":
            notes.append(f"{label}: centroid outside polygon, used scan-line interior point")
        # Spatial cross-check: the district's interior point must lie in its governorate.
        spatial = [c for c, g in govs.items() if point_in_multipolygon(lon, lat, g["polygons"])]
        if spatial != [gov_code]:
            problems.append(f"{label}: attribute governorate {gov_code} but interior point lies in {spatial}")
        govs[gov_code]["districts"].append(dict(
            name_en=name_en, name_ar=name_ar, lat=lat, lon=lon, area=area_km2(f["polygons"]),
            population=population, wikidata=wikidata, fid=f["fid"]))

    # ---- number districts by descending population within each governorate
    gov_rows, dis_rows = [], []
    for code in sorted(govs):
        g = govs[code]
        ds = g["districts"]
        ds.sort(key=lambda d: (-d["population"], d["name_en"]))
        for a, b in zip(ds, ds[1:]):
            if a["population"] == b["population"]:
                notes.append(f"{code}: population tie {a['population']} between {a['name_en']!r} and "
                             f"{b['name_en']!r}; tie broken by English name")
        names = [d["name_en"] for d in ds]
        if len(set(names)) != len(names):
            problems.append(f"{code}: duplicate district names {names}")
        for i, d in enumerate(ds, start=1):
            d["code"] = f"{code}-{i:02d}"
            dis_rows.append([d["code"], code, d["name_en"], d["name_ar"], fmt(d["lat"], 5), fmt(d["lon"], 5),
                             fmt(d["area"], 1), d["population"], d["wikidata"]])
        g["population"] = sum(d["population"] for d in ds)
        if not ds:
            problems.append(f"governorate {code} has no districts")
        gov_rows.append([code, g["name_en"], g["name_ar"], g["capital_en"], g["capital_ar"],
                         fmt(g["capital_lat"], 4), fmt(g["capital_lon"], 4), fmt(g["lat"], 5), fmt(g["lon"], 5),
                         fmt(g["area"], 1), g["population"], g["wikidata"]])

    # ---- checks
    total = sum(g["population"] for g in govs.values())
    if len(govs) != EXPECTED_GOVERNORATES:
        problems.append(f"expected {EXPECTED_GOVERNORATES} governorates, got {len(govs)}")
    if n_districts != EXPECTED_DISTRICTS or len(dis_rows) != EXPECTED_DISTRICTS:
        problems.append(f"expected {EXPECTED_DISTRICTS} districts, read {n_districts}, written {len(dis_rows)}")
    if total != EXPECTED_TOTAL_POPULATION:
        problems.append(f"total population {total:,} != expected {EXPECTED_TOTAL_POPULATION:,}")

    # ---- summary
    print(f"{'code':6} {'governorate':8} {'districts':>9} {'population_2024':>15} {'area_km2':>9} "
          f"{'sum(dist)km2':>12}  lat,lon")
    for code in sorted(govs):
        g = govs[code]
        dsum = sum(d["area"] for d in g["districts"])
        print(f"{code:6} {g['name_en']:8} {len(g['districts']):9d} {g['population']:15,d} {g['area']:9.1f} "
              f"{dsum:12.1f}  {g['lat']:.5f},{g['lon']:.5f}")
    print(f"{'total':6} {'':8} {len(dis_rows):9d} {total:15,d} {sum(g['area'] for g in govs.values()):9.1f}")
    for n in notes:
        print("note:", n)
    if problems:
        for p in problems:
            print("ERROR:", p, file=sys.stderr)
        print("not writing output because of the errors above", file=sys.stderr)
        return 1

    write_csv(os.path.join(args.out, "governorates.csv"), GOV_HEADER, gov_rows)
    write_csv(os.path.join(args.out, "districts.csv"), DIS_HEADER, dis_rows)
    print(f"OK: {len(gov_rows)} governorates, {len(dis_rows)} districts, population {total:,} "
          f"-> {os.path.join(args.out, 'governorates.csv')}, {os.path.join(args.out, 'districts.csv')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
