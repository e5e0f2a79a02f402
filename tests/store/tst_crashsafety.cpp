// The store's promise under the worst a machine does: writers killed with SIGKILL at random
// moments (a touch, a deal, an import of 2,000 deals in one transaction). Afterwards the file
// passes SQLite's integrity check, every write that returned 0 is there, and an import is there
// whole or not at all. NINETOUCH_CRASH_ROUNDS sets the number of kills (default 60).
// tst_crashsafety_pg kills the same clients of a pipeline on a PostgreSQL server.
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "teststore.h"

class TestCrashSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    QProcess *start(const QStringList &args)
    {
        auto *p = new QProcess(this);
        p->start(QStringLiteral(NINETOUCH_CLI), QStringList { "--db", m_db } + args);
        return p;
    }
    int run(const QStringList &args)
    {
        QProcess *p = start(args);
        p->waitForFinished(60000);
        const int code = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
        delete p;
        return code;
    }

private slots:
    void killedWritersLoseNothingThatWasCommitted()
    {
        m_db = TestStore::newLocation(m_dir, "crash.sqlite");
        QCOMPARE(run({ "init" }), 0);
        QCOMPARE(run({ "deal", "add", "--title", "Anchor", "--org", "Acme", "--contact", "Jana",
                       "--email", "jana@acme.example" }),
                 0);
        const int rounds = qEnvironmentVariableIntValue("NINETOUCH_CRASH_ROUNDS") > 0
            ? qEnvironmentVariableIntValue("NINETOUCH_CRASH_ROUNDS")
            : 60;
        QRandomGenerator rng(20261125);
        QStringList committedNotes;
        QStringList committedDeals;
        QStringList imports; // every import started, committed or not
        QSet<QString> committedImports; // those that returned 0
        int killed = 0;
        for (int i = 0; i < rounds; ++i) {
            const int kind = i % 3;
            QStringList args;
            QString marker;
            if (kind == 0) {
                marker = QStringLiteral("note-%1").arg(i);
                args = { "touch", "1", "note", "--note", marker };
            } else if (kind == 1) {
                marker = QStringLiteral("Deal %1").arg(i);
                args = { "deal",      "add",
                         "--title",   marker,
                         "--org",     "Org",
                         "--contact", "C",
                         "--email",   QStringLiteral("c%1@org.example").arg(i) };
            } else {
                marker = QStringLiteral("Import%1-").arg(i);
                QString csv = "title,organization,contact,email\n";
                for (int r = 0; r < 2000; ++r)
                    csv += QStringLiteral("%1%2,Org %2,Person %2,p%2.%3@org.example\n")
                               .arg(marker)
                               .arg(r)
                               .arg(i);
                const QString file = m_dir.filePath(QStringLiteral("import-%1.csv").arg(i));
                QFile f(file);
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write(csv.toUtf8());
                f.close();
                args = { "import", file };
                imports << marker;
            }
            QProcess *p = start(args);
            QVERIFY(p->waitForStarted());
            // A random moment: while it opens, reads, writes or commits. A client of a server
            // takes longer to connect and to import: its moments spread wider.
            const bool server = TestStore::onServer();
            QThread::usleep(
                rng.bounded(kind == 2 ? (server ? 4000000 : 400000) : (server ? 250000 : 60000)));
            if (p->state() != QProcess::NotRunning)
                p->kill(); // SIGKILL (a writer that already ended is not affected)
            p->waitForFinished(60000);
            killed += p->exitStatus() == QProcess::CrashExit;
            if (p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0) {
                if (kind == 0)
                    committedNotes << marker;
                else if (kind == 1)
                    committedDeals << marker;
                else
                    committedImports << marker;
            }
            delete p;
        }
        qInfo("%d writers, %d killed, %lld committed writes to find again (%lld of them "
              "imports of 2,000 deals)",
              rounds, killed,
              qlonglong(committedNotes.size() + committedDeals.size() + committedImports.size()),
              qlonglong(committedImports.size()));
        QVERIFY(killed > 0);

        // The file is whole (a server keeps its own pages).
        {
            QSqlDatabase db = TestStore::addConnection("check", m_db);
            QVERIFY(db.open());
            if (!TestStore::onServer()) {
                QSqlQuery q(db);
                QVERIFY(q.exec("PRAGMA integrity_check"));
                QVERIFY(q.next());
                QCOMPARE(q.value(0).toString(), "ok");
            }
            // Every import all or nothing.
            for (const QString &marker : std::as_const(imports)) {
                QSqlQuery count(db);
                count.prepare("SELECT count(*) FROM deals WHERE title LIKE ?");
                count.addBindValue(marker + "%");
                QVERIFY(count.exec() && count.next());
                const int n = count.value(0).toInt();
                QVERIFY2(n == 0 || n == 2000, qPrintable(marker + QString::number(n)));
                if (committedImports.contains(marker)) // it said so: it is there, whole
                    QVERIFY2(n == 2000, qPrintable(marker + QString::number(n)));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase("check");

        // Every write that returned 0 is there.
        QProcess show;
        show.start(NINETOUCH_CLI, { "--db", m_db, "--json", "deal", "list" });
        QVERIFY(show.waitForFinished(120000));
        QCOMPARE(show.exitCode(), 0);
        const QJsonArray deals = QJsonDocument::fromJson(show.readAllStandardOutput()).array();
        QSet<QString> titles;
        QSet<QString> notes;
        for (const QJsonValue &v : deals) {
            const QJsonObject d = v.toObject();
            titles.insert(d.value("title").toString());
            for (const QJsonValue &t : d.value("timeline").toArray())
                notes.insert(t.toObject().value("note").toString());
        }
        for (const QString &n : std::as_const(committedNotes))
            QVERIFY2(notes.contains(n), qPrintable(n));
        for (const QString &t : std::as_const(committedDeals))
            QVERIFY2(titles.contains(t), qPrintable(t));
        // And every deal's cadence summary says what its history says.
        QCOMPARE(run({ "check" }), 0);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
