// The rep's mail account in the app, against real servers on loopback (tests/mail/mailservers.h):
// the composer's Send delivers the draft and records it, a failure keeps the draft and says why;
// the settings' connection test says what works; the window reads the inbox and shows when.
#include "commands.h"
#include "composerdialog.h"
#include "incomingmail.h"
#include "mailservers.h"
#include "mainwindow.h"
#include "pipelinefixture.h"
#include "settingsdialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace NineTouch;
using namespace NineTouchUi;
using namespace TestSupport;

class TestMailUi : public QObject
{
    Q_OBJECT

    MailServers m_servers;
    std::unique_ptr<PipelineFixture> f;
    QUndoStack stack;
    UndoController undo { stack };
    QDateTime now = at("03-02T09:10");

    qint64 dealWithMeeting()
    {
        const qint64 id = f->addDeal("Fleet");
        const auto meeting = f->pipeline->setMeeting(id, at("03-05T10:00"), {}, 30, "Pricing",
                                                     Channel::Phone, at("03-02T09:00"));
        require(meeting.ok(), "setMeeting", meeting.ok() ? QString() : meeting.error().message);
        return id;
    }

    QList<Touch> touches(qint64 id, TouchKind kind) const
    {
        QList<Touch> out;
        for (const Touch &t : must(f->pipeline->history(id)).touches) {
            if (t.kind == kind)
                out << t;
        }
        return out;
    }

    // Port 1 on loopback: nothing listens there.
    static QString closedPort() { return QStringLiteral("1"); }

private slots:
    void initTestCase()
    {
        const QString why = m_servers.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        qputenv("NINETOUCH_MAIL_CA_FILE", m_servers.caFile().toLocal8Bit());
        qputenv("NINETOUCH_MAIL_PASSWORD", MailServers::password);
    }

    void init()
    {
        f = std::make_unique<PipelineFixture>();
        stack.clear();
        must(
            f->pipeline->setSetting(QStringLiteral("rep.email"), QLatin1String(MailServers::user)));
    }
    void cleanup() { f.reset(); }

    void sendIsOfferedOnlyWithAnAccount()
    {
        const qint64 id = dealWithMeeting();
        ComposerDialog d(*f->pipeline, undo, id, std::nullopt, [this] { return now; });
        QVERIFY(d.draft().ready());
        QVERIFY(!d.sendButton()->isEnabled());
        QVERIFY(d.sendButton()->toolTip().contains(QLatin1String("Mail")));
        must(f->pipeline->setSetting(QStringLiteral("mail.smtp"), m_servers.smtpUrl()));
        ComposerDialog withAccount(*f->pipeline, undo, id, std::nullopt, [this] { return now; });
        QVERIFY(withAccount.sendButton()->isEnabled());
    }

    void sendDeliversTheRecapAndRecordsIt()
    {
        must(f->pipeline->setSetting(QStringLiteral("mail.smtp"), m_servers.smtpUrl()));
        const qint64 id = dealWithMeeting();
        const int before = int(m_servers.captured().size());
        ComposerDialog d(*f->pipeline, undo, id, std::nullopt, [this] { return now; });
        QCOMPARE(int(d.draft().step), int(StepKind::Recap));
        QTest::mouseClick(d.sendButton(), Qt::LeftButton);
        // Off the GUI thread: the dialog is still here, sending, and cannot be closed meanwhile.
        QVERIFY(d.isSending());
        d.reject();
        QVERIFY(d.isSending());
        QTRY_VERIFY_WITH_TIMEOUT(!d.isSending(), 30000);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        const QList<QByteArray> got = m_servers.captured();
        QCOMPARE(int(got.size()), before + 1);
        const IncomingMail sent = IncomingMail::parse(got.last());
        QVERIFY(sent.subject.startsWith(QLatin1String("Next steps")));
        QVERIFY(got.last().contains("method=REQUEST")); // the invite travelled with it
        const QList<Touch> recaps = touches(id, TouchKind::Recap);
        QCOMPARE(recaps.size(), 1);
        QCOMPARE(recaps.at(0).messageId, sent.messageId);
        QCOMPARE(touches(id, TouchKind::Invite).size(), 1);
        // The email left: the undo stack does not offer to take it back.
        QVERIFY(!stack.canUndo());
    }

    // The recap went out without the invite: the composer then sends the invite in an email
    // of its own, and the rule counts it.
    void anInviteTheRecapLeftBehindIsSentInAnEmailOfItsOwn()
    {
        must(f->pipeline->setSetting(QStringLiteral("mail.smtp"), m_servers.smtpUrl()));
        const qint64 id = dealWithMeeting();
        must(f->pipeline->recordSent(id, TouchKind::Recap, QStringLiteral("Next steps"), false,
                                     now));
        const int before = int(m_servers.captured().size());
        ComposerDialog d(*f->pipeline, undo, id, std::nullopt, [this] { return now; });
        QVERIFY(d.isFreeEmail());
        QVERIFY2(d.draft().invite.has_value(), qPrintable(d.problems().join('\n')));
        QVERIFY2(d.draft().ready(), qPrintable(d.problems().join('\n')));
        QTest::mouseClick(d.sendButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!d.isSending(), 30000);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        const QList<QByteArray> got = m_servers.captured();
        QCOMPARE(int(got.size()), before + 1);
        QVERIFY(got.last().contains("method=REQUEST"));
        QCOMPARE(touches(id, TouchKind::Invite).size(), 1);
        QCOMPARE(touches(id, TouchKind::Note).size(), 1); // the email itself: not a step
        QVERIFY(f->pipeline->cadence(id, now)->nextStep()->kind != StepKind::Invite);
    }

    void aFailedSendKeepsTheDraftAndSaysWhy()
    {
        must(f->pipeline->setSetting(QStringLiteral("mail.smtp"),
                                     QStringLiteral("smtp://127.0.0.1:") + closedPort()));
        const qint64 id = dealWithMeeting();
        ComposerDialog d(*f->pipeline, undo, id, std::nullopt, [this] { return now; });
        QTest::mouseClick(d.sendButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!d.isSending(), 30000);
        QVERIFY2(d.message().contains(QLatin1String("127.0.0.1")), qPrintable(d.message()));
        QVERIFY(d.isVisible() || d.result() != int(QDialog::Accepted));
        QVERIFY(touches(id, TouchKind::Recap).isEmpty());
        QVERIFY(d.sendButton()->isEnabled()); // the rep may try again
    }

    void theConnectionTestSaysWhatWorks()
    {
        must(f->pipeline->setSetting(QStringLiteral("mail.smtp"), m_servers.smtpUrl()));
        must(f->pipeline->setSetting(QStringLiteral("mail.imap"), m_servers.imapUrl()));
        SettingsDialog d(*f->pipeline, undo);
        d.testMail();
        QTRY_VERIFY_WITH_TIMEOUT(d.mailResult()->text().count(QLatin1String("works")) == 2, 30000);
    }

    void theConnectionTestNamesWhatFails()
    {
        must(f->pipeline->setSetting(QStringLiteral("mail.smtp"), m_servers.smtpUrl()));
        must(f->pipeline->setSetting(QStringLiteral("mail.imap"),
                                     QStringLiteral("imap://127.0.0.1:") + closedPort()));
        SettingsDialog d(*f->pipeline, undo);
        d.testMail();
        QTRY_VERIFY2_WITH_TIMEOUT(d.mailResult()->text().contains(QStringLiteral("✗")),
                                  qPrintable(d.mailResult()->text()), 30000);
        const QString text = d.mailResult()->text();
        QVERIFY2(text.contains(QLatin1String("Sending: works")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("127.0.0.1")), qPrintable(text));
    }

    void theWindowReadsTheInboxAndShowsWhen()
    {
        MainWindow w(*f->pipeline, [this] { return now; });
        QVERIFY(w.findChild<QToolButton *>(QStringLiteral("inboxStatus"))
                    ->text()
                    .contains(QLatin1String("not set up")));
        const qint64 id = dealWithMeeting();
        must(f->pipeline->setSetting(QStringLiteral("mail.imap"), m_servers.imapUrl()));
        m_servers.deliver("From: Jana Müller <jana@example.com>\r\nTo: rep@example.com\r\n"
                          "Subject: Re: Next steps\r\nMessage-ID: <ui1@prospect.example>\r\n"
                          "Content-Type: text/plain; charset=utf-8\r\n\r\nSee you Thursday.\r\n");
        w.watchInbox(0);
        QTRY_VERIFY_WITH_TIMEOUT(w.findChild<QToolButton *>(QStringLiteral("inboxStatus"))
                                     ->text()
                                     .startsWith(QLatin1String("Inbox read")),
                                 30000);
        QCOMPARE(touches(id, TouchKind::Reply).size(), 1);
        QVERIFY2(w.statusBar()->currentMessage().contains(QLatin1String("Fleet")),
                 qPrintable(w.statusBar()->currentMessage()));
        // A failure is shown in the same place, in the rep's words, with a way to try again.
        must(f->pipeline->setSetting(QStringLiteral("mail.imap"),
                                     QStringLiteral("imap://127.0.0.1:") + closedPort()));
        w.action(MainWindow::Action::CheckInbox)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(w.findChild<QToolButton *>(QStringLiteral("inboxStatus"))
                                     ->text()
                                     .startsWith(QLatin1String("Inbox not read")),
                                 30000);
        QVERIFY(w.findChild<QToolButton *>(QStringLiteral("inboxStatus"))
                    ->toolTip()
                    .contains(QLatin1String("127.0.0.1")));
    }
};

QTEST_MAIN(TestMailUi)
#include "tst_mailui.moc"
