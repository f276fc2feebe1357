// "did you mean" for a mistyped command or flag: the closest known word by edit distance.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace raxol {

// Levenshtein distance (insertions, deletions, substitutions) between two words.
size_t edit_distance(const std::string& a, const std::string& b);

// The candidate closest to `word`, when it is close enough to be what was meant (at most a
// third of the word's letters off, and at least one); ties go to the first candidate.
std::optional<std::string> closest_word(const std::string& word,
                                        const std::vector<std::string>& candidates);

}  // namespace raxol
