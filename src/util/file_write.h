// Writing files whole: a reader (another process of the sandbox, say) sees the old content or
// the new, never half of it.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <initializer_list>
#include <string_view>

namespace raxol {

// Writes all of `bytes` to `fd`, going on after short writes and EINTR. False on an error.
bool write_all(int fd, std::string_view bytes);

// Writes `pieces`, one after another, to a temporary file beside `path` (unique per process
// and call) created with `mode`, then renames it over `path`. Creates the parent folders.
// False on any failure, and then no temporary file is left.
bool write_file_atomically(const std::filesystem::path& path,
                           std::initializer_list<std::string_view> pieces, mode_t mode = 0644);

}  // namespace raxol
