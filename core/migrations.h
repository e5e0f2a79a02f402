// The schema's history: migration N takes a database from user_version N to N + 1.
#pragma once

#include <QList>

#include <initializer_list>

namespace NineTouch {

// One statement per entry: statements are never split out of a script on ';'.
struct Migration
{
    std::initializer_list<const char *> statements;
};

const QList<Migration> &migrations();

} // namespace NineTouch
