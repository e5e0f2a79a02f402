// A pipeline on a PostgreSQL server in the app, against a real server started by the test
// (tests/store/pgserver.h): the sign-in asks for a password the app has not got, again when the
// server refuses it, and keeps it only once it worked; the settings' Server tab tests an
// address, moves the open pipeline there and keeps the choice for the next start.
#include "commands.h"
#include "dialogwatcher.h"
#include "pgserver.h"
#include "pipelinefixture.h"
#include "serverlocation.h"
#include "serverpage.h"
#include "serverpassword.h"
#include "serversignin.h"
#include "settingsdialog.h"
#include "translations.h"

#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTest>
#include <QUndoStack>

using namespace NineTouch;
using namespace NineTouchUi;
using namespace TestSupport;

class TestServerUi : public QObject
{
    Q_OBJECT

    PgServer m_server;
    const QString m_secret = QStringLiteral("correct horse");
    QString m_guarded; // a database whose login needs a password

    ServerLocation guarded() const { return *ServerLocation::parse(m_guarded); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        installTranslations(*qApp, QStringLiteral("en")); // "3 deals", not "3 deal(s)"
        const QString started = m_server.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QVERIFY(m_server.createDatabase("guarded").isEmpty());
        const QString login = m_server.addPasswordLogin("rep", m_secret, "guarded");
        QVERIFY2(login.isEmpty(), qPrintable(login));
        m_guarded = m_server.url("guarded", "rep");
        // Not the tester's own keyring (a desktop's would keep the test's password): none
        // answers here, as on CI.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
        // Not the tester's own passwords: only what the test gives.
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", "/nonexistent/pgpass");
    }

    void init() { ServerPassword::forgetRemembered(guarded()); }

    void theAppAsksUntilThePasswordIsRight()
    {
        QStringList reasons;
        DialogWatcher watcher([&](QDialog *dialog) {
            auto *ask = qobject_cast<ServerPasswordDialog *>(dialog);
            QVERIFY(ask);
            reasons << ask->findChild<QLabel *>("reason")->text();
            QVERIFY(ask->windowTitle().contains("guarded on this machine"));
            ask->setKeep(false);
            ask->setPassword(reasons.size() == 1 ? QStringLiteral("wrong") : m_secret);
            ask->accept();
        });
        auto opened =
            openAsking(m_guarded, Database::Mode::CreateIfMissing, Database::Check::Deferred);
        QVERIFY(opened);
        QVERIFY2(opened->ok(), opened->ok() ? "" : qPrintable(opened->error().message));
        QCOMPARE(reasons.size(), 2);
        QVERIFY2(reasons.at(0).isEmpty(), qPrintable(reasons.at(0))); // asked, not refused yet
        QVERIFY2(reasons.at(1).contains("refused the password typed"), qPrintable(reasons.at(1)));
        QVERIFY(watcher.messages.isEmpty()); // nothing to keep, nothing said

        // The app's next connection to the server needs no second asking.
        auto again = openAsking(m_guarded, Database::Mode::MustExist, Database::Check::Deferred);
        QVERIFY(again && again->ok());
        QCOMPARE(reasons.size(), 2);
    }

    void cancellingTheSignInOpensNothing()
    {
        int asked = 0;
        DialogWatcher watcher([&](QDialog *dialog) {
            ++asked;
            dialog->reject();
        });
        auto opened = openAsking(m_guarded, Database::Mode::MustExist, Database::Check::Deferred);
        QVERIFY(!opened);
        QCOMPARE(asked, 1);
        QVERIFY(!ServerPassword::remembered(guarded()));
    }

    // The app's start on the server of the settings: out of reach, or its sign-in cancelled,
    // the rep is offered the pipeline on this computer for this run, and may decline. A server
    // named on the command line offers nothing: cancelling its sign-in ends the start.
    void aStartOnTheSettingsServerOffersThisComputersFile()
    {
        QStringList locked;
        const auto lock = [&](const QString &path) {
            locked << path;
            return success();
        };
        const auto pick = [](const QString &label) {
            return [label](QMessageBox *box) -> QAbstractButton * {
                for (QAbstractButton *b : box->buttons()) {
                    if (b->text() == label)
                        return b;
                }
                return nullptr;
            };
        };
        const QString here = QStringLiteral("Open the pipeline on this computer");
        // Out of reach: a server that is not running.
        PgServer away;
        QVERIFY(away.start().isEmpty());
        QVERIFY(away.createDatabase("sales").isEmpty());
        const QString awayUrl = away.url("sales");
        QVERIFY(away.stop().isEmpty());
        {
            DialogWatcher watcher;
            watcher.choose = pick(here);
            auto opened = openAtStart(awayUrl, Database::Mode::CreateIfMissing, true, lock);
            QVERIFY(opened);
            QVERIFY2(opened->ok(), opened->ok() ? "" : qPrintable(opened->error().message));
            QCOMPARE((*opened)->get()->database().path(), Database::defaultPath());
            QCOMPARE(locked, QStringList { Database::defaultPath() });
            QCOMPARE(watcher.messages.size(), 1);
            QVERIFY2(watcher.messages.constFirst().contains("cannot connect to sales"),
                     qPrintable(watcher.messages.constFirst()));
        }
        // Declined: nothing opened, nothing locked.
        locked.clear();
        {
            DialogWatcher watcher;
            watcher.choose = [](QMessageBox *box) {
                return box->button(QMessageBox::Close);
            };
            QVERIFY(!openAtStart(awayUrl, Database::Mode::CreateIfMissing, true, lock));
            QCOMPARE(watcher.messages.size(), 1);
            QVERIFY(locked.isEmpty());
        }
        // The sign-in cancelled: said, and the same offer.
        {
            DialogWatcher watcher([](QDialog *dialog) { dialog->reject(); });
            watcher.choose = pick(here);
            auto opened = openAtStart(m_guarded, Database::Mode::CreateIfMissing, true, lock);
            QVERIFY(opened && opened->ok());
            QCOMPARE(watcher.messages.size(), 1);
            QVERIFY2(watcher.messages.constFirst().contains("You did not sign in to guarded"),
                     qPrintable(watcher.messages.constFirst()));
        }
        // Not the settings' server: cancelling ends the start, with no offer.
        {
            DialogWatcher watcher([](QDialog *dialog) { dialog->reject(); });
            QVERIFY(!openAtStart(m_guarded, Database::Mode::MustExist, false, lock));
            QVERIFY(watcher.messages.isEmpty());
        }
    }

    // No keyring answers in the test: the pipeline opens, and the rep is told that the
    // password could not be kept and where else it can go.
    void aPasswordTheKeyringCannotKeepStillOpens()
    {
        DialogWatcher watcher([&](QDialog *dialog) {
            auto *ask = qobject_cast<ServerPasswordDialog *>(dialog);
            QVERIFY(ask);
            QVERIFY(ask->keep()); // offered by default
            ask->setPassword(m_secret);
            ask->accept();
        });
        auto opened = openAsking(m_guarded, Database::Mode::MustExist, Database::Check::Deferred);
        QVERIFY(opened && opened->ok());
        QCOMPARE(watcher.messages.size(), 1);
        QVERIFY2(watcher.messages.constFirst().contains("The pipeline is open, but the password "
                                                        "could not be kept"),
                 qPrintable(watcher.messages.constFirst()));
        QVERIFY(watcher.messages.constFirst().contains("~/.pgpass"));
    }

    // Forgetting the password: out of this run at once; the keyring (none answers here) says
    // why it could not forget, and the next sign-in asks again.
    void theServerTabForgetsThePassword()
    {
        ServerPassword::remember(guarded(), m_secret);
        PipelineFixture here;
        ServerPage page(*here.pipeline);
        page.address()->setText(m_guarded);
        page.forgetPassword();
        QVERIFY(!ServerPassword::remembered(guarded()));
        QVERIFY2(page.result()->text().contains("the keyring did not forget the password"),
                 qPrintable(page.result()->text()));
        int asked = 0;
        DialogWatcher watcher([&](QDialog *dialog) {
            ++asked;
            dialog->reject();
        });
        QVERIFY(!openAsking(m_guarded, Database::Mode::MustExist, Database::Check::Deferred));
        QCOMPARE(asked, 1);
    }

    void theServerTabTestsMovesAndKeepsTheChoice()
    {
        QVERIFY(m_server.createDatabase("team").isEmpty());
        const QString team = m_server.url("team");
        PipelineFixture here;
        for (const char *title : { "Fleet renewal", "Depot scanners", "Yard cameras" })
            here.addDeal(QString::fromUtf8(title));
        QUndoStack stack;
        UndoController undo(stack);
        DialogWatcher watcher; // the move's question: its default, Yes
        ServerPage page(*here.pipeline);
        auto result = [&] {
            return page.result()->text();
        };

        {
            PipelineFixture empty;
            ServerPage nothing(*empty.pipeline);
            nothing.address()->setText(team);
            nothing.moveThere();
            QVERIFY2(nothing.result()->text().contains("holds no deals yet: there is nothing to "
                                                       "move"),
                     qPrintable(nothing.result()->text()));
            QVERIFY(watcher.messages.isEmpty()); // not even asked
        }
        page.address()->setText("team.sqlite");
        page.test();
        QVERIFY2(result().contains("is not a server's address"), qPrintable(result()));
        page.address()->setText(team);
        page.test();
        QVERIFY2(result().contains("It holds no deals yet"), qPrintable(result()));
        page.moveThere();
        QVERIFY2(result().contains("Copied 3 deals to team on this machine"), qPrintable(result()));
        QCOMPARE(watcher.messages.size(), 1);
        QVERIFY(watcher.messages.constFirst().contains("Copy all 3 deals"));
        page.test();
        QVERIFY2(result().contains("It holds 3 deals"), qPrintable(result()));
        auto there = Pipeline::open(team, Database::Mode::MustExist);
        QVERIFY(there.ok());
        QCOMPARE(must((*there)->deal(1)).title, QStringLiteral("Fleet renewal"));
        page.moveThere(); // a second time: the server's deals are not overwritten
        QVERIFY2(result().contains("✗"), qPrintable(result()));
        QCOMPARE(must((*there)->deals().count()), 3);

        // OK keeps the address for the next start; a bad one keeps the dialog open.
        {
            SettingsDialog dialog(*here.pipeline, undo);
            dialog.serverPage()->address()->setText(
                "postgresql://rep@db.example.com/sales?sslmode=disable");
            dialog.accept();
            QVERIFY(dialog.result() != QDialog::Accepted);
            QVERIFY(!dialog.serverChanged());
            QVERIFY(chosenServer().isEmpty());
            QVERIFY(dialog.findChild<QLabel *>("settingsError")->text().contains("sslmode"));
        }
        {
            SettingsDialog dialog(*here.pipeline, undo);
            dialog.serverPage()->address()->setText(team);
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QVERIFY(dialog.serverChanged());
            QCOMPARE(chosenServer(), team);
        }
        {
            SettingsDialog dialog(*here.pipeline, undo);
            QCOMPARE(dialog.serverPage()->address()->text(), team);
            dialog.serverPage()->address()->clear(); // back to the file on this computer
            dialog.accept();
            QVERIFY(dialog.serverChanged());
            QVERIFY(chosenServer().isEmpty());
        }
    }
};

QTEST_MAIN(TestServerUi)
#include "tst_serverui.moc"
