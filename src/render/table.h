// Aligned text tables for human output (data on stdout). Column widths count UTF-8 code points.
#pragma once

#include <string>
#include <vector>

namespace raxol {

using TableRow = std::vector<std::string>;

// Header row in upper case, then the rows, columns separated by two spaces, no trailing spaces.
std::string render_table(const TableRow& headers, const std::vector<TableRow>& rows);

}  // namespace raxol
