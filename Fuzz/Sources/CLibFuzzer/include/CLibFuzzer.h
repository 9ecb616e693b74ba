// libFuzzer's entry for programs with their own main (LLVM >= 11; see llvm.org/docs/LibFuzzer.html,
// "Using libFuzzer as a library"). The symbol comes from the runtime that -sanitize=fuzzer links.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *Data, size_t Size));
