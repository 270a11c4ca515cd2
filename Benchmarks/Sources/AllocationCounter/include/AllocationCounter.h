#ifndef ALLOCATION_COUNTER_H
#define ALLOCATION_COUNTER_H

/// Heap allocations (malloc, calloc, realloc, posix_memalign, aligned_alloc, memalign) made by this process so far.
/// The counter interposes glibc's allocator in the benchmark executable only; it forwards to glibc's own functions.
unsigned long allocation_count(void);

/// Bytes currently allocated from the heap and not freed, including chunks malloc mapped on their own (glibc
/// mallinfo2's uordblks + hblkhd).
unsigned long heap_bytes_in_use(void);

#endif
