// Parsing the kernel's audit records of denials (denial.h).
#include "interfaces/denial.h"

namespace corral {
} // namespace corral
