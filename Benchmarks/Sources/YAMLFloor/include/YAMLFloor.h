#ifndef YAML_FLOOR_H
#define YAML_FLOOR_H

#include <stddef.h>

/// Parses `length` bytes with libyaml, calling yaml_parser_parse until the stream ends and building nothing.
/// Returns the number of events, or -1 when libyaml reports an error.
long yaml_floor_scan(const unsigned char *bytes, size_t length);

#endif
