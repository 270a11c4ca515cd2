#ifndef ALLOCATION_COUNTER_H
#define ALLOCATION_COUNTER_H

/// Heap allocations (malloc, calloc, realloc, posix_memalign, aligned_alloc, memalign) made by this process so far.
/// The counter interposes glibc's allocator in the benchmark executable only; it forwards to glibc's own functions.
unsigned long allocation_count(void);

#endif
