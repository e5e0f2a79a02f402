// Files from outside: only regular files, never more than the limit, decoded as written.
#include "textfile.h"

#include "databasefilewatch.h"
#include "pipeline.h"
#include "privatefile.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace NineTouch;

class TestTextFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return path;
    }

private slots:
    // The open database and the files SQLite keeps beside it are never read or written as a
    // file from outside, under any spelling: not even opened, since closing a descriptor on
    // them drops SQLite's locks (docs/architecture.md, "The file and its locks").
    void theOpenDatabaseIsNeverAFileFromOutside_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("the database") << "pipeline.sqlite";
        QTest::newRow("its write-ahead log") << "pipeline.sqlite-wal";
        QTest::newRow("its shared memory") << "pipeline.sqlite-shm";
        QTest::newRow("a journal that does not exist yet") << "pipeline.sqlite-journal";
        QTest::newRow("another spelling of the same path") << "./sub/../pipeline.sqlite";
        QTest::newRow("a link to it") << "link.csv";
        QTest::newRow("a second name of the same file (hard link)") << "hard.csv";
    }
    void theOpenDatabaseIsNeverAFileFromOutside()
    {
        QFETCH(QString, name);
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir("sub"));
        const QString path = dir.filePath("pipeline.sqlite");
        auto pipeline = NineTouch::Pipeline::open(path, NineTouch::Database::Mode::CreateIfMissing);
        QVERIFY(pipeline.ok());
        QVERIFY(QFile::link(path, dir.filePath("link.csv")));
        QCOMPARE(::link(QFile::encodeName(path).constData(),
                        QFile::encodeName(dir.filePath("hard.csv")).constData()),
                 0);
        TestSupport::DatabaseFileWatch watch(path);
        (void)watch.opens();
        const QString target = dir.path() + QLatin1Char('/') + name;

        const auto read = NineTouch::TextFile::read(target);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().message.contains("NineTouch database itself"),
                 qPrintable(read.error().message));
        const NineTouch::Status written = NineTouch::PrivateFile::write(target, "Title\n");
        QVERIFY(!written.ok());
        QVERIFY2(written.error().message.contains("choose another file name"),
                 qPrintable(written.error().message));

        QCOMPARE(watch.opens(), QStringList()); // refused by a look at the name, not a read
        QVERIFY(!QFileInfo::exists(dir.filePath("pipeline.sqlite-journal")));
        QVERIFY(QFileInfo(path).size() > 0);
    }
    void aClosedDatabaseIsAFileLikeAnyOther()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        const QString path = dir.filePath("pipeline.sqlite");
        {
            auto pipeline =
                NineTouch::Pipeline::open(path, NineTouch::Database::Mode::CreateIfMissing);
            QVERIFY(pipeline.ok());
        }
        // Read as a file once nothing holds it open: refused as binary, not as the database.
        const auto read = NineTouch::TextFile::read(path);
        QVERIFY(!read.ok());
        QVERIFY2(!read.error().message.contains("NineTouch database itself"),
                 qPrintable(read.error().message));
    }
    void thingsThatAreNotFilesAreRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("a device that never ends") << "/dev/zero"
                                                  << "not a regular file";
        QTest::newRow("random bytes forever") << "/dev/urandom"
                                              << "not a regular file";
        QTest::newRow("a folder") << "/tmp"
                                  << "is a folder";
        QTest::newRow("nothing there") << "/nonexistent/deals.csv"
                                       << "does not exist";
    }
    void thingsThatAreNotFilesAreRefused()
    {
        QFETCH(QString, path);
        QFETCH(QString, message);
        const auto r = TextFile::read(path);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    }

    void aFifoIsRefusedWithoutBlocking()
    {
        const QString fifo = m_dir.filePath("pipe.csv");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const auto r = TextFile::read(fifo); // would block forever if opened
        QVERIFY(!r);
        QVERIFY(r.error().message.contains("not a regular file"));
        // What is judged is what was opened: a link that points to a pipe is a pipe.
        const QString link = m_dir.filePath("link-to-pipe.csv");
        QVERIFY(QFile::link(fifo, link));
        const auto viaLink = TextFile::read(link);
        QVERIFY(!viaLink);
        QVERIFY(viaLink.error().message.contains("not a regular file"));
    }

    void theLimitHoldsWhileReading()
    {
        const QString path = write("big.csv", QByteArray(300 * 1024, 'x'));
        QVERIFY(TextFile::read(path, 400 * 1024));
        const auto r = TextFile::read(path, 200 * 1024);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains("larger than"));
    }

    void binaryIsNotText()
    {
        const auto r = TextFile::read(write("image.csv", QByteArray("PNG\0\0\x01", 6)));
        QVERIFY(!r);
        QVERIFY(r.error().message.contains("not a text file"));
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("UTF-8") << QByteArray("M\xC3\xBCller") << "UTF-8";
        QTest::newRow("UTF-8 with a byte-order mark")
            << QByteArray("\xEF\xBB\xBFM\xC3\xBCller") << "UTF-8";
        QTest::newRow("UTF-16 as Excel's Unicode text writes it")
            << QByteArray("\xFF\xFEM\0\xFC\0l\0l\0e\0r\0", 14) << "UTF-16LE";
        QTest::newRow("Windows-1252 as Excel's CSV writes it on Western Windows")
            << QByteArray("M\xFCller") << "windows-1252";
    }
    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        const auto r = TextFile::read(write("names.csv", bytes));
        QVERIFY(r);
        QCOMPARE(r->encoding, encoding);
        QCOMPARE(r->text, QString::fromUtf8("Müller"));
    }
};

QTEST_GUILESS_MAIN(TestTextFile)
#include "tst_textfile.moc"
