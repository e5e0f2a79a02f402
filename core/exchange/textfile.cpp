#include "textfile.h"

#include "opendatabases.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace NineTouch::TextFile {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TextFile)
};

} // namespace

Text decode(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return { QString::fromUtf8(bytes.mid(3)), QStringLiteral("UTF-8") };
    if (bytes.startsWith("\xFF\xFE")) {
        QStringDecoder d(QStringDecoder::Utf16LE);
        return { d.decode(bytes.mid(2)), QStringLiteral("UTF-16LE") };
    }
    if (bytes.startsWith("\xFE\xFF")) {
        QStringDecoder d(QStringDecoder::Utf16BE);
        return { d.decode(bytes.mid(2)), QStringLiteral("UTF-16BE") };
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return { text, QStringLiteral("UTF-8") };
    QStringDecoder windows("windows-1252");
    if (windows.isValid())
        return { windows.decode(bytes), QStringLiteral("windows-1252") };
    return { QString::fromLatin1(bytes), QStringLiteral("ISO-8859-1") };
}

Status checkEncoding(const QString &encoding)
{
    static const QStringList known { QStringLiteral("auto"),  QStringLiteral("utf-8"),
                                     QStringLiteral("utf8"),  QStringLiteral("utf-16"),
                                     QStringLiteral("utf16"), QStringLiteral("windows-1252"),
                                     QStringLiteral("cp1252") };
    if (known.contains(encoding.toLower()))
        return success();
    return inputError(
        Tr::tr("'%1' is not an encoding; use auto, utf-8, utf-16 or windows-1252.").arg(encoding));
}

Result<Text> decode(const QByteArray &bytes, const QString &encoding)
{
    if (Status known = checkEncoding(encoding); !known)
        return known.error();
    const QString e = encoding.toLower();
    if (e == QLatin1String("utf-8") || e == QLatin1String("utf8")) {
        QStringDecoder d(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = d.decode(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes);
        if (d.hasError())
            return inputError(
                Tr::tr("The file is not valid UTF-8; read it as Windows-1252 instead."));
        return Text { text, QStringLiteral("UTF-8") };
    }
    if (e == QLatin1String("utf-16") || e == QLatin1String("utf16")) {
        if (bytes.startsWith("\xFE\xFF"))
            return Text { QStringDecoder(QStringDecoder::Utf16BE).decode(bytes.mid(2)),
                          QStringLiteral("UTF-16BE") };
        return Text { QStringDecoder(QStringDecoder::Utf16LE)
                          .decode(bytes.startsWith("\xFF\xFE") ? bytes.mid(2) : bytes),
                      QStringLiteral("UTF-16LE") };
    }
    if (e == QLatin1String("windows-1252") || e == QLatin1String("cp1252")) {
        QStringDecoder windows("windows-1252");
        if (!windows.isValid())
            return Text { QString::fromLatin1(bytes), QStringLiteral("ISO-8859-1") };
        return Text { windows.decode(bytes), QStringLiteral("windows-1252") };
    }
    return decode(bytes); // "auto": every other name checkEncoding knows is read above
}

Result<Text> read(const QString &path, qint64 limit, const QString &encoding)
{
    if (Status known = checkEncoding(encoding); !known)
        return known.error();
    // Never opened, not even to look: closing it would drop the locks SQLite holds on it.
    if (OpenDatabases::contains(path))
        return inputError(Tr::tr("%1 is the NineTouch database itself (or one of its journal "
                                 "files), not a file to read: choose the file to import.")
                              .arg(path));
    // Never opened, not even to look: closing it would drop the locks SQLite holds on it.
    if (OpenDatabases::contains(path))
        return inputError(Tr::tr("%1 is the NineTouch database itself (or one of its journal "
                                 "files), not a file to read: choose the file to import.")
                              .arg(path));
    // Opened first, without waiting (a FIFO would block an open), then judged by what was
    // opened: the path cannot be swapped for a pipe or a device between a look and the read.
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT || errno == ENOTDIR || errno == ELOOP)
            return inputError(Tr::tr("%1 does not exist or cannot be reached.").arg(path));
        return inputError(
            Tr::tr("Cannot read %1: %2.").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    struct stat st
    {
    };
    const int statted = ::fstat(fd, &st);
    const int statError = errno;
    if (statted != 0 || !S_ISREG(st.st_mode))
        ::close(fd);
    if (statted != 0)
        return inputError(Tr::tr("Cannot read %1: %2.")
                              .arg(path, QString::fromLocal8Bit(std::strerror(statError))));
    if (S_ISDIR(st.st_mode))
        return inputError(Tr::tr("%1 is a folder, not a file.").arg(path));
    if (!S_ISREG(st.st_mode))
        return inputError(
            Tr::tr("%1 is not a regular file (a device, a pipe or a socket); save the data to a "
                   "file first.")
                .arg(path));
    QFile file;
    // The descriptor belongs to `file` from here on: closed with it on every way out.
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return inputError(Tr::tr("Cannot read %1: %2.").arg(path, file.errorString()));
    }
    // A regular file: reads never wait, so the descriptor goes back to blocking reads.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    // Read in pieces and stop at the limit: the size stat gives may be wrong or growing.
    QByteArray bytes;
    char buffer[64 * 1024];
    for (;;) {
        const qint64 n = file.read(buffer, sizeof buffer);
        if (n < 0)
            return inputError(Tr::tr("Cannot read %1: %2.").arg(path, file.errorString()));
        if (n == 0)
            break;
        if (bytes.size() + n > limit)
            return inputError(Tr::tr("%1 is larger than %2 MiB; split it into smaller files.")
                                  .arg(path)
                                  .arg(limit / (1024 * 1024)));
        bytes.append(buffer, n);
    }
    const bool utf16 = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")
        || encoding.startsWith(QLatin1String("utf-16"), Qt::CaseInsensitive);
    if (!utf16 && bytes.contains('\0'))
        return inputError(Tr::tr("%1 is not a text file (it contains binary data).").arg(path));
    return decode(bytes, encoding);
}

} // namespace NineTouch::TextFile
