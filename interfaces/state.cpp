#include "interfaces/state.h"
