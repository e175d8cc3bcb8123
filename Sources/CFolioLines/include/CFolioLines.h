#ifndef CFOLIOLINES_H
#define CFOLIOLINES_H
#include <stddef.h>
#include <stdint.h>
// The offsets of the LF bytes among the n bytes at p, in order, written to
// `ends`, which has room for n (n is at most 2^32); how many there are.
size_t folio_line_feeds(const uint8_t *p, size_t n, uint32_t *ends);
// How many LF bytes the n bytes at p hold.
size_t folio_count_line_feeds(const uint8_t *p, size_t n);
#endif
