// The app's file pickers: every file the app reads or writes is chosen here.
//
// Qt's own dialog, never the platform's, so that the app knows what runs in its process: a
// picker that sniffs a file's type or icon opens and closes it, and closing any descriptor on
// the open database drops the locks SQLite holds on it (see opendatabases.h). These pickers name
// a file's type by its name alone and do not list the database's own files.
#pragma once

#include <QString>

class QWidget;

namespace NineTouchUi::FileDialogs {

// An existing file to read; empty when the rep cancels.
QString openFile(QWidget *parent, const QString &caption, const QString &folder,
                 const QString &filter);
// A file to write, starting at suggested (a folder and a file name); empty when cancelled.
QString saveFile(QWidget *parent, const QString &caption, const QString &suggested,
                 const QString &filter);

} // namespace NineTouchUi::FileDialogs
