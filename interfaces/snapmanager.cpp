#include "interfaces/snapmanager.h"
