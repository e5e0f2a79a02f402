// One desktop instance per database: a lock file next to it.
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QLockFile>

#include <memory>

namespace NineTouch {

class InstanceLock final
{
    Q_DECLARE_TR_FUNCTIONS(InstanceLock)

public:
    // Holds "<database>.lock" while the returned object lives. A lock left by a
    // crashed instance is taken over.
    static Result<std::shared_ptr<QLockFile>> acquire(const QString &databasePath);
};

} // namespace NineTouch
