#include "render/table.h"

#include <algorithm>
#include <cctype>

namespace raxol {

namespace {
size_t display_width(const std::string& text) {
  size_t width = 0;
  for (unsigned char c : text) width += (c & 0xC0) != 0x80 ? 1 : 0;
  return width;
}
}  // namespace

std::string render_table(const TableRow& headers, const std::vector<TableRow>& rows) {
  std::vector<size_t> widths(headers.size(), 0);
  auto measure = [&](const TableRow& row) {
    for (size_t i = 0; i < row.size() && i < widths.size(); ++i)
      widths[i] = std::max(widths[i], display_width(row[i]));
  };
  measure(headers);
  for (const auto& row : rows) measure(row);
  auto line = [&](const TableRow& row, bool upper) {
    std::string text;
    for (size_t i = 0; i < widths.size(); ++i) {
      std::string cell = i < row.size() ? row[i] : std::string();
      if (upper) std::transform(cell.begin(), cell.end(), cell.begin(), ::toupper);
      text += cell;
      if (i + 1 < widths.size()) text += std::string(widths[i] - display_width(cell) + 2, ' ');
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    return text + "\n";
  };
  std::string out = line(headers, true);
  for (const auto& row : rows) out += line(row, false);
  return out;
}

}  // namespace raxol
