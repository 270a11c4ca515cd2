// The fuzzer's process entry point lives in C: see entry.c.
#pragma once
