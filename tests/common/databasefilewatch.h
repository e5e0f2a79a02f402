// What this process does to a database's files, seen from outside the code under test:
// - every open of the file, its -wal or -shm (inotify reports any process's, so look while no
//   other program uses the file),
// - the POSIX locks this process holds on them (/proc/locks): a stray close() drops them all,
// - this process's descriptors on them (/proc/self/fd), "(deleted)" when a file went from under
//   an open descriptor.
// Opening and closing a database file outside SQLite loses committed writes (sqlite.org, "How To
// Corrupt An SQLite Database File", 2.2); these are the facts that show it.
#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <fcntl.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

namespace TestSupport {

class DatabaseFileWatch final
{
public:
    explicit DatabaseFileWatch(const QString &databasePath)
        : m_path(QFileInfo(databasePath).absoluteFilePath())
        , m_fd(inotify_init1(IN_NONBLOCK | IN_CLOEXEC))
    {
        if (m_fd >= 0)
            inotify_add_watch(m_fd, QFile::encodeName(QFileInfo(m_path).absolutePath()).constData(),
                              IN_OPEN);
    }
    ~DatabaseFileWatch()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    DatabaseFileWatch(const DatabaseFileWatch &) = delete;
    DatabaseFileWatch &operator=(const DatabaseFileWatch &) = delete;

    bool isValid() const { return m_fd >= 0; }

    // The database files opened since the last call, by name, in order.
    QStringList opens()
    {
        QStringList names;
        const QString base = QFileInfo(m_path).fileName();
        alignas(inotify_event) char buffer[16 * 1024];
        for (;;) {
            const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
            if (n <= 0)
                break;
            for (ssize_t at = 0; at < n;) {
                const auto *e = reinterpret_cast<const inotify_event *>(buffer + at);
                const QString name = e->len ? QFile::decodeName(e->name) : QString();
                if (name == base || name == base + QLatin1String("-wal")
                    || name == base + QLatin1String("-shm")
                    || name == base + QLatin1String("-journal"))
                    names << name;
                at += ssize_t(sizeof(inotify_event) + e->len);
            }
        }
        return names;
    }

    // This process's lasting POSIX locks on the database, from /proc/locks: the shared lock
    // SQLite keeps on byte 128 of the -shm (its "dead man switch") for as long as the
    // connection is open. The locks a read or write transaction takes come and go with it, so
    // they are not counted; a close() on another descriptor of the file drops this one too.
    int locksHeld() const
    {
        QList<quint64> inodes;
        for (const char *suffix : { "-shm" }) {
            struct stat st
            {
            };
            if (::stat(QFile::encodeName(m_path + QLatin1String(suffix)).constData(), &st) == 0)
                inodes << quint64(st.st_ino);
        }
        QFile locks(QStringLiteral("/proc/locks"));
        if (!locks.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray pid = QByteArray::number(::getpid());
        int held = 0;
        for (const QByteArray &line : locks.readAll().split('\n')) {
            // "1: POSIX  ADVISORY  READ 1234 08:01:5678 128 128"
            const QList<QByteArray> f = line.simplified().split(' ');
            if (f.size() < 6 || f.at(1) != "POSIX" || f.at(4) != pid)
                continue;
            if (f.size() >= 8 && f.at(6) == "128"
                && inodes.contains(f.at(5).split(':').value(2).toULongLong()))
                ++held;
        }
        return held;
    }

    // Where this process's descriptors on the database's files point, one entry each.
    QStringList descriptors() const
    {
        QStringList targets;
        const QDir fds(QStringLiteral("/proc/self/fd"));
        for (const QString &fd : fds.entryList(QDir::Files | QDir::System)) {
            char link[4096];
            const ssize_t n =
                ::readlink(QFile::encodeName(fds.filePath(fd)).constData(), link, sizeof link - 1);
            if (n <= 0)
                continue;
            const QString target = QFile::decodeName(QByteArray(link, int(n)));
            if (target.startsWith(m_path))
                targets << target;
        }
        targets.sort();
        return targets;
    }

private:
    QString m_path;
    int m_fd = -1;
};

} // namespace TestSupport
