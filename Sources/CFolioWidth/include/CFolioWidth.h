#ifndef CFOLIOWIDTH_H
#define CFOLIOWIDTH_H
#include <wchar.h>
// Same prototypes as glibc's; Swift's Glibc module does not export them.
extern int wcwidth(wchar_t c);
#endif
