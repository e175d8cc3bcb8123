#ifndef CFOLIOUTF8_H
#define CFOLIOUTF8_H
#include <stddef.h>
#include <stdint.h>
// 1 when the n bytes at p are well-formed UTF-8 (Unicode's definition: no
// overlong form, surrogate or scalar past U+10FFFF), else 0.
int folio_utf8_valid(const uint8_t *p, size_t n);
// The same with no vector instructions past `level` (0 none, 1 SSSE3,
// 2 AVX2), for the tests to check each against the others.
int folio_utf8_valid_using(const uint8_t *p, size_t n, int level);
#endif
