// ninetouch-cli as a script sees it: exit codes, messages, JSON keys, a pursuit replayed with
// --now.
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "teststore.h"
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    struct Run
    {
        int code = -1;
        QByteArray out;
        QString err;
        QJsonObject object() const { return QJsonDocument::fromJson(out).object(); }
        QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
    };

    Run cli(const QStringList &args, const QString &db = {}, const QString &tz = {}) const
    {
        QProcess p;
        if (!tz.isEmpty()) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("TZ"), tz);
            p.setProcessEnvironment(env);
        }
        QStringList all { QStringLiteral("--db"), db.isEmpty() ? m_db : db };
        all += args;
        p.start(QStringLiteral(NINETOUCH_CLI), all);
        p.waitForFinished(60000);
        return Run { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                     p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError()) };
    }
    // A command that names its databases itself (migrate): no --db.
    Run runWithout(const QStringList &args) const
    {
        QProcess p;
        p.start(QStringLiteral(NINETOUCH_CLI), args);
        p.waitForFinished(120000);
        return Run { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                     p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError()) };
    }
    static QByteArray digest(const QString &file)
    {
        QFile f(file);
        f.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }
    // A new pipeline: a file, or a new database on the test's PostgreSQL (teststore.h).
    QString freshDb(const QString &name) const
    {
        const QString db = TestStore::newLocation(m_dir, name);
        QFile::remove(db);
        cli({ "--now", "2026-03-01T12:00:00+01:00", "init" }, db);
        cli({ "settings", "rep.tz", "Europe/Berlin" }, db);
        return db;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = freshDb("main.sqlite");
        const Run add = cli({ "--now",
                              "2026-03-01T12:00:00+01:00",
                              "--json",
                              "deal",
                              "add",
                              "--title",
                              "Fleet tracking",
                              "--org",
                              "Acme GmbH",
                              "--contact",
                              "Jana Müller",
                              "--email",
                              "jana@acme.example",
                              "--phone",
                              "+49 30 1234567",
                              "--reception",
                              "+49 30 1234500",
                              "--mobile",
                              "+49 170 1",
                              "--value",
                              "12,000",
                              "--tz",
                              "Europe/Berlin",
                              "--language",
                              "de",
                              "--value-summary",
                              "Cuts failed deliveries by a quarter." });
        QCOMPARE(add.code, 0);
        QCOMPARE(add.object().value("id").toInt(), 1);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        // clang-format off
        QTest::newRow("an unknown command is bad usage") << QStringList { "dance" } << 1 << "Unknown command 'dance'";
        QTest::newRow("an unknown option is bad usage") << QStringList { "deal", "list", "--colour", "red" } << 1 << "--colour";
        QTest::newRow("a bad --now is named") << QStringList { "--now", "yesterday", "deal", "list" } << 1 << "'yesterday'";
        QTest::newRow("a bad email is named") << QStringList { "deal", "add", "--title", "X", "--org", "Y", "--contact", "Z", "--email", "nope" } << 1 << "'nope' is not an email";
        QTest::newRow("a bad value is named") << QStringList { "deal", "update", "1", "--value", "lots" } << 1 << "'lots' is not an amount";
        QTest::newRow("a bad time zone is named") << QStringList { "deal", "update", "1", "--tz", "Moon/Base" } << 1 << "'Moon/Base'";
        QTest::newRow("a name Qt would read as a POSIX rule is not a zone") << QStringList { "deal", "update", "1", "--tz", "foo" } << 1 << "'foo' is not a known time zone";
        QTest::newRow("an empty time zone is named") << QStringList { "deal", "update", "1", "--tz", "" } << 1 << "--tz needs a value";
        QTest::newRow("an empty currency is named") << QStringList { "deal", "update", "1", "--currency", " " } << 1 << "--currency needs a value";
        QTest::newRow("a missed call with no number tried") << QStringList { "--now", "2026-03-01T12:00:00+01:00", "meeting", "missed", "1", "--tried", "" } << 1 << "--tried: no number was given";
        QTest::newRow("an empty time zone setting") << QStringList { "settings", "rep.tz", "" } << 1 << "no time zone was given";
        QTest::newRow("an empty meeting zone is not the default zone") << QStringList { "meeting", "set", "1", "--at", "2026-03-05T10:00", "--tz", "" } << 1 << "--tz: needs a value";
        QTest::newRow("a missed call with only commas tried") << QStringList { "--now", "2026-03-01T12:00:00+01:00", "meeting", "missed", "1", "--tried", "," } << 1 << "--tried: no number was given";
        QTest::newRow("holidays with an empty date between commas") << QStringList { "settings", "holidays", "2026-03-05,,2026-03-06" } << 1 << "empty date between commas";
        // Hostile input: each refused with exit 1, named, and nothing written.
        QTest::newRow("a holiday with garbage after the date") << QStringList { "settings", "holidays", "2026-03-05garbage" } << 1 << "'2026-03-05garbage' is not a date";
        QTest::newRow("a holiday with a time and a bad offset") << QStringList { "settings", "holidays", "2026-03-05T10:00+99:00" } << 1 << "is not a date";
        QTest::newRow("a holiday in the year 9999") << QStringList { "settings", "holidays", "9999-12-24" } << 1 << "out of range";
        QTest::newRow("NaN is not a currency") << QStringList { "settings", "rep.currency", "NaN" } << 1 << "'NaN' is not a currency code";
        QTest::newRow("a made-up currency on a deal") << QStringList { "deal", "update", "1", "--currency", "XYZ" } << 1 << "'XYZ' is not a currency code";
        QTest::newRow("a meeting in the year 9999") << QStringList { "meeting", "set", "1", "--at", "9999-01-01T10:00" } << 1 << "out of range";
        QTest::newRow("a clock set before 1970") << QStringList { "--now", "1960-01-01T00:00", "deal", "list" } << 1 << "out of range";
        QTest::newRow("a touch dated 2999") << QStringList { "touch", "1", "note", "--at", "2999-01-01T10:00" } << 1 << "out of range";
        QTest::newRow("an unknown encoding") << QStringList { "import", "x.csv", "--encoding", "ebcdic" } << 1 << "--encoding: 'ebcdic' is not an encoding";
        QTest::newRow("a bad id is named") << QStringList { "deal", "show", "seven" } << 1 << "'seven' is not a deal id";
        QTest::newRow("an unknown deal") << QStringList { "deal", "show", "99" } << 1 << "no deal 99";
        QTest::newRow("a bad meeting time is named") << QStringList { "meeting", "set", "1", "--at", "2026-13-40T10:00" } << 1 << "'2026-13-40T10:00'";
        QTest::newRow("a time in the spring-forward gap is refused") << QStringList { "--now", "2026-03-01T12:00:00+01:00", "meeting", "set", "1", "--at", "2026-03-29T02:30" } << 1 << "does not exist";
        QTest::newRow("a bad setting keeps the old one") << QStringList { "settings", "cadence.cycles", "0" } << 1 << "between 1 and 6";
        QTest::newRow("held with no meeting is refused") << QStringList { "meeting", "held", "1" } << 3 << "no meeting scheduled";
        QTest::newRow("reopening an open deal is refused") << QStringList { "deal", "reopen", "1" } << 3 << "already open";
        QTest::newRow("a break-up with no pursuit is refused") << QStringList { "touch", "1", "breakup" } << 3 << "not answered";
        QTest::newRow("an unknown touch kind") << QStringList { "touch", "1", "smoke-signal" } << 1 << "'smoke-signal' is not a touch kind";
        QTest::newRow("lost without a reason before any break-up") << QStringList { "deal", "lost", "1" } << 1 << "--reason";
        // clang-format on
    }
    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const QByteArray before =
            cli({ "--now", "2026-03-01T12:00:00+01:00", "--json", "deal", "show", "1" }).out;
        const QByteArray settingsBefore = cli({ "--json", "settings" }).out;
        const Run r = cli(args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        // Nothing written.
        QCOMPARE(cli({ "--now", "2026-03-01T12:00:00+01:00", "--json", "deal", "show", "1" }).out,
                 before);
        QCOMPARE(cli({ "--json", "settings" }).out, settingsBefore); // every setting, not one
        QCOMPARE(cli({ "--json", "deal", "list" }).array().size(), 1);
    }

    void theRepsZoneBelongsToTheFileNotTheMachine()
    {
        // A new file remembers the zone of the machine that made it; opened elsewhere, it keeps it.
        const QString db = TestStore::newLocation(m_dir, "zone.sqlite");
        QFile::remove(db);
        QCOMPARE(cli({ "init" }, db, "Asia/Tokyo").code, 0);
        QCOMPARE(cli({ "settings", "rep.tz" }, db, "UTC").out.trimmed(), "rep.tz = Asia/Tokyo");
        QCOMPARE(cli({ "settings", "rep.tz" }, db, "America/New_York").out.trimmed(),
                 "rep.tz = Asia/Tokyo");
        // tzdata's Etc/ names are zones too, though Qt does not list them.
        QCOMPARE(cli({ "settings", "rep.tz", "Etc/UTC" }, db).code, 0);
        QCOMPARE(cli({ "settings", "rep.tz" }, db, "Asia/Tokyo").out.trimmed(), "rep.tz = Etc/UTC");
    }

    void aMachineAtUtcSetsAFirstMeeting_data()
    {
        QTest::addColumn<QString>("machineZone");
        QTest::newRow("Etc/UTC, as a fresh Debian") << "Etc/UTC";
        QTest::newRow("UTC") << "UTC";
        QTest::newRow("Etc/GMT+5") << "Etc/GMT+5";
    }
    void aMachineAtUtcSetsAFirstMeeting()
    {
        // The machine's own zone becomes the rep's, and a first meeting without --tz works.
        QFETCH(QString, machineZone);
        const QString db = TestStore::newLocation(m_dir, "utc-machine.sqlite");
        QFile::remove(db);
        QCOMPARE(cli({ "init" }, db, machineZone).code, 0);
        QCOMPARE(cli({ "settings", "rep.tz" }, db, machineZone).out.trimmed(),
                 "rep.tz = " + machineZone);
        QCOMPARE(cli({ "--now", "2026-03-02T09:00", "deal", "add", "--title", "T", "--org", "O",
                       "--contact", "C", "--email", "c@o.example" },
                     db, machineZone)
                     .code,
                 0);
        const Run set =
            cli({ "--now", "2026-03-02T09:00", "meeting", "set", "1", "--at", "2026-03-05T10:00" },
                db, machineZone);
        QVERIFY2(set.code == 0, qPrintable(set.err));
        QCOMPARE(cli({ "settings", "rep.tz", machineZone }, db).code, 0);
    }

    // A meeting at an hour one side does not work is set, and the rep reads why it is odd.
    void aMeetingAtAnOddHourIsSetWithAWarning()
    {
        const QString db = freshDb("odd-hour.sqlite");
        QCOMPARE(
            cli({ "--now", "2026-03-02T09:00:00+01:00", "deal", "add", "--title", "T", "--org", "O",
                  "--contact", "Mei Tan", "--email", "mei@o.example", "--tz", "Asia/Singapore" },
                db)
                .code,
            0);
        const Run odd = cli({ "--now", "2026-03-02T09:00:00+01:00", "meeting", "set", "1", "--at",
                              "2026-03-08T03:30", "--json" },
                            db);
        QCOMPARE(odd.code, 0);
        QVERIFY2(odd.err.contains("Warning: For you it is") && odd.err.contains("Mei Tan"),
                 qPrintable(odd.err));
        QVERIFY(!odd.object().isEmpty()); // stdout stays JSON
        const Run fine = cli({ "--now", "2026-03-02T09:00:00+01:00", "meeting", "set", "1", "--at",
                               "2026-03-05T16:00" },
                             db);
        QCOMPARE(fine.code, 0);
        QVERIFY2(fine.err.isEmpty(), qPrintable(fine.err));
    }

    void aZoneThisMachineLacksNeverBlocksAMeeting()
    {
        // A file from another system, with a zone this one has no data for.
        const QString db = freshDb("foreign-zone.sqlite");
        cli({ "--now", "2026-03-01T12:00:00+01:00", "deal", "add", "--title", "T", "--org", "O",
              "--contact", "C", "--email", "c@o.example" },
            db);
        {
            QSqlDatabase raw = TestStore::addConnection("raw-zone", db);
            QVERIFY(raw.open());
            QVERIFY(QSqlQuery(raw).exec(
                "UPDATE settings SET value = 'Mars/Olympus_Mons' WHERE key = 'rep.tz'"));
            raw.close();
        }
        QSqlDatabase::removeDatabase("raw-zone");
        const Run r = cli({ "--now", "2026-03-02T09:00:00+01:00", "meeting", "set", "1", "--at",
                            "2026-03-05T10:00" },
                          db);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains("'Mars/Olympus_Mons' is not known on this computer"),
                 qPrintable(r.err));
    }

    void messagesShowControlCharactersEscapedAndLongValuesShortened()
    {
        // An escape sequence from a CSV cell or an argument never reaches the terminal raw.
        Run r = cli({ "deal", "update", "1", "--email", "\x1b[31mred\x1b[0m@x" });
        QCOMPARE(r.code, 1);
        QVERIFY2(!r.err.contains(QChar(0x1b)), qPrintable(r.err));
        QVERIFY2(r.err.contains("\\x1b[31mred"), qPrintable(r.err));
        // A 120 KB value is not echoed whole.
        r = cli({ "deal", "update", "1", "--email", QString("y").repeated(120000) });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.size() < 1000, qPrintable(QString::number(r.err.size())));
        QVERIFY(r.err.contains("(120000 characters)"));
        // Nor a long file name, which messages give without quotes.
        r = cli({ "import", m_dir.filePath(QString("z").repeated(100000)) });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.size() < 1000, qPrintable(QString::number(r.err.size())));
        QVERIFY2(r.err.contains("characters)"), qPrintable(r.err));
    }

    static bool isPrivate(const QString &path)
    {
        const auto p = QFileInfo(path).permissions();
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        return (p & others) == 0 && (p & QFileDevice::ReadOwner) && (p & QFileDevice::WriteOwner);
    }

    void filesThatLeaveArePrivate()
    {
        const QString out = m_dir.filePath("private-export.csv");
        QCOMPARE(cli({ "export", out }).code, 0);
        QVERIFY(isPrivate(out));
        const QString copy = m_dir.filePath("private-backup.sqlite");
        if (TestStore::onServer()) {
            // A server's database is backed up on the server.
            const Run refused = cli({ "backup", copy });
            QCOMPARE(refused.code, 1);
            QVERIFY2(refused.err.contains("pg_dump"), qPrintable(refused.err));
            QVERIFY(!QFileInfo::exists(copy));
        } else {
            QCOMPARE(cli({ "backup", copy }).code, 0);
            QVERIFY(isPrivate(copy));
        }
        // A device is never written over, not even through a link to it.
        const QString device = m_dir.filePath("to-dev-null.csv");
        QVERIFY(QFile::link("/dev/null", device));
        Run r = cli({ "export", device });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("is not a regular file"), qPrintable(r.err));
        QVERIFY(QFileInfo(device).isSymLink());
        QVERIFY(!QFileInfo("/dev/null").isFile());
        r = cli({ "deal", "list" }, "/dev/null");
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("is not a regular file"), qPrintable(r.err));
        // A backup that cannot be made leaves nothing behind.
        const QString nowhere = m_dir.filePath("no-such-folder/backup.sqlite");
        if (TestStore::onServer())
            return;
        QCOMPARE(cli({ "backup", nowhere }).code, 1);
        QVERIFY(!QFileInfo::exists(nowhere));
    }

    // The backup file exists (empty, private) when the copy starts; a copy that fails midway
    // (here: the file size limit, as a full disk would) removes it again.
    void aBackupThatFailsMidwayLeavesNothing()
    {
        if (TestStore::onServer())
            QSKIP("a file's own trouble; a server keeps its pages and its backups itself");
        const QString db = freshDb("big-for-backup.sqlite");
        QCOMPARE(cli({ "--now", "2026-03-01T12:00:00+01:00", "demo", "--deals", "50" }, db).code,
                 0);
        QVERIFY(QFileInfo(db).size() > 200 * 1024);
        const QByteArray before = digest(db);
        const QString copy = m_dir.filePath("cut-short-backup.sqlite");
        QProcess p;
        // 100 KiB may be written per file: enough for SQLite's own -shm, not for the copy.
        // SIGXFSZ ignored, so the write fails with EFBIG instead of ending the process.
        p.start(QStringLiteral("bash"),
                { QStringLiteral("-c"), QStringLiteral("ulimit -f 100; trap '' XFSZ; exec \"$@\""),
                  QStringLiteral("bash"), QStringLiteral(NINETOUCH_CLI), QStringLiteral("--db"), db,
                  QStringLiteral("backup"), copy });
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(err.contains("The backup to") && err.contains("failed; nothing was left there"),
                 qPrintable(err));
        QVERIFY(!QFileInfo::exists(copy));
        QCOMPARE(digest(db), before);
    }

    void emptyFilesAndDanglingLinksAreNamed()
    {
        if (TestStore::onServer())
            QSKIP("a file's own trouble; a server keeps its pages and its backups itself");
        const QString empty = m_dir.filePath("empty.sqlite");
        QFile(empty).open(QIODevice::WriteOnly);
        Run r = cli({ "deal", "list" }, empty);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("is an empty file, not a NineTouch database"), qPrintable(r.err));
        QCOMPARE(QFileInfo(empty).size(), 0); // not turned into a database
        QCOMPARE(cli({ "init" }, empty).code, 0); // init may
        const QString link = m_dir.filePath("dangling.sqlite");
        QVERIFY(QFile::link(m_dir.filePath("nowhere/x.sqlite"), link));
        r = cli({ "deal", "list" }, link);
        QVERIFY2(r.err.contains("is a link to") && r.err.contains("which does not exist"),
                 qPrintable(r.err));
    }

    // A command that only reads skips the whole-file check at open; a damaged page it reads
    // is still said as damage, exit 2, and nothing is printed as if it were the pipeline.
    void aReadingCommandSaysDamageItMeets_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("deal list") << QStringList { "deal", "list" };
        QTest::newRow("next") << QStringList { "next", "--days", "7" };
        QTest::newRow("report") << QStringList { "report" };
        QTest::newRow("export") << QStringList { "export", m_dir.filePath("damaged.csv") };
    }
    void aReadingCommandSaysDamageItMeets()
    {
        if (TestStore::onServer())
            QSKIP("a file's own trouble; a server keeps its pages and its backups itself");
        QFETCH(QStringList, command);
        const QString db = freshDb("damaged.sqlite");
        QCOMPARE(cli({ "--now", "2026-03-01T12:00:00+01:00", "demo", "--deals", "40" }, db).code,
                 0);
        // The pages of the deals and of their summaries, not the schema's: the file opens,
        // and the damage is met while reading.
        QList<qint64> pages;
        int pageSize = 0;
        {
            QSqlDatabase raw = TestStore::addConnection("raw-damage", db);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec("PRAGMA page_size") && q.next());
            pageSize = q.value(0).toInt();
            QVERIFY(q.exec("SELECT pageno FROM dbstat WHERE pagetype = 'leaf' AND name IN "
                           "('deals', 'deal_summary', 'deal_summary_report', "
                           "'deal_summary_first_due')"));
            while (q.next())
                pages << q.value(0).toLongLong();
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase("raw-damage");
        QVERIFY(pages.size() >= 4);
        {
            QFile f(db);
            QVERIFY(f.open(QIODevice::ReadWrite));
            for (qint64 page : std::as_const(pages)) {
                QVERIFY(f.seek((page - 1) * pageSize));
                QCOMPARE(f.write(QByteArray(pageSize, char(0x5a))), qint64(pageSize));
            }
        }
        // A command that writes finds the damage at open, by the whole-file check.
        QVERIFY(cli({ "settings", "rep.name", "Kim" }, db).err.contains("is damaged"));
        const Run r = cli(QStringList { "--now", "2026-03-02T09:00:00+01:00" } + command, db);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("is damaged"), qPrintable(r.err));
        // Met while reading (SQLite's own words follow), not by a check at open.
        QVERIFY2(r.err.contains("malformed"), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath("damaged.csv")));
    }

    // check: every deal's cadence summary against its history; drift is named by deal, exits
    // 2, and --repair makes the summaries again.
    void checkComparesEverySummaryWithItsHistory()
    {
        const QString db = freshDb("check.sqlite");
        QCOMPARE(cli({ "--now", "2026-03-01T12:00:00+01:00", "demo", "--deals", "40" }, db).code,
                 0);
        Run r = cli({ "--json", "check" }, db);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.object().value("deals").toInt(), 40);
        QVERIFY(r.object().value("current").toBool());
        QVERIFY(r.object().value("drifted").toArray().isEmpty());
        {
            QSqlDatabase raw = TestStore::addConnection("raw-check", db);
            QVERIFY(raw.open());
            QVERIFY(QSqlQuery(raw).exec("UPDATE deal_summary SET touches = 8 WHERE deal_id = 7"));
            raw.close();
        }
        QSqlDatabase::removeDatabase("raw-check");
        r = cli({ "check" }, db);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.out.contains("#7"), r.out.constData());
        QVERIFY2(r.err.contains("check --repair"), qPrintable(r.err));
        r = cli({ "--json", "check", "--repair" }, db);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.object().value("drifted").toArray(), QJsonArray { 7 });
        QVERIFY(r.object().value("repaired").toBool());
        QCOMPARE(cli({ "check" }, db).code, 0);
        // A program that keeps no summaries writes a reply: check says so (it does not mend
        // them first), and --repair does.
        {
            QSqlDatabase raw = TestStore::addConnection("raw-check", db);
            QVERIFY(raw.open());
            QVERIFY(QSqlQuery(raw).exec("INSERT INTO touches (deal_id, kind, at, note) VALUES (5, "
                                        "'reply', 1772640000, '')"));
            raw.close();
        }
        QSqlDatabase::removeDatabase("raw-check");
        r = cli({ "--json", "check" }, db);
        QCOMPARE(r.code, 2);
        QVERIFY(!r.object().value("current").toBool());
        QCOMPARE(r.object().value("drifted").toArray(), QJsonArray { 5 });
        QCOMPARE(cli({ "check", "--repair" }, db).code, 0);
        QCOMPARE(cli({ "check" }, db).code, 0);
    }

    // A screenshot of what is not a view, of a deal that is not there or at a size the window
    // cannot take: refused before anything is drawn, in the option's words, and no picture.
    void aScreenshotRefusesWhatItCannotShow_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("said");
        QTest::newRow("not a view") << QStringList { "--view", "deal:abc" } << "is not a view";
        QTest::newRow("no such deal")
            << QStringList { "--view", "deal:99999" } << "there is no deal 99999";
        QTest::newRow("no such deal's composer")
            << QStringList { "--view", "composer:99999:recap" } << "there is no deal 99999";
        QTest::newRow("not a step")
            << QStringList { "--view", "composer:1:lunch" } << "use composer:ID:STEP";
        QTest::newRow("too small") << QStringList { "--size", "100x100" } << "from 800x600 up";
        QTest::newRow("not a size") << QStringList { "--size", "12x7" } << "from 800x600 up";
    }
    void aScreenshotRefusesWhatItCannotShow()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, said);
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_QPA_PLATFORM", "offscreen");
        env.insert("LANGUAGE", "en");
        app.setProcessEnvironment(env);
        const QString picture = m_dir.filePath(QStringLiteral("refused.png"));
        app.start(NINETOUCH_APP, QStringList { "--db", m_db, "--screenshot", picture } + args);
        QVERIFY(app.waitForFinished(30000));
        const QString err = QString::fromUtf8(app.readAllStandardError());
        QCOMPARE(app.exitCode(), 2);
        QVERIFY2(err.contains(said), qPrintable(err));
        QVERIFY(!QFileInfo::exists(picture));
    }

    // Wherever the damage lies, a screenshot ends with "damaged" (or a picture, when the bytes
    // hit free space): never a dialog nobody answers, a hang or a crash.
    void aDamagedFileIsNamedInAScreenshotToo()
    {
        if (TestStore::onServer())
            QSKIP("a file's own trouble; a server keeps its pages and its backups itself");
        const QString pristine = freshDb("pristine.sqlite");
        cli({ "--now", "2026-03-01T12:00:00+01:00", "demo", "--deals", "50" }, pristine);
        const int pages = int(QFileInfo(pristine).size() / 4096);
        QVERIFY(pages > 20);
        int damagedSaid = 0;
        for (int page = 1; page < pages; page += 3) {
            const QString db = m_dir.filePath(QStringLiteral("flipped-%1.sqlite").arg(page));
            QVERIFY(QFile::copy(pristine, db));
            QFile f(db);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(4096 * qint64(page) + 100);
            QByteArray bytes = f.read(300);
            for (char &b : bytes)
                b = char(~b);
            f.seek(4096 * qint64(page) + 100);
            f.write(bytes);
            f.close();
            QProcess app;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert("QT_QPA_PLATFORM", "offscreen");
            app.setProcessEnvironment(env);
            const QString picture = m_dir.filePath(QStringLiteral("flipped-%1.png").arg(page));
            app.start(NINETOUCH_APP, { "--db", db, "--screenshot", picture });
            const QByteArray where = "page " + QByteArray::number(page);
            QVERIFY2(app.waitForFinished(30000), where.constData());
            QVERIFY2(app.exitStatus() == QProcess::NormalExit, where.constData());
            const QString err = QString::fromUtf8(app.readAllStandardError());
            QVERIFY2(!err.contains("no such column"), qPrintable(err));
            if (app.exitCode() == 0) {
                QVERIFY2(QFileInfo(picture).size() > 0, where.constData());
                continue;
            }
            QCOMPARE(app.exitCode(), 2);
            QVERIFY2(err.contains("is damaged"), qPrintable(where + ": " + err.toUtf8()));
            QVERIFY2(!QFileInfo::exists(picture),
                     where.constData()); // no picture of a damaged file
            ++damagedSaid;
        }
        QVERIFY(damagedSaid >= pages / 6);
    }

    void unusableDatabases_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("a missing database") << QByteArray() << "does not exist";
        QTest::newRow("a file that is not a database")
            << QByteArray("name,email\nJana,jana@acme.example\n").repeated(300)
            << "not a NineTouch database";
    }
    void unusableDatabases()
    {
        if (TestStore::onServer())
            QSKIP("a file's own trouble; a server keeps its pages and its backups itself");
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString file =
            m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(' ', '_'));
        if (!content.isEmpty()) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        const QByteArray before = content.isEmpty() ? QByteArray() : digest(file);
        const Run r = cli({ "deal", "list" }, file);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        if (content.isEmpty())
            QVERIFY(!QFile::exists(file));
        else
            QCOMPARE(digest(file), before);
    }

    void readOnlyDatabaseIsRefused()
    {
        if (TestStore::onServer())
            QSKIP("a file's own trouble; a server keeps its pages and its backups itself");
        const QString db = freshDb("readonly.sqlite");
        QFile::setPermissions(db, QFile::ReadOwner);
        const QByteArray before = digest(db);
        const Run r = cli({ "settings", "rep.name", "Kim" }, db);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("read-only"), qPrintable(r.err));
        QCOMPARE(digest(db), before);
    }

    void replayPursuit()
    {
        const QString db = freshDb("pursuit.sqlite");
        QCOMPARE(cli({ "--now", "2026-03-01T12:00:00+01:00", "deal", "add", "--title", "Fleet",
                       "--org", "Acme", "--contact", "Jana Müller", "--email", "jana@acme.example",
                       "--tz", "Europe/Berlin" },
                     db)
                     .code,
                 0);
        struct Step
        {
            const char *now;
            QStringList args;
            const char *state;
            int cycle;
            int touches;
            const char *next;
        };
        // clang-format off
        const QList<Step> steps {
            { "2026-03-02T09:00:00+01:00", { "meeting", "set", "1", "--at", "2026-03-05T10:00", "--agenda", "Pricing" }, "engaged", 1, 0, "recap" },
            { "2026-03-02T09:05:00+01:00", { "touch", "1", "recap" }, "engaged", 1, 0, "invite" },
            { "2026-03-02T09:06:00+01:00", { "touch", "1", "invite" }, "engaged", 1, 0, "reminder" },
            { "2026-03-04T09:10:00+01:00", { "touch", "1", "reminder" }, "engaged", 1, 1, "call" },
            { "2026-03-05T10:01:00+01:00", { "meeting", "missed", "1", "--tried", "direct,reception,mobile" }, "silent", 2, 2, "missed-call" },
            { "2026-03-05T10:30:00+01:00", { "touch", "1", "missed-call" }, "silent", 2, 3, "invite" },
            { "2026-03-05T10:31:00+01:00", { "touch", "1", "invite" }, "silent", 2, 3, "reminder" },
            { "2026-03-06T09:10:00+01:00", { "touch", "1", "reminder" }, "silent", 2, 4, "call" },
            { "2026-03-09T10:01:00+01:00", { "meeting", "missed", "1" }, "silent", 3, 5, "missed-call" },
            { "2026-03-09T10:30:00+01:00", { "touch", "1", "missed-call" }, "silent", 3, 6, "invite" },
            { "2026-03-09T10:31:00+01:00", { "touch", "1", "invite" }, "silent", 3, 6, "reminder" },
            { "2026-03-10T09:10:00+01:00", { "touch", "1", "reminder" }, "silent", 3, 7, "call" },
            { "2026-03-11T10:01:00+01:00", { "meeting", "missed", "1" }, "silent", 3, 8, "breakup" },
            { "2026-03-11T10:30:00+01:00", { "touch", "1", "breakup" }, "awaiting-decision", 3, 9, "mark-lost" },
            { "2026-03-18T17:30:00+01:00", { "deal", "show", "1" }, "past-rule", 3, 9, "mark-lost" },
            { "2026-03-19T09:00:00+01:00", { "deal", "lost", "1" }, "lost", 3, 9, "reengage" },
            { "2026-07-17T09:30:00+02:00", { "touch", "1", "reply", "--note", "Budget is back" }, "lost", 0, 0, "reengage" },
            { "2026-07-17T09:40:00+02:00", { "deal", "reopen", "1" }, "no-meeting", 0, 0, "set-meeting" },
        };
        // clang-format on
        QString uid;
        for (const Step &s : steps) {
            const Run r =
                cli(QStringList { "--now", QString::fromLatin1(s.now), "--json" } + s.args, db);
            QVERIFY2(r.code == 0, qPrintable(s.args.join(' ') + ": " + r.err));
            const QJsonObject deal = r.object();
            const QJsonObject c = deal.value("cadence").toObject();
            const QString where = s.args.join(' ') + " at " + QString::fromLatin1(s.now);
            QVERIFY2(c.value("state").toString() == QLatin1String(s.state),
                     qPrintable(where + ": " + c.value("state").toString()));
            QVERIFY2(c.value("cycle").toInt() == s.cycle, qPrintable(where));
            QVERIFY2(c.value("touches").toInt() == s.touches, qPrintable(where));
            QVERIFY2(c.value("next_step").toObject().value("kind").toString()
                         == QLatin1String(s.next),
                     qPrintable(where));
            const QJsonObject meeting = deal.value("next_meeting").toObject();
            if (!meeting.isEmpty()) {
                if (uid.isEmpty())
                    uid = meeting.value("uid").toString();
                QCOMPARE(meeting.value("uid").toString(), uid); // one event that moves
            }
        }
        const Run shown =
            cli({ "--now", "2026-07-17T09:41:00+02:00", "--json", "deal", "show", "1" }, db);
        const QJsonArray timeline = shown.object().value("timeline").toArray();
        QCOMPARE(timeline.first().toObject().value("kind").toString(), "meeting-set");
        QCOMPARE(timeline.last().toObject().value("kind").toString(), "reopened");

        // The re-engage task of a lost deal reaches the day's queue only when it comes due.
        const QString replay = freshDb("reengage.sqlite");
        cli({ "--now", "2026-03-01T12:00:00+01:00", "deal", "add", "--title", "Fleet", "--org",
              "Acme", "--contact", "Jo Ng", "--email", "jo@acme.example" },
            replay);
        QCOMPARE(cli({ "--now", "2026-03-19T09:00:00+01:00", "deal", "lost", "1", "--reason",
                       "budget frozen" },
                     replay)
                     .code,
                 0);
        auto queueKinds = [&](const char *now) {
            QStringList kinds;
            for (const QJsonValue &v : cli({ "--now", now, "--json", "next" }, replay).array())
                kinds << v.toObject().value("kind").toString();
            return kinds;
        };
        QCOMPARE(queueKinds("2026-03-19T10:00:00+01:00"), QStringList());
        QCOMPARE(queueKinds("2026-07-16T17:00:00+02:00"), QStringList());
        QCOMPARE(queueKinds("2026-07-17T08:00:00+02:00"), QStringList { "reengage" });
        QCOMPARE(
            cli({ "--now", "2026-07-17T09:30:00+02:00", "touch", "1", "reengage" }, replay).code,
            0);
        QCOMPARE(queueKinds("2026-07-17T09:31:00+02:00"), QStringList()); // done
    }

    void proposedSlotAndSequence()
    {
        const QString db = freshDb("slot.sqlite");
        cli({ "--now", "2026-03-01T12:00:00+01:00", "deal", "add", "--title", "A", "--org", "Acme",
              "--contact", "Jo Ng", "--email", "jo@acme.example", "--tz", "America/New_York" },
            db);
        Run r = cli({ "--now", "2026-03-02T09:00:00+01:00", "--json", "meeting", "set", "1", "--at",
                      "2026-03-05T09:00" },
                    db);
        QCOMPARE(r.object().value("next_meeting").toObject().value("start").toString(),
                 "2026-03-05T09:00:00-05:00");
        r = cli({ "--now", "2026-03-05T15:05:00+01:00", "--json", "meeting", "missed", "1" }, db);
        QCOMPARE(r.code, 0);
        const QJsonObject m = r.object().value("next_meeting").toObject();
        QCOMPARE(m.value("start").toString(),
                 "2026-03-09T09:00:00-04:00"); // same New York time of day
        QCOMPARE(m.value("sequence").toInt(), 1);
        QCOMPARE(m.value("tz").toString(), "America/New_York");
        QCOMPARE(r.object()
                     .value("cadence")
                     .toObject()
                     .value("next_step")
                     .toObject()
                     .value("due")
                     .toString(),
                 "2026-03-05T15:05:00+01:00"); // the rep's zone
    }

    void jsonContract()
    {
        const Run show =
            cli({ "--now", "2026-03-02T09:00:00+01:00", "--json", "deal", "show", "1" });
        const QJsonObject d = show.object();
        for (const char *key : { "id", "title", "organization", "stage", "status", "value",
                                 "currency", "contact", "next_meeting", "cadence", "timeline" })
            QVERIFY2(d.contains(QLatin1String(key)), key);
        QCOMPARE(d.value("value").toDouble(), 12000.0);
        for (const char *key : { "name", "email", "tz" })
            QVERIFY2(d.value("contact").toObject().contains(QLatin1String(key)), key);
        const QJsonObject c = d.value("cadence").toObject();
        for (const char *key : { "state", "cycle", "cycles", "touches", "max_touches", "next_step",
                                 "recommendation" })
            QVERIFY2(c.contains(QLatin1String(key)), key);
        QCOMPARE(c.value("max_touches").toInt(), 9);

        const Run next = cli({ "--now", "2026-03-02T09:00:00+01:00", "--json", "next" });
        QCOMPARE(next.code, 0);
        const QJsonObject item = next.array().first().toObject();
        QCOMPARE(item.value("deal").toInt(), 1);
        QCOMPARE(item.value("kind").toString(), "set-meeting");
        QCOMPARE(item.value("due").toString(), "2026-03-01T12:00:00+01:00");
        // Due on Sunday: due through Monday, overdue once Monday's working day has ended.
        QCOMPARE(item.value("overdue").toBool(), false);
        QCOMPARE(item.value("urgency").toString(), "due");
        const QJsonObject later = cli({ "--now", "2026-03-02T17:30:00+01:00", "--json", "next" })
                                      .array()
                                      .first()
                                      .toObject();
        QCOMPARE(later.value("overdue").toBool(), true);
        QCOMPARE(later.value("urgency").toString(), "overdue");

        const Run report = cli({ "--now", "2026-03-02T09:00:00+01:00", "--json", "report" });
        const QJsonObject eur =
            report.object().value("currencies").toObject().value("EUR").toObject();
        QCOMPARE(eur.value("open_value").toDouble(), 12000.0);
        QCOMPARE(
            eur.value("by_state").toObject().value("no-meeting").toObject().value("count").toInt(),
            1);
        for (const char *state :
             { "engaged", "silent", "awaiting-decision", "past-rule", "no-meeting" })
            QVERIFY2(eur.value("by_state").toObject().contains(QLatin1String(state)), state);
        QVERIFY(report.object().value("stale_deals").isArray());
    }

    void nextHonoursDays()
    {
        const QString db = freshDb("next.sqlite");
        cli({ "--now", "2026-03-01T12:00:00+01:00", "deal", "add", "--title", "A", "--org", "Acme",
              "--contact", "Jo Ng", "--email", "jo@acme.example" },
            db);
        cli({ "--now", "2026-03-02T09:00:00+01:00", "meeting", "set", "1", "--at",
              "2026-03-05T10:00" },
            db);
        cli({ "--now", "2026-03-02T09:01:00+01:00", "touch", "1", "recap" }, db);
        cli({ "--now", "2026-03-02T09:02:00+01:00", "touch", "1", "invite" }, db);
        QCOMPARE(cli({ "--now", "2026-03-02T10:00:00+01:00", "--json", "next" }, db).array().size(),
                 0);
        const QJsonArray two =
            cli({ "--now", "2026-03-02T10:00:00+01:00", "--json", "next", "--days", "2" }, db)
                .array();
        QCOMPARE(two.size(), 1);
        QCOMPARE(two.first().toObject().value("kind").toString(), "reminder");
        QCOMPARE(cli({ "--now", "2026-03-02T10:00:00+01:00", "--json", "next", "--days", "3" }, db)
                     .array()
                     .size(),
                 2);
    }

    void draftsAndInvites()
    {
        const QString db = freshDb("drafts.sqlite");
        cli({ "settings", "rep.email", "alex@ninetouch.example" }, db);
        cli({ "settings", "rep.name", "Alex Morgan" }, db);
        cli({ "--now", "2026-03-01T12:00:00+01:00", "deal", "add", "--title", "Fleet", "--org",
              "Acme", "--contact", "Sam Carter", "--email", "sam@acme.example" },
            db);
        // No value summary: the break-up draft is printed but not ready, exit 3.
        Run r =
            cli({ "--now", "2026-03-02T09:00:00+01:00", "--json", "draft", "1", "breakup" }, db);
        QCOMPARE(r.code, 3);
        QCOMPARE(r.object().value("ready").toBool(), false);
        const QJsonArray problems = r.object().value("problems").toArray();
        QVERIFY(problems.first().toString().contains("No pursuit is running"));
        QVERIFY(problems.at(1).toString().contains("value summary"));
        QVERIFY(r.err.contains("not ready"));
        const QString eml = m_dir.filePath("breakup.eml");
        r = cli({ "--now", "2026-03-02T09:00:00+01:00", "draft", "1", "breakup", "--eml", eml },
                db);
        QCOMPARE(r.code, 3);
        QVERIFY(!QFile::exists(eml)); // a draft that is not ready is never written

        cli({ "--now", "2026-03-02T09:00:00+01:00", "meeting", "set", "1", "--at",
              "2026-03-05T10:00", "--agenda", "Pricing" },
            db);
        const QString recap = m_dir.filePath("recap.eml");
        r = cli({ "--now", "2026-03-02T09:05:00+01:00", "--json", "draft", "1", "recap", "--eml",
                  recap, "--sent" },
                db);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.object().value("ready").toBool(), true);
        // The invite travels inside the .eml, and the text says so; printed alone it follows.
        QCOMPARE(r.object().value("invite_travels").toBool(), true);
        QVERIFY(r.object().value("body").toString().contains("invitation comes with this email"));
        const auto printed =
            cli({ "--now", "2026-03-02T09:05:00+01:00", "--json", "draft", "1", "recap" }, db);
        QCOMPARE(printed.object().value("invite").toBool(), true);
        QCOMPARE(printed.object().value("invite_travels").toBool(), false);
        QVERIFY2(printed.object().value("body").toString().contains(
                     "invitation follows in a separate email"),
                 printed.out.constData());
        // Sam has no zone: the rep's (Berlin), named, in English as written in Germany.
        QCOMPARE(r.object().value("subject").toString(),
                 "Next steps: Thursday 5 March 2026 at 10:00 (Central European Standard Time)");
        QFile file(recap);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray mail = file.readAll();
        QVERIFY(mail.contains("X-Unsent: 1"));
        QVERIFY(mail.contains("text/calendar; charset=UTF-8; method=REQUEST"));
        const QJsonObject deal =
            cli({ "--now", "2026-03-02T09:06:00+01:00", "--json", "deal", "show", "1" }, db)
                .object();
        // The .eml carried the invite: it is recorded too, so the queue does not ask for it again.
        const QJsonArray timeline = deal.value("timeline").toArray();
        const QJsonObject sent = timeline.at(timeline.size() - 2).toObject();
        QCOMPARE(sent.value("kind").toString(), "recap");
        QVERIFY(sent.value("text").toString().startsWith(r.object().value("subject").toString()));
        QCOMPARE(timeline.last().toObject().value("kind").toString(), "invite");
        QCOMPARE(
            deal.value("cadence").toObject().value("next_step").toObject().value("kind").toString(),
            "reminder");

        r = cli({ "--now", "2026-03-02T09:07:00+01:00", "ics", "1" }, db);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(r.out.contains("METHOD:REQUEST"));
        QVERIFY(r.out.contains("DTSTART:20260305T090000Z"));
        r = cli({ "--now", "2026-03-02T09:07:00+01:00", "ics", "1", "--method", "cancel" }, db);
        QVERIFY(r.out.contains("METHOD:CANCEL"));
        QVERIFY(r.out.contains("SEQUENCE:1"));
        QCOMPARE(cli({ "ics", "1", "--method", "publish" }, db).code, 1);
        QCOMPARE(cli({ "draft", "1", "invite" }, db).code, 1);
    }

    void draftsThatMakeNoSenseNowAreRefused()
    {
        const QString db = freshDb("sense.sqlite");
        cli({ "settings", "rep.email", "alex@ninetouch.example" }, db);
        cli({ "settings", "rep.name", "Alex Morgan" }, db);
        cli({ "--now", "2026-03-01T12:00:00+01:00", "deal", "add", "--title", "Fleet", "--org",
              "Acme", "--contact", "Sam Carter", "--email", "sam@acme.example", "--value-summary",
              "You cut failed deliveries by a quarter." },
            db);
        cli({ "--now", "2026-03-02T09:00:00+01:00", "meeting", "set", "1", "--at",
              "2026-03-05T10:00" },
            db);
        // A missed-call email while the call is still ahead: refused, and --sent writes nothing.
        const QByteArray before = TestStore::contentDigest(db);
        Run r = cli({ "--now", "2026-03-03T09:00:00+01:00", "draft", "1", "missed-call", "--sent" },
                    db);
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("call is still ahead"), qPrintable(r.err));
        QCOMPARE(TestStore::contentDigest(db), before);
        // An early break-up before any call went unanswered: its "tried to reach you" is not
        // true yet.
        r = cli({ "--now", "2026-03-03T09:00:00+01:00", "draft", "1", "breakup", "--sent" }, db);
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("not missed a call"), qPrintable(r.err));
        QCOMPARE(TestStore::contentDigest(db), before);
        // Once the call was missed it may go; a second break-up email is refused.
        QCOMPARE(cli({ "--now", "2026-03-05T10:05:00+01:00", "meeting", "missed", "1" }, db).code,
                 0);
        QCOMPARE(
            cli({ "--now", "2026-03-05T10:10:00+01:00", "draft", "1", "breakup", "--sent" }, db)
                .code,
            0);
        r = cli({ "--now", "2026-03-05T10:15:00+01:00", "draft", "1", "breakup", "--sent" }, db);
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("already sent"), qPrintable(r.err));
    }

    void aTimeInTheFallBackHourIsItsFirstOccurrence()
    {
        const QString db = freshDb("fallback.sqlite");
        cli({ "--now", "2026-10-01T12:00:00+02:00", "deal", "add", "--title", "Fleet", "--org",
              "Acme", "--contact", "Sam Carter", "--email", "sam@acme.example" },
            db);
        Run r = cli({ "--now", "2026-10-01T12:00:00+02:00", "--json", "meeting", "set", "1", "--at",
                      "2026-11-01T01:30", "--tz", "America/New_York" },
                    db);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.object().value("next_meeting").toObject().value("start").toString(),
                 "2026-11-01T01:30:00-04:00");
        r = cli({ "--now", "2026-10-01T12:00:00+02:00", "meeting", "set", "1", "--at",
                  "2026-03-08T02:30", "--tz", "America/New_York" },
                db);
        QCOMPARE(r.code, 1); // the spring-forward gap does not exist
    }

    void importExportBackup()
    {
        const QString db = freshDb("transfer.sqlite");
        const QString csv = m_dir.filePath("in.csv");
        QFile in(csv);
        QVERIFY(in.open(QIODevice::WriteOnly));
        in.write("title,organization,contact,email,value,currency,stage\r\n"
                 "Fleet,\"Acme, Inc.\",Jana Müller,jana@acme.example,\"12,000\",EUR,Demo\r\n"
                 "Audit,Beta GmbH,Sam Carter,sam@beta.example,500,USD,Lead\r\n");
        in.close();
        Run r = cli({ "--json", "import", csv, "--dry-run" }, db);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.object().value("deals").toInt(), 2);
        QCOMPARE(cli({ "--json", "deal", "list" }, db).array().size(),
                 0); // a dry run writes nothing
        QCOMPARE(cli({ "import", csv }, db).code, 0);
        const QJsonArray deals = cli({ "--json", "deal", "list" }, db).array();
        QCOMPARE(deals.size(), 2);
        QCOMPARE(deals.first().toObject().value("organization").toString(), "Acme, Inc.");
        QCOMPARE(deals.first().toObject().value("value").toDouble(), 12000.0);

        // A file with one bad row imports nothing.
        QFile bad(m_dir.filePath("bad.csv"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("title,organization,contact,email\nGood,A,B,b@a.example\nBad,A,B,not-an-email\n");
        bad.close();
        r = cli({ "import", bad.fileName() }, db);
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("Row 3"));
        QCOMPARE(cli({ "--json", "deal", "list" }, db).array().size(), 2);

        const QString out = m_dir.filePath("out.csv");
        QCOMPARE(cli({ "export", out }, db).code, 0);
        QFile exported(out);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray text = exported.readAll();
        QVERIFY(text.startsWith("id,title,organization,"));
        QVERIFY(text.contains("\"Acme, Inc.\""));
        // The export read back into its own database changes nothing.
        r = cli({ "--json", "import", out }, db);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.object().value("created").toInt(), 0);
        QCOMPARE(r.object().value("updated").toInt(), 0);
        QCOMPARE(r.object().value("skipped").toInt(), 2);
        QCOMPARE(r.object().value("format").toString(), "NineTouch");
        QCOMPARE(r.object().value("separator").toString(), "comma");
        QCOMPARE(r.object().value("rows").toArray().first().toObject().value("action").toString(),
                 "skip");
        QCOMPARE(cli({ "--json", "deal", "list" }, db).array().size(), 2);
        // A column mapped by the rep, given twice.
        QFile crm(m_dir.filePath("crm.csv"));
        QVERIFY(crm.open(QIODevice::WriteOnly));
        crm.write("Opportunity;Customer;Who;Mail\nPilot;Gamma;Jo Doe;jo@gamma.example\n");
        crm.close();
        r = cli({ "import", crm.fileName(), "--map", "Opportunity=title", "--map",
                  "Customer=organization", "--map", "Who=contact", "--map", "Mail=email" },
                db);
        QCOMPARE(r.code, 0);
        QVERIFY2(QString::fromUtf8(r.out).contains("Created 1, updated 0 and skipped 0 deals."),
                 r.out.constData());
        r = cli({ "import", crm.fileName(), "--map", "Opportunity=shoe_size" }, db);
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("--map: 'shoe_size' is not a field"));
        r = cli({ "import", crm.fileName(), "--encoding", "ebcdic" }, db);
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("'ebcdic' is not an encoding"));
        r = cli({ "import", "/dev/zero" }, db);
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("not a regular file"));

        const QString copy = m_dir.filePath("backup.sqlite");
        if (TestStore::onServer())
            return; // a server's database is backed up on the server
        QCOMPARE(cli({ "backup", copy }, db).code, 0);
        QCOMPARE(cli({ "--json", "deal", "list" }, copy).array().size(),
                 3); // the copy is a working database
        r = cli({ "backup", copy }, db);
        QCOMPARE(r.code, 1); // never overwrites
        QVERIFY(r.err.contains("exists already"));
    }

    // What the import assumed for contacts the file says nothing about is said, and --language
    // and --tz set it for the whole file; a new stage is placed and named with its place.
    void importSaysAndTakesTheContactsLanguageAndZone()
    {
        const QString db = freshDb("assumed.sqlite");
        QFile in(m_dir.filePath("pd.csv"));
        QVERIFY(in.open(QIODevice::WriteOnly));
        in.write("Deal - Title,Organization - Name,Person - Name,Person - Email - Work,"
                 "Deal - Stage\nPilot,Acme,Jo Doe,jo@acme.example,Contact Made\n");
        in.close();
        Run r = cli({ "import", in.fileName(), "--dry-run" }, db);
        QCOMPARE(r.code, 0);
        const QString said = QString::fromUtf8(r.out);
        QVERIFY2(said.contains("read English: the file gives no language"), r.out.constData());
        QVERIFY2(said.contains("in your own time zone (Europe/Berlin)"), r.out.constData());
        QVERIFY2(said.contains("New stages: Contact Made (after Qualified)."), r.out.constData());
        QVERIFY2(said.contains("fields separated by commas."), r.out.constData());

        r = cli({ "import", in.fileName(), "--language", "fr" }, db);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("--language: 'fr' is not a language NineTouch writes"),
                 qPrintable(r.err));
        r = cli({ "import", in.fileName(), "--tz", "Mars/Olympus" }, db);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("--tz: 'Mars/Olympus' is not a known time zone"),
                 qPrintable(r.err));
        QCOMPARE(cli({ "--json", "deal", "list" }, db).array().size(), 0); // nothing written

        r = cli({ "--json", "import", in.fileName(), "--language", "de", "--tz", "Wien" }, db);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.object().value("new_stages").toArray().first().toString(), "Contact Made");
        QCOMPARE(r.object().value("new_stages_after").toArray().first().toString(), "Qualified");
        const QJsonObject deal = cli({ "--json", "deal", "list" }, db).array().first().toObject();
        QCOMPARE(deal.value("contact").toObject().value("language").toString(), "de");
        QCOMPARE(deal.value("contact").toObject().value("tz").toString(), "Europe/Vienna");
        QCOMPARE(deal.value("stage").toString(), "Contact Made");
    }

    // How the emails address a contact: --salutation and --address on deal add and update,
    // the greeting in the JSON, and du refused for a contact who reads English.
    void theContactIsAddressedAsTheRepSays()
    {
        const QString db = freshDb("address.sqlite");
        Run r = cli({ "--json", "deal", "add", "--title", "Flotte", "--org", "Rheinwerk",
                      "--contact", "Jana Müller", "--email", "jana@rheinwerk.example", "--language",
                      "de", "--salutation", "Frau" },
                    db);
        QCOMPARE(r.code, 0);
        const auto shown = [&] {
            return cli({ "--json", "deal", "show", "1" }, db).object().value("contact").toObject();
        };
        QJsonObject contact = shown();
        QCOMPARE(contact.value("greeting").toString(), "Guten Tag Frau Müller");
        QCOMPARE(contact.value("address").toString(), "usual");
        QCOMPARE(contact.value("salutation").toString(), "Frau");

        r = cli({ "deal", "update", "1", "--address", "du" }, db);
        QCOMPARE(r.code, 0);
        contact = shown();
        QCOMPARE(contact.value("greeting").toString(), "Hallo Jana");
        QCOMPARE(contact.value("address").toString(), "du");

        r = cli({ "deal", "update", "1", "--address", "Sie" }, db);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("--address: 'Sie' is not a way to address a contact"),
                 qPrintable(r.err));
        r = cli({ "deal", "update", "1", "--language", "en" }, db);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("--address: du is for a contact who reads German"),
                 qPrintable(r.err));
        // Nothing of a refused update was written.
        contact = shown();
        QCOMPARE(contact.value("language").toString(), "de");
        QCOMPARE(contact.value("address").toString(), "du");
    }

    void losingADealWithAMeetingOwesTheCancellation()
    {
        const QString db = freshDb("cancel.sqlite");
        cli({ "settings", "rep.email", "alex@ninetouch.example" }, db);
        cli({ "--now", "2026-03-01T12:00:00+01:00", "deal", "add", "--title", "Fleet", "--org",
              "Acme", "--contact", "Jo Ng", "--email", "jo@acme.example" },
            db);
        const QJsonObject set = cli({ "--now", "2026-03-02T09:00:00+01:00", "--json", "meeting",
                                      "set", "1", "--at", "2026-03-05T10:00" },
                                    db)
                                    .object();
        const int sequence = set.value("next_meeting").toObject().value("sequence").toInt();
        QCOMPARE(cli({ "--now", "2026-03-03T09:00:00+01:00", "deal", "lost", "1", "--reason",
                       "chose a competitor" },
                     db)
                     .code,
                 0);
        const QJsonArray due =
            cli({ "--now", "2026-03-03T09:05:00+01:00", "--json", "next" }, db).array();
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().toObject().value("kind").toString(), "invite");
        QCOMPARE(due.first().toObject().value("method").toString(), "cancel");
        // The recommendation names the re-engage task's day (120 days on), not the cancellation's.
        const QString advice =
            cli({ "--now", "2026-03-03T09:05:00+01:00", "--json", "deal", "show", "1" }, db)
                .object()
                .value("cadence")
                .toObject()
                .value("recommendation")
                .toString();
        QVERIFY2(advice.contains("Re-engage on") && !advice.contains("3 Mar"), qPrintable(advice));
        QVERIFY2(advice.contains("cancellation"), qPrintable(advice));
        const Run ics =
            cli({ "--now", "2026-03-03T09:06:00+01:00", "ics", "1", "--method", "cancel" }, db);
        QVERIFY(ics.out.contains("METHOD:CANCEL"));
        QVERIFY(ics.out.contains(QByteArray("SEQUENCE:") + QByteArray::number(sequence + 1)));
        QCOMPARE(cli({ "--now", "2026-03-03T09:07:00+01:00", "touch", "1", "invite", "--note",
                       "cancellation" },
                     db)
                     .code,
                 0);
        QCOMPARE(cli({ "--now", "2026-03-03T09:08:00+01:00", "--json", "next" }, db).array().size(),
                 0);
        // Other outbound touches stay refused on a lost deal.
        QCOMPARE(cli({ "--now", "2026-03-03T09:09:00+01:00", "touch", "1", "reminder" }, db).code,
                 3);
    }

    // On a database several reps share, the lists show the rep's own deals; --team shows
    // everyone's, each naming its owner, and the report adds each rep's. Another rep's deal
    // is made here by a write of its own, so the lists read it by the replay, as they do
    // whenever the summaries are behind the file.
    void teamListsNameTheOwners()
    {
        const QString db = freshDb("team.sqlite");
        const QString now = QStringLiteral("2026-03-02T09:00:00+01:00");
        for (const char *title : { "Mine", "Bob's" })
            QCOMPARE(cli({ "--now", now, "deal", "add", "--title", title, "--org", "O", "--contact",
                           "C", "--email", "c@o.example" },
                         db)
                         .code,
                     0);
        {
            QSqlDatabase raw = TestStore::addConnection("raw-team", db);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec("INSERT INTO reps (login, created_at) VALUES ('bob', 0)"));
            QVERIFY(q.exec("UPDATE deals SET owner = (SELECT id FROM reps WHERE login = 'bob') "
                           "WHERE id = 2"));
        }
        QSqlDatabase::removeDatabase("raw-team");

        Run r = cli({ "--now", now, "--json", "deal", "list" }, db);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.array().size(), 1);
        QCOMPARE(r.array().at(0).toObject().value("title").toString(), "Mine");
        QVERIFY(!r.array().at(0).toObject().contains("owner"));
        r = cli({ "--now", now, "--json", "--team", "deal", "list" }, db);
        QCOMPARE(r.array().size(), 2);
        QCOMPARE(r.array().at(0).toObject().value("mine").toBool(), true);
        QCOMPARE(r.array().at(1).toObject().value("mine").toBool(), false);
        QCOMPARE(r.array().at(1).toObject().value("owner").toString(), "bob");
        r = cli({ "--now", now, "--team", "deal", "list" }, db);
        QVERIFY2(r.out.contains("Bob's") && r.out.contains("owner: bob"), r.out.constData());
        QVERIFY2(!r.out.split('\n').first().contains("owner:"), r.out.constData());

        r = cli({ "--now", now, "--json", "next", "--days", "7" }, db);
        QVERIFY(!r.array().isEmpty());
        for (const QJsonValue v : r.array())
            QCOMPARE(v.toObject().value("deal").toInt(), 1);
        r = cli({ "--now", now, "--json", "--team", "next", "--days", "7" }, db);
        QSet<int> deals;
        for (const QJsonValue v : r.array()) {
            deals.insert(v.toObject().value("deal").toInt());
            QCOMPARE(v.toObject().value("owner").toString() == "bob",
                     v.toObject().value("deal").toInt() == 2);
        }
        QCOMPARE(deals, (QSet<int> { 1, 2 }));

        QCOMPARE(cli({ "--now", now, "--json", "report" }, db).object().value("open_deals").toInt(),
                 1);
        r = cli({ "--now", now, "--json", "--team", "report" }, db);
        QCOMPARE(r.object().value("open_deals").toInt(), 2);
        const QJsonArray reps = r.object().value("reps").toArray();
        QCOMPARE(reps.size(), 2);
        QCOMPARE(reps.at(0).toObject().value("mine").toBool(), true);
        QCOMPARE(reps.at(0).toObject().value("open_deals").toInt(), 1);
        QCOMPARE(reps.at(1).toObject().value("owner").toString(), "bob");
        QCOMPARE(reps.at(1).toObject().value("open_deals").toInt(), 1);
        r = cli({ "--now", now, "--team", "report" }, db);
        QVERIFY2(r.out.contains("\nbob: Honest pipeline: 1 open deals"), r.out.constData());

        // The export: the rep's own deals, or the team's.
        const QString file = m_dir.filePath("team-export.csv");
        QVERIFY(cli({ "export", file }, db).out.contains("Exported 1 deals"));
        QVERIFY(cli({ "--team", "export", file }, db).out.contains("Exported 2 deals"));
        // The next write brings the summaries current, owners included: the same lists, now
        // read from them.
        QCOMPARE(cli({ "--now", now, "deal", "update", "1", "--value", "100" }, db).code, 0);
        QCOMPARE(cli({ "check" }, db).code, 0);
        QCOMPARE(cli({ "--now", now, "--json", "report" }, db).object().value("open_deals").toInt(),
                 1);
        r = cli({ "--now", now, "--json", "--team", "report" }, db);
        QCOMPARE(r.object().value("open_deals").toInt(), 2);
        QCOMPARE(r.object().value("reps").toArray().at(1).toObject().value("open_deals").toInt(),
                 1);
        r = cli({ "--now", now, "--json", "next", "--days", "7" }, db);
        for (const QJsonValue v : r.array())
            QCOMPARE(v.toObject().value("deal").toInt(), 1);

        // A touch another rep recorded names them in the timeline; the rep's own do not.
        QCOMPARE(cli({ "--now", now, "touch", "1", "note", "--note", "Covered by Bob" }, db).code,
                 0);
        {
            QSqlDatabase raw = TestStore::addConnection("raw-team", db);
            QVERIFY(raw.open());
            QVERIFY(QSqlQuery(raw).exec("UPDATE touches SET rep = (SELECT id FROM reps WHERE "
                                        "login = 'bob') WHERE note = 'Covered by Bob'"));
        }
        QSqlDatabase::removeDatabase("raw-team");
        r = cli({ "--now", now, "--json", "deal", "show", "1" }, db);
        int byBob = 0;
        for (const QJsonValue v : r.object().value("timeline").toArray()) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value("by").toString(), o.value("note") == "Covered by Bob" ? "bob" : "");
            byBob += o.contains("by");
        }
        QCOMPARE(byBob, 1);
        QVERIFY(cli({ "--now", now, "deal", "show", "1" }, db).out.contains("(by bob)"));

        // Bob's deal given to this rep, and back; a login the database does not know is named.
        QCOMPARE(cli({ "--now", now, "deal", "update", "2", "--owner", "me" }, db).code, 0);
        QCOMPARE(cli({ "--now", now, "--json", "deal", "list" }, db).array().size(), 2);
        QCOMPARE(cli({ "--now", now, "deal", "update", "2", "--owner", "bob" }, db).code, 0);
        QCOMPARE(cli({ "--now", now, "--json", "deal", "list" }, db).array().size(), 1);
        r = cli({ "--now", now, "deal", "update", "2", "--owner", "carol" }, db);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("--owner: 'carol' is no rep of this database; use me or one of:")
                     && r.err.contains("bob"),
                 qPrintable(r.err));
    }

    // A pipeline moved into another database and back, file to server and back when the suite
    // runs on PostgreSQL: the same deals, histories and report, whole or not at all.
    void migrateMovesTheWholePipelineAndBack()
    {
        const QString now = QStringLiteral("2026-03-04T10:00:00+01:00");
        const QString source = m_dir.filePath("migrate-source.sqlite");
        QFile::remove(source);
        QCOMPARE(cli({ "--now", now, "demo", "--deals", "120", "--seed", "5" }, source).code, 0);
        const QString middle = TestStore::newLocation(m_dir, "migrate-middle.sqlite");
        const QString back = m_dir.filePath("migrate-back.sqlite");
        QFile::remove(middle);
        QFile::remove(back);

        Run r = runWithout({ "--json", "migrate", "--from", source, "--to", middle });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.object().value("deals").toInt(), 120);
        QVERIFY(r.object().value("rows").toObject().value("touches").toInt() > 120);
        r = runWithout({ "migrate", "--from", middle, "--to", back });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("Copied 120 deals"), r.out.constData());
        for (const QStringList &command :
             { QStringList { "--now", now, "--json", "deal", "list" },
               QStringList { "--now", now, "--json", "report" },
               QStringList { "--now", now, "--json", "next", "--days", "3" },
               QStringList { "--json", "settings" } }) {
            const QByteArray original = cli(command, source).out;
            QVERIFY(!original.isEmpty());
            QCOMPARE(cli(command, middle).out, original);
            QCOMPARE(cli(command, back).out, original);
        }
        // New deals there get new ids, after the copied ones.
        r = cli({ "--json", "deal", "add", "--title", "After the move", "--org", "O", "--contact",
                  "C", "--email", "c@o.example" },
                middle);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.object().value("id").toInt(), 121);
        QCOMPARE(cli({ "check" }, middle).code, 0);
    }

    void migrateRefusesWhatWouldMixOrLose()
    {
        const QString source = freshDb("migrate-refusal.sqlite");
        QCOMPARE(
            cli({ "--now", "2026-03-04T10:00:00+01:00", "demo", "--deals", "10" }, source).code, 0);
        // Into a pipeline that holds deals: refused, and nothing there changes.
        const QByteArray before = TestStore::contentDigest(m_db);
        Run r = runWithout({ "migrate", "--from", source, "--to", m_db });
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("holds deals already"), qPrintable(r.err));
        QCOMPARE(TestStore::contentDigest(m_db), before);
        // Usage.
        r = runWithout({ "migrate", "--from", source });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("--from and --to"), qPrintable(r.err));
        r = cli({ "migrate", "--from", source, "--to", m_dir.filePath("x.sqlite") });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("leave out --db"), qPrintable(r.err));
        r = runWithout({ "migrate", "--from", source, "--to", source });
        QCOMPARE(r.code, 1);
        r = runWithout(
            { "migrate", "--from", source, "--to", "postgresql://rep:secret@db.example.com/x" });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("--to: ") && r.err.contains("holds a password"), qPrintable(r.err));
        // A source whose summaries say something its histories do not: nothing is copied, and
        // a file made for the copy is gone again.
        {
            QSqlDatabase raw = TestStore::addConnection("raw-migrate", source);
            QVERIFY(raw.open());
            QVERIFY(QSqlQuery(raw).exec("UPDATE deal_summary SET touches = 8 WHERE deal_id = 3"));
            raw.close();
        }
        QSqlDatabase::removeDatabase("raw-migrate");
        const QString target = m_dir.filePath("migrate-never.sqlite");
        QFile::remove(target);
        r = runWithout({ "migrate", "--from", source, "--to", target });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("Deal 3 reads differently once copied"), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(target));
    }

    void demoIsDeterministic()
    {
        const QString a = TestStore::newLocation(m_dir, "demo-a.sqlite");
        const QString b = TestStore::newLocation(m_dir, "demo-b.sqlite");
        const QString c = TestStore::newLocation(m_dir, "demo-c.sqlite");
        for (const QString &db : { a, b })
            QCOMPARE(cli({ "--now", "2026-03-02T09:00:00+01:00", "demo", "--deals", "60", "--seed",
                           "11" },
                         db)
                         .code,
                     0);
        const Run ra = cli({ "--now", "2026-03-02T09:00:00+01:00", "--json", "deal", "list" }, a);
        const Run rb = cli({ "--now", "2026-03-02T09:00:00+01:00", "--json", "deal", "list" }, b);
        QCOMPARE(ra.array().size(), 60);
        // Calendar UIDs are random by design; everything else must match.
        QByteArray outA = ra.out, outB = rb.out;
        static const QRegularExpression uid(QStringLiteral("\"uid\": \"[^\"]*\""));
        QCOMPARE(QString::fromUtf8(outA).replace(uid, "uid"),
                 QString::fromUtf8(outB).replace(uid, "uid"));
        const Run other = cli(
            { "--now", "2026-03-02T09:00:00+01:00", "demo", "--deals", "60", "--seed", "12" }, c);
        QCOMPARE(other.code, 0);
        QVERIFY(cli({ "--now", "2026-03-02T09:00:00+01:00", "--json", "deal", "list" }, c).out
                != ra.out);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
