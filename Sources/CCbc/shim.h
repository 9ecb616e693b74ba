// CBC's C interface (COIN-OR, EPL-1.0 in Debian's coinor-libcbc-dev 2.10); pkg-config `cbc` adds -I/usr/include/coin.
// Only Sources/Assignment/CbcModel.swift imports it: see that file for the calls used and why.
#include <Cbc_C_Interface.h>
