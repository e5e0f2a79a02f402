// Reads in tests: the value of a Result, or a stop with the error's message (never a crash).
#pragma once

#include "historyscript.h"
#include "result.h"

#include <optional>

namespace TestSupport {

template<typename T> T must(NineTouch::Result<T> r)
{
    require(r.ok(), "a read failed:", r.ok() ? QString() : r.error().message);
    return std::move(r).value();
}

// A lookup that must find something.
template<typename T> T found(NineTouch::Result<std::optional<T>> r)
{
    std::optional<T> v = must(std::move(r));
    require(v.has_value(), "not found");
    return *v;
}

} // namespace TestSupport
