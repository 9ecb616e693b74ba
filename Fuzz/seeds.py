#!/usr/bin/env python3
"""Writes the seed corpora in Fuzz/corpus/<target>/ from the repository's scenarios and data, and
the dictionaries in Fuzz/dict/<target>.dict (the formats' keys, column names, elements and syntax).

Each seed is small (a few KB: slices of data/cottbus, the examples whole); the committed total stays
well under 2 MB. Regression inputs (`regression-*`) are kept; every other seed is rewritten.
Run from anywhere: python3 Fuzz/seeds.py
"""
import glob
import gzip
import json
import os
import struct
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "Fuzz", "corpus")


def path(*parts):
    return os.path.join(ROOT, *parts)


def read(*parts):
    with open(path(*parts), "rb") as f:
        return f.read()


def head(data, lines):
    """The first `lines` lines of CSV bytes."""
    return b"".join(data.splitlines(keepends=True)[:lines])


def seeds_for(target, items):
    folder = os.path.join(CORPUS, target)
    os.makedirs(folder, exist_ok=True)
    for name in os.listdir(folder):
        if not name.startswith("regression-"):
            os.remove(os.path.join(folder, name))
    for name, data in items.items():
        assert len(data) <= 8192, (target, name, len(data))
        with open(os.path.join(folder, name), "wb") as f:
            f.write(data)


def scenario_yaml():
    items = {}
    for pattern in ["scenarios/examples/*.yaml", "scenarios/examples/invalid/*.yaml", "scenarios/examples/workload/*.yaml",
                    "scenarios/examples/bench/*.yaml", "scenarios/*/*.yaml"]:
        for p in sorted(glob.glob(path(pattern))):
            data = open(p, "rb").read()
            if len(data) <= 8192:
                items[os.path.relpath(p, ROOT).replace("/", "_")] = data
    return items


def network_slice(nodes_wanted=40):
    """A connected-ish slice of the Cottbus network: the first edges' nodes and the edges between them."""
    edges = read("data/cottbus/network_edges.csv").splitlines()
    header, rows = edges[0], edges[1:]
    chosen_nodes, chosen_edges = [], []
    for row in rows:
        f = row.split(b",")
        if len(chosen_nodes) >= nodes_wanted and (f[1] not in chosen_nodes or f[2] not in chosen_nodes):
            continue
        for n in (f[1], f[2]):
            if n not in chosen_nodes:
                chosen_nodes.append(n)
        chosen_edges.append(row)
        if len(chosen_edges) >= 60:
            break
    node_rows = {}
    for row in read("data/cottbus/network_nodes.csv").splitlines()[1:]:
        f = row.split(b",")
        if f[0] in chosen_nodes:
            node_rows[f[0]] = row
    nodes = b"node_id,lat,lon,in_largest_scc\n" + b"\n".join(node_rows[n] for n in chosen_nodes if n in node_rows) + b"\n"
    return nodes, header + b"\n" + b"\n".join(chosen_edges) + b"\n", set(chosen_nodes)


def utm33(lat, lon):
    """WGS84 to UTM zone 33N (Snyder's series; good to centimetres near the zone), for MATSim seeds."""
    import math
    a, f, k0 = 6378137.0, 1 / 298.257223563, 0.9996
    e2 = f * (2 - f)
    ep2 = e2 / (1 - e2)
    phi, lam = math.radians(lat), math.radians(lon - 15)
    n = a / math.sqrt(1 - e2 * math.sin(phi) ** 2)
    t, c, A = math.tan(phi) ** 2, ep2 * math.cos(phi) ** 2, math.cos(phi) * lam
    m = a * ((1 - e2 / 4 - 3 * e2 ** 2 / 64) * phi - (3 * e2 / 8 + 3 * e2 ** 2 / 32) * math.sin(2 * phi)
             + (15 * e2 ** 2 / 256) * math.sin(4 * phi))
    x = k0 * n * (A + (1 - t + c) * A ** 3 / 6 + (5 - 18 * t + t * t) * A ** 5 / 120) + 500000
    y = k0 * (m + n * math.tan(phi) * (A * A / 2 + (5 - t + 9 * c) * A ** 4 / 24))
    return x, y


def matsim(nodes_csv, edges_csv, crs=True):
    s = '<?xml version="1.0" encoding="UTF-8"?>\n'
    s += '<!DOCTYPE network SYSTEM "http://www.matsim.org/files/dtd/network_v2.dtd">\n<network>\n'
    if crs:
        s += '  <attributes><attribute name="coordinateReferenceSystem" class="java.lang.String">EPSG:32633</attribute></attributes>\n'
    s += "  <nodes>\n"
    for row in nodes_csv.decode().splitlines()[1:25]:
        i, lat, lon = row.split(",")[:3]
        x, y = utm33(float(lat), float(lon))
        s += f'    <node id="{i}" x="{x:.2f}" y="{y:.2f}"/>\n'
    s += '  </nodes>\n  <links capperiod="01:00:00">\n'
    ids = {r.split(",")[0] for r in nodes_csv.decode().splitlines()[1:25]}
    for row in edges_csv.decode().splitlines()[1:]:
        f = row.split(",")
        if f[1] in ids and f[2] in ids:
            s += (f'    <link id="{f[0]}" from="{f[1]}" to="{f[2]}" length="{f[3]}" freespeed="{f[4]}" '
                  f'capacity="600" permlanes="1" oneway="1" modes="{f[9]}"/>\n')
    return (s + "  </links>\n</network>\n").encode()


def geojson_network(nodes_wanted):
    data = json.load(gzip.open(path("data/cottbus/network.geojson.gz")))
    features, seen = [], set()
    for f in data["features"]:
        p = f["properties"]
        if len(seen) >= nodes_wanted and (p["from_node"] not in seen or p["to_node"] not in seen):
            continue
        seen.update([p["from_node"], p["to_node"]])
        features.append(f)
        if len(features) >= 12:
            break
    return json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":")).encode()


# Protocol buffers, encoded by hand (the API target's seeds; field numbers from proto/).
def varint(n):
    out = b""
    n &= (1 << 64) - 1
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out += bytes([b | 0x80])
        else:
            return out + bytes([b])


def field(number, value):
    if isinstance(value, bool) or isinstance(value, int):
        return varint(number << 3) + varint(int(value))
    if isinstance(value, float):
        return varint(number << 3 | 1) + struct.pack("<d", value)
    if isinstance(value, str):
        value = value.encode()
    return varint(number << 3 | 2) + varint(len(value)) + value


def msg(*fields):
    return b"".join(field(n, v) for n, v in fields)


def step(selector, message):
    assert len(message) < 256
    return bytes([selector, len(message)]) + message


def api_requests():
    # Selector: low 4 bits the RPC (0 create, 1 get, 2 list, 3 update, 4 delete, 5 list flags, 6 add flag,
    # 7 remove flag, 8 offers, 9 order, 10 get trip, 11 cancel as customer, 12 cancel as integrator);
    # 0x10 customer-id header; 0x20 link ids (and the offer's time to now); 0x40 clock +1 min.
    create = msg((1, "test-customer@moia.io"), (2, "+4997259173740"), (3, "Test"), (4, "Customer"), (5, "en"))
    loc = lambda lat, lon, name: msg((1, msg((1, lat), (2, lon))), (2, name))
    offers = msg((1, loc(53.6344823, 10.0555216, "Stüberedder 14")), (2, loc(53.6342303, 10.0741517, "Bramfelder Chaussee")),
                 (3, msg((1, msg((1, 1))))), (4, msg((1, 600))), (6, 2))
    group = msg((1, loc(53.6344823, 10.0555216, "a")), (2, loc(53.6342303, 10.0741517, "b")),
                (3, msg((1, msg((1, 2))))), (3, msg((2, msg((2, 4))))), (5, msg((1, 1800))), (6, 1), (7, 1))
    return {
        "create-get": step(0, create) + step(0x21, b""),
        "list-customers": step(0, create) + step(2, msg((1, 1))) + step(2, msg((1, 0), (2, "x"))),
        "update-delete": step(0, create) + step(0x23, msg((1, msg((1, "?"), (2, "new@example.org"), (4, "Neu"))))) + step(0x24, b""),
        "flags": step(0, create) + step(0x26, msg((2, "vip"))) + step(0x25, msg((2, 2))) + step(0x27, msg((2, "vip"))),
        "offer-order-get-cancel": step(0, create) + step(0x38, offers) + step(0x39, b"") + step(0x7a, b"") + step(0x3b, b""),
        "group-order-integrator-cancel": step(0, create) + step(0x38, group) + step(0x39, b"") + step(0x2c, b"") + step(0x3a, b""),
        "offer-no-customer": step(0x28, offers),
        "offer-no-time": step(0, create) + step(0x18, msg((1, loc(53.6344823, 10.0555216, "a")), (2, loc(53.6342303, 10.0741517, "b")))),
    }


def write_dict(target, comment, words):
    """A libFuzzer dictionary: one quoted word a line, every byte outside printable ASCII as \\xNN."""
    os.makedirs(os.path.join(ROOT, "Fuzz", "dict"), exist_ok=True)
    lines, seen = [f"# {comment}"], set()
    for w in words:
        raw = w if isinstance(w, bytes) else w.encode()
        if raw in seen:
            continue
        seen.add(raw)
        lines.append('"' + "".join(chr(b) if 0x20 <= b < 0x7F and b not in b'"\\' else f"\\x{b:02x}" for b in raw) + '"')
    with open(os.path.join(ROOT, "Fuzz", "dict", target + ".dict"), "w") as f:
        f.write("\n".join(lines) + "\n")


def dictionaries():
    yaml_keys = """alightAdultSeconds alightChildSeconds alternatives approachSpeedMix backwards baseFareCents boardAdultSeconds
        boardChildSeconds boarding bookingHorizonHours booster childSeatExtraSeconds childSeats congestion count crs
        customerCancelProbability customerFlags decisionDelaySeconds defaultWheelchair demand description detourFactor doorToDoor
        drainHours edges effect end factors fastMps file fleet forwards geojson hours idPrefix integratorCancelProbability lat
        loadMix loads lon matcher matsim max maxRideConstantMinutes maxRideFactor maxSnapMetres maxStopCandidates maxWaitMinutes
        maxWalkMinutes maxWalkVisuallyImpairedMinutes mediumMps min minimumTripMetres model name network noShowProbability
        noShowWaitSeconds nodes offerLifetimeSeconds pastToleranceMinutes perKmCents poisson priority rates readOnly replay
        requests requestsPerHour requiredFlags rideWeight riders scale schemaVersion seats seatsFoldedPerWheelchair secondsPerUnit
        seed service serviceArea serviceClasses share shift slowMps speedKmh start startsFile stopTimeSeconds stops timeSpan
        travel type vehicleTypes vehicles visualImpairmentExtraSeconds visualImpairmentShare waitToleranceMinutes waitWeight
        walking weight wheelchairExtraSeconds wheelchairPlaces workload dispatch prebooking revealMinutes capacityPerHour
        reoptimisation method intervalSeconds holdUnplacedOrders maxTripSize maxTripsPerVehicle nodeLimit timeLimitSeconds
        prebooked leadHours""".split()
    yaml_values = """straightLine roadNetwork SLOW MEDIUM FAST adult child wheelchair none null NULL Null true false ~ .nan .inf -.inf
        0x1F 1e309 -0 07:00 24:00 48:00 99:99 adult;child:booster adult:wheelchair child:forwards data/tiny_demand.csv
        data/tiny_demand.csv.gz data/tiny_stops.csv data/tiny_area.geojson data/tiny_fleet.csv data/sandbox_area.geojson
        workload/tiny_workload.requests.csv workload/tiny_workload.fleet.csv ../ /dev/zero localSearch batch
        data/tiny_demand_prebooked.csv""".split()
    yaml_syntax = [": ", "- ", "\n  ", "{", "}", "[", "]", "&a ", "*a", "<<: ", "!!str ", "!!int ", "!!float ", "---\n", "...\n",
                   "'", '"', "|\n", ">\n", "#"]
    write_dict("FuzzScenarioYAML", "Scenario YAML: the keys the parser reads (Sources/Scenario/Loading, scenarios/README.md), values, syntax.",
               [k + ": " for k in yaml_keys] + yaml_values + yaml_syntax)
    csv = [",", '"', '""', "\r\n", "\n", "\r", b"\xef\xbb\xbf", " ", "-", ".", "e", "1e308", "-1e308", "nan", "inf", "-0",
           "0x10", "90", "-90", "180", "-180", "90.0000001"]
    write_dict("FuzzDemandCSV", "Demand CSV: columns, values, CSV syntax.",
               """request_id request_time_s origin_lat origin_lon destination_lat destination_lon customer_id loads approach_speed
               visual_impairment adult child :wheelchair :forwards :backwards :booster SLOW MEDIUM FAST true false 172800 ;
               booking_time_s arrival_time_s -604800 -604801 172801""".split() + csv)
    write_dict("FuzzFleetStartsCSV", "Fleet starts CSV: columns, CSV syntax.", "start_lat start_lon lat lon vehicle_id".split() + csv)
    write_dict("FuzzWorkloadRequestsCSV", "Workload requests CSV: columns, values, CSV syntax.",
               """request_id request_time origin_x origin_y destination_x destination_y pickup_timewindow_min pickup_timewindow_max
               delivery_timewindow_min delivery_timewindow_max 1e12 -1e12 1000000000001""".split() + csv)
    write_dict("FuzzWorkloadFleetCSV", "Workload fleet CSV: columns, values, CSV syntax.", "vehicle_id x y capacity 32767 32768 1e12 0.5".split() + csv)
    write_dict("FuzzStopsCSV", "Stops CSV: columns, CSV syntax.", "stop_id lat lon link_id node_id".split() + csv)
    write_dict("FuzzNetworkCSV", "Network CSV (nodes, a NUL byte, edges): columns, modes, CSV syntax.",
               "node_id lat lon in_largest_scc edge_id from_node to_node length_m freespeed_mps modes car bus car,bus".split() + [b"\x00"] + csv)
    json_ = ["{", "}", "[", "]", ":", ",", '"', "null", "true", "false", "1e400", "-1e400", "0", "-0", "1.5", "\\u0000", "\\ud800"]
    geo = ['"type"', '"features"', '"geometry"', '"coordinates"', '"properties"', '"id"', '"FeatureCollection"', '"Feature"',
           '"GeometryCollection"', '"geometries"', '"bbox"', '"crs"']
    write_dict("FuzzStopsGeoJSON", "Stops GeoJSON: keys, types, JSON syntax.", geo + ['"Point"', '"stop_id"', '"MultiPoint"'] + json_)
    write_dict("FuzzServiceAreaGeoJSON", "Service area GeoJSON: keys, geometry types, JSON syntax.",
               geo + ['"Polygon"', '"MultiPolygon"', '"Point"', '"LineString"', '"MultiLineString"', '"MultiPoint"', "[[[", "]]]",
                      "[13,52]", "[180,90]", "[-180,-90]"] + json_)
    write_dict("FuzzNetworkGeoJSON", "Network GeoJSON: keys, types, JSON syntax.",
               geo + ['"LineString"', '"from_node"', '"to_node"', '"length_m"', '"freespeed_mps"', '"edge_id"', '"modes"', '"car"'] + json_)
    write_dict("FuzzMATSimXML", "MATSim network XML: elements, attributes, CRS names, XML syntax.",
               ["<network>", "</network>", "<nodes>", "</nodes>", "<links>", "</links>", "<node ", "<link ", "/>", "<attributes>",
                "</attributes>", "<attribute ", "</attribute>", ' id="', ' x="', ' y="', ' from="', ' to="', ' length="', ' freespeed="',
                ' modes="', ' capacity="', ' permlanes="', ' oneway="', ' capperiod="', ' name="coordinateReferenceSystem"',
                ' class="java.lang.String"', "EPSG:32633", "EPSG:4326", "EPSG:25833", "EPSG:32760", "urn:ogc:def:crs:EPSG::32633",
                "http://www.opengis.net/def/crs/EPSG/0/32633", "car", "car,bus", '<?xml version="1.0"?>',
                '<!DOCTYPE network SYSTEM "http://www.matsim.org/files/dtd/network_v2.dtd">', '<!ENTITY a "aaaa">', "&a;", "&amp;",
                "&#0;", "<![CDATA[", "]]>", "<!--", "-->", '"'])
    write_dict("FuzzGzip", "gzip and zlib: magic and header bytes, stored and empty blocks, CSV.",
               [b"\x1f\x8b", b"\x1f\x8b\x08\x00", b"\x78\x9c", b"\x78\x01", b"\x03\x00", b"\x00\x00\xff\xff", b"\x01\x00\x00\xff\xff",
                "id", ",", "\n"])
    write_dict("FuzzAPIRequests", "API requests: step selectors and protobuf tags, varints and values of the requests.",
               [bytes([b]) for b in (0x08, 0x10, 0x12, 0x1A, 0x22, 0x2A, 0x30, 0x38, 0x09, 0x11, 0x0A, 0x21, 0x38, 0x39, 0x7A)]
               + [b"\xff\xff\xff\xff\x0f", b"\x80\x80\x80\x80\x80\x80\x80\x80\x80\x01", b"\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01",
                  b"\x00\x00\x00\x00\x00\x00\xf8\x7f", b"\x00\x00\x00\x00\x00\x00\xf0\x7f", "+4997259173740", "test@moia.io", "en",
                  "de-DE", "vip", "wheelchair_user", "assistance", "standard"])


def main():
    ex = "scenarios/examples/data/"
    seeds_for("FuzzScenarioYAML", scenario_yaml())
    seeds_for("FuzzDemandCSV", {
        "tiny_demand.csv": read(ex + "tiny_demand.csv"), "tiny_demand.csv.gz": read(ex + "tiny_demand.csv.gz"),
        "bad_demand.csv": read(ex + "bad_demand.csv"), "bad_demand_missing_column.csv": read(ex + "bad_demand_missing_column.csv"),
        "tiny_demand_prebooked.csv": read(ex + "tiny_demand_prebooked.csv"), "bad_demand_booking.csv": read(ex + "bad_demand_booking.csv"),
        "cottbus_demand_drt_head.csv": head(read("data/cottbus/demand_drt.csv"), 12),
        "optional_columns.csv": b"request_id,customer_id,request_time_s,origin_lat,origin_lon,destination_lat,destination_lon,"
                                b"loads,approach_speed,visual_impairment\nr1,c1,25200,52.52,13.40,52.53,13.41,adult;child:booster,SLOW,1\n"
                                b"r2,,25260,52.52,13.40,52.53,13.41,adult:wheelchair,,false\n\"r,3\",c2,25300,52.52,13.40,52.53,13.41,,FAST,\n",
    })
    seeds_for("FuzzFleetStartsCSV", {
        "tiny_fleet.csv": read(ex + "tiny_fleet.csv"), "bad_fleet.csv": read(ex + "bad_fleet.csv"),
        "cottbus_fleet_drt_head.csv": head(read("data/cottbus/fleet_drt.csv"), 10),
        "lat_lon.csv": b"lat,lon\n52.52,13.40\n52.53,13.41\n",
    })
    seeds_for("FuzzWorkloadRequestsCSV", {"tiny_workload_requests_head.csv": head(read("scenarios/examples/workload/tiny_workload.requests.csv"), 15)})
    seeds_for("FuzzWorkloadFleetCSV", {"tiny_workload_fleet.csv": read("scenarios/examples/workload/tiny_workload.fleet.csv")})
    stops = json.load(open(path("data/cottbus/virtual_stops.geojson")))
    stops["features"] = stops["features"][:12]
    seeds_for("FuzzStopsCSV", {
        "tiny_stops.csv": read(ex + "tiny_stops.csv"), "sandbox_stops.csv": read(ex + "sandbox_stops.csv"),
        "cottbus_virtual_stops_head.csv": head(read("data/cottbus/virtual_stops.csv"), 20),
    })
    seeds_for("FuzzStopsGeoJSON", {
        "cottbus_virtual_stops_head.geojson": json.dumps(stops, separators=(",", ":")).encode(),
        "ids.geojson": b'{"type":"FeatureCollection","features":[{"type":"Feature","id":7,"geometry":{"type":"Point","coordinates":[13.4,52.5]},'
                       b'"properties":{}},{"type":"Feature","geometry":{"type":"Point","coordinates":[13.41,52.51]},"properties":{"id":"b"}}]}',
    })
    seeds_for("FuzzServiceAreaGeoJSON", {
        "tiny_area.geojson": read(ex + "tiny_area.geojson"), "sandbox_area.geojson": read(ex + "sandbox_area.geojson"),
        "cottbus_service_area.geojson": read("data/cottbus/service_area.geojson"),
        "multipolygon_hole.geojson": b'{"type":"MultiPolygon","coordinates":[[[[13,52],[13.1,52],[13.1,52.1],[13,52.1],[13,52]],'
                                     b'[[13.02,52.02],[13.05,52.02],[13.05,52.05],[13.02,52.02]]],[[[14,52],[14.1,52],[14.1,52.1],[14,52]]]]}',
        "feature_collection.geojson": b'{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon",'
                                      b'"coordinates":[[[13,52],[13.1,52],[13.1,52.1],[13,52]]]}},{"type":"Feature","properties":{},'
                                      b'"geometry":{"type":"Polygon","coordinates":[[[13.05,52],[13.2,52],[13.2,52.1],[13.05,52]]]}}]}',
    })
    nodes, edges, _ = network_slice()
    seeds_for("FuzzNetworkCSV", {"cottbus_slice": nodes + b"\0" + edges,
                                 "minimal": b"node_id,lat,lon\na,52.5,13.4\nb,52.51,13.41\n\0from_node,to_node,length_m,freespeed_mps,modes\na,b,1500,13.9,car\nb,a,1500,13.9,\"car,bus\"\n"})
    seeds_for("FuzzNetworkGeoJSON", {"cottbus_slice.geojson": geojson_network(20)})
    small_nodes, small_edges, _ = network_slice(20)
    seeds_for("FuzzMATSimXML", {"cottbus_slice.xml": matsim(small_nodes, small_edges),
                                "cottbus_slice_no_crs.xml": b"\x01" + matsim(small_nodes, small_edges, crs=False)[1:]})
    text = head(read(ex + "tiny_demand.csv"), 8)
    seeds_for("FuzzGzip", {"tiny_demand_head.csv.gz": gzip.compress(text, mtime=0),
                           "two_members.csv.gz": gzip.compress(b"id,x\n1,2\n", mtime=0) + gzip.compress(b"3,4\n", mtime=0),
                           "zlib.bin": zlib.compress(b"id,x\n1,2\n"), "plain.csv": b"id,x\n1,2\n"})
    seeds_for("FuzzAPIRequests", api_requests())
    dictionaries()
    total = sum(os.path.getsize(p) for p in glob.glob(os.path.join(CORPUS, "*", "*")))
    print(f"corpus: {total} bytes in {len(glob.glob(os.path.join(CORPUS, '*', '*')))} files")


if __name__ == "__main__":
    main()
