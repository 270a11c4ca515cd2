// SwiftPM links an executable with `--defsym main=<Module>_main`, which hides libFuzzer's own `main`. This is that
// symbol for the PayerKitFuzzer module: it hands the command line to libFuzzer's driver with the Swift test function.
#include <stddef.h>
#include <stdint.h>
#include "FuzzerEntry.h"

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int PayerKitFuzzer_main(int argc, char **argv) {
    return LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput);
}
