import Foundation
import GRPCCore
import RidepoolAPI
import RidepoolServer
import SwiftProtobuf
import Testing

/// `ridepool.customer.v1.CustomerExtensionService` (ours) through gRPC against a live sandbox: every
/// error path (code, `ErrorInfo` reason and domain, `BadRequest` fields), and a whole flow from a
/// customer's profile to a trip billed to an account, into the run's results.
@Suite struct CustomerExtensionTests {
    typealias Expected = ErrorPathTests.Expected

    @Test("CustomerExtensionService and the extension's fields of RequestTripOffers: every error path")
    func errorPaths() async throws {
        let (rows, _) = try await withLiveSandbox { f in
            let results = ErrorPathTests.Results()
            let x = ExtensionAPI.Service.Client(wrapping: f.client), md = TestToken.metadata
            func run(_ name: String, _ e: Expected, _ body: () async throws -> Void) async {
                await results.add(name, await ErrorPathTests.mismatch(e, body))
            }
            func bad(_ reason: String, _ fields: [String]) -> Expected {
                Expected(code: .invalidArgument, reason: reason, fields: fields)
            }
            let customerNotFound = Expected(code: .notFound, reason: "CUSTOMER_NOT_FOUND")
            let id = try await f.createCustomer().id, other = try await f.createCustomer().id
            let account = try await x.createCorporateAccount(
                .with {
                    $0.name = "Acme"; $0.departments = ["Sales"]
                }, metadata: md
            ).account

            // SearchCustomersByPhone
            await run("Search bad number", bad("INVALID_PHONE_NUMBER", ["phone_number"])) {
                _ = try await x.searchCustomersByPhone(.with { $0.phoneNumber = "040 123" }, metadata: md)
            }
            await run("Search bad number and page_size", bad("INVALID_PHONE_NUMBER", ["phone_number", "page_size"])) {
                _ = try await x.searchCustomersByPhone(
                    .with {
                        $0.phoneNumber = "x"; $0.pageSize = 0
                    }, metadata: md)
            }
            await run("Search page_size 0", bad("INVALID_PAGE_SIZE", ["page_size"])) {
                _ = try await x.searchCustomersByPhone(
                    .with {
                        $0.phoneNumber = "+4997259173740"; $0.pageSize = 0
                    }, metadata: md)
            }
            let token = try await x.searchCustomersByPhone(
                .with {
                    $0.phoneNumber = "+49 9725 9173740"; $0.pageSize = 1
                }, metadata: md
            ).nextPageToken
            await run("Search token of another number", bad("INVALID_PAGE_TOKEN", ["page_token"])) {
                _ = try await x.searchCustomersByPhone(
                    .with {
                        $0.phoneNumber = "+4997259173741"; $0.pageSize = 1; $0.pageToken = token
                    }, metadata: md)
            }
            // GetCurrentTrip, GetCustomerProfile
            await run("GetCurrentTrip unknown customer", customerNotFound) {
                _ = try await x.getCurrentTrip(.with { $0.customerID = "nobody" }, metadata: md)
            }
            await run("GetCurrentTrip none", Expected(code: .notFound, reason: "NO_CURRENT_TRIP")) {
                _ = try await x.getCurrentTrip(.with { $0.customerID = id }, metadata: md)
            }
            await run("GetCustomerProfile unknown customer", customerNotFound) {
                _ = try await x.getCustomerProfile(.with { $0.customerID = "nobody" }, metadata: md)
            }
            // SetPriorityTier, SetDefaultRequirements
            await run("SetPriorityTier unspecified", bad("INVALID_FIELDS", ["priority_tier"])) {
                _ = try await x.setPriorityTier(.with { $0.customerID = id }, metadata: md)
            }
            await run("SetPriorityTier unknown number", bad("INVALID_FIELDS", ["priority_tier"])) {
                _ = try await x.setPriorityTier(
                    .with {
                        $0.customerID = id; $0.priorityTier = .UNRECOGNIZED(9)
                    }, metadata: md)
            }
            await run("SetPriorityTier unknown customer", customerNotFound) {
                _ = try await x.setPriorityTier(
                    .with {
                        $0.customerID = "nobody"; $0.priorityTier = .vip
                    }, metadata: md)
            }
            await run(
                "SetDefaultRequirements unknown enum numbers",
                bad("INVALID_FIELDS", ["default_requirements.wheelchair", "default_requirements.child_seat"])
            ) {
                _ = try await x.setDefaultRequirements(
                    .with {
                        $0.customerID = id
                        $0.defaultRequirements = .with {
                            $0.wheelchair = .UNRECOGNIZED(7); $0.childSeat = .UNRECOGNIZED(8)
                        }
                    }, metadata: md)
            }
            await run("SetDefaultRequirements unknown customer", customerNotFound) {
                _ = try await x.setDefaultRequirements(.with { $0.customerID = "nobody" }, metadata: md)
            }
            // Tags
            await run("AddCustomerTag bad tag", bad("INVALID_TAG", ["tag"])) {
                _ = try await x.addCustomerTag(
                    .with {
                        $0.customerID = id; $0.tag = "two words"
                    }, metadata: md)
            }
            await run("AddCustomerTag unknown customer", customerNotFound) {
                _ = try await x.addCustomerTag(
                    .with {
                        $0.customerID = "nobody"; $0.tag = "vip"
                    }, metadata: md)
            }
            for k in 0..<50 {
                _ = try await x.addCustomerTag(
                    .with {
                        $0.customerID = other; $0.tag = "t\(k)"
                    }, metadata: md)
            }
            await run("AddCustomerTag past 50", Expected(code: .failedPrecondition, reason: "TAG_LIMIT_REACHED")) {
                _ = try await x.addCustomerTag(
                    .with {
                        $0.customerID = other; $0.tag = "more"
                    }, metadata: md)
            }
            await run("RemoveCustomerTag bad tag", bad("INVALID_TAG", ["tag"])) {
                _ = try await x.removeCustomerTag(.with { $0.customerID = id }, metadata: md)
            }
            await run("RemoveCustomerTag unknown customer", customerNotFound) {
                _ = try await x.removeCustomerTag(
                    .with {
                        $0.customerID = "nobody"; $0.tag = "vip"
                    }, metadata: md)
            }
            let tagToken = try await x.listCustomerTags(
                .with {
                    $0.customerID = other; $0.pageSize = 10
                }, metadata: md
            ).nextPageToken
            await run("ListCustomerTags another customer's token", bad("INVALID_PAGE_TOKEN", ["page_token"])) {
                _ = try await x.listCustomerTags(
                    .with {
                        $0.customerID = id; $0.pageSize = 10; $0.pageToken = tagToken
                    }, metadata: md)
            }
            await run("ListCustomerTags page_size 0", bad("INVALID_PAGE_SIZE", ["page_size"])) {
                _ = try await x.listCustomerTags(
                    .with {
                        $0.customerID = id; $0.pageSize = 0
                    }, metadata: md)
            }
            await run("ListCustomerTags unknown customer", customerNotFound) {
                _ = try await x.listCustomerTags(.with { $0.customerID = "nobody" }, metadata: md)
            }
            // Accounts
            await run("CreateCorporateAccount bad fields", bad("INVALID_ACCOUNT", ["name", "departments[1]"])) {
                _ = try await x.createCorporateAccount(.with { $0.departments = ["Sales", "Sales"] }, metadata: md)
            }
            await run("ListCorporateAccounts page_size -1", bad("INVALID_PAGE_SIZE", ["page_size"])) {
                _ = try await x.listCorporateAccounts(.with { $0.pageSize = -1 }, metadata: md)
            }
            await run("ListCorporateAccounts garbled token", bad("INVALID_PAGE_TOKEN", ["page_token"])) {
                _ = try await x.listCorporateAccounts(.with { $0.pageToken = "garbage" }, metadata: md)
            }
            await run("Attach unknown customer", customerNotFound) {
                _ = try await x.attachCustomerToAccount(
                    .with {
                        $0.customerID = "nobody"; $0.accountID = account.id
                    }, metadata: md)
            }
            await run("Attach unknown account", Expected(code: .notFound, reason: "ACCOUNT_NOT_FOUND")) {
                _ = try await x.attachCustomerToAccount(
                    .with {
                        $0.customerID = id; $0.accountID = "none"
                    }, metadata: md)
            }
            await run("Attach unknown department", bad("INVALID_DEPARTMENT", ["department_id"])) {
                _ = try await x.attachCustomerToAccount(
                    .with {
                        $0.customerID = id; $0.accountID = account.id; $0.departmentID = "dep-9"
                    }, metadata: md)
            }
            for k in 0..<20 {
                let more = try await x.createCorporateAccount(.with { $0.name = "X\(k)" }, metadata: md).account
                _ = try await x.attachCustomerToAccount(
                    .with {
                        $0.customerID = other; $0.accountID = more.id
                    }, metadata: md)
            }
            await run("Attach past 20 accounts", Expected(code: .failedPrecondition, reason: "ACCOUNT_LIMIT_REACHED")) {
                _ = try await x.attachCustomerToAccount(
                    .with {
                        $0.customerID = other; $0.accountID = account.id
                    }, metadata: md)
            }
            await run("Detach unknown customer", customerNotFound) {
                _ = try await x.detachCustomerFromAccount(
                    .with {
                        $0.customerID = "nobody"; $0.accountID = account.id
                    }, metadata: md)
            }
            await run("Detach unknown account", Expected(code: .notFound, reason: "ACCOUNT_NOT_FOUND")) {
                _ = try await x.detachCustomerFromAccount(
                    .with {
                        $0.customerID = id; $0.accountID = "none"
                    }, metadata: md)
            }
            // Saved addresses
            await run(
                "AddSavedAddress bad fields",
                bad("INVALID_SAVED_ADDRESS", ["name", "address.location", "address.primary_address"])
            ) {
                _ = try await x.addSavedAddress(
                    .with {
                        $0.customerID = id
                        $0.address = .with { $0.primaryAddress = String(repeating: "a", count: 501) }
                    }, metadata: md)
            }
            let home = TripAPI.NamedLocation.with {
                $0.location = .with {
                    $0.latitude = 53.6344823; $0.longitude = 10.0555216
                }
            }
            await run("AddSavedAddress unknown customer", customerNotFound) {
                _ = try await x.addSavedAddress(
                    .with {
                        $0.customerID = "nobody"; $0.name = "home"; $0.address = home
                    }, metadata: md)
            }
            for k in 0..<20 {
                _ = try await x.addSavedAddress(
                    .with {
                        $0.customerID = other; $0.name = "a\(k)"; $0.address = home
                    }, metadata: md)
            }
            await run(
                "AddSavedAddress past 20", Expected(code: .failedPrecondition, reason: "SAVED_ADDRESS_LIMIT_REACHED")
            ) {
                _ = try await x.addSavedAddress(
                    .with {
                        $0.customerID = other; $0.name = "more"; $0.address = home
                    }, metadata: md)
            }
            await run("ListSavedAddresses page_size 0", bad("INVALID_PAGE_SIZE", ["page_size"])) {
                _ = try await x.listSavedAddresses(
                    .with {
                        $0.customerID = id; $0.pageSize = 0
                    }, metadata: md)
            }
            await run("ListSavedAddresses garbled token", bad("INVALID_PAGE_TOKEN", ["page_token"])) {
                _ = try await x.listSavedAddresses(
                    .with {
                        $0.customerID = other; $0.pageToken = "garbage"
                    }, metadata: md)
            }
            await run("ListSavedAddresses unknown customer", customerNotFound) {
                _ = try await x.listSavedAddresses(.with { $0.customerID = "nobody" }, metadata: md)
            }
            await run(
                "RemoveSavedAddress unknown address", Expected(code: .notFound, reason: "SAVED_ADDRESS_NOT_FOUND")
            ) {
                _ = try await x.removeSavedAddress(
                    .with {
                        $0.customerID = id; $0.savedAddressID = "sa-1"
                    }, metadata: md)
            }
            await run("RemoveSavedAddress unknown customer", customerNotFound) {
                _ = try await x.removeSavedAddress(
                    .with {
                        $0.customerID = "nobody"; $0.savedAddressID = "sa-1"
                    }, metadata: md)
            }
            // RequestTripOffers with the extension's fields.
            let offers = try await f.offerRequest()
            await run(
                "RequestTripOffers account not attached",
                Expected(code: .permissionDenied, reason: "ACCOUNT_NOT_ALLOWED")
            ) {
                var r = offers
                r.corporateAccountID = account.id
                _ = try await f.trips.requestTripOffers(r, metadata: TestToken.metadata(customer: id))
            }
            await run(
                "RequestTripOffers unknown saved address and both at once",
                bad("INVALID_LOCATION", ["origin.saved_address_id", "destination.saved_address_id"])
            ) {
                var r = offers
                r.origin.clearLocation()
                r.origin.savedAddressID = "sa-99"
                r.destination.savedAddressID = "sa-1"
                _ = try await f.trips.requestTripOffers(r, metadata: TestToken.metadata(customer: other))
            }
            return await results.rows
        }
        ErrorPathTests.expectAll(rows)
    }

    @Test("a customer's profile, tags, account and saved address reach the trip, the current trip and the results")
    func flow() async throws {
        let (seen, result) = try await withLiveSandbox { f in
            let x = ExtensionAPI.Service.Client(wrapping: f.client), md = TestToken.metadata
            let id = try await f.createCustomer().id
            let found = try await x.searchCustomersByPhone(.with { $0.phoneNumber = "+49 9725 917 3740" }, metadata: md)
            _ = try await x.setPriorityTier(
                .with {
                    $0.customerID = id; $0.priorityTier = .vip
                }, metadata: md)
            _ = try await x.addCustomerTag(
                .with {
                    $0.customerID = id; $0.tag = "night-shift"
                }, metadata: md)
            let account = try await x.createCorporateAccount(
                .with {
                    $0.name = "Hanse Logistik"; $0.departments = ["Dispatch"]
                }, metadata: md
            ).account
            let profile = try await x.attachCustomerToAccount(
                .with {
                    $0.customerID = id; $0.accountID = account.id; $0.departmentID = "dep-1"
                }, metadata: md
            ).profile
            var request = try await f.offerRequest()
            let home = try await x.addSavedAddress(
                .with {
                    $0.customerID = id; $0.name = "home"; $0.address = request.origin
                }, metadata: md
            ).savedAddress
            request.origin = .with { $0.savedAddressID = home.id }
            let offers = try await f.trips.requestTripOffers(request, metadata: TestToken.metadata(customer: id))
            let offer = try #require(offers.offers.first)
            let tripID = try await f.trips.orderTrip(
                .with { $0.offerToken = offer.token }, metadata: TestToken.metadata(customer: id)
            ).tripID
            let current = try await x.getCurrentTrip(.with { $0.customerID = id }, metadata: md).trip
            let tags = try await x.listCustomerTags(.with { $0.customerID = id }, metadata: md).tags
            let trip = try await f.pollUntilFinished(tripID, customer: id)
            return (
                found.customers.map(\.id).contains(id), profile, tags, current.id == tripID,
                current.corporateAccountID, trip.departmentID, account.id
            )
        }
        let (foundByPhone, profile, tags, currentIsTheTrip, currentAccount, department, accountID) = seen
        #expect(foundByPhone && tags == ["night-shift"] && currentIsTheTrip)
        #expect(profile.defaultAccountID == accountID && profile.accounts.map(\.departmentID) == ["dep-1"])
        #expect(currentAccount == accountID && department == "dep-1")
        let csv = try String(contentsOfFile: result.directory + "/trips.csv", encoding: .utf8)
        #expect(csv.hasPrefix(try #require(csv.split(separator: "\n").first)) && csv.contains("account_id"))
        #expect(csv.contains(",\(accountID),dep-1,"))
        #expect(result.summary.perAccount.first?.id == accountID && result.summary.perAccount.first?.requests == 1)
    }

    @Test("a live sandbox serves the extension, listed by reflection and health; a fake backend does not")
    func discoverable() async throws {
        let name = "ridepool.customer.v1.CustomerExtensionService"
        let ((listed, health), _) = try await withLiveSandbox { f in
            let listed = try await reflect(f.client, .with { $0.listServices = "" }).listServicesResponse.service
                .map(\.name)
            let health = try await Grpc_Health_V1_Health.Client(wrapping: f.client).check(.with { $0.service = name })
            return (listed, health.status)
        }
        #expect(listed.contains(name) && health == .serving)
        let fake = try await withSandbox(backend: FakeBackend()) { client in
            try await reflect(client, .with { $0.listServices = "" }).listServicesResponse.service.map(\.name)
        }
        #expect(!fake.contains(name))
    }
}
