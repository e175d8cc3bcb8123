#include "CFolioWidth.h"
