// A realistic, deterministic demo pipeline covering every cadence situation.
#pragma once

#include "pipeline.h"

namespace NineTouch {

class DemoGenerator final
{
public:
    DemoGenerator(Pipeline &pipeline, quint64 seed)
        : m_pipeline(pipeline)
        , m_seed(seed)
    {
    }

    // Adds count deals with their histories, relative to now; one transaction.
    Result<int> generate(int count, const QDateTime &now);

private:
    Pipeline &m_pipeline;
    quint64 m_seed;
};

} // namespace NineTouch
