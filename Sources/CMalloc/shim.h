// glibc's malloc_trim, for giving a finished simulation's freed heap pages back to the system before a
// run's tables are built (Ridepool/ProcessMemory.swift). Elsewhere it does nothing.
#if defined(__GLIBC__) || (defined(__linux__) && __has_include(<malloc.h>))
#include <malloc.h>
static inline int ridepool_return_freed_memory(void) { return malloc_trim(0); }
#else
static inline int ridepool_return_freed_memory(void) { return 0; }
#endif
