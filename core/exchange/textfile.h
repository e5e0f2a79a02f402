// Text files from outside (CSV exports of other programs): read only when they are regular
// files, never more than a limit (enforced while reading, so a device or a growing file cannot
// exhaust memory), decoded from the encodings spreadsheets and CRMs write.
#pragma once

#include "result.h"

#include <QString>

namespace NineTouch::TextFile {

constexpr qint64 defaultLimit = 64 * 1024 * 1024;

struct Text
{
    QString text;
    QString encoding; // "UTF-8", "UTF-16LE", "windows-1252", …
};

// UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark, else Windows-1252
// (what Excel writes on Western Windows). Refused: folders, devices, FIFOs, sockets, missing or
// unreadable files, files over limit bytes, and files with NUL bytes that are not UTF-16.
// encoding: "auto" as above, or one of "utf-8", "utf-16", "windows-1252" to force it.
Result<Text> read(const QString &path, qint64 limit = defaultLimit,
                  const QString &encoding = QStringLiteral("auto"));
// The same decoding, for bytes already read.
Text decode(const QByteArray &bytes);
Result<Text> decode(const QByteArray &bytes, const QString &encoding);
// Whether NineTouch reads this encoding name (auto, utf-8, utf-16, windows-1252): checked
// before any file is opened.
Status checkEncoding(const QString &encoding);

} // namespace NineTouch::TextFile
