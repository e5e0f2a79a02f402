// What the Pipeline's own sources share (pipeline.cpp and its pipeline*.cpp by what they
// change): the write envelope every operation goes through, and the refusal of an unknown
// deal. Not for other layers.
#pragma once

#include "pipeline.h"

namespace NineTouch {

inline Error noSuchDeal(qint64 id)
{
    return inputError(Field::Deal, Pipeline::tr("There is no deal %1.").arg(id));
}

// The write envelope, one per operation: op (its reads, its checks and its writes) runs as one
// transaction, and the change is announced once it is committed. The helpers operations share
// (writeDeal, touch, cancelScheduled) write inside it and open none. An operation run inside
// another write (a recording for undo, a batch) becomes a savepoint of it: refused, it takes
// back only its own rows.
template<typename T> Result<T> Pipeline::mutate(const std::function<Result<T>()> &op)
{
    std::optional<T> value;
    Status s = mutate([&]() -> Status {
        Result<T> r = op();
        if (!r)
            return r.error();
        value = std::move(r).value();
        return success();
    });
    if (!s)
        return s.error();
    return std::move(*value);
}

} // namespace NineTouch
