#!/usr/bin/env python3
"""`ridepool serve` under hostile clients (not a benchmark): bounded in count and time, loopback only.

Starts `ridepool serve` on 127.0.0.1 (a free port), then
  1. sends random and mutated protobuf bytes to every RPC (a generic `channel.unary_unary` with
     identity serializers: bytes in, bytes out), with and without the token and a customer-id header;
  2. opens raw TCP connections and sends garbage, truncated HTTP/2 frames and stalled prefaces;
  3. starts calls and disconnects mid-call (cancelled futures, closed channels, half-sent frames);
and checks that every gRPC call got a status (no DEADLINE_EXCEEDED: the server answered each in
time), that the server stays up (health check and a real call afterwards), that its resident memory
stays bounded (VmRSS from /proc/PID/status before and after) and that it shuts down cleanly on SIGINT.

    python3 tools/sandbox_hostile.py --serve .build/release/ridepool [--calls 3000] [--seconds 240]

Needs grpcio (a throwaway venv). No .proto files: valid seeds are encoded by hand (field numbers
from proto/). Prints figures and "N passed, N failed"; exits non-zero on any failure.
"""
import argparse
import collections
import concurrent.futures
import os
import random
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time

import grpc

CUSTOMERS = "moia.ridepooling.customer.v1beta1.CustomerService"
TRIPS = "moia.trip.state.v1.TripStateService"
METHODS = [f"/{CUSTOMERS}/{m}" for m in ("GetCustomer", "ListCustomers", "CreateCustomer", "UpdateCustomer", "DeleteCustomer",
                                         "ListCustomerFlags", "AddCustomerFlag", "RemoveCustomerFlag")] + \
          [f"/{TRIPS}/{m}" for m in ("RequestTripOffers", "OrderTrip", "GetTrip", "CancelTripAsCustomer", "CancelTripAsIntegrator")] + \
          ["/grpc.health.v1.Health/Check", "/grpc.reflection.v1.ServerReflection/ServerReflectionInfo"]
TOKEN = "hostile-token"
PREFACE = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"


def varint(n):
    out = b""
    n &= (1 << 64) - 1
    while True:
        b, n = n & 0x7F, n >> 7
        if not n:
            return out + bytes([b])
        out += bytes([b | 0x80])


def field(number, value):
    if isinstance(value, int):
        return varint(number << 3) + varint(value)
    if isinstance(value, float):
        return varint(number << 3 | 1) + struct.pack("<d", value)
    value = value.encode() if isinstance(value, str) else value
    return varint(number << 3 | 2) + varint(len(value)) + value


def msg(*fields):
    return b"".join(field(n, v) for n, v in fields)


def valid_seeds(now_s):
    """One plausible request per RPC (by method path)."""
    loc = lambda lat, lon: msg((1, msg((1, lat), (2, lon))), (2, "Stüberedder 14"))
    offers = msg((1, loc(53.6344823, 10.0555216)), (2, loc(53.6342303, 10.0741517)), (3, msg((1, msg((1, 1))))),
                 (4, msg((1, now_s + 300))), (6, 2))
    create = msg((1, "m@example.com"), (2, "+4930726219941"), (3, "M"), (4, "Hostile"), (5, "en"))
    seeds = {
        "GetCustomer": msg((1, "c-1")), "ListCustomers": msg((1, 5)), "CreateCustomer": create,
        "UpdateCustomer": msg((1, msg((1, "c-1"), (2, "n@example.com")))), "DeleteCustomer": msg((1, "c-1")),
        "ListCustomerFlags": msg((1, "c-1"), (2, 3)), "AddCustomerFlag": msg((1, "c-1"), (2, "vip")),
        "RemoveCustomerFlag": msg((1, "c-1"), (2, "vip")), "RequestTripOffers": offers, "OrderTrip": msg((1, "token")),
        "GetTrip": msg((1, "t-1")), "CancelTripAsCustomer": msg((1, "t-1")), "CancelTripAsIntegrator": msg((1, "t-1")),
        "Check": b"", "ServerReflectionInfo": msg((7, "")),
    }
    return {m: seeds[m.rsplit("/", 1)[1]] for m in METHODS}


def mutate(rng, data):
    """A protobuf-ish mutation: flips, truncations, insertions, huge lengths, repeated fields, deep nesting."""
    data = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(7)
        if op == 0 and data:
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        elif op == 1 and data:
            del data[rng.randrange(len(data)):]
        elif op == 2:
            i = rng.randint(0, len(data))
            data[i:i] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        elif op == 3:
            data += varint(rng.randint(1, 20) << 3 | 2) + varint(rng.choice([2**31, 2**32 - 1, 2**63, 10**6]))
        elif op == 4:
            data += bytes(data) * rng.randint(1, 8)
        elif op == 5:
            nested = b""
            for _ in range(rng.randint(10, 120)):
                nested = field(1, nested)
            data += nested
        else:
            data += field(rng.randint(1, 2**29 - 1), rng.choice([0, 2**64 - 1, b"x" * rng.randint(0, 3000)]))
    return bytes(data[:60000])


class Checks:
    def __init__(self):
        self.passed = self.failed = 0

    def check(self, name, ok, detail=""):
        print(f"{'ok  ' if ok else 'FAIL'} {name}{(': ' + detail) if detail else ''}")
        if ok:
            self.passed += 1
        else:
            self.failed += 1


def rss_kib(pid, key="VmRSS"):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return -1


def fuzz_calls(target, rng, calls, deadline, seeds):
    """Phase 1: random and mutated bytes to every RPC; returns status counts and calls without a status."""
    codes, missing = collections.Counter(), []
    channel = grpc.insecure_channel(target, options=[("grpc.max_send_message_length", 1 << 20)])
    stubs = {m: channel.unary_unary(m) for m in METHODS}  # no serializers: bytes in, bytes out

    def one(i):
        m = METHODS[i % len(METHODS)]
        r = random.Random(rng.random())
        body = bytes(r.randrange(256) for _ in range(r.randint(0, 400))) if i % 3 == 0 else mutate(r, seeds[m])
        md = [] if i % 11 == 0 else [("authorization", f"Bearer {TOKEN}")]
        if i % 2:
            # Printable ASCII only: grpcio refuses other header values itself, before anything is sent.
            md.append(("customer-id", r.choice(["c-1", "", "x" * 300, "c 1%00", "0" * 40, "../c-1"])))
        try:
            stubs[m](body, metadata=md, timeout=10)
            return m, "OK"
        except grpc.RpcError as e:
            return m, e.code().name

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        for m, code in pool.map(one, range(calls)):
            codes[code] += 1
            if code == "DEADLINE_EXCEEDED":
                missing.append(m)
            if time.monotonic() > deadline:
                break
    channel.close()
    return codes, missing


def frame(kind, flags, stream, payload, length=None):
    n = len(payload) if length is None else length
    return struct.pack(">I", n)[1:] + bytes([kind, flags]) + struct.pack(">I", stream) + payload


def raw_sockets(host, port, rng, count):
    """Phase 2: garbage and broken HTTP/2 over raw sockets; returns how each connection ended."""
    settings = frame(4, 0, 0, b"")
    cases = [
        lambda: bytes(rng.randrange(256) for _ in range(rng.randint(1, 4096))),                 # garbage
        lambda: PREFACE[: rng.randint(1, len(PREFACE) - 1)],                                    # truncated preface
        lambda: PREFACE + settings + frame(1, 4, 1, b"\x82\x86", length=200),                   # HEADERS longer than sent
        lambda: PREFACE + frame(rng.randrange(10), rng.randrange(256), rng.randrange(2**31), b"", length=2**24 - 1),
        lambda: PREFACE + settings + frame(8, 0, 0, struct.pack(">I", 2**31 - 1)) * 50,        # WINDOW_UPDATE flood
        lambda: PREFACE + settings + frame(0, 1, 1, b"\x00\x00\x00\x00\x05hello"),              # DATA on an idle stream
        lambda: PREFACE + frame(4, 0, 0, bytes(rng.randrange(256) for _ in range(rng.choice([5, 6, 7, 600])))),
        lambda: PREFACE + settings + frame(1, 5, 1, bytes(rng.randrange(256) for _ in range(rng.randint(1, 300)))),
        lambda: PREFACE + settings + b"".join(frame(6, 0, 0, b"12345678") for _ in range(500)),  # PING flood
        lambda: b"GET / HTTP/1.1\r\nHost: x\r\n\r\n",
        lambda: PREFACE,                                                                        # then silence
    ]
    endings = collections.Counter()
    for i in range(count):
        s = socket.create_connection((host, port), timeout=3)
        try:
            s.sendall(cases[i % len(cases)]())
            if i % 2:
                s.close()   # hang up at once
                endings["client hung up"] += 1
                continue
            s.settimeout(3)
            got = b""
            try:
                while len(got) < 1 << 16:
                    chunk = s.recv(4096)
                    if not chunk:
                        break
                    got += chunk
                endings["server closed"] += 1
            except socket.timeout:
                endings["still open after 3 s"] += 1
            except ConnectionResetError:
                endings["server reset"] += 1
        except (BrokenPipeError, ConnectionResetError):
            endings["server reset"] += 1
        finally:
            s.close()
    return endings


def mid_call_disconnects(target, host, port, rng, count, seeds):
    """Phase 3: calls abandoned half-way: cancelled futures, channels closed under a call, half-sent requests."""
    outcomes = collections.Counter()
    md = [("authorization", f"Bearer {TOKEN}")]
    for i in range(count):
        m = METHODS[i % 13]
        if i % 3 == 0:
            channel = grpc.insecure_channel(target)
            fut = channel.unary_unary(m).future(seeds[m], metadata=md, timeout=10)
            time.sleep(rng.random() * 0.01)
            outcomes["cancelled" if fut.cancel() else "done before cancel"] += 1
            channel.close()
        elif i % 3 == 1:
            channel = grpc.insecure_channel(target)
            channel.unary_unary(m).future(seeds[m], metadata=md, timeout=10)
            channel.close()   # the channel goes while the call is in flight
            outcomes["channel closed"] += 1
        else:
            # A request's HEADERS (HPACK literals) and half its DATA, then hang up.
            path = m.encode()
            def literal(name, value):
                return b"\x00" + bytes([len(name)]) + name + bytes([len(value)]) + value
            block = (b"\x83\x86" + literal(b":path", path) + literal(b":authority", b"127.0.0.1")
                     + literal(b"content-type", b"application/grpc") + literal(b"te", b"trailers")
                     + literal(b"authorization", f"Bearer {TOKEN}".encode()))
            body = b"\x00" + struct.pack(">I", len(seeds[m]) + 100) + seeds[m]
            s = socket.create_connection((host, port), timeout=3)
            try:
                s.sendall(PREFACE + frame(4, 0, 0, b"") + frame(1, 4, 1, block) + frame(0, 0, 1, body))
            except OSError:
                pass
            s.close()
            outcomes["half-sent request"] += 1
    return outcomes


def health(target):
    """The health service's answer (1: SERVING) and a real call's success."""
    channel = grpc.insecure_channel(target)
    try:
        raw = channel.unary_unary("/grpc.health.v1.Health/Check")(b"", timeout=10)
        serving = raw == b"\x08\x01"
        create = msg((1, "after@example.com"), (2, "+4930726219941"), (3, "After"), (5, "en"))
        reply = channel.unary_unary(f"/{CUSTOMERS}/CreateCustomer")(create, metadata=[("authorization", f"Bearer {TOKEN}")],
                                                                    timeout=10)
        return serving, len(reply) > 0
    finally:
        channel.close()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--serve", required=True, help="path of the ridepool binary")
    ap.add_argument("--scenario", default="scenarios/examples/sandbox.yaml")
    ap.add_argument("--calls", type=int, default=3000, help="phase 1: gRPC calls with bad bytes")
    ap.add_argument("--sockets", type=int, default=400, help="phase 2: raw connections")
    ap.add_argument("--disconnects", type=int, default=600, help="phase 3: abandoned calls")
    ap.add_argument("--seconds", type=float, default=240, help="phase 1 stops at this bound")
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--rss-growth-mib", type=float, default=64, help="the RSS growth allowed")
    args = ap.parse_args()
    rng, c, out = random.Random(args.seed), Checks(), tempfile.mkdtemp(prefix="ridepool-hostile-")
    proc = subprocess.Popen([args.serve, "serve", args.scenario, "--host", "127.0.0.1", "--port", "0", "--speed", "60",
                             # the scenario's own day, whatever the hour this runs at (see sandbox_client.py)
                             "--clock", "scenario", "--token", TOKEN, "--out", out, "--run-id", "hostile"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    line = proc.stdout.readline()
    if "listening on" not in line:
        proc.kill()
        sys.exit(f"the server did not start: {line}{proc.stdout.read()}")
    target = line.split("listening on ")[1].strip()
    host, port = target.rsplit(":", 1)
    port = int(port)
    started = time.monotonic()
    try:
        serving, _ = health(target)   # warm up: the first calls allocate the server's pools
        rss0 = rss_kib(proc.pid)
        seeds = valid_seeds(int(time.time()))
        t0 = time.monotonic()
        codes, missing = fuzz_calls(target, rng, args.calls, started + args.seconds, seeds)
        print(f"phase 1 ({time.monotonic() - t0:.0f} s): {sum(codes.values())} calls with random/mutated bytes over {len(METHODS)} RPCs: "
              + ", ".join(f"{k} {v}" for k, v in codes.most_common()))
        c.check("every call got a status in time (no DEADLINE_EXCEEDED)", not missing, f"{len(missing)} without: {missing[:5]}")
        c.check("no call failed as UNKNOWN (an unmapped error)", codes["UNKNOWN"] == 0, f"{codes['UNKNOWN']}")
        rss1 = rss_kib(proc.pid)
        t0 = time.monotonic()
        endings = raw_sockets(host, port, rng, args.sockets)
        print(f"phase 2 ({time.monotonic() - t0:.0f} s): {sum(endings.values())} raw connections: " + ", ".join(f"{k} {v}" for k, v in endings.most_common()))
        t0 = time.monotonic()
        outcomes = mid_call_disconnects(target, host, port, rng, args.disconnects, seeds)
        print(f"phase 3 ({time.monotonic() - t0:.0f} s): {sum(outcomes.values())} abandoned calls: " + ", ".join(f"{k} {v}" for k, v in outcomes.most_common()))
        time.sleep(2)
        c.check("the server process is still running", proc.poll() is None)
        serving, answered = health(target)
        c.check("health check answers SERVING afterwards", serving)
        c.check("a real call (CreateCustomer) succeeds afterwards", answered)
        rss2, hwm = rss_kib(proc.pid), rss_kib(proc.pid, "VmHWM")
        print(f"RSS: {rss0 / 1024:.1f} MiB before, {rss1 / 1024:.1f} MiB after phase 1, {rss2 / 1024:.1f} MiB at the end "
              f"(peak {hwm / 1024:.1f} MiB); {time.monotonic() - started:.0f} s in all")
        c.check(f"RSS grew by at most {args.rss_growth_mib:.0f} MiB", (rss2 - rss0) / 1024 <= args.rss_growth_mib,
                f"{(rss2 - rss0) / 1024:+.1f} MiB")
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
            try:
                code = proc.wait(timeout=60)
                c.check("the server shuts down cleanly on SIGINT", code == 0, f"exit {code}")
            except subprocess.TimeoutExpired:
                proc.kill()
                c.check("the server shuts down cleanly on SIGINT", False, "still running after 60 s")
        else:
            c.check("the server did not die", False, f"exit {proc.returncode}: {proc.stdout.read()[-2000:]}")
    print(f"{c.passed} passed, {c.failed} failed")
    sys.exit(1 if c.failed else 0)


if __name__ == "__main__":
    main()
