#include "interfaces/mounts.h"
