#!/usr/bin/env python3
"""Derive where each district's residents live (the sample's settlements) from the subdistricts of
izaslavsky/jordan-administrative-boundaries (ODbL 1.0, derived from OpenStreetMap) and the district seats.

Usage (from the repository root):

    python3 releng/sampledata/derive_settlements.py ../shared/data/jordan-boundaries

Reads  <dir>/subdis_simpl_20m.gpkg               (89 subdistrict polygons)
       <dir>/dis_simpl_20m.gpkg                  (51 district polygons)
       <dir>/subdistricts_population_2024.csv    (89 subdistricts with a 2024 population estimate)
       releng/sampledata/district_seats.csv      (the seat of each district, coordinates with their source)
       bundles/org.nafitha.sample/data/districts.csv
and writes bundles/org.nafitha.sample/data/settlements.csv.

The rule (a planning simplification, stated in the sample's README):
  * A district's residents are split over its subdistricts in proportion to the subdistricts' 2024 estimates
    (these sum to 11,734,000, not the districts' 11,625,745: only the proportions within a district are used, the
    district total stays that of districts.csv).
  * The subdistrict holding the district seat is placed at the seat, as an urban settlement: in Jordan the seat's
    subdistrict (nahiya) is the town and its immediate surroundings, while the villages of the hinterland form the
    other subdistricts.
  * Every other subdistrict is placed at its interior point (centroid, or a scan-line point when the centroid falls
    outside), keeping the district's area type: its people live in villages spread over the subdistrict.
Checks: every seat lies inside its district polygon; every subdistrict interior point inside its district polygon;
every subdistrict of the population file matched to one polygon and one district; the shares of each district sum
to one (the last one takes the rounding).
"""

from __future__ import annotations

import argparse
import csv
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from derive_geography import (ATTRIBUTION, clean_district_name_en, point_in_multipolygon,  # noqa: E402
                              read_features, representative_point)

COMMAND = "python3 releng/sampledata/derive_settlements.py ../shared/data/jordan-boundaries"
HEADER = ["zone_code", "code", "name_en", "name_ar", "lat", "lon", "share", "area_type", "basis", "source"]


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        lines = [line for line in f if not line.startswith("#")]
    return list(csv.DictReader(lines))


def main(argv=None) -> int:
    repo = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir")
    parser.add_argument("--out", default=os.path.join(repo, "bundles", "org.nafitha.sample", "data", "settlements.csv"))
    args = parser.parse_args(argv)
    problems: list[str] = []

    districts = read_csv(os.path.join(repo, "bundles", "org.nafitha.sample", "data", "districts.csv"))
    by_name = {d["name_en"]: d for d in districts}
    seats = {s["district_code"]: s for s in read_csv(os.path.join(repo, "releng", "sampledata", "district_seats.csv"))}
    polygons = {}
    for f in read_features(os.path.join(args.data_dir, "dis_simpl_20m.gpkg")):
        name = clean_district_name_en(f.get("name_en") or "")
        if name in by_name:
            polygons[by_name[name]["code"]] = f["polygons"]
    sub_polygons = {}
    for f in read_features(os.path.join(args.data_dir, "subdis_simpl_20m.gpkg")):
        sub_polygons[(f.get("name_en") or "").strip()] = (f["polygons"], (f.get("name") or "").strip())

    subs: dict[str, list[dict]] = {}
    for row in read_csv(os.path.join(args.data_dir, "subdistricts_population_2024.csv")):
        district = by_name.get(clean_district_name_en(row["district_en"]))
        if district is None:
            problems.append(f"subdistrict {row['subdistrict_en']}: unknown district {row['district_en']!r}")
            continue
        if row["subdistrict_en"] not in sub_polygons:
            problems.append(f"subdistrict {row['subdistrict_en']}: no polygon in subdis_simpl_20m.gpkg")
            continue
        poly, name_ar_osm = sub_polygons[row["subdistrict_en"]]
        lon, lat, _ = representative_point(poly)
        subs.setdefault(district["code"], []).append(dict(
            name_en=row["subdistrict_en"], name_ar=(row["subdistrict_ar"] or name_ar_osm).strip(),
            population=int(row["population_2024"]), polygons=poly, lat=lat, lon=lon))

    rows = []
    for d in districts:
        code = d["code"]
        seat = seats.get(code)
        if seat is None or not seat["lat"]:
            problems.append(f"{code} {d['name_en']}: no seat in district_seats.csv")
            continue
        slat, slon = float(seat["lat"]), float(seat["lon"])
        if code not in polygons:
            problems.append(f"{code}: no district polygon")
            continue
        if not point_in_multipolygon(slon, slat, polygons[code]):
            problems.append(f"{code} {d['name_en']}: seat {seat['seat_en']} ({slat}, {slon}) is not inside the district")
        parts = sorted(subs.get(code, []), key=lambda s: (-s["population"], s["name_en"]))
        if not parts:
            problems.append(f"{code}: no subdistricts")
            continue
        total = sum(s["population"] for s in parts)
        holding = [s for s in parts if point_in_multipolygon(slon, slat, s["polygons"])]
        if len(holding) != 1:
            # a seat on a simplified border: the subdistrict named like the district's seat, else the largest
            holding = [parts[0]]
            print(f"note: {code}: seat {seat['seat_en']} lies in no single subdistrict polygon; "
                  f"taken as {parts[0]['name_en']}")
        settlements = []
        seat_sub = holding[0]
        settlements.append(["SEAT", seat["seat_en"], seat["seat_ar"], slat, slon, seat_sub["population"] / total, "URBAN",
                            f"seat; residents of {seat_sub['name_en']}", seat["source"]])
        for i, s in enumerate(p for p in parts if p is not seat_sub):
            if not point_in_multipolygon(s["lon"], s["lat"], polygons[code]):
                problems.append(f"{code}: interior point of {s['name_en']} is outside the district")
            settlements.append([f"SUB-{i + 1:02d}", s["name_en"], s["name_ar"], s["lat"], s["lon"], s["population"] / total,
                                "", "subdistrict interior point", "subdistrict polygon and 2024 estimate (ODbL)"])
        shares = [round(s[5], 6) for s in settlements]
        shares[0] = round(1 - sum(shares[1:]), 6)  # the seat takes the rounding
        for s, share in zip(settlements, shares):
            rows.append([code, s[0], s[1], s[2], f"{s[3]:.5f}", f"{s[4]:.5f}", f"{share:.6f}", s[6], s[7], s[8]])
    if problems:
        for p in problems:
            print("ERROR:", p, file=sys.stderr)
        return 1
    with open(args.out, "w", encoding="utf-8", newline="") as f:
        f.write(f"# {ATTRIBUTION}. Seats: releng/sampledata/district_seats.csv (each with its source). "
                f"Derived with: {COMMAND}\n")
        f.write("# share: of the district's 2024 residents (districts.csv), from the subdistricts' 2024 estimates; the seat"
                " takes its subdistrict's residents (urban); other subdistricts sit at their interior points with the"
                " district's area type (empty area_type). A planning simplification, see README.md.\n")
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows(rows)
    print(f"OK: {len(rows)} settlements in {len({r[0] for r in rows})} districts -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
