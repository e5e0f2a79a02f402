// The database files this process holds open through SQLite, and the check that keeps every
// other code path of the process away from them.
//
// POSIX advisory locks belong to a process and a file, not to a descriptor: when any code in the
// process opens a database file (or its -wal or -shm) and closes it again, every lock SQLite holds
// on that file is dropped at once. Another program then believes it is alone, checkpoints and
// deletes the write-ahead log under the open connection, and committed writes are lost
// (sqlite.org, "How To Corrupt An SQLite Database File", section 2.2, "POSIX advisory locks
// cancelled by a separate close()"). So a path that comes from outside (a file to import, a file
// to write, a picker's folder) is checked here first, by stat(), which opens nothing.
#pragma once

#include <QString>

namespace NineTouch::OpenDatabases {

// Called by Database when it opens and closes a file (absolute paths).
void add(const QString &databasePath);
void remove(const QString &databasePath);

// Whether path names a database this process has open, or one of the files SQLite keeps beside
// it (-wal, -shm, -journal) or the app's instance lock: by name, whether it exists yet or not,
// and by identity (another spelling, a link, a hard link). Never opens the file.
bool contains(const QString &path);

} // namespace NineTouch::OpenDatabases
