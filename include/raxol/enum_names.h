// One name table per enum: the names an enum is written with in files, flags, --json and
// messages, and the parse of those names back, from a single array.
//
//   inline constexpr EnumNames<Strategy, 2> kStrategyNames{{{Strategy::rolling, "rolling"}, ...}};
//   kStrategyNames.name(Strategy::rolling) == "rolling";  kStrategyNames.parse("rolling")
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace raxol {

template <class Enum, size_t N>
struct EnumNames {
  std::array<std::pair<Enum, std::string_view>, N> entries;

  constexpr std::string_view name(Enum value) const {
    for (const auto& [entry, text] : entries)
      if (entry == value) return text;
    return {};
  }
  constexpr std::optional<Enum> parse(std::string_view text) const {
    for (const auto& [entry, name] : entries)
      if (name == text) return entry;
    return std::nullopt;
  }
  std::vector<std::string> names() const {
    std::vector<std::string> all;
    for (const auto& [entry, text] : entries) all.emplace_back(text);
    return all;
  }
};

}  // namespace raxol
