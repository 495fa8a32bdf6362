#ifndef ACTORGRAPH_CZLIB_SHIM_H
#define ACTORGRAPH_CZLIB_SHIM_H
#include <zlib.h>
#endif
