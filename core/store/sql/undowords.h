// The words of a refused undo, shared by both engines' ways of taking an edit back
// (changesets.cpp on SQLite, rowimages.cpp on PostgreSQL): what the rep calls a row, which of
// the rep's fields a column holds, and a row described as the rep would recognise it.
#pragma once

#include "fields.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace NineTouch::UndoWords {

// The tables an edit writes: what a recording captures and an undo takes back. Children come
// first: rows are deleted before the rows they refer to.
inline constexpr const char *recordedTables[] = { "tasks",         "touches",
                                                  "meetings",      "deal_stakeholders",
                                                  "deals",         "contacts",
                                                  "organizations", "stages" };

// Which of the rep's fields a column of deals or contacts holds, for a conflict's message.
Field fieldOfColumn(const QByteArray &table, const QByteArray &column);
// What the rep calls a row of a table: "the deal", "a meeting of the deal".
QString rowName(const QByteArray &table);
// The row of table with this id as the rep would recognise it: the timeline entry with its
// words and its day, the meeting with its time, the deal with its title. Times in the rep's
// zone (the rep.tz setting), as the app shows them.
QString describeRow(const QSqlDatabase &db, const QByteArray &table, qint64 id);

} // namespace NineTouch::UndoWords
