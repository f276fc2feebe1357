// Fly's deploy strategies, named once (fly.toml's [deploy] strategy, --strategy, the release
// metadata we record). What each one does is in deploy/strategies.cpp and docs/fly.md.
#pragma once

#include "raxol/enum_names.h"

namespace raxol::fly {

enum class Strategy { rolling, immediate, canary, bluegreen };

inline constexpr EnumNames<Strategy, 4> kStrategyNames{{{
    {Strategy::rolling, "rolling"},
    {Strategy::immediate, "immediate"},
    {Strategy::canary, "canary"},
    {Strategy::bluegreen, "bluegreen"},
}}};

}  // namespace raxol::fly
