import Testing
@testable import Dispatch
