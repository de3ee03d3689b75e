#include "interfaces/atomicfile.h"
