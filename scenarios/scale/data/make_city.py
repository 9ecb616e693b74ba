#!/usr/bin/env python3
"""Writes the synthetic city of scenarios/scale/: a 30 km x 30 km square centred at 52.0 N, 13.0 E
(city_area.geojson), a stop every 500 m (city_stops.csv, 3,600 stops) and 100 depots 3 km apart
(city_depots.csv). Deterministic: run it in this folder to regenerate the same files."""
import math

lat0, lon0 = 52.0, 13.0
m_lat = 111_195.0
m_lon = m_lat * math.cos(math.radians(lat0))
half = 15_000.0


def pt(x, y):
    return (lat0 + y / m_lat, lon0 + x / m_lon)


corners = [pt(-half, -half), pt(half, -half), pt(half, half), pt(-half, half), pt(-half, -half)]
ring = ",".join(f"[{lon:.7f},{lat:.7f}]" for lat, lon in corners)
with open("city_area.geojson", "w") as f:
    f.write('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"synthetic city 30 km x 30 km"},'
            '"geometry":{"type":"Polygon","coordinates":[[' + ring + ']]}}]}\n')
with open("city_stops.csv", "w") as f:
    f.write("stop_id,lat,lon\n")
    step, n = 500.0, 0
    k = int(2 * half / step)
    for i in range(k):
        for j in range(k):
            lat, lon = pt(-half + step / 2 + j * step, -half + step / 2 + i * step)
            f.write(f"s{n},{lat:.7f},{lon:.7f}\n")
            n += 1
with open("city_depots.csv", "w") as f:
    f.write("lat,lon\n")
    for i in range(10):
        for j in range(10):
            lat, lon = pt(-half + 1500 + i * 3000, -half + 1500 + j * 3000)
            f.write(f"{lat:.7f},{lon:.7f}\n")
