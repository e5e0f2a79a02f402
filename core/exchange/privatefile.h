// Files that leave the app (exports, .eml, .ics) hold the rep's pipeline and contacts: they are
// written private to the rep (mode 0600) from their first byte, whole or not at all.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace NineTouch::PrivateFile {

// Through a temporary file renamed over path at the end: a failed write leaves nothing behind
// and never a half-written file. Errors name the file and the reason.
Status write(const QString &path, const QByteArray &data);

} // namespace NineTouch::PrivateFile
