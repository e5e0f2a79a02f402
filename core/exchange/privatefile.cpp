#include "privatefile.h"

#include "opendatabases.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace NineTouch::PrivateFile {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFile)
};

} // namespace

Status write(const QString &path, const QByteArray &data)
{
    const QFileInfo info(path);
    if (path.isEmpty())
        return inputError(Tr::tr("no file name was given."));
    if (!info.absoluteDir().exists())
        return inputError(Tr::tr("the folder %1 does not exist.").arg(info.absolutePath()));
    if (info.isDir())
        return inputError(Tr::tr("%1 is a folder; give a file name.").arg(path));
    // Replacing it would lose the pipeline; even opening it would drop SQLite's locks.
    if (OpenDatabases::contains(path))
        return inputError(Tr::tr("%1 is the NineTouch database itself (or one of its journal "
                                 "files): choose another file name.")
                              .arg(path));
    // Only a regular file is ever replaced: writing "to" /dev/zero or a pipe must not put a
    // file where the device was (the save goes through a rename).
    if (info.exists() && !info.isFile())
        return inputError(Tr::tr("%1 is not a regular file (a device, a pipe or a socket); "
                                 "choose a file name.")
                              .arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return inputError(Tr::tr("cannot write %1 (%2).").arg(path, file.errorString()));
    // Private before the first byte goes in (the temporary file is renamed with its mode).
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return inputError(Tr::tr("cannot make %1 private to you.").arg(path));
    }
    if (file.write(data) != data.size() || !file.commit())
        return inputError(Tr::tr("cannot write %1 (%2).").arg(path, file.errorString()));
    return success();
}

} // namespace NineTouch::PrivateFile
