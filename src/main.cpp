#include <iostream>

#include "cli/app.h"

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  auto env = raxol::make_process_environment();
  return raxol::run_cli(args, {std::cout, std::cerr, std::cin, *env, std::nullopt});
}
