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

// One write: op runs inside the database's transaction; the change is announced once it is
// committed (not while a recording or an outer write is still open).
template<typename T> Result<T> Pipeline::transaction(const std::function<Result<T>()> &op)
{
    std::optional<T> value;
    Status s = m_db->write([&]() -> Status {
        Result<T> r = op();
        if (!r)
            return r.error();
        value = std::move(r).value();
        return success();
    });
    if (!s)
        return s.error();
    changed();
    return std::move(*value);
}

} // namespace NineTouch
