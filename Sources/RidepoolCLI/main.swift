print("ridepool: under construction")
