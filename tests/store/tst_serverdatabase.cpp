// The store on a PostgreSQL server (issue 23), against a real PostgreSQL started by the test: the
// same schema as an SQLite file, the same refusals of what is not a NineTouch pipeline, one
// writer at a time, a write committed whole or not at all, others' writes noticed and one's own
// not, and plain words when the server is gone.
#include "database.h"
#include "migrations.h"
#include "pgserver.h"
#include "schemamanager.h"
#include "serverlocation.h"
#include "serverpassword.h"
#include "sql/access.h"
#include "sql/rowreader.h"
#include "teststore.h"

#include <QElapsedTimer>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace NineTouch;

class TestServerDatabase : public QObject
{
    Q_OBJECT

private:
    PgServer m_server;
    int m_databases = 0;

    // A new, empty database on the server.
    QString fresh()
    {
        const QString name = QStringLiteral("store%1").arg(++m_databases);
        const QString error = m_server.createDatabase(name);
        if (!error.isEmpty())
            qFatal("cannot create %s: %s", qPrintable(name), qPrintable(error));
        return m_server.url(name);
    }
    static QString value(const Database &db, const QString &sql)
    {
        QSqlQuery q(Sql::connection(db));
        if (!q.exec(sql) || !q.next())
            return QStringLiteral("error: ") + q.lastError().text();
        return q.value(0).toString();
    }
    static Status exec(Database &db, const QString &sql)
    {
        QSqlQuery q(Sql::connection(db));
        if (!q.exec(sql))
            return Sql::failure(db, q);
        return success();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString error = m_server.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // Every table and column an SQLite file has at the current version, with the same kind
    // of value, nullability and default, on a server brought there by the baseline and the
    // migrations after it: the two schemas cannot drift apart unseen.
    void theSchemaIsTheFilesColumnForColumn()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("schema.sqlite"));
        auto lite = Database::open(file, Database::Mode::CreateIfMissing);
        QVERIFY(lite.ok());
        QVERIFY(SchemaManager::currentVersion() > postgresBaselineVersion());
        auto server = Database::open(fresh(), Database::Mode::CreateIfMissing);
        QVERIFY2(server.ok(), server.ok() ? "" : qPrintable(server.error().message));
        QCOMPARE(SchemaManager::fileVersion(**server), SchemaManager::currentVersion());

        using Columns = QMap<QString, QString>; // "table.column" -> "kind null default"
        Columns fromFile;
        {
            QSqlQuery tables(Sql::connection(**lite));
            QVERIFY(tables.exec("SELECT name FROM sqlite_master WHERE type = 'table' "
                                "AND name NOT LIKE 'sqlite_%'"));
            while (tables.next()) {
                const QString table = tables.value(0).toString();
                QSqlQuery info(Sql::connection(**lite));
                QVERIFY(info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)));
                while (info.next()) {
                    const QString type = info.value(2).toString();
                    const QString kind = type == "INTEGER" ? "integer"
                        : type == "BLOB"                   ? "bytes"
                                                           : "text";
                    // A primary key is never null, whatever SQLite's table_info says.
                    const bool notNull = info.value(3).toBool() || info.value(5).toInt() > 0;
                    fromFile.insert(table + '.' + info.value(1).toString(),
                                    kind + (notNull ? " not null " : " null ")
                                        + info.value(4).toString());
                }
            }
        }
        Columns onServer;
        {
            QSqlQuery q(Sql::connection(**server));
            QVERIFY(q.exec("SELECT table_name, column_name, data_type, is_nullable, "
                           "coalesce(column_default, ''), is_identity "
                           "FROM information_schema.columns WHERE table_schema = current_schema() "
                           "AND table_name <> 'schema_version'"));
            while (q.next()) {
                const QString type = q.value(2).toString();
                const QString kind = type == "bigint" ? "integer"
                    : type == "bytea"                 ? "bytes"
                                                      : "text";
                QString fallback = q.value(4).toString();
                fallback.remove(QStringLiteral("::text"));
                onServer.insert(q.value(0).toString() + '.' + q.value(1).toString(),
                                kind + (q.value(3).toString() == "NO" ? " not null " : " null ")
                                    + fallback);
            }
        }
        QCOMPARE(onServer.keys(), fromFile.keys());
        for (auto it = fromFile.cbegin(); it != fromFile.cend(); ++it)
            QCOMPARE(it.key() + ": " + onServer.value(it.key()), it.key() + ": " + it.value());
    }

    // The store's reads keep SQLite's placeholders; on a server they are numbered as SQLite
    // numbers them.
    void placeholdersAreNumberedAsSqliteDoes_data()
    {
        QTest::addColumn<QString>("sqlite");
        QTest::addColumn<QString>("postgres");
        QTest::newRow("in order") << "a = ? AND b = ?"
                                  << "a = $1 AND b = $2";
        QTest::newRow("by number, used twice") << "?2 < x AND x < ?2 + ?1"
                                               << "$2 < x AND x < $2 + $1";
        QTest::newRow("a bare one after a number") << "?3 = a AND b = ?"
                                                   << "$3 = a AND b = $4";
        QTest::newRow("in text, left alone") << "a = '?' AND b = ?"
                                             << "a = '?' AND b = $1";
        QTest::newRow("in a quoted name") << "\"a?\" = ?"
                                          << "\"a?\" = $1";
        QTest::newRow("in a comment") << "a = ? -- is it?\nAND b = ?"
                                      << "a = $1 -- is it?\nAND b = $2";
    }
    void placeholdersAreNumberedAsSqliteDoes()
    {
        QFETCH(QString, sqlite);
        QTEST(RowReader::postgresText(sqlite.toUtf8().constData()), "postgres");
    }

    // Later migrations must say what they do on a server too.
    void everyMigrationAfterTheBaselineHasItsServerText()
    {
        const QList<Migration> &all = migrations();
        for (int version = postgresBaselineVersion(); version < int(all.size()); ++version)
            QVERIFY2(
                !all.at(version).postgres.isEmpty(),
                qPrintable(QStringLiteral("migration %1 has no PostgreSQL text").arg(version + 1)));
    }

    void whatIsNotAPipelineIsRefusedAndUntouched()
    {
        // A database of another program: a table of its own, made by hand.
        const QString foreign = fresh();
        QSqlDatabase other = TestStore::addConnection("other", foreign);
        QVERIFY2(other.open(), qPrintable(other.lastError().text()));
        QVERIFY(QSqlQuery(other).exec("CREATE TABLE invoices (id INT)"));
        auto refused = Database::open(foreign, Database::Mode::CreateIfMissing);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains("another program"),
                 qPrintable(refused.error().message));
        QSqlQuery tables(other);
        QVERIFY(tables.exec("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"));
        QVERIFY(tables.next());
        QCOMPARE(tables.value(0).toInt(), 1); // nothing was added

        // A newer NineTouch's.
        const QString newer = fresh();
        {
            auto db = Database::open(newer, Database::Mode::CreateIfMissing);
            QVERIFY(db.ok());
            QVERIFY(exec(**db, "UPDATE schema_version SET version = 99").ok());
        }
        auto tooNew = Database::open(newer, Database::Mode::MustExist);
        QVERIFY(!tooNew.ok());
        QVERIFY2(tooNew.error().message.contains("newer NineTouch"),
                 qPrintable(tooNew.error().message));

        // An empty database where a pipeline must already be.
        auto empty = Database::open(fresh(), Database::Mode::MustExist);
        QVERIFY(!empty.ok());
        QVERIFY2(empty.error().message.contains("holds no NineTouch pipeline"),
                 qPrintable(empty.error().message));

        // A database the server does not have.
        auto missing = Database::open(m_server.url("nowhere"), Database::Mode::CreateIfMissing);
        QVERIFY(!missing.ok());
        QCOMPARE(int(missing.error().kind), int(ErrorKind::Storage));
        QCOMPARE(int(missing.error().field), int(Field::DatabaseFile));
        QVERIFY2(missing.error().message.contains("nowhere on this machine does not exist"),
                 qPrintable(missing.error().message));

        // No server there at all.
        QTemporaryDir nothing;
        auto unreachable = Database::open(
            QStringLiteral("postgresql://rep@/sales?host=%1&connect_timeout=2").arg(nothing.path()),
            Database::Mode::CreateIfMissing);
        QVERIFY(!unreachable.ok());
        QVERIFY2(unreachable.error().message.contains("cannot connect to sales on this machine"),
                 qPrintable(unreachable.error().message));
        other.close();
    }

    // Two programs opening a new database at the same moment: it is made once.
    void twoFirstOpensMakeOneSchema()
    {
        const QString url = fresh();
        std::atomic<int> ok { 0 };
        QString errors[2];
        std::thread t[2];
        for (int i = 0; i < 2; ++i) {
            t[i] = std::thread([&, i] {
                auto db = Database::open(url, Database::Mode::CreateIfMissing);
                if (db)
                    ++ok;
                else
                    errors[i] = db.error().message + db.error().detail;
            });
        }
        for (auto &thread : t)
            thread.join();
        QVERIFY2(ok == 2, qPrintable(errors[0] + errors[1]));
        auto db = Database::open(url, Database::Mode::MustExist);
        QVERIFY(db.ok());
        QCOMPARE(value(**db, "SELECT count(*) FROM stages"), QStringLiteral("5"));
    }

    // One writer at a time, as on a file: B waits for A's write, then writes on what A
    // committed; with a short wait it gives up with words, and nothing of it is written.
    void writersTakeTurns()
    {
        const QString url = fresh();
        auto a = Database::open(url, Database::Mode::CreateIfMissing);
        QVERIFY(a.ok());
        std::atomic<bool> inside { false };
        std::atomic<bool> release { false };
        qint64 bWaited = -1;
        std::thread holder([&] {
            auto own = Database::open(url, Database::Mode::MustExist);
            if (!own) {
                inside = true; // the test goes on, and fails on what was not written
                return;
            }
            (void)(*own)->write([&]() -> Status {
                QSqlQuery q(Sql::connection(**own));
                q.exec("INSERT INTO settings (key, value) VALUES ('x', '1')");
                inside = true;
                while (!release)
                    QThread::msleep(5);
                return success();
            });
        });
        while (!inside)
            QThread::msleep(5);
        // A short wait gives up.
        (*a)->setBusyTimeout(100);
        const Status gaveUp = (*a)->write([&]() -> Status {
            return exec(**a, "INSERT INTO settings (key, value) VALUES ('y', '1')");
        });
        QVERIFY(!gaveUp.ok());
        QVERIFY2(gaveUp.error().message.contains("busy with another writer"),
                 qPrintable(gaveUp.error().message));
        // A long one waits, and writes after A.
        (*a)->setBusyTimeout(10000);
        QElapsedTimer clock;
        std::thread releaser([&] {
            QThread::msleep(300);
            release = true;
        });
        clock.start();
        const Status waited = (*a)->write([&]() -> Status {
            return exec(**a, "UPDATE settings SET value = '2' WHERE key = 'x'");
        });
        bWaited = clock.elapsed();
        releaser.join();
        holder.join();
        QVERIFY2(waited.ok(), waited.ok() ? "" : qPrintable(waited.error().detail));
        QVERIFY2(bWaited >= 250, qPrintable(QString::number(bWaited)));
        QCOMPARE(value(**a, "SELECT value FROM settings WHERE key = 'x'"), QStringLiteral("2"));
        QCOMPARE(value(**a, "SELECT count(*) FROM settings WHERE key = 'y'"), QStringLiteral("0"));
    }

    // A program that writes with plain SQL waits for NineTouch's writer too (the change log's
    // triggers take the same lock), so the log's numbers follow the commits.
    void aPlainSqlWriterWaitsItsTurn()
    {
        const QString url = fresh();
        auto db = Database::open(url, Database::Mode::CreateIfMissing);
        QVERIFY(db.ok());
        QSqlDatabase raw = TestStore::addConnection("raw-writer", url);
        QVERIFY2(raw.open(), qPrintable(raw.lastError().text()));
        QString rawError;
        const Status held = (*db)->write([&]() -> Status {
            if (Status s = exec(**db, "INSERT INTO settings VALUES ('mine', '1')"); !s)
                return s;
            QSqlQuery q(raw);
            q.exec("SET lock_timeout = 300");
            if (!q.exec("INSERT INTO settings VALUES ('theirs', '1')"))
                rawError = q.lastError().nativeErrorCode();
            return success();
        });
        QVERIFY(held.ok());
        QCOMPARE(rawError, QStringLiteral("55P03")); // it waited for the lock, and gave up
        QSqlQuery after(raw);
        QVERIFY(after.exec("INSERT INTO settings VALUES ('theirs', '1')")); // its turn now
        raw.close();
    }

    void aFailedWriteLeavesNothing()
    {
        auto db = Database::open(fresh(), Database::Mode::CreateIfMissing);
        QVERIFY(db.ok());
        const Status s = (*db)->write([&]() -> Status {
            if (Status in = exec(**db, "INSERT INTO settings (key, value) VALUES ('x', '1')"); !in)
                return in;
            return exec(**db, "INSERT INTO settings (key, value) VALUES ('x', '2')"); // a clash
        });
        QVERIFY(!s.ok());
        QCOMPARE(int(s.error().kind), int(ErrorKind::Storage));
        QCOMPARE(value(**db, "SELECT count(*) FROM settings WHERE key = 'x'"), QStringLiteral("0"));
        // Work that goes on after a failed statement, and says it succeeded: on a server the
        // transaction is aborted, and the write is reported as not saved, not as saved.
        const Status swallowed = (*db)->write([&]() -> Status {
            (void)exec(**db, "INSERT INTO settings (key, value) VALUES (NULL, 'x')");
            return success();
        });
        QVERIFY(!swallowed.ok());
        // The connection is usable again at once.
        QVERIFY((*db)
                    ->write([&] { return exec(**db, "INSERT INTO settings VALUES ('x', '3')"); })
                    .ok());
    }

    // What another program wrote is noticed; what this one wrote is not news to it.
    void othersWritesAreNoticedOwnAreNot()
    {
        const QString url = fresh();
        auto mine = Database::open(url, Database::Mode::CreateIfMissing);
        auto theirs = Database::open(url, Database::Mode::MustExist);
        QVERIFY(mine.ok() && theirs.ok());
        QVERIFY((*mine)->changedElsewhere().ok()); // the starting point
        QVERIFY(
            (*mine)
                ->write([&] { return exec(**mine, "INSERT INTO settings VALUES ('mine', '1')"); })
                .ok());
        QCOMPARE(*(*mine)->changedElsewhere(), false);
        QVERIFY((*theirs)
                    ->write([&] {
                        return exec(**theirs, "INSERT INTO settings VALUES ('theirs', '1')");
                    })
                    .ok());
        QCOMPARE(*(*mine)->changedElsewhere(), true);
        QCOMPARE(*(*mine)->changedElsewhere(), false);
        // Theirs and then mine before a look: theirs is not hidden behind mine.
        QVERIFY((*theirs)
                    ->write([&] {
                        return exec(**theirs,
                                    "UPDATE settings SET value = '2' WHERE key = 'theirs'");
                    })
                    .ok());
        QVERIFY((*mine)
                    ->write([&] {
                        return exec(**mine, "UPDATE settings SET value = '2' WHERE key = 'mine'");
                    })
                    .ok());
        QCOMPARE(*(*mine)->changedElsewhere(), true);
        const auto batch = (*mine)->changesSince(0);
        QVERIFY(batch.ok());
        QVERIFY(batch->settings);
    }

    // The server goes away: a write says so in plain words; what was committed before is there
    // when it is back, and the same connection carries on by itself: the next write logs in
    // again, and others' writes are heard of again.
    void aLostServerIsNamedAndTheConnectionComesBack()
    {
        PgServer own;
        QVERIFY(own.start().isEmpty());
        QVERIFY(own.createDatabase("sales").isEmpty());
        const QString url = own.url("sales");
        auto db = Database::open(url, Database::Mode::CreateIfMissing);
        QVERIFY(db.ok());
        QObject receiver;
        int heard = 0;
        QVERIFY((*db)->notifyChanges(&receiver, [&] { ++heard; }));
        auto put = [&](const char *key) {
            return (*db)->write([&] {
                return exec(**db,
                            QStringLiteral("INSERT INTO settings VALUES ('%1', 'yes')")
                                .arg(QLatin1String(key)));
            });
        };
        QVERIFY(put("kept").ok());
        QVERIFY(Database::serverIsUp(url));

        own.kill();
        const Status lost = put("lost");
        QVERIFY(!lost.ok());
        QCOMPARE(int(lost.error().kind), int(ErrorKind::Storage));
        QVERIFY2(lost.error().message.contains("The connection to sales on this machine was lost: "
                                               "nothing was saved or read since. NineTouch "
                                               "connects again by itself"),
                 qPrintable(lost.error().message));
        QVERIFY((*db)->isLost());
        QVERIFY(!Database::serverIsUp(url));
        // While lost, a write is refused at once (no login on the rep's click), and a login
        // attempt says the server is not there.
        const Status stillAway = put("away");
        QVERIFY(!stillAway.ok());
        QVERIFY2(stillAway.error().message.contains("The connection to sales on this machine is "
                                                    "lost: this change was not saved"),
                 qPrintable(stillAway.error().message));
        const Status notYet = (*db)->reconnect();
        QVERIFY(!notYet.ok());
        QVERIFY2(notYet.error().message.contains("cannot connect to sales"),
                 qPrintable(notYet.error().message));
        QVERIFY((*db)->isLost());

        QVERIFY(own.start().isEmpty());
        QVERIFY(Database::serverIsUp(url));
        QVERIFY((*db)->reconnect().ok()); // as the watching pipeline does once the ping answers
        const Status back = put("back");
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
        QVERIFY(!(*db)->isLost());
        QCOMPARE(value(**db, "SELECT value FROM settings WHERE key = 'kept'"),
                 QStringLiteral("yes"));
        QCOMPARE(value(**db, "SELECT count(*) FROM settings WHERE key IN ('lost', 'away')"),
                 QStringLiteral("0"));

        // Listening again: another program's write is heard of.
        auto other = Database::open(url, Database::Mode::MustExist);
        QVERIFY(other.ok());
        QVERIFY((*other)
                    ->write([&] {
                        return exec(**other, "INSERT INTO settings VALUES ('other', 'yes')");
                    })
                    .ok());
        QTRY_VERIFY(heard > 0);

        // A server restarted between two writes: the write after it just works.
        QVERIFY(own.stop().isEmpty());
        QVERIFY(own.start().isEmpty());
        QVERIFY(!(*db)->isLost()); // nothing noticed yet
        const Status afterRestart = put("after");
        QVERIFY2(afterRestart.ok(),
                 afterRestart.ok() ? "" : qPrintable(afterRestart.error().message));
    }

    // A login with a password: libpq's own places first, then what the rep typed in this
    // process; a refused password says where it came from, and one typed wrong is not kept.
    // (No keyring answers in the test: a keyring that cannot be asked is no error.)
    void aPasswordIsTakenWhereItIsKept()
    {
        QTemporaryDir home;
        const QString name = QStringLiteral("guarded");
        QVERIFY(m_server.createDatabase(name).isEmpty());
        const QString secret = QStringLiteral("it's a s3cret");
        const QString error = m_server.addPasswordLogin("rep", secret, name);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString url = m_server.url(name, "rep");
        const auto location = ServerLocation::parse(url);
        QVERIFY(location.ok());
        QCOMPARE(ServerPassword::keyringKey(*location),
                 QStringLiteral("PostgreSQL rep@%1:5432/guarded").arg(m_server.socketFolder()));
        qunsetenv("PGPASSWORD");
        const QString passFile = home.filePath("pgpass");
        qputenv("PGPASSFILE", passFile.toLocal8Bit()); // not the tester's own ~/.pgpass
        auto expectRefusal = [&](const char *words) {
            auto db = Database::open(url, Database::Mode::CreateIfMissing);
            QVERIFY(!db.ok());
            QCOMPARE(int(db.error().kind), int(ErrorKind::Storage));
            QCOMPARE(int(db.error().field), int(Field::DatabasePassword));
            QVERIFY2(db.error().message.contains(QLatin1String(words)),
                     qPrintable(db.error().message));
            QVERIFY(!db.error().message.contains(secret));
        };

        expectRefusal("asks for the password of rep for guarded on this machine, and NineTouch "
                      "has none");
        qputenv("PGPASSWORD", "wrong");
        expectRefusal("refused the password of rep for guarded on this machine from PGPASSWORD");
        qputenv("PGPASSWORD", secret.toUtf8());
        QVERIFY(Database::open(url, Database::Mode::CreateIfMissing).ok());
        qunsetenv("PGPASSWORD");

        // Typed in the app: wrong, refused and not kept; right, every later connection has it.
        ServerPassword::remember(*location, QStringLiteral("wrong"));
        expectRefusal("refused the password typed for rep");
        QVERIFY(!ServerPassword::remembered(*location));
        expectRefusal("has none");
        ServerPassword::remember(*location, secret);
        auto first = Database::open(url, Database::Mode::MustExist);
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
        auto second = Database::open(url, Database::Mode::MustExist);
        QVERIFY(second.ok());
        ServerPassword::forgetRemembered(*location);

        // ~/.pgpass, as libpq reads it (the file private to the rep).
        QFile pass(passFile);
        QVERIFY(pass.open(QIODevice::WriteOnly));
        pass.write(QStringLiteral("*:*:guarded:rep:%1\n").arg(secret).toUtf8());
        pass.close();
        pass.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(Database::open(url, Database::Mode::MustExist).ok());
        qunsetenv("PGPASSFILE");
    }

    void backupIsTheServersJob()
    {
        QTemporaryDir dir;
        auto db = Database::open(fresh(), Database::Mode::CreateIfMissing);
        QVERIFY(db.ok());
        const Status s = (*db)->backupTo(dir.filePath("copy.sqlite"));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains("pg_dump"), qPrintable(s.error().message));
        QVERIFY(!QFile::exists(dir.filePath("copy.sqlite")));
    }
};

QTEST_GUILESS_MAIN(TestServerDatabase)
#include "tst_serverdatabase.moc"
