#!/usr/bin/env python3
"""An independent client of `ridepool serve`: drives the integration API's documented flow.

It has no copy of ridepool's .proto files: it discovers the services through gRPC server
reflection (grpcio-reflection), builds the messages from the served descriptors and sends the
documents' own JSON payloads. Errors are read from the google.rpc.Status in the
`grpc-status-details-bin` trailer (ErrorInfo reason, BadRequest field violations).

Trips are asynchronous: OrderTrip returns a trip in Ordered and the dispatcher decides after its
latency (Accepted with a vehicle, or NotFulfilled/Rejected), so every order here is followed by a GetTrip
at once (it must show Ordered) and then GetTrip until the decision. Where a trip's vehicle needs boarding
authentication (autonomous shuttles), the client calls CompleteBoardingAuthentication once GetTrip shows
ReadyForBoardingAuthentication, as a rider's app would.

Usage:
    python3 tools/sandbox_client.py --target 127.0.0.1:50051 --token TOKEN [--speed S] [--autonomous]
    python3 tools/sandbox_client.py --serve .build/release/ridepool --scenario scenarios/examples/sandbox.yaml
    python3 tools/sandbox_client.py --serve .build/release/ridepool --scenario scenarios/examples/sandbox_shuttle.yaml
With --serve it starts the server itself (on a free loopback port, at --speed, posting its trip-state
webhooks to a receiver of this script's on another loopback port, which checks every signature), runs
the flow, checks the webhooks of the flow's trip, stops the server with SIGINT and checks that the
run's results were written. When the scenario has a vehicle type with `boardingAuthentication: true`
(sandbox_shuttle.yaml: the sandbox city with one autonomous 2-seat shuttle; with --target say
--autonomous), it also runs the autonomous flow: CompleteBoardingAuthentication refused before the
vehicle is at the pickup, accepted then, and a second rider who never authenticates ends NoShow.
(`scenarios/examples/autonomous.yaml` is another city, without the documents' example trip: use
sandbox_shuttle.yaml for this client.)

Needs: pip install grpcio grpcio-reflection grpcio-status (a venv; `.ci/run` makes one).
Prints one line per check and closes with "N passed, N failed"; exits non-zero on any failure.
"""
import argparse
import hashlib
import hmac
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import grpc
from google.protobuf import descriptor_pool, json_format, message_factory
from google.rpc import error_details_pb2
from grpc_reflection.v1alpha.proto_reflection_descriptor_database import ProtoReflectionDescriptorDatabase
from grpc_status import rpc_status

CUSTOMERS = "moia.ridepooling.customer.v1beta1.CustomerService"
TRIPS = "moia.trip.state.v1.TripStateService"
AREAS = "moia.trip.servicearea.v1.ServiceAreaService"
BOARDING = "moia.trip.boardingauthentication.v1.BoardingAuthenticationService"
# The shortest dispatch latency of the scenarios this client is run against (the default: 1-5 s).
MIN_DISPATCH_LATENCY_S = 1.0
READY = "ready_for_boarding_authentication"
WEBHOOK_SECRET = "ci-webhook-secret"

# The documents' payloads (the "Managing Customers" and "Lifecycle of a Trip" guides).
CREATE_CUSTOMER = {"email_address": "test-customer@moia.io", "family_name": "Customer", "given_name": "Test",
                   "language_code": "en", "phone_number": "+4997259173740"}
OFFER_REQUEST = {
    "origin": {"location": {"latitude": 53.6344823, "longitude": 10.0555216}, "primary_address": "Stüberedder 14",
               "secondary_address": "22337 Hamburg", "primary_poi_name": "PointA",
               "secondary_poi_name": "Hamburg, Germany"},
    "destination": {"location": {"latitude": 53.6342303, "longitude": 10.0741517}, "primary_address": "Eckerkamp 38",
                    "secondary_address": "22391 Hamburg,", "primary_poi_name": "PointB",
                    "secondary_poi_name": "Hamburg, Germany"},
    "load": [{"adult": {}}],
}


class ApiError(Exception):
    def __init__(self, code, message, reason=None, fields=()):
        super().__init__(f"{code.name} {reason or ''}: {message} {list(fields)}")
        self.code, self.message, self.reason, self.fields = code, message, reason, list(fields)


class Sandbox:
    """A reflection-driven client: services, methods and messages come from the server."""

    def __init__(self, target, token, speed):
        self.channel = grpc.insecure_channel(target)
        self.token, self.speed = token, speed
        self.pool = descriptor_pool.DescriptorPool(ProtoReflectionDescriptorDatabase(self.channel))
        self.services = ProtoReflectionDescriptorDatabase(self.channel).get_services()
        self.sim_time = None

    def call(self, service, method, payload, customer=None, token=True, metadata=()):
        desc = self.pool.FindServiceByName(service).FindMethodByName(method)
        request_class = message_factory.GetMessageClass(desc.input_type)
        response_class = message_factory.GetMessageClass(desc.output_type)
        stub = self.channel.unary_unary(f"/{service}/{method}", request_serializer=request_class.SerializeToString,
                                        response_deserializer=response_class.FromString)
        request = json_format.Parse(json.dumps(payload), request_class())
        md = list(metadata)
        if token:
            md.append(("authorization", f"Bearer {self.token}"))
        if customer is not None:
            md.append(("customer-id", customer))
        md = tuple((str(k), str(v)) for k, v in md)  # grpcio >= 1.68 wants a tuple of (str, str) tuples
        try:
            response, call = stub.with_call(request, metadata=md, timeout=10)
        except grpc.RpcError as e:
            raise self.api_error(e) from None
        self.sim_time = dict(call.initial_metadata()).get("ridepool-sim-time", self.sim_time)
        return json_format.MessageToDict(response, preserving_proto_field_name=True)

    @staticmethod
    def api_error(e):
        status = rpc_status.from_call(e)
        reason, fields = None, []
        for detail in status.details if status else []:
            if detail.Is(error_details_pb2.ErrorInfo.DESCRIPTOR):
                info = error_details_pb2.ErrorInfo()
                detail.Unpack(info)
                reason = info.reason
            elif detail.Is(error_details_pb2.BadRequest.DESCRIPTOR):
                bad = error_details_pb2.BadRequest()
                detail.Unpack(bad)
                fields = [v.field for v in bad.field_violations]
        return ApiError(e.code(), e.details(), reason, fields)


class Checks:
    def __init__(self):
        self.passed = self.failed = 0

    def check(self, name, ok, detail=""):
        if ok:
            self.passed += 1
            print(f"ok    {name}")
        else:
            self.failed += 1
            print(f"FAIL  {name} {detail}")

    def expect_error(self, name, code, reason, fn, fields=None):
        try:
            fn()
        except ApiError as e:
            ok = e.code == code and e.reason == reason and (fields is None or e.fields == fields)
            self.check(name, ok, f"got {e}")
            return
        self.check(name, False, "no error")


class WebhookReceiver:
    """A loopback receiver for the sandbox's webhooks: keeps each event whose x-moia-signature is the hex
    HMAC-SHA256 of the body under the secret, and counts those whose signature is not (answered 401)."""

    def __init__(self, secret):
        self.events, self.bad = [], 0
        receiver = self

        class Hook(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["content-length"]))
                expected = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
                if hmac.compare_digest(expected, self.headers.get("x-moia-signature", "")):
                    receiver.events.append(json.loads(body))
                    self.send_response(204)
                else:
                    receiver.bad += 1
                    self.send_response(401)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Hook)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/webhooks"

    def states(self, trip_id):
        """The states the trip's events announce, in arrival order (ordered, accepted, …, or the reason)."""
        words = []
        for event in self.events:
            if event["data"]["id"] != trip_id:
                continue
            state = event["data"]["state"]
            phase = state.get("in_fulfillment", {}).get("phase")
            reason = state.get("not_fulfilled", {}).get("reason")
            words.append(phase.removeprefix("PHASE_").lower() if phase else reason or next(iter(state), "?"))
        return words


def service_area_checks(api, c):
    """ServiceAreaService: the scenario's one area, its stops and hours, paging and not-found errors."""
    c.check("reflection lists ServiceAreaService", AREAS in api.services, api.services)
    areas = api.call(AREAS, "ListServiceAreas", {})
    ids = [a["id"] for a in areas.get("service_areas", [])]
    c.check("ListServiceAreas lists the scenario's one area on one page", len(ids) == 1
            and "next_page_token" not in areas, areas.keys())
    area_id = ids[0] if ids else "sandbox"  # the scenario's name: sandbox, sandbox_shuttle
    area = api.call(AREAS, "GetServiceArea", {"id": area_id})["service_area"]
    ring = area.get("polygons", [{}])[0].get("exterior", {}).get("points", [])
    c.check("GetServiceArea shows the polygon and the 25 stops", len(area.get("stops", [])) == 25 and len(ring) >= 4,
            {k: len(v) if isinstance(v, list) else v for k, v in area.items()})
    hours = api.call(AREAS, "ListServiceHours", {"service_area_id": area_id, "page_size": 5})
    c.check("ListServiceHours gives the service hours with start and end times",
            hours.get("service_hours") and all("start_time" in h and "end_time" in h for h in hours["service_hours"]),
            hours)
    c.expect_error("GetServiceArea of an unknown id is SERVICE_AREA_NOT_FOUND", grpc.StatusCode.NOT_FOUND,
                   "SERVICE_AREA_NOT_FOUND", lambda: api.call(AREAS, "GetServiceArea", {"id": "atlantis"}))
    c.expect_error("ListServiceHours of an unknown area is SERVICE_AREA_NOT_FOUND", grpc.StatusCode.NOT_FOUND,
                   "SERVICE_AREA_NOT_FOUND", lambda: api.call(AREAS, "ListServiceHours", {"service_area_id": "x"}))
    c.expect_error("ListServiceAreas with page_size 0 is INVALID_PAGE_SIZE", grpc.StatusCode.INVALID_ARGUMENT,
                   "INVALID_PAGE_SIZE", lambda: api.call(AREAS, "ListServiceAreas", {"page_size": 0}),
                   fields=["page_size"])


def webhook_checks(receiver, trip_id, c, autonomous, what="the flow's trip", limit_s=15):
    """The fulfilled trip's webhooks: signed, in lifecycle order, in the documented envelope."""
    wanted = ["ordered", "accepted"] + ([READY, "boarding_authentication_completed"] if autonomous else []) \
        + ["picked_up", "fulfilled"]
    deadline = time.monotonic() + limit_s
    while receiver.states(trip_id) != wanted and time.monotonic() < deadline:
        time.sleep(0.1)
    c.check(f"webhooks: {what}'s changes arrive signed and in order", receiver.states(trip_id) == wanted,
            receiver.states(trip_id))
    c.check("webhooks: every envelope is {id, timestamp, webhookVersion v1beta1, data} with a unique id",
            all(set(e) == {"id", "timestamp", "webhookVersion", "data"} and e["webhookVersion"] == "v1beta1"
                for e in receiver.events) and len({e["id"] for e in receiver.events}) == len(receiver.events),
            receiver.events[:1])
    c.check("webhooks: no envelope had a bad signature", receiver.bad == 0, receiver.bad)


def word(trip):
    """The trip's state as one word: ordered; accepted, ready_for_boarding_authentication,
    boarding_authentication_completed, picked_up; fulfilled; or the reason it was not fulfilled (rejected, …)."""
    state = trip["state"]
    if "in_fulfillment" in state:
        return state["in_fulfillment"].get("phase", "PHASE_UNSPECIFIED").removeprefix("PHASE_").lower()
    if "not_fulfilled" in state:
        return state["not_fulfilled"].get("reason", "REASON_UNSPECIFIED").removeprefix("REASON_").lower()
    return next(iter(state), "?")


def ended(trip):
    return any(k in trip["state"] for k in ("fulfilled", "not_fulfilled"))


def wait_for(api, trip_id, customer, done, authenticate_as=None, limit_s=120):
    """Polls GetTrip until `done(trip)`; returns the trip and the states seen (each once, in order). With
    `authenticate_as` (a customer id), calls CompleteBoardingAuthentication when the trip is
    ReadyForBoardingAuthentication, as the rider's app would."""
    deadline = time.monotonic() + limit_s
    seen = []
    while True:
        trip = api.call(TRIPS, "GetTrip", {"trip_id": trip_id}, customer=customer)["trip"]
        if not seen or seen[-1] != word(trip):
            seen.append(word(trip))
        if done(trip) or time.monotonic() > deadline:
            return trip, seen
        if authenticate_as and word(trip) == READY:
            api.call(BOARDING, "CompleteBoardingAuthentication", {"trip_id": trip_id}, customer=authenticate_as)
            continue
        time.sleep(0.05)


def wait_for_state(api, trip_id, customer, wanted, authenticate_as=None, limit_s=120):
    """Polls GetTrip until the state's category is in `wanted`; returns the trip."""
    return wait_for(api, trip_id, customer, lambda t: any(k in t["state"] for k in wanted), authenticate_as,
                    limit_s)[0]


def order_and_watch(api, c, customer, offer_token, what, must_accept=True, while_ordered=None):
    """OrderTrip, then GetTrip at once (the trip must be Ordered: the dispatcher decides only after its
    latency), then GetTrip until the decision: Accepted with a vehicle (or a later phase of it), or, unless
    `must_accept`, NotFulfilled/Rejected. `while_ordered(trip_id)` runs right after the first GetTrip.
    Returns the trip id."""
    sent = time.monotonic()
    trip_id = api.call(TRIPS, "OrderTrip", {"offer_token": offer_token}, customer=customer)["trip_id"]
    first = api.call(TRIPS, "GetTrip", {"trip_id": trip_id}, customer=customer)["trip"]
    # Simulated seconds, at most, between the order and the poll: past the shortest latency a decision
    # may legitimately come first (a loaded machine at a high --speed); the check says so then.
    span = (time.monotonic() - sent) * api.speed
    c.check(f"{what}: GetTrip right after OrderTrip shows Ordered, without a vehicle",
            (word(first) == "ordered" and "vehicle" not in first) or span >= MIN_DISPATCH_LATENCY_S,
            f"{word(first)} at most {span:.2f} simulated s after the order")
    if word(first) != "ordered":
        print(f"      (the poll came up to {span:.2f} simulated s after the order, past the shortest latency)")
    if while_ordered:
        while_ordered(trip_id)
    decided, _ = wait_for(api, trip_id, customer, lambda t: word(t) != "ordered")
    accepted = "in_fulfillment" in decided["state"] and bool(decided.get("vehicle", {}).get("id"))
    c.check(f"{what}: then the dispatcher's decision, " + ("Accepted with a vehicle" if must_accept
                                                           else "Accepted with a vehicle or Rejected"),
            accepted or (not must_accept and word(decided) == "rejected"),
            f"{word(decided)} {decided.get('vehicle')}")
    return trip_id


def offer_and_order(api, customer):
    offers = api.call(TRIPS, "RequestTripOffers", dict(OFFER_REQUEST, departure_time=api.sim_time),
                      customer=customer)["offers"]
    return api.call(TRIPS, "OrderTrip", {"offer_token": offers[0]["token"]}, customer=customer)["trip_id"]


def offer_token(api, customer):
    return api.call(TRIPS, "RequestTripOffers", dict(OFFER_REQUEST, departure_time=api.sim_time),
                    customer=customer)["offers"][0]["token"]


def flow(api, c):
    """The flow of issue 7's "Done when", as a client would run it."""
    c.check("reflection lists the API services", {CUSTOMERS, TRIPS, BOARDING} <= set(api.services), api.services)
    c.expect_error("a call without a token is UNAUTHENTICATED", grpc.StatusCode.UNAUTHENTICATED, "ACCESS_TOKEN_MISSING",
                   lambda: api.call(CUSTOMERS, "ListCustomers", {}, token=False))

    customer = api.call(CUSTOMERS, "CreateCustomer", CREATE_CUSTOMER)["customer"]
    cid = customer["id"]
    c.check("CreateCustomer returns the customer with an id", cid and customer["email_address"] == CREATE_CUSTOMER["email_address"])
    c.expect_error("an invalid e-mail address is a field violation", grpc.StatusCode.INVALID_ARGUMENT, "INVALID_EMAIL_ADDRESS",
                   lambda: api.call(CUSTOMERS, "CreateCustomer", dict(CREATE_CUSTOMER, email_address="nope")),
                   fields=["email_address"])

    mine = {cid} | {api.call(CUSTOMERS, "CreateCustomer", CREATE_CUSTOMER)["customer"]["id"] for _ in range(6)}
    seen, token, pages = [], "", 0
    while True:
        page = api.call(CUSTOMERS, "ListCustomers", {"page_size": 5, "page_token": token})
        pages += 1
        seen += [x["id"] for x in page.get("customers", [])]
        token = page.get("next_page_token", "")
        if not token or pages > 10000:
            break
    c.check("ListCustomers with page_size 5 returns every customer exactly once",
            len(seen) == len(set(seen)) and mine <= set(seen) and pages >= 2, f"{len(seen)} ids on {pages} pages")
    c.expect_error("page_size 0 is INVALID_PAGE_SIZE", grpc.StatusCode.INVALID_ARGUMENT, "INVALID_PAGE_SIZE",
                   lambda: api.call(CUSTOMERS, "ListCustomers", {"page_size": 0}), fields=["page_size"])
    first = api.call(CUSTOMERS, "ListCustomers", {"page_size": 5})
    c.expect_error("a page token with another page_size is INVALID_PAGE_TOKEN", grpc.StatusCode.INVALID_ARGUMENT,
                   "INVALID_PAGE_TOKEN", fields=["page_token"],
                   fn=lambda: api.call(CUSTOMERS, "ListCustomers", {"page_size": 6, "page_token": first["next_page_token"]}))

    api.call(CUSTOMERS, "AddCustomerFlag", {"customer_id": cid, "flag": "vip"})
    flags = api.call(CUSTOMERS, "ListCustomerFlags", {"customer_id": cid}).get("flags", [])
    c.check("AddCustomerFlag then ListCustomerFlags shows the flag", flags == ["vip"], flags)
    api.call(CUSTOMERS, "RemoveCustomerFlag", {"customer_id": cid, "flag": "vip"})
    flags = api.call(CUSTOMERS, "ListCustomerFlags", {"customer_id": cid}).get("flags", [])
    c.check("RemoveCustomerFlag clears it", flags == [], flags)
    c.expect_error("a read-only flag cannot be added", grpc.StatusCode.INVALID_ARGUMENT, "READ_ONLY_FLAG",
                   lambda: api.call(CUSTOMERS, "AddCustomerFlag", {"customer_id": cid, "flag": "wheelchair_user"}))

    c.expect_error("RequestTripOffers without customer-id is CUSTOMER_ID_MISSING", grpc.StatusCode.PERMISSION_DENIED,
                   "CUSTOMER_ID_MISSING",
                   lambda: api.call(TRIPS, "RequestTripOffers", dict(OFFER_REQUEST, departure_time=api.sim_time)))
    c.expect_error("origin equal to destination is TRIP_TOO_SHORT", grpc.StatusCode.INVALID_ARGUMENT, "TRIP_TOO_SHORT",
                   lambda: api.call(TRIPS, "RequestTripOffers", dict(OFFER_REQUEST, destination=OFFER_REQUEST["origin"],
                                                                     departure_time=api.sim_time), customer=cid))
    c.expect_error("RequestTripOffers without a time is MISSING_TIME", grpc.StatusCode.INVALID_ARGUMENT,
                   "MISSING_TIME", lambda: api.call(TRIPS, "RequestTripOffers", OFFER_REQUEST, customer=cid))
    offers = api.call(TRIPS, "RequestTripOffers", dict(OFFER_REQUEST, departure_time=api.sim_time),
                      customer=cid)["offers"]
    c.check("RequestTripOffers for one adult returns offers with tokens", offers and all(o["token"] for o in offers))
    trip_id = order_and_watch(api, c, cid, offers[0]["token"], "the flow's trip")
    c.check("OrderTrip returns a trip id", bool(trip_id))
    c.expect_error("ordering the same offer again is OFFER_ALREADY_ORDERED", grpc.StatusCode.FAILED_PRECONDITION,
                   "OFFER_ALREADY_ORDERED",
                   lambda: api.call(TRIPS, "OrderTrip", {"offer_token": offers[0]["token"]}, customer=cid))
    trip = wait_for_state(api, trip_id, cid, ["fulfilled", "not_fulfilled"], authenticate_as=cid)
    fulfilled_trip = trip_id
    c.check("GetTrip polled until Fulfilled", "fulfilled" in trip["state"], trip["state"])
    c.check("the trip carries the documented id, customer_id and state", trip.get("id") == trip_id
            and trip.get("customer_id") == cid and "state" in trip, {k: trip.get(k) for k in ("id", "customer_id")})
    c.expect_error("cancelling a fulfilled trip as customer is TRIP_NOT_CANCELLABLE",
                   grpc.StatusCode.FAILED_PRECONDITION, "TRIP_NOT_CANCELLABLE",
                   lambda: api.call(TRIPS, "CancelTripAsCustomer", {"trip_id": trip_id}, customer=cid))
    c.expect_error("cancelling a fulfilled trip as integrator is TRIP_NOT_CANCELLABLE",
                   grpc.StatusCode.FAILED_PRECONDITION, "TRIP_NOT_CANCELLABLE",
                   lambda: api.call(TRIPS, "CancelTripAsIntegrator", {"trip_id": trip_id}))

    trip_id = offer_and_order(api, cid)
    api.call(TRIPS, "CancelTripAsCustomer", {"trip_id": trip_id}, customer=cid)
    state = api.call(TRIPS, "GetTrip", {"trip_id": trip_id}, customer=cid)["trip"]["state"]
    c.check("an ordered trip cancelled as customer is CANCELLED_AS_CUSTOMER",
            state.get("not_fulfilled", {}).get("reason") == "REASON_CANCELLED_AS_CUSTOMER", state)
    trip_id = offer_and_order(api, cid)
    api.call(TRIPS, "CancelTripAsIntegrator", {"trip_id": trip_id})
    state = api.call(TRIPS, "GetTrip", {"trip_id": trip_id}, customer=cid)["trip"]["state"]
    c.check("an ordered trip cancelled as integrator is CANCELLED_AS_INTEGRATOR",
            state.get("not_fulfilled", {}).get("reason") == "REASON_CANCELLED_AS_INTEGRATOR", state)

    trip_id = offer_and_order(api, cid)
    api.call(CUSTOMERS, "DeleteCustomer", {"id": cid})
    c.expect_error("a deleted customer gets no offers (CUSTOMER_UNAUTHENTICATED)", grpc.StatusCode.PERMISSION_DENIED,
                   "CUSTOMER_UNAUTHENTICATED",
                   lambda: api.call(TRIPS, "RequestTripOffers", dict(OFFER_REQUEST, departure_time=api.sim_time),
                                    customer=cid))
    trip = wait_for_state(api, trip_id, None, ["fulfilled", "not_fulfilled"], authenticate_as=cid)
    c.check("the deleted customer's active trip runs to Fulfilled", "fulfilled" in trip["state"], trip["state"])
    c.expect_error("a deleted customer is NOT_FOUND", grpc.StatusCode.NOT_FOUND, "CUSTOMER_NOT_FOUND",
                   lambda: api.call(CUSTOMERS, "GetCustomer", {"id": cid}))
    service_area_checks(api, c)
    return fulfilled_trip


def autonomous_flow(api, c):
    """Boarding authentication at an autonomous shuttle: refused before the vehicle waits at the pickup
    (TRIP_NOT_READY_FOR_BOARDING_AUTHENTICATION), accepted then; a rider who never authenticates is a
    NoShow. Returns the authenticated trip's id."""
    rider = api.call(CUSTOMERS, "CreateCustomer", CREATE_CUSTOMER)["customer"]["id"]
    absent = api.call(CUSTOMERS, "CreateCustomer", CREATE_CUSTOMER)["customer"]["id"]
    complete = lambda trip, customer: api.call(BOARDING, "CompleteBoardingAuthentication", {"trip_id": trip},
                                               customer=customer)
    premature = lambda trip: c.expect_error(
        "CompleteBoardingAuthentication right after OrderTrip (the vehicle is not at the pickup) is "
        "TRIP_NOT_READY_FOR_BOARDING_AUTHENTICATION", grpc.StatusCode.FAILED_PRECONDITION,
        "TRIP_NOT_READY_FOR_BOARDING_AUTHENTICATION", lambda: complete(trip, rider))
    trip_id = order_and_watch(api, c, rider, offer_token(api, rider), "the shuttle rider's trip",
                              while_ordered=premature)
    absent_trip = order_and_watch(api, c, absent, offer_token(api, absent), "the absent rider's trip")
    c.expect_error("CompleteBoardingAuthentication without customer-id is CUSTOMER_ID_MISSING",
                   grpc.StatusCode.PERMISSION_DENIED, "CUSTOMER_ID_MISSING", lambda: complete(trip_id, None))
    c.expect_error("CompleteBoardingAuthentication of another customer's trip is CUSTOMER_UNAUTHORIZED",
                   grpc.StatusCode.PERMISSION_DENIED, "CUSTOMER_UNAUTHORIZED", lambda: complete(trip_id, absent))
    c.expect_error("CompleteBoardingAuthentication of an unknown trip is TRIP_NOT_FOUND", grpc.StatusCode.NOT_FOUND,
                   "TRIP_NOT_FOUND", lambda: complete("nope", rider))
    trip, seen = wait_for(api, trip_id, rider, lambda t: word(t) == READY or ended(t))
    c.check("GetTrip shows ReadyForBoardingAuthentication once the shuttle waits at the pickup",
            word(trip) == READY and trip.get("vehicle", {}).get("id"), seen)
    complete(trip_id, rider)
    after = word(api.call(TRIPS, "GetTrip", {"trip_id": trip_id}, customer=rider)["trip"])
    c.check("after CompleteBoardingAuthentication GetTrip shows BoardingAuthenticationCompleted or PickedUp",
            after in ("boarding_authentication_completed", "picked_up"), after)
    c.expect_error("authenticating again is TRIP_NOT_READY_FOR_BOARDING_AUTHENTICATION",
                   grpc.StatusCode.FAILED_PRECONDITION, "TRIP_NOT_READY_FOR_BOARDING_AUTHENTICATION",
                   lambda: complete(trip_id, rider))
    trip, _ = wait_for(api, trip_id, rider, ended)
    c.check("the authenticated rider's trip is Fulfilled", word(trip) == "fulfilled", word(trip))
    trip, seen = wait_for(api, absent_trip, absent, ended)
    c.check("a rider who never authenticates ends NoShow", seen[-1] == "no_show" and "picked_up" not in seen, seen)
    return trip_id


def start_server(binary, scenario, speed, out, webhook_url):
    # --clock scenario: the flow needs the scenario's day whatever the hour CI runs at (the default,
    # --clock wall, would start at the current time of day, possibly after the scenario's end).
    proc = subprocess.Popen([binary, "serve", scenario, "--port", "0", "--speed", str(speed), "--token", "ci-token",
                             "--clock", "scenario", "--out", out, "--run-id", "python-client",
                             "--webhook", webhook_url, "--webhook-secret", WEBHOOK_SECRET],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    line = proc.stdout.readline()
    if "listening on" not in line:
        proc.kill()
        sys.exit(f"the server did not start: {line}{proc.stdout.read()}")
    return proc, line.split("listening on ")[1].strip()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--target", help="host:port of a running `ridepool serve`")
    ap.add_argument("--token", default="ci-token")
    ap.add_argument("--serve", help="path of the ridepool binary: start the server for the flow")
    ap.add_argument("--scenario", default="scenarios/examples/sandbox.yaml")
    ap.add_argument("--speed", type=float, default=60, help="the server's --speed (with --target: as it runs)")
    ap.add_argument("--autonomous", action="store_true",
                    help="run the autonomous flow (with --serve: when the scenario has boarding authentication)")
    args = ap.parse_args()
    scenario_text = open(args.scenario).read() if args.serve else ""
    autonomous = args.autonomous or re.search(r"boardingAuthentication:\s*true", scenario_text) is not None
    scenario_name = (re.search(r"^name:\s*(\S+)", scenario_text, re.M) or [None, "sandbox"])[1]
    c = Checks()
    proc, out, receiver = None, tempfile.mkdtemp(prefix="ridepool-serve-"), None
    target = args.target
    if args.serve:
        receiver = WebhookReceiver(WEBHOOK_SECRET)
        proc, target = start_server(args.serve, args.scenario, args.speed, out, receiver.url)
    try:
        api = Sandbox(target, args.token, args.speed)
        trip_id = flow(api, c)
        if receiver:
            webhook_checks(receiver, trip_id, c, autonomous)
        if autonomous:
            shuttle_trip = autonomous_flow(api, c)
            if receiver:
                webhook_checks(receiver, shuttle_trip, c, autonomous, "the shuttle rider's trip")
    except Exception as e:  # an unexpected error fails the run, with what it was
        c.check("the flow ran to its end", False, repr(e))
    finally:
        if proc:
            proc.send_signal(signal.SIGINT)
            tail = proc.communicate(timeout=60)[0]
            c.check("SIGINT stops the server cleanly", proc.returncode == 0, tail[-2000:])
            summary = os.path.join(out, scenario_name, "python-client", "summary.json")
            c.check("the run's results are written on shutdown", os.path.exists(summary), summary)
    print(f"{c.passed} passed, {c.failed} failed")
    sys.exit(1 if c.failed else 0)


if __name__ == "__main__":
    main()
