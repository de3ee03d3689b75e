// Which interfaces would allow a denial (explain.h).
#include "interfaces/explain.h"

namespace corral {
} // namespace corral
