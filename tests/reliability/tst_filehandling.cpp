// The app's own file handling never touches the database's files: every picker, browsed on the
// database's folder, and every feature that reads or writes a file, while the process holds the
// database open. A stray open and close of the database (or its -wal or -shm) drops every lock
// SQLite holds on it; the CLI then deletes the write-ahead log under the app and committed writes
// are lost (sqlite.org, "How To Corrupt An SQLite Database File", 2.2).
#include "databasefilewatch.h"
#include "dealactions.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "must.h"
#include "pipelinefixture.h"

#include <QFileDialog>
#include <QFileSystemModel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <mutex>
#include <thread>

using namespace NineTouch;
using namespace NineTouchUi;
using namespace TestSupport;

namespace {

// Browses a picker on folder as a rep would look at it (the detailed list: icons and types of
// every file), then cancels it, or picks the file named pick.
void browse(QFileDialog *picker, const QString &folder, const QString &pick = {})
{
    // Closed on every way out, a failed check included: nobody else would.
    const auto closed = qScopeGuard([picker] {
        if (picker->isVisible())
            picker->reject();
    });
    picker->setViewMode(QFileDialog::Detail);
    picker->setNameFilter(QStringLiteral("*")); // every file of the folder listed
    picker->setDirectory(folder);
    auto *files = picker->findChild<QFileSystemModel *>();
    QVERIFY(files);
    const QModelIndex root = files->index(folder);
    QTRY_VERIFY(files->rowCount(root) > 0);
    QTest::qWait(300); // the icons and types of every file arrive
    for (int r = 0; r < files->rowCount(root); ++r) {
        (void)files->data(files->index(r, 0, root), Qt::DecorationRole);
        (void)files->data(files->index(r, 2, root), Qt::DisplayRole);
    }
    QTest::qWait(100);
    if (pick.isEmpty()) {
        picker->reject();
        return;
    }
    // Typed, as a rep would (selectFile leaves a focused name field alone).
    auto *name = picker->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    QVERIFY(name);
    name->setText(pick);
    static_cast<QDialog *>(picker)->accept(); // as the Open or Save button does
}

// Answers the modal dialogs of one feature: pickers by browse(), the import dialog by browsing
// its own picker and cancelling, message boxes by their default button. Re-entry-safe: a picker
// opened from a dialog is answered while the outer handler waits.
class Answers final : public QObject
{
public:
    Answers(QString folder, QString pick)
        : m_folder(std::move(folder))
        , m_pick(std::move(pick))
    {
        connect(&m_timer, &QTimer::timeout, this, &Answers::look);
        m_timer.start(20);
    }
    int pickers = 0;
    QStringList messages;

private:
    void look()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || m_handled.contains(modal))
            return;
        m_handled << modal;
        if (auto *picker = qobject_cast<QFileDialog *>(modal)) {
            ++pickers;
            const QString pick = m_pick;
            m_pick.clear(); // the first picker picks; nested ones are cancelled
            // Outside this timer's slot, so that a box the picker opens is answered too.
            QTimer::singleShot(0, picker,
                               [picker, folder = m_folder, pick] { browse(picker, folder, pick); });
        } else if (auto *import = qobject_cast<ImportDialog *>(modal)) {
            for (auto *b : import->findChildren<QPushButton *>()) {
                if (b->text().contains(QLatin1String("Choose")))
                    QTimer::singleShot(0, b, &QPushButton::click);
            }
            QTimer::singleShot(1500, import, &QDialog::reject);
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            messages << box->text();
            box->defaultButton() ? box->defaultButton()->click() : box->reject();
        } else if (auto *dialog = qobject_cast<QDialog *>(modal)) {
            dialog->reject();
        }
    }

    QString m_folder;
    QString m_pick;
    QTimer m_timer;
    QList<QPointer<QWidget>> m_handled;
};

} // namespace

class TestFileHandling : public QObject
{
    Q_OBJECT

    std::unique_ptr<PipelineFixture> f;
    std::unique_ptr<MainWindow> w;
    qint64 a = 0, b = 0;

    QString cli(const QStringList &arguments, int *exitCode = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral(NINETOUCH_CLI), QStringList { "--db", f->path() } + arguments);
        p.waitForFinished(30000);
        if (exitCode)
            *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return QString::fromUtf8(p.readAllStandardError());
    }

    static int notesIn(const QString &path, const QString &text)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "count");
        db.setDatabaseName(path);
        int n = -1;
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare("SELECT count(*) FROM touches WHERE note = ?");
            q.addBindValue(text);
            if (q.exec() && q.next())
                n = q.value(0).toInt();
        }
        db = {};
        QSqlDatabase::removeDatabase("count");
        return n;
    }

    static QString integrity(const QString &path)
    {
        QString verdict;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "check");
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec("PRAGMA integrity_check") && q.next())
                    verdict = q.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase("check");
        return verdict;
    }

private slots:
    void init()
    {
        f = std::make_unique<PipelineFixture>();
        a = f->addDeal("Fleet tracking");
        b = f->addDeal("Data platform", "Demo");
        QVERIFY(f->pipeline
                    ->setMeeting(b, at("03-05T10:00"), {}, 30, "Pricing", Channel::Phone,
                                 at("03-02T09:00"))
                    .ok());
        // Files a rep keeps beside the pipeline: a sheet to import, an earlier export.
        QFile sheet(f->dir.filePath("deals.csv"));
        QVERIFY(sheet.open(QIODevice::WriteOnly));
        sheet.write("Title,Organization,Contact,Email\nScanners,Rheinwerk,Jana Müller,"
                    "jana@rheinwerk.example\n");
        sheet.close();
        w = std::make_unique<MainWindow>(*f->pipeline, [] { return at("03-04T10:00"); });
        w->resize(1366, 768);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    }
    void cleanup()
    {
        w.reset();
        f.reset();
    }

    void noFeatureOpensTheDatabaseFiles_data()
    {
        QTest::addColumn<MainWindow::Action>("action");
        QTest::addColumn<QString>("pick");
        QTest::addColumn<int>("pickers");
        QTest::newRow("the import picker, cancelled") << MainWindow::Action::Import << "" << 1;
        QTest::newRow("a sheet imported from the database's folder, its picker browsed again")
            << MainWindow::Action::Import << "deals.csv" << 2;
        QTest::newRow("the export picker, cancelled") << MainWindow::Action::Export << "" << 1;
        QTest::newRow("an export written into the database's folder")
            << MainWindow::Action::Export << "export.csv" << 1;
        QTest::newRow("the invite picker, cancelled") << MainWindow::Action::Invite << "" << 1;
        QTest::newRow("an invite saved into the database's folder")
            << MainWindow::Action::Invite << "invite.ics" << 1;
    }
    void noFeatureOpensTheDatabaseFiles()
    {
        QFETCH(MainWindow::Action, action);
        QFETCH(QString, pick);
        QFETCH(int, pickers);
        w->selectDeal(b);
        DatabaseFileWatch watch(f->path());
        QVERIFY(watch.isValid());
        const int locks = watch.locksHeld();
        const QStringList descriptors = watch.descriptors();
        QVERIFY2(locks > 0, "SQLite holds no lock on the database: nothing to protect?");
        QCOMPARE(descriptors.size(), 3); // the file, its -wal and its -shm, once each
        (void)watch.opens();

        Answers answers(f->dir.path(), pick);
        w->action(action)->trigger();
        QCOMPARE(answers.pickers, pickers);
        if (!pick.isEmpty())
            QVERIFY(QFileInfo::exists(f->dir.filePath(pick)));

        QCOMPARE(watch.opens(), QStringList()); // none of the three opened by anyone
        QCOMPARE(watch.locksHeld(), locks); // so no lock of SQLite's was dropped
        QCOMPARE(watch.descriptors(), descriptors); // and nothing deleted under them
    }

    // The database's name typed into a save picker: refused by the picker itself, before Qt
    // asks whether to replace the file (a rep must never be asked to say Yes to that).
    void aTypedDatabaseNameIsRefusedBeforeAnyReplaceQuestion_data()
    {
        QTest::addColumn<MainWindow::Action>("action");
        QTest::addColumn<QString>("pick");
        QTest::newRow("export over the database") << MainWindow::Action::Export << "fixture.sqlite";
        QTest::newRow("export over its -wal") << MainWindow::Action::Export << "fixture.sqlite-wal";
        QTest::newRow("an invite over the database")
            << MainWindow::Action::Invite << "fixture.sqlite";
        QTest::newRow("import of the database") << MainWindow::Action::Import << "fixture.sqlite";
    }
    void aTypedDatabaseNameIsRefusedBeforeAnyReplaceQuestion()
    {
        QFETCH(MainWindow::Action, action);
        QFETCH(QString, pick);
        w->selectDeal(b);
        DatabaseFileWatch watch(f->path());
        (void)watch.opens();
        Answers answers(f->dir.path(), pick);
        w->action(action)->trigger();
        QVERIFY(answers.pickers >= 1);
        QVERIFY2(!answers.messages.isEmpty(), "nothing was said");
        QVERIFY2(answers.messages.constFirst().contains("NineTouch database itself"),
                 qPrintable(answers.messages.join(" | ")));
        for (const QString &m : std::as_const(answers.messages))
            QVERIFY2(!m.contains("already exists"), qPrintable(m));
        QCOMPARE(watch.opens(), QStringList()); // and the file was not touched
    }

    // The trial's repro: the import picker browsed on the database's folder, then the CLI writes
    // to the file, then the app writes and quits. Before, the CLI deleted the app's write-ahead
    // log and the note it committed (exit 0) was gone once the app had quit.
    void writesOfTheCliSurviveTheAppsPickersAndItsExit()
    {
        DatabaseFileWatch watch(f->path());
        {
            Answers answers(f->dir.path(), QString());
            w->action(MainWindow::Action::Import)->trigger();
            QCOMPARE(answers.pickers, 1);
        }
        int code = -1;
        const QString error =
            cli({ "touch", QString::number(a), "note", "--note", "From the CLI" }, &code);
        QVERIFY2(code == 0, qPrintable(error));
        for (const QString &d : watch.descriptors())
            QVERIFY2(!d.endsWith("(deleted)"), qPrintable(d + " was deleted under the app"));
        // The app sees the CLI's write, then writes on top of it.
        QTRY_COMPARE_WITH_TIMEOUT(must(f->pipeline->activity().touches(a)).size(), 1, 3000);
        QVERIFY(w->findChild<DealActions *>()
                    ->moveStage(a, found(f->pipeline->deals().stageByName("Proposal")).id)
                    .ok());
        w.reset();
        f->pipeline.reset(); // the app quits
        QCOMPARE(notesIn(f->path(), "From the CLI"), 1);
        QCOMPARE(integrity(f->path()), QStringLiteral("ok"));
    }

    // App features and CLI writers at once, as a rep's day with a script beside the app: every
    // picker browsed on the database's folder, imports and exports there, stage moves and their
    // undo, while the CLI adds notes. Every note the CLI committed (exit 0) is there after the
    // app quits, and the file is sound. Prints its figures.
    void cliWritersLoseNothingWhileTheAppWorks()
    {
        const int rounds = qEnvironmentVariableIntValue("NINETOUCH_FILE_ROUNDS") > 0
            ? qEnvironmentVariableIntValue("NINETOUCH_FILE_ROUNDS")
            : 3;
        std::atomic<bool> stop { false };
        std::atomic<int> refused { 0 };
        std::mutex lock;
        QStringList committed;
        const QString path = f->path();
        std::thread writers([&] {
            for (int i = 0; !stop && i < 400; ++i) {
                const QString note = QStringLiteral("CLI note %1").arg(i);
                QProcess p;
                p.start(QStringLiteral(NINETOUCH_CLI),
                        { "--db", path, "touch", QString::number(a), "note", "--note", note });
                if (p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit
                    && p.exitCode() == 0) {
                    const std::lock_guard<std::mutex> held(lock);
                    committed << note;
                } else {
                    ++refused;
                }
            }
        });
        const qint64 proposal = found(f->pipeline->deals().stageByName("Proposal")).id;
        const qint64 lead = found(f->pipeline->deals().stageByName("Lead")).id;
        w->selectDeal(b);
        int features = 0;
        for (int round = 0; round < rounds; ++round) {
            const QList<QPair<MainWindow::Action, QString>> steps = {
                { MainWindow::Action::Import, QString() },
                { MainWindow::Action::Import, QStringLiteral("deals.csv") },
                { MainWindow::Action::Export, QStringLiteral("export-%1.csv").arg(round) },
                { MainWindow::Action::Invite, QString() },
                { MainWindow::Action::Invite, QStringLiteral("invite-%1.ics").arg(round) },
            };
            for (const auto &[action, pick] : steps) {
                Answers answers(f->dir.path(), pick);
                w->action(action)->trigger();
                ++features;
            }
            QVERIFY(w->findChild<DealActions *>()->moveStage(b, round % 2 ? lead : proposal).ok());
            QVERIFY(w->undoController().undo().ok());
            features += 2;
        }
        stop = true;
        writers.join();
        w.reset();
        f->pipeline.reset(); // the app quits
        int lost = 0;
        for (const QString &note : std::as_const(committed))
            lost += notesIn(path, note) == 1 ? 0 : 1;
        qInfo("%d app features in %d rounds beside %lld CLI writes that returned 0 (%d refused): "
              "%lld found again, %d lost",
              features, rounds, qint64(committed.size()), int(refused),
              qint64(committed.size() - lost), lost);
        QVERIFY(!committed.isEmpty());
        QCOMPARE(lost, 0);
        QCOMPARE(integrity(path), QStringLiteral("ok"));
    }
};

QTEST_MAIN(TestFileHandling)
#include "tst_filehandling.moc"
