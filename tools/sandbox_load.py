#!/usr/bin/env python3
"""Load benchmark of `ridepool serve` (not a test): concurrent clients on loopback doing
offer → order → poll GetTrip until the trip ends, for a fixed time, against a running city.

Reports throughput, latency percentiles per method and overall, expected outcomes (FLEET_SATURATED,
OFFER_EXPIRED, …) and unexpected errors (anything else), and the server's resident memory over the
run. Then sends malformed requests and checks each gets its status while the server stays up.

Trips are asynchronous: OrderTrip returns a trip in Ordered and the dispatcher decides after its latency,
so a client polls until it sees the decision (Accepted, or NotFulfilled/Rejected: counted, not an
error) and then until the trip ends; a trip whose vehicle needs boarding authentication is
authenticated (CompleteBoardingAuthentication) when GetTrip shows ReadyForBoardingAuthentication.

    python3 tools/sandbox_load.py --serve .build/release/ridepool --clients 200 --seconds 60

Needs grpcio, grpcio-reflection, grpcio-status (a venv). Messages are built from the server's
reflection descriptors, as in tools/sandbox_client.py. Bounded in time and count; loopback only.
"""
import argparse
import asyncio
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time

import grpc
from google.protobuf import descriptor_pool, json_format, message_factory
from google.rpc import error_details_pb2
from grpc_reflection.v1alpha.proto_reflection_descriptor_database import ProtoReflectionDescriptorDatabase
from grpc_status import rpc_status

CUSTOMERS = "moia.ridepooling.customer.v1beta1.CustomerService"
TRIPS = "moia.trip.state.v1.TripStateService"
BOARDING = "moia.trip.boardingauthentication.v1.BoardingAuthenticationService"
# The sandbox scenario's stops span 53.625–53.645 N, 10.048–10.080 E.
LAT, LON = (53.624, 53.646), (10.046, 10.082)
# The trip state's enum numbers (moia.trip.state.v1: StateNotFulfilled.Reason, StateInFulfillment.Phase).
REJECTED, READY = 1, 3
EXPECTED = {"FLEET_SATURATED", "OFFER_EXPIRED", "OFFER_ALREADY_ORDERED", "TRIP_TOO_SHORT", "NO_STOPS_NEAR_ORIGIN",
            "NO_STOPS_NEAR_DESTINATION", "NO_STOPS_NEAR_ORIGIN_AND_DESTINATION", "ONGOING_TRIP",
            "TIME_TOO_FAR_FROM_NOW"}


def reason_of(e):
    status = rpc_status.from_call(e)
    for d in status.details if status else []:
        if d.Is(error_details_pb2.ErrorInfo.DESCRIPTOR):
            info = error_details_pb2.ErrorInfo()
            d.Unpack(info)
            return info.reason
    return None


class Api:
    """One connection (channel); clients share a few of them, as an integrator's servers would."""

    def __init__(self, target, token, pool=None):
        if pool is None:
            pool = descriptor_pool.DescriptorPool(ProtoReflectionDescriptorDatabase(grpc.insecure_channel(target)))
        self.pool = pool
        self.channel = grpc.aio.insecure_channel(target)
        self.token, self.stubs, self.classes = token, {}, {}
        self.sim_time = None

    def cls(self, service, method):
        key = (service, method)
        if key not in self.classes:
            m = self.pool.FindServiceByName(service).FindMethodByName(method)
            req, resp = message_factory.GetMessageClass(m.input_type), message_factory.GetMessageClass(m.output_type)
            self.classes[key] = req
            self.stubs[key] = self.channel.unary_unary(f"/{service}/{method}", request_serializer=req.SerializeToString,
                                                       response_deserializer=resp.FromString)
        return self.classes[key], self.stubs[key]

    async def call(self, service, method, payload, customer=None):
        req, stub = self.cls(service, method)
        # metadata as a tuple of (str, str) pairs, the type grpc.aio documents (issue 16: grpcio 1.68 broke
        # an earlier form); checked with grpcio 1.85.3
        md = (("authorization", f"Bearer {self.token}"),) + ((("customer-id", customer),) if customer else ())
        call = stub(json_format.ParseDict(payload, req()), metadata=md, timeout=10)
        response = await call
        t = dict(await call.initial_metadata()).get("ridepool-sim-time")
        if t:
            self.sim_time = t
        return response


class Stats:
    def __init__(self):
        self.latency = {}
        self.outcomes = {}
        self.unexpected = []
        self.trips_finished = 0

    def record(self, method, seconds):
        self.latency.setdefault(method, []).append(seconds)

    def outcome(self, what):
        self.outcomes[what] = self.outcomes.get(what, 0) + 1


def point():
    return {"location": {"latitude": random.uniform(*LAT), "longitude": random.uniform(*LON)}}


async def timed(api, stats, method, *args, **kw):
    start = time.perf_counter()
    try:
        return await api.call(*args, **kw)
    finally:
        stats.record(method, time.perf_counter() - start)


async def client(api, stats, customer, until):
    await asyncio.sleep(random.uniform(0, 2))  # clients arrive over the first 2 s, not in one burst
    while time.monotonic() < until:
        try:
            offers = await timed(api, stats, "RequestTripOffers", TRIPS, "RequestTripOffers",
                                 {"origin": point(), "destination": point(), "load": [{"adult": {}}],
                                  "departure_time": api.sim_time}, customer=customer)
            trip = await timed(api, stats, "OrderTrip", TRIPS, "OrderTrip",
                               {"offer_token": offers.offers[0].token}, customer=customer)
            stats.outcome("ordered")  # the trip is Ordered: the dispatcher decides after its latency
            decided = False
            while time.monotonic() < until:
                await asyncio.sleep(0.2)
                t = await timed(api, stats, "GetTrip", TRIPS, "GetTrip", {"trip_id": trip.trip_id}, customer=customer)
                state = t.trip.state.WhichOneof("state")
                if state == "ordered":
                    stats.outcome("polls_answered_ordered")
                    continue
                if not decided:
                    decided = True
                    stats.outcome("decided_accepted" if state != "not_fulfilled"
                                  or t.trip.state.not_fulfilled.reason != REJECTED else "decided_rejected")
                if state == "in_fulfillment" and t.trip.state.in_fulfillment.phase == READY:
                    await timed(api, stats, "CompleteBoardingAuthentication", BOARDING,
                                "CompleteBoardingAuthentication", {"trip_id": trip.trip_id}, customer=customer)
                    stats.outcome("authenticated")
                elif state in ("fulfilled", "not_fulfilled"):
                    stats.trips_finished += 1
                    stats.outcome(state if state == "fulfilled" else
                                  "not_fulfilled/" + t.trip.state.not_fulfilled.DESCRIPTOR.fields_by_name["reason"]
                                  .enum_type.values_by_number[t.trip.state.not_fulfilled.reason].name)
                    break
        except grpc.aio.AioRpcError as e:
            reason = reason_of(e)
            if reason in EXPECTED:
                stats.outcome(reason)
                await asyncio.sleep(0.2)
            else:
                stats.unexpected.append(f"{e.code().name} {reason}: {e.details()}")


def cpu_seconds(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


async def memory_sampler(pid, until, samples):
    while time.monotonic() < until:
        samples.append((round(time.monotonic() - (until - args.seconds), 1), rss_mib(pid)))
        await asyncio.sleep(5)


async def malformed(api, target, token):
    """Each malformed request gets its status; returns (name, expected, got) rows."""
    rows = []
    cid = (await api.call(CUSTOMERS, "CreateCustomer", {"given_name": "M", "email_address": "m@example.com",
                                                        "phone_number": "+4930726219941", "language_code": "en"})).customer.id
    base = {"origin": {"location": {"latitude": 53.6344823, "longitude": 10.0555216}},
            "destination": {"location": {"latitude": 53.6342303, "longitude": 10.0741517}},
            "load": [{"adult": {}}], "departure_time": api.sim_time}
    req, _ = api.cls(TRIPS, "RequestTripOffers")
    raw = api.channel.unary_unary(f"/{TRIPS}/RequestTripOffers")  # bytes in, bytes out

    async def send(name, expected, payload_bytes, md):
        try:
            await raw(payload_bytes, metadata=tuple(md), timeout=10)
            rows.append((name, expected, "OK"))
        except grpc.aio.AioRpcError as e:
            rows.append((name, expected, f"{e.code().name}" + (f" {reason_of(e)}" if reason_of(e) else "")))

    auth = [("authorization", f"Bearer {token}"), ("customer-id", cid)]
    good = json_format.ParseDict(base, req())
    bad_enum = json_format.ParseDict(base, req())
    bad_enum.approach_speed = 77  # a value no enum has (JSON clients cannot even send it)
    huge = json_format.ParseDict(dict(base, origin=dict(base["origin"], primary_address="x" * 20000)), req())
    # field 1 (origin, a message) sent as a number, a wrong type as a bad JSON type would be; protobuf
    # keeps a field of the wrong wire type as an unknown field, so the valid origin after it counts
    wrong_type = bytes([0x08, 0x05]) + good.SerializeToString()
    await send("wrong enum value", "INVALID_ARGUMENT INVALID_FIELDS", bad_enum.SerializeToString(), auth)
    await send("huge address text", "INVALID_ARGUMENT INVALID_FIELDS", huge.SerializeToString(), auth)
    await send("wrong wire type for a field", "OK (kept as an unknown field)", wrong_type, auth)
    await send("garbage bytes", "INVALID_ARGUMENT MALFORMED_REQUEST", b"\xff\xff\xff\xff\x0f\x12\x80", auth)
    await send("message past the 64 KiB bound", "RESOURCE_EXHAUSTED REQUEST_TOO_LARGE",
               json_format.ParseDict(dict(base, origin=dict(base["origin"], primary_address="x" * 100000)),
                                     req()).SerializeToString(), auth)
    await send("missing authorization", "UNAUTHENTICATED ACCESS_TOKEN_MISSING", good.SerializeToString(), [("customer-id", cid)])
    await send("wrong token", "UNAUTHENTICATED ACCESS_TOKEN_INVALID", good.SerializeToString(),
               [("authorization", "Bearer wrong"), ("customer-id", cid)])
    await send("missing customer-id", "PERMISSION_DENIED CUSTOMER_ID_MISSING", good.SerializeToString(),
               [("authorization", f"Bearer {token}")])
    await send("unknown customer-id", "PERMISSION_DENIED CUSTOMER_UNAUTHENTICATED", good.SerializeToString(),
               [("authorization", f"Bearer {token}"), ("customer-id", "nobody")])
    health = api.channel.unary_unary("/grpc.health.v1.Health/Check")
    status = await health(b"", timeout=5)  # empty HealthCheckRequest; response field 1 = status
    rows.append(("health afterwards", "SERVING (08 01)", status.hex(" ")))
    return rows


async def main():
    proc, target = None, args.target
    if args.serve:
        out = tempfile.mkdtemp(prefix="ridepool-load-")
        proc = subprocess.Popen([args.serve, "serve", args.scenario, "--port", "0", "--speed", str(args.speed),
                                 "--clock", "scenario",
                                 "--token", args.token, "--fleet-size", str(args.fleet_size), "--out", out,
                                 "--run-id", "load"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        line = proc.stdout.readline()
        target = line.split("listening on ")[1].strip()
    api = Api(target, args.token)
    stats = Stats()
    customers = []
    for i in range(args.clients):
        c = await api.call(CUSTOMERS, "CreateCustomer", {"given_name": f"Load {i}", "email_address": f"load{i}@example.com",
                                                         "phone_number": "+4930726219941", "language_code": "en"})
        customers.append(c.customer.id)
    samples = []
    cpu_start = cpu_seconds(proc.pid) if proc else 0
    client_start = time.process_time()
    start = time.monotonic()
    until = start + args.seconds
    apis = [api] + [Api(target, args.token, api.pool) for _ in range(args.channels - 1)]
    for a in apis:
        a.sim_time = api.sim_time
    tasks = [client(apis[k % len(apis)], stats, c, until) for k, c in enumerate(customers)]
    if proc:
        tasks.append(memory_sampler(proc.pid, until, samples))
    await asyncio.gather(*tasks)
    wall = time.monotonic() - start
    server_cpu = (cpu_seconds(proc.pid) - cpu_start) / wall if proc else float("nan")
    client_cpu = (time.process_time() - client_start) / wall
    rows = await malformed(api, target, args.token)
    if proc:
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=120)

    every = [x for v in stats.latency.values() for x in v]
    q = lambda xs, p: sorted(xs)[min(len(xs) - 1, int(p * len(xs)))] * 1000
    print(f"clients {args.clients} on {args.channels} connections, {wall:.1f} s, clock {args.speed}× real time, fleet {args.fleet_size}")
    print(f"calls {len(every)}  throughput {len(every) / wall:.0f} calls/s  trips finished {stats.trips_finished}")
    print(f"CPU cores busy: server {server_cpu:.2f}, this client {client_cpu:.2f}")
    print(f"{'method':<31}{'calls':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'max ms':>9}")
    for m, xs in sorted(stats.latency.items()) + [("all", every)]:
        print(f"{m:<31}{len(xs):>8}{q(xs, .5):>9.1f}{q(xs, .95):>9.1f}{q(xs, .99):>9.1f}{max(xs) * 1000:>9.1f}")
    print("outcomes:", json.dumps(stats.outcomes, sort_keys=True))
    print(f"unexpected errors: {len(stats.unexpected)}", stats.unexpected[:5])
    if samples:
        print("server RSS MiB over time (s, MiB):", samples)
    print("malformed requests:")
    for name, expected, got in rows:
        print(f"  {name:<32} expected {expected:<45} got {got}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--target")
    ap.add_argument("--token", default="load-token")
    ap.add_argument("--serve", help="path of the ridepool binary: start the server for the run")
    ap.add_argument("--scenario", default="scenarios/examples/sandbox.yaml")
    ap.add_argument("--clients", type=int, default=200)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--speed", type=float, default=30)
    ap.add_argument("--fleet-size", type=int, default=200)
    ap.add_argument("--channels", type=int, default=10, help="connections the clients share")
    args = ap.parse_args()
    asyncio.run(main())
