#ifndef CFOLIOTHREAD_H
#define CFOLIOTHREAD_H
#include <stdint.h>
// Starts work(argument) on a detached thread that begins on another core
// than the caller's when there is one, and may then run on any. 0 on
// success, else pthread_create's error (nothing was started).
int folio_start_elsewhere(void (*work)(void *), void *argument);
// The cores, as a mask of the first 64, that a thread begun by a caller on
// core `here` starts on, of those `allowed`: all but `here`, unless that is
// none, when 0 (the thread starts where Linux puts it).
uint64_t folio_cores_elsewhere(uint64_t allowed, int here);
#endif
