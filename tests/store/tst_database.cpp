// The store's connection: opening checks, bad files left untouched, pragmas, migrations, lock.
#include "activityrepository.h"
#include "database.h"
#include "dealrepository.h"
#include "instancelock.h"
#include "migrations.h"
#include "names.h"
#include "schemamanager.h"
#include "settingsrepository.h"
#include "sql/access.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace NineTouch;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static QByteArray digest(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }
    static QString pragma(Database &db, const char *name)
    {
        QSqlQuery q(NineTouch::Sql::connection(db));
        if (!q.exec(QStringLiteral("PRAGMA ") + QLatin1String(name)) || !q.next())
            return {};
        return q.value(0).toString();
    }

private slots:
    void initTestCase();
    void createsAPrivateFileAtTheLatestSchema();
    void migratesAnEmptyFile();
    void pragmasAreInForce();
    void reopeningKeepsData();
    void badFiles_data();
    void badFiles();
    void missingFileIsRefusedWhenItMustExist();
    void deferredCheckFindsDamage();
    void newerSchemaIsRefusedAndUntouched();
    void failedWorkRollsBack();
    void aThrowInsideAWriteLeavesNothingOpen();
    void secondWriterWaitsThenSucceeds();
    void instanceLock();
    void migratesSchemaOneHistories();
    void theChangeLogNamesWhatAnyWriterChanged();
    void everyWordOfTheChangeLogIsAKind();
};

void TestDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestDatabase::createsAPrivateFileAtTheLatestSchema()
{
    auto db = Database::open(path("new.sqlite"), Database::Mode::CreateIfMissing);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    QCOMPARE(SchemaManager::fileVersion(**db), SchemaManager::currentVersion());
    QCOMPARE(QFile(path("new.sqlite")).permissions() & ~(QFile::ReadUser | QFile::WriteUser),
             QFile::ReadOwner | QFile::WriteOwner);
    QSqlQuery q(NineTouch::Sql::connection(**db));
    for (const char *table :
         { "organizations", "contacts", "stages", "deals", "deal_stakeholders", "meetings",
           "touches", "tasks", "templates", "settings", "holidays" }) {
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)));
    }
}

void TestDatabase::migratesAnEmptyFile()
{
    QFile f(path("empty.sqlite"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    // A command that reads (everything but init) does not turn an empty file into a database.
    auto refused = Database::open(path("empty.sqlite"), Database::Mode::MustExist);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains("is an empty file, not a NineTouch database"));
    QCOMPARE(QFileInfo(path("empty.sqlite")).size(), 0);
    // Creating one may.
    auto db = Database::open(path("empty.sqlite"), Database::Mode::CreateIfMissing);
    QVERIFY(db.ok());
    QCOMPARE(SchemaManager::fileVersion(**db), SchemaManager::currentVersion());
    QSqlQuery q(NineTouch::Sql::connection(**db));
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM stages ORDER BY position")));
    QStringList stages;
    while (q.next())
        stages << q.value(0).toString();
    QCOMPARE(stages, QStringList({ "Lead", "Qualified", "Demo", "Proposal", "Negotiation" }));
}

void TestDatabase::pragmasAreInForce()
{
    auto db = Database::open(path("pragmas.sqlite"), Database::Mode::CreateIfMissing);
    QVERIFY(db.ok());
    QCOMPARE(pragma(**db, "foreign_keys"), "1");
    QCOMPARE(pragma(**db, "journal_mode"), "wal");
    QCOMPARE(pragma(**db, "synchronous"), "2"); // FULL
    QCOMPARE(pragma(**db, "busy_timeout").toInt(), 5000);
}

// The schema's words for what changed and the store's kinds are the same set: a migration that
// adds a word without its kind, or a kind the schema refuses, goes red here.
void TestDatabase::everyWordOfTheChangeLogIsAKind()
{
    auto db = Database::open(path("kinds.sqlite"), Database::Mode::CreateIfMissing);
    QVERIFY(db.ok());
    QSqlQuery q(NineTouch::Sql::connection(**db));
    QVERIFY(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'change_log'")));
    QVERIFY(q.next());
    const QString sql = q.value(0).toString();
    const auto in = QRegularExpression(QStringLiteral("what IN \\(([^)]*)\\)")).match(sql);
    QVERIFY2(in.hasMatch(), qPrintable(sql));
    QSet<int> kinds;
    for (QString word : in.captured(1).split(QLatin1Char(','))) {
        word = word.trimmed().remove(QLatin1Char('\''));
        const auto kind = changeKindOf(word);
        QVERIFY2(kind, qPrintable(word));
        kinds.insert(int(*kind));
    }
    QCOMPARE(kinds.size(), 4); // Deal, Stages, Settings, Templates: each has its word
    QVERIFY(!changeKindOf(u"deals"));
}

void TestDatabase::reopeningKeepsData()
{
    {
        auto db = Database::open(path("keep.sqlite"), Database::Mode::CreateIfMissing);
        QVERIFY(db.ok());
        QSqlQuery q(NineTouch::Sql::connection(**db));
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('rep.name', 'Kim')")));
    }
    auto db = Database::open(path("keep.sqlite"), Database::Mode::MustExist);
    QVERIFY(db.ok());
    QSqlQuery q(NineTouch::Sql::connection(**db));
    QVERIFY(q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'rep.name'"))
            && q.next());
    QCOMPARE(q.value(0).toString(), "Kim");
}

void TestDatabase::badFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");

    QByteArray corrupt;
    {
        // A real database whose pages were overwritten in the middle.
        const QString source = path("source.sqlite");
        {
            auto db = Database::open(source, Database::Mode::CreateIfMissing);
            QSqlQuery q(NineTouch::Sql::connection(**db));
            q.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
            for (int i = 0; i < 200; ++i)
                q.exec(QStringLiteral(
                           "INSERT INTO settings (key, value) VALUES ('k%1', hex(randomblob(200)))")
                           .arg(i));
        }
        QFile f(source);
        f.open(QIODevice::ReadOnly);
        corrupt = f.readAll();
        for (int i = 4096 + 200; i < corrupt.size() - 4096; ++i)
            corrupt[i] = char(0x5a);
    }
    QByteArray foreign;
    {
        const QString source = path("foreign.sqlite");
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(source);
        db.open();
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE music (title TEXT)"));
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        QFile f(source);
        f.open(QIODevice::ReadOnly);
        foreign = f.readAll();
    }

    QTest::newRow("a text file is not a database")
        << QByteArray("Dear Sir,\nplease find attached...\n").repeated(200) << "text"
        << "is not a NineTouch database";
    QTest::newRow("a corrupt database is refused") << corrupt << "corrupt"
                                                   << "";
    QTest::newRow("another program's SQLite file is not ours") << foreign << "foreign"
                                                               << "another program";
    QTest::newRow("a read-only file is refused") << QByteArray() << "readonly"
                                                 << "read-only";
    QTest::newRow("a missing folder is named") << QByteArray() << "nofolder"
                                               << "does not exist";
}

void TestDatabase::badFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, kind);
    QFETCH(QString, message);

    QString file = path(kind + ".bad");
    if (kind == QLatin1String("nofolder")) {
        file = path("no/such/folder/x.sqlite");
    } else {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
        f.close();
        if (kind == QLatin1String("readonly")) {
            auto db = Database::open(file,
                                     Database::Mode::CreateIfMissing); // a real database first
            QVERIFY(db.ok());
            db = storageError({});
            QFile::setPermissions(file, QFile::ReadOwner);
        }
    }
    const QByteArray before = digest(file);
    auto db = Database::open(file, Database::Mode::MustExist);
    QVERIFY(!db.ok());
    QCOMPARE(int(db.error().kind), int(ErrorKind::Storage));
    QVERIFY2(db.error().message.contains(QFileInfo(file).fileName()),
             qPrintable(db.error().message));
    if (!message.isEmpty())
        QVERIFY2(db.error().message.contains(message), qPrintable(db.error().message));
    QCOMPARE(digest(file), before);
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal"))
            || QFileInfo(file + QStringLiteral("-wal")).size() == 0);
}

void TestDatabase::missingFileIsRefusedWhenItMustExist()
{
    auto db = Database::open(path("absent.sqlite"), Database::Mode::MustExist);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().message.contains("does not exist"), qPrintable(db.error().message));
    QCOMPARE(int(db.error().field), int(Field::DatabaseFile));
    QVERIFY(!QFile::exists(path("absent.sqlite")));
}

void TestDatabase::deferredCheckFindsDamage()
{
    // The app opens without the check and runs it beside the first frame.
    const QString file = path("deferred.sqlite");
    {
        auto db = Database::open(file, Database::Mode::CreateIfMissing);
        QSqlQuery q(NineTouch::Sql::connection(**db));
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        for (int i = 0; i < 300; ++i)
            QVERIFY(
                q.exec(QStringLiteral(
                           "INSERT INTO settings (key, value) VALUES ('k%1', hex(randomblob(300)))")
                           .arg(i)));
    }
    QVERIFY(Database::quickCheck(file).ok());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    // Garbage over the b-tree page headers of the table's pages: structural damage.
    for (qsizetype page = 2; page < bytes.size() / 4096; ++page) {
        for (qsizetype i = page * 4096; i < page * 4096 + 12; ++i)
            bytes[i] = char(0x5a);
    }
    f.seek(0);
    f.write(bytes);
    f.close();
    const Status s = Database::quickCheck(file);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains("damaged")
                 || s.error().message.contains("could not be checked"),
             qPrintable(s.error().message));
}

void TestDatabase::newerSchemaIsRefusedAndUntouched()
{
    const QString file = path("future.sqlite");
    {
        auto db = Database::open(file, Database::Mode::CreateIfMissing);
        QSqlQuery q(NineTouch::Sql::connection(**db));
        QVERIFY(q.exec(
            QStringLiteral("PRAGMA user_version = %1").arg(SchemaManager::currentVersion() + 1)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = digest(file);
    auto db = Database::open(file, Database::Mode::MustExist);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().message.contains("newer"), qPrintable(db.error().message));
    QCOMPARE(digest(file), before);
}

void TestDatabase::failedWorkRollsBack()
{
    auto db = Database::open(path("rollback.sqlite"), Database::Mode::CreateIfMissing);
    QVERIFY(db.ok());
    Status s = (*db)->write([&]() -> Status {
        QSqlQuery q(NineTouch::Sql::connection(**db));
        q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', '1')"));
        return inputError(QStringLiteral("changed my mind"));
    });
    QVERIFY(!s.ok());
    QSqlQuery q(NineTouch::Sql::connection(**db));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM settings WHERE key = 'a'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

// Out of memory (or a bug) in the middle of a write, or in its last step: nothing of it stays,
// no transaction is left open, and the next write goes through, nested or not.
void TestDatabase::aThrowInsideAWriteLeavesNothingOpen()
{
    auto db = Database::open(path("throw.sqlite"), Database::Mode::CreateIfMissing);
    QVERIFY(db.ok());
    const auto insert = [&](const char *key) {
        QSqlQuery q(NineTouch::Sql::connection(**db));
        return q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('%1', '1')")
                          .arg(QLatin1String(key)));
    };
    const auto count = [&](const char *key) {
        QSqlQuery q(NineTouch::Sql::connection(**db));
        if (!q.exec(QStringLiteral("SELECT count(*) FROM settings WHERE key = '%1'")
                        .arg(QLatin1String(key)))
            || !q.next())
            return -1;
        return q.value(0).toInt();
    };
    QVERIFY_THROWS_EXCEPTION(std::bad_alloc, (void)(*db)->write([&]() -> Status {
        insert("outer");
        return (*db)->write([&]() -> Status {
            insert("inner");
            throw std::bad_alloc();
        });
    }));
    QCOMPARE(count("outer"), 0);
    QCOMPARE(count("inner"), 0);
    (*db)->setBeforeCommit([]() -> Status { throw std::bad_alloc(); });
    QVERIFY_THROWS_EXCEPTION(std::bad_alloc, (void)(*db)->write([&]() -> Status {
        insert("hooked");
        return success();
    }));
    QCOMPARE(count("hooked"), 0);
    (*db)->setBeforeCommit({});
    QVERIFY((*db)
                ->write([&]() -> Status { return insert("after") ? success() : inputError("no"); })
                .ok());
    QCOMPARE(count("after"), 1);
}

void TestDatabase::secondWriterWaitsThenSucceeds()
{
    // Two connections at once, as the app and the CLI: while A's write is open, B's write
    // waits for it (BEGIN IMMEDIATE and the busy timeout), then succeeds on what A committed.
    const QString file = path("two.sqlite");
    QVERIFY(Database::open(file, Database::Mode::CreateIfMissing).ok());
    auto a = Database::open(file, Database::Mode::MustExist);
    QVERIFY(a.ok());
    QElapsedTimer clock;
    clock.start();
    std::atomic<bool> ready { false };
    std::atomic<bool> go { false };
    std::atomic<qint64> aLetGo { -1 };
    qint64 bDone = -1;
    QString bError;
    // B lives in its own thread, where its connection was made.
    std::thread writerB([&] {
        auto b = Database::open(file, Database::Mode::MustExist);
        if (!b) {
            bError = b.error().message;
            ready = true;
            return;
        }
        ready = true;
        while (!go)
            QThread::msleep(2);
        const Status s = (*b)->write([&]() -> Status {
            QSqlQuery q(NineTouch::Sql::connection(**b));
            if (!q.exec(QStringLiteral("UPDATE settings SET value = '2' WHERE key = 'x'")))
                return NineTouch::Sql::failure(**b, q);
            return q.numRowsAffected() == 1 ? success() : storageError(QStringLiteral("no row x"));
        });
        bDone = clock.elapsed();
        if (!s)
            bError = s.error().message;
    });
    while (!ready)
        QThread::msleep(2);
    QVERIFY2(bError.isEmpty(), qPrintable(bError));
    const Status sa = (*a)->write([&]() -> Status {
        QSqlQuery((NineTouch::Sql::connection(**a)))
            .exec(QStringLiteral("INSERT INTO settings VALUES ('x', '1')"));
        go = true; // B tries to write now, while this write is open
        QThread::msleep(300);
        aLetGo = clock.elapsed();
        return success();
    });
    writerB.join();
    QVERIFY(sa.ok());
    QVERIFY2(bError.isEmpty(), qPrintable(bError));
    QVERIFY2(
        bDone >= aLetGo,
        qPrintable(QString("B done at %1 ms, A let go at %2 ms").arg(bDone).arg(aLetGo.load())));
    QSqlQuery q(NineTouch::Sql::connection(**a));
    QVERIFY(q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'x'")) && q.next());
    QCOMPARE(q.value(0).toString(), "2"); // B wrote after A, on A's row
}

void TestDatabase::instanceLock()
{
    const QString file = path("locked.sqlite");
    auto first = InstanceLock::acquire(file);
    QVERIFY(first.ok());
    auto second = InstanceLock::acquire(file);
    QVERIFY(!second.ok());
    QVERIFY2(second.error().message.contains("already open"), qPrintable(second.error().message));
    first = storageError({}); // released
    QVERIFY(InstanceLock::acquire(file).ok());
}

void TestDatabase::migratesSchemaOneHistories()
{
    // A file as NineTouch 0.1 (schema 1) left it: the numbers tried and a meeting's start as
    // text in the touch's note, "proposed" in the outcome.
    const QString file = path("schema1.sqlite");
    {
        QSqlDatabase old = QSqlDatabase::addDatabase("QSQLITE", "schema1");
        old.setDatabaseName(file);
        QVERIFY(old.open());
        QSqlQuery q(old);
        for (const char *statement : migrations().at(0).statements)
            QVERIFY2(q.exec(QString::fromUtf8(statement)), qPrintable(q.lastError().text()));
        for (const char *row : {
                 "INSERT INTO organizations VALUES (1, 'Acme GmbH', 1772000000)",
                 "INSERT INTO contacts VALUES (1, 1, 'Jana Müller', 'jana@acme.example', '', '', "
                 "'', 'Europe/Berlin', 'de', 1772000000)",
                 "INSERT INTO deals (id, title, organization_id, contact_id, stage_id, currency, "
                 "created_at, updated_at, stage_changed_at) VALUES (7, 'Fleet', 1, 1, 2, 'EUR', "
                 "1772000000, 1772000000, 1772000000)",
                 "INSERT INTO deal_stakeholders VALUES (7, 1, 'primary')",
                 "INSERT INTO meetings VALUES (3, 7, 1772701200, 'Europe/Berlin', 30, 'phone', "
                 "'Pricing', 'missed', 'u@ninetouch', 0, 1772000000, 1772000000)",
                 "INSERT INTO meetings VALUES (4, 7, 1773046800, 'Europe/Berlin', 30, 'phone', "
                 "'Pricing', 'scheduled', 'u@ninetouch', 1, 1772000000, 1772000000)",
                 "INSERT INTO touches VALUES (10, 7, 3, 'meeting-set', 1772442000, '', "
                 "'2026-03-05T10:00:00+01:00', '', 0)",
                 "INSERT INTO touches VALUES (11, 7, 3, 'call', 1772701500, 'missed', "
                 "'Tried: direct,mobile', '', 0)",
                 "INSERT INTO touches VALUES (12, 7, 4, 'meeting-set', 1772701500, 'proposed', "
                 "'2026-03-09T10:00:00+01:00', '', 0)",
                 "INSERT INTO touches VALUES (13, 7, 4, 'note', 1772702000, '', 'Good call', '', "
                 "0)",
                 "INSERT INTO touches VALUES (14, 7, 4, 'call', 1772702100, '', '', '', 5)",
                 "INSERT INTO tasks VALUES (2, 7, 'reengage', 1780000000, NULL, '')",
                 "INSERT INTO settings VALUES ('rep.name', 'Robin Rep')",
                 "INSERT INTO settings VALUES ('work.hours', '08:00-16:00')",
                 "PRAGMA user_version = 1",
             })
            QVERIFY2(q.exec(QString::fromUtf8(row)), qPrintable(q.lastError().text()));
        q = QSqlQuery();
        old.close();
    }
    QSqlDatabase::removeDatabase("schema1");

    auto db = Database::open(file, Database::Mode::MustExist);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    QCOMPARE(SchemaManager::fileVersion(**db), SchemaManager::currentVersion());
    ActivityRepository activity(**db);
    const auto touches = activity.touches(7);
    QVERIFY(touches.ok());
    QCOMPARE(touches->size(), 5);
    const Touch set = touches->at(0);
    QCOMPARE(set.id, 10);
    QCOMPARE(set.slot, QDateTime::fromString("2026-03-05T10:00:00+01:00", Qt::ISODate));
    QCOMPARE(set.note, QString());
    QVERIFY(!set.proposed);
    const Touch missed = touches->at(1);
    QVERIFY(missed.isMissedCall());
    QCOMPARE(missed.tried, int(PhoneLine::Direct) | int(PhoneLine::Mobile));
    QCOMPARE(missed.note, QString());
    const Touch proposed = touches->at(2);
    QVERIFY(proposed.proposed);
    QCOMPARE(proposed.slot, QDateTime::fromString("2026-03-09T10:00:00+01:00", Qt::ISODate));
    QCOMPARE(touches->at(3).note, "Good call");
    QCOMPARE(toString(touches->at(4).outcome), "attempted");
    const auto tasks = activity.tasks(7);
    QVERIFY(tasks.ok());
    QCOMPARE(toString(tasks->constFirst().kind), "reengage");
    // The deals and the identity are the file's own rep's (9, 10); the working time stays the
    // team's.
    const auto deal = DealRepository(**db).find(7);
    QVERIFY(deal.ok() && deal->has_value());
    QCOMPARE((*deal)->owner, (*db)->rep());
    const auto settings = SettingsRepository(**db).load();
    QVERIFY(settings.ok());
    QCOMPARE(settings->repName, "Robin Rep");
    QCOMPARE(settings->workStart, QTime(8, 0));
    {
        QSqlQuery own(NineTouch::Sql::connection(**db));
        QVERIFY(own.exec("SELECT rep FROM rep_settings WHERE key = 'rep.name'"));
        QVERIFY(own.next());
        QCOMPARE(own.value(0).toLongLong(), (*db)->rep());
    }
    // Ids are never reused from now on: a new row never takes a removed one's number.
    QSqlQuery q(NineTouch::Sql::connection(**db));
    QVERIFY(q.exec("PRAGMA foreign_key_check"));
    QVERIFY(!q.next());
    // The last touch removed, a new one does not take its number.
    QVERIFY(q.exec("DELETE FROM touches WHERE id = 14"));
    QVERIFY(q.exec("INSERT INTO touches (deal_id, kind, at) VALUES (7, 'note', 1772703000)"));
    QCOMPARE(q.lastInsertId().toLongLong(), 15);
    QVERIFY(q.exec("PRAGMA foreign_keys"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestDatabase::theChangeLogNamesWhatAnyWriterChanged()
{
    auto mine = Database::open(path("log.sqlite"), Database::Mode::CreateIfMissing);
    QVERIFY(mine.ok());
    auto other = Database::open(path("log.sqlite"), Database::Mode::MustExist);
    QVERIFY(other.ok());
    const auto start = (*mine)->changesSince(-1);
    QVERIFY(start.ok());
    QVERIFY(!*(*mine)->changedElsewhere()); // the starting point
    DealRepository deals(**other);
    Deal d;
    d.title = "Fleet";
    d.organization = "Acme";
    d.contact.name = "Jana";
    d.contact.email = "jana@acme.example";
    d.stageId = 1;
    qint64 id = 0;
    QVERIFY((*other)
                ->write([&]() -> Status {
                    auto added = deals.insert(d);
                    if (added)
                        id = *added;
                    return added ? success() : Status(added.error());
                })
                .ok());
    QVERIFY(*(*mine)->changedElsewhere());
    const auto batch = (*mine)->changesSince(start->lastSeq);
    QVERIFY(batch.ok());
    QCOMPARE(batch->deals, QList<qint64> { id });
    QVERIFY(!batch->stages);
    QVERIFY(!batch->incomplete);
    QVERIFY(batch->lastSeq > start->lastSeq);
    Settings named;
    QVERIFY(named.set("rep.name", "Alex").ok());
    QVERIFY(
        (*other)->write([&] { return SettingsRepository(**other).write(named, "rep.name"); }).ok());
    const auto settings = (*mine)->changesSince(batch->lastSeq);
    QVERIFY(settings->settings);
    QVERIFY(settings->deals.isEmpty());
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
