#include "interfaces/validate.h"
