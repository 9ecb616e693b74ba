// Only the thread-safe, re-entrant (_r) API of GEOS: see DESIGN.md, rule 2.
#define GEOS_USE_ONLY_R_API
#include <geos_c.h>
