// Reads a catalog file (TOML, schema in docs/catalog-schema.md) and checks it
// whole: an unknown key, a missing field, a step naming an unknown actor or a
// reference to an unknown step stops start-up with one line naming the file and
// the key.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

#include "catalog/catalog.hpp"

namespace lapis::catalog {

// what(): "<file>:<line>: <dotted.key.path>: <problem>"
class LoadError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

Catalog load_file(const std::string& path);
Catalog load_string(std::string_view text, const std::string& source_name);
// The catalog compiled into the binary (catalog/magelang.toml).
Catalog load_bundled();

} // namespace lapis::catalog
