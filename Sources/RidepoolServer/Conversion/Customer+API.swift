import RidepoolAPI
import Service

extension CustomerAPI.Customer {
    init(_ customer: Service.Customer) {
        self.init()
        id = customer.id
        emailAddress = customer.emailAddress
        phoneNumber = customer.phoneNumber
        givenName = customer.givenName
        familyName = customer.familyName
        languageCode = customer.languageCode
        externalCustomerID = customer.externalCustomerID ?? ""
    }

    /// The service's customer; an empty external id is none.
    var service: Service.Customer {
        Service.Customer(
            id: id,
            CustomerDraft(
                emailAddress: emailAddress, phoneNumber: phoneNumber, givenName: givenName,
                familyName: familyName, languageCode: languageCode,
                externalCustomerID: externalCustomerID.isEmpty ? nil : externalCustomerID))
    }
}

extension CustomerAPI.CreateCustomerRequest {
    var draft: CustomerDraft {
        CustomerDraft(
            emailAddress: emailAddress, phoneNumber: phoneNumber, givenName: givenName, familyName: familyName,
            languageCode: languageCode, externalCustomerID: externalCustomerID.isEmpty ? nil : externalCustomerID)
    }
}
