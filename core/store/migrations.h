// The schema's history: migration N takes a database from user_version N to N + 1.
#pragma once

#include <QList>

namespace NineTouch {

// One statement per entry: statements are never split out of a script on ';'.
struct Migration
{
    QList<const char *> statements;
};

const QList<Migration> &migrations();

} // namespace NineTouch
