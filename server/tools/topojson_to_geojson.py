#!/usr/bin/env python3
"""Converts the base map's TopoJSON (from the npm packages us-atlas and world-atlas) into the
small GeoJSON files the web pages load, so the browser needs no TopoJSON library.

Run once when the vendored map changes:
  npm pack us-atlas@3.0.1 world-atlas@2.0.2   # then unpack both
  python3 server/tools/topojson_to_geojson.py us-atlas/package/states-10m.json \
      world-atlas/package/countries-50m.json server/src/main/resources/web/map

Coordinates are rounded to 0.01 degree (about 1 km): enough for a state map, a fifth of the size.
"""
import json
import sys

# State FIPS codes (us-atlas ids) to the two-letter codes the API uses.
STATES = {
    "01": "AL", "02": "AK", "04": "AZ", "05": "AR", "06": "CA", "08": "CO", "09": "CT", "10": "DE", "11": "DC",
    "12": "FL", "13": "GA", "15": "HI", "16": "ID", "17": "IL", "18": "IN", "19": "IA", "20": "KS", "21": "KY",
    "22": "LA", "23": "ME", "24": "MD", "25": "MA", "26": "MI", "27": "MN", "28": "MS", "29": "MO", "30": "MT",
    "31": "NE", "32": "NV", "33": "NH", "34": "NJ", "35": "NM", "36": "NY", "37": "NC", "38": "ND", "39": "OH",
    "40": "OK", "41": "OR", "42": "PA", "44": "RI", "45": "SC", "46": "SD", "47": "TN", "48": "TX", "49": "UT",
    "50": "VT", "51": "VA", "53": "WA", "54": "WV", "55": "WI", "56": "WY", "60": "AS", "66": "GU", "69": "MP",
    "72": "PR", "78": "VI",
}
MEXICO = "484"


def decode_arcs(topology):
    """Absolute lon/lat points of every arc (TopoJSON stores quantized deltas)."""
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for position in arc:
            if transform:
                x += position[0]
                y += position[1]
                sx, sy = transform["scale"]
                tx, ty = transform["translate"]
                points.append((x * sx + tx, y * sy + ty))
            else:
                points.append((position[0], position[1]))
        arcs.append(points)
    return arcs


def ring(arcs, indexes):
    points = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        # Consecutive arcs share their end point: keep it once.
        points.extend(arc if not points else arc[1:])
    rounded = []
    for lon, lat in points:
        point = [round(lon, 2), round(lat, 2)]
        if not rounded or rounded[-1] != point:
            rounded.append(point)
    if rounded and rounded[0] != rounded[-1]:
        rounded.append(rounded[0])
    return rounded


def geometry(arcs, geometry):
    kind = geometry["type"]
    if kind == "Polygon":
        return {"type": "Polygon", "coordinates": [ring(arcs, r) for r in geometry["arcs"]]}
    if kind == "MultiPolygon":
        return {"type": "MultiPolygon", "coordinates": [[ring(arcs, r) for r in polygon] for polygon in geometry["arcs"]]}
    raise ValueError("unexpected geometry type " + kind)


def features(path, object_name, select):
    with open(path, encoding="utf-8") as file:
        topology = json.load(file)
    arcs = decode_arcs(topology)
    result = []
    for item in topology["objects"][object_name]["geometries"]:
        properties = select(item)
        if properties is not None:
            result.append({"type": "Feature", "properties": properties, "geometry": geometry(arcs, item)})
    return {"type": "FeatureCollection", "features": result}


def write(collection, path):
    with open(path, "w", encoding="utf-8") as file:
        json.dump(collection, file, separators=(",", ":"))


def main(states_path, countries_path, out_dir):
    write(features(states_path, "states",
                   lambda g: {"code": STATES[g["id"]], "name": g["properties"]["name"]} if g.get("id") in STATES else None),
          out_dir + "/us-states.geojson")
    write(features(countries_path, "countries",
                   lambda g: {"code": "MX", "name": g["properties"]["name"]} if g.get("id") == MEXICO else None),
          out_dir + "/mexico.geojson")


if __name__ == "__main__":
    main(*sys.argv[1:4])
