import RidepoolAPI

/// Short names for the generated messages of `moia.ridepooling.customer.v1beta1`.
public enum CustomerAPI {
    public typealias Customer = Moia_Ridepooling_Customer_V1beta1_Customer
    public typealias GetCustomerRequest = Moia_Ridepooling_Customer_V1beta1_GetCustomerRequest
    public typealias GetCustomerResponse = Moia_Ridepooling_Customer_V1beta1_GetCustomerResponse
    public typealias ListCustomersRequest = Moia_Ridepooling_Customer_V1beta1_ListCustomersRequest
    public typealias ListCustomersResponse = Moia_Ridepooling_Customer_V1beta1_ListCustomersResponse
    public typealias CreateCustomerRequest = Moia_Ridepooling_Customer_V1beta1_CreateCustomerRequest
    public typealias CreateCustomerResponse = Moia_Ridepooling_Customer_V1beta1_CreateCustomerResponse
    public typealias UpdateCustomerRequest = Moia_Ridepooling_Customer_V1beta1_UpdateCustomerRequest
    public typealias UpdateCustomerResponse = Moia_Ridepooling_Customer_V1beta1_UpdateCustomerResponse
    public typealias DeleteCustomerRequest = Moia_Ridepooling_Customer_V1beta1_DeleteCustomerRequest
    public typealias DeleteCustomerResponse = Moia_Ridepooling_Customer_V1beta1_DeleteCustomerResponse
    public typealias ListCustomerFlagsRequest = Moia_Ridepooling_Customer_V1beta1_ListCustomerFlagsRequest
    public typealias ListCustomerFlagsResponse = Moia_Ridepooling_Customer_V1beta1_ListCustomerFlagsResponse
    public typealias AddCustomerFlagRequest = Moia_Ridepooling_Customer_V1beta1_AddCustomerFlagRequest
    public typealias AddCustomerFlagResponse = Moia_Ridepooling_Customer_V1beta1_AddCustomerFlagResponse
    public typealias RemoveCustomerFlagRequest = Moia_Ridepooling_Customer_V1beta1_RemoveCustomerFlagRequest
    public typealias RemoveCustomerFlagResponse = Moia_Ridepooling_Customer_V1beta1_RemoveCustomerFlagResponse
    public typealias Service = Moia_Ridepooling_Customer_V1beta1_CustomerService
}

/// Short names for the generated messages of `moia.trip.state.v1`.
public enum TripAPI {
    public typealias RequestTripOffersRequest = Moia_Trip_State_V1_RequestTripOffersRequest
    public typealias RequestTripOffersResponse = Moia_Trip_State_V1_RequestTripOffersResponse
    public typealias OrderTripRequest = Moia_Trip_State_V1_OrderTripRequest
    public typealias OrderTripResponse = Moia_Trip_State_V1_OrderTripResponse
    public typealias GetTripRequest = Moia_Trip_State_V1_GetTripRequest
    public typealias GetTripResponse = Moia_Trip_State_V1_GetTripResponse
    public typealias CancelTripAsCustomerRequest = Moia_Trip_State_V1_CancelTripAsCustomerRequest
    public typealias CancelTripAsCustomerResponse = Moia_Trip_State_V1_CancelTripAsCustomerResponse
    public typealias CancelTripAsIntegratorRequest = Moia_Trip_State_V1_CancelTripAsIntegratorRequest
    public typealias CancelTripAsIntegratorResponse = Moia_Trip_State_V1_CancelTripAsIntegratorResponse
    public typealias Offer = Moia_Trip_State_V1_Offer
    public typealias Trip = Moia_Trip_State_V1_Trip
    public typealias TripState = Moia_Trip_State_V1_TripState
    public typealias Load = Moia_Trip_State_V1_Load
    public typealias NamedLocation = Moia_Trip_State_V1_NamedLocation
    public typealias LatLon = Moia_Trip_State_V1_LatLon
    public typealias Waypoint = Moia_Trip_State_V1_Waypoint
    public typealias Service = Moia_Trip_State_V1_TripStateService
}

/// Short names for the generated messages of `moia.trip.servicearea.v1`.
public enum ServiceAreaAPI {
    public typealias ServiceArea = Moia_Trip_Servicearea_V1_ServiceArea
    public typealias ServiceHours = Moia_Trip_Servicearea_V1_ServiceHours
    public typealias Polygon = Moia_Trip_Servicearea_V1_Polygon
    public typealias Ring = Moia_Trip_Servicearea_V1_Ring
    public typealias LatLon = Moia_Trip_Servicearea_V1_LatLon
    public typealias GetServiceAreaRequest = Moia_Trip_Servicearea_V1_GetServiceAreaRequest
    public typealias GetServiceAreaResponse = Moia_Trip_Servicearea_V1_GetServiceAreaResponse
    public typealias ListServiceAreasRequest = Moia_Trip_Servicearea_V1_ListServiceAreasRequest
    public typealias ListServiceAreasResponse = Moia_Trip_Servicearea_V1_ListServiceAreasResponse
    public typealias ListServiceHoursRequest = Moia_Trip_Servicearea_V1_ListServiceHoursRequest
    public typealias ListServiceHoursResponse = Moia_Trip_Servicearea_V1_ListServiceHoursResponse
    public typealias Service = Moia_Trip_Servicearea_V1_ServiceAreaService
}

/// Short names for the generated messages of `moia.trip.boardingauthentication.v1`.
public enum BoardingAuthenticationAPI {
    public typealias CompleteBoardingAuthenticationRequest =
        Moia_Trip_Boardingauthentication_V1_CompleteBoardingAuthenticationRequest
    public typealias CompleteBoardingAuthenticationResponse =
        Moia_Trip_Boardingauthentication_V1_CompleteBoardingAuthenticationResponse
    public typealias Service = Moia_Trip_Boardingauthentication_V1_BoardingAuthenticationService
}

/// Short names for the generated messages of `ridepool.customer.v1`, the customer extension (ours).
public enum ExtensionAPI {
    public typealias Service = Ridepool_Customer_V1_CustomerExtensionService
    public typealias PriorityTier = Ridepool_Customer_V1_PriorityTier
    public typealias ServiceRequirements = Ridepool_Customer_V1_ServiceRequirements
    public typealias CustomerProfile = Ridepool_Customer_V1_CustomerProfile
    public typealias CorporateAccount = Ridepool_Customer_V1_CorporateAccount
    public typealias SavedAddress = Ridepool_Customer_V1_SavedAddress
    public typealias SearchCustomersByPhoneRequest = Ridepool_Customer_V1_SearchCustomersByPhoneRequest
    public typealias SearchCustomersByPhoneResponse = Ridepool_Customer_V1_SearchCustomersByPhoneResponse
    public typealias GetCurrentTripRequest = Ridepool_Customer_V1_GetCurrentTripRequest
    public typealias GetCurrentTripResponse = Ridepool_Customer_V1_GetCurrentTripResponse
    public typealias GetCustomerProfileRequest = Ridepool_Customer_V1_GetCustomerProfileRequest
    public typealias GetCustomerProfileResponse = Ridepool_Customer_V1_GetCustomerProfileResponse
    public typealias SetPriorityTierRequest = Ridepool_Customer_V1_SetPriorityTierRequest
    public typealias SetPriorityTierResponse = Ridepool_Customer_V1_SetPriorityTierResponse
    public typealias SetDefaultRequirementsRequest = Ridepool_Customer_V1_SetDefaultRequirementsRequest
    public typealias SetDefaultRequirementsResponse = Ridepool_Customer_V1_SetDefaultRequirementsResponse
    public typealias AddCustomerTagRequest = Ridepool_Customer_V1_AddCustomerTagRequest
    public typealias AddCustomerTagResponse = Ridepool_Customer_V1_AddCustomerTagResponse
    public typealias RemoveCustomerTagRequest = Ridepool_Customer_V1_RemoveCustomerTagRequest
    public typealias RemoveCustomerTagResponse = Ridepool_Customer_V1_RemoveCustomerTagResponse
    public typealias ListCustomerTagsRequest = Ridepool_Customer_V1_ListCustomerTagsRequest
    public typealias ListCustomerTagsResponse = Ridepool_Customer_V1_ListCustomerTagsResponse
    public typealias CreateCorporateAccountRequest = Ridepool_Customer_V1_CreateCorporateAccountRequest
    public typealias CreateCorporateAccountResponse = Ridepool_Customer_V1_CreateCorporateAccountResponse
    public typealias ListCorporateAccountsRequest = Ridepool_Customer_V1_ListCorporateAccountsRequest
    public typealias ListCorporateAccountsResponse = Ridepool_Customer_V1_ListCorporateAccountsResponse
    public typealias AttachCustomerToAccountRequest = Ridepool_Customer_V1_AttachCustomerToAccountRequest
    public typealias AttachCustomerToAccountResponse = Ridepool_Customer_V1_AttachCustomerToAccountResponse
    public typealias DetachCustomerFromAccountRequest = Ridepool_Customer_V1_DetachCustomerFromAccountRequest
    public typealias DetachCustomerFromAccountResponse = Ridepool_Customer_V1_DetachCustomerFromAccountResponse
    public typealias AddSavedAddressRequest = Ridepool_Customer_V1_AddSavedAddressRequest
    public typealias AddSavedAddressResponse = Ridepool_Customer_V1_AddSavedAddressResponse
    public typealias ListSavedAddressesRequest = Ridepool_Customer_V1_ListSavedAddressesRequest
    public typealias ListSavedAddressesResponse = Ridepool_Customer_V1_ListSavedAddressesResponse
    public typealias RemoveSavedAddressRequest = Ridepool_Customer_V1_RemoveSavedAddressRequest
    public typealias RemoveSavedAddressResponse = Ridepool_Customer_V1_RemoveSavedAddressResponse
}

/// The fully qualified names of the services the sandbox serves.
enum ServiceNames {
    static let customer = "moia.ridepooling.customer.v1beta1.CustomerService"
    static let trip = "moia.trip.state.v1.TripStateService"
    static let serviceArea = "moia.trip.servicearea.v1.ServiceAreaService"
    static let boardingAuthentication = "moia.trip.boardingauthentication.v1.BoardingAuthenticationService"
    /// Ours, not the integration API's: served when the backend offers it (`CustomerExtensionBackend`).
    static let customerExtension = "ridepool.customer.v1.CustomerExtensionService"
    static let health = "grpc.health.v1.Health"
    static let reflection = "grpc.reflection.v1.ServerReflection"
    static let reflectionAlpha = "grpc.reflection.v1alpha.ServerReflection"
    static let all = [customer, trip, serviceArea, boardingAuthentication, health, reflection, reflectionAlpha]
}
