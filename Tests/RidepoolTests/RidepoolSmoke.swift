import Testing
@testable import Ridepool
