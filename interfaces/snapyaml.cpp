#include "interfaces/snapyaml.h"
