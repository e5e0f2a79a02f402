// The app's inbox watcher against a real Dovecot on loopback: a look runs off the calling thread
// (the window keeps drawing), records what arrived through the same rule as mail sync, reads a
// full inbox in batches, says why a look failed without recording anything, and can be
// destroyed while a server is still answering.
#include "inboxwatcher.h"
#include "mailservers.h"
#include "pipelinefixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace NineTouch;
using namespace TestSupport;

class TestInboxWatcher : public QObject
{
    Q_OBJECT

    MailServers m_servers;
    int m_sent = 0;

    static Result<QString> rightPassword(const QString &user)
    {
        if (user != QLatin1String(MailServers::user))
            return inputError(QStringLiteral("asked for the password of %1").arg(user));
        return QString::fromLatin1(MailServers::password);
    }

    // A pipeline whose rep reads the test server's inbox, with one open deal.
    struct Rep
    {
        PipelineFixture fixture;
        qint64 deal = 0;
        explicit Rep(const QString &imap)
        {
            Pipeline &p = *fixture.pipeline;
            must(p.setSetting(QStringLiteral("rep.email"), QLatin1String(MailServers::user)));
            must(p.setSetting(QStringLiteral("mail.imap"), imap));
            deal = fixture.addDeal(QStringLiteral("Scanners"));
        }
        QList<Touch> touches(TouchKind kind) const
        {
            QList<Touch> out;
            for (const Touch &t : must(fixture.pipeline->history(deal)).touches) {
                if (t.kind == kind)
                    out << t;
            }
            return out;
        }
    };

    QByteArray message(const QString &from, const QString &subject)
    {
        return "From: " + from.toUtf8() + "\r\nTo: rep@example.com\r\nSubject: " + subject.toUtf8()
            + "\r\nDate: "
            + QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::RFC2822Date).toLatin1()
            + "\r\nMessage-ID: <w" + QByteArray::number(++m_sent)
            + "@prospect.example>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; "
              "charset=utf-8\r\n\r\nLet us talk on Thursday.\r\n";
    }

    // Waits for the look to end; the watcher's state says how it ended.
    static bool waitForLook(InboxWatcher &, QSignalSpy &finished, int ms = 60000)
    {
        return finished.count() > 0 || finished.wait(ms);
    }

private slots:
    void initTestCase()
    {
        const QString why = m_servers.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        qputenv("NINETOUCH_MAIL_CA_FILE", m_servers.caFile().toLocal8Bit());
        qunsetenv("NINETOUCH_MAIL_PASSWORD");
    }

    void withoutAnIncomingServerItDoesNothing()
    {
        PipelineFixture f;
        int asked = 0;
        InboxWatcher w(*f.pipeline, {}, [&](const QString &) -> Result<QString> {
            ++asked;
            return QString();
        });
        QSignalSpy finished(&w, &InboxWatcher::finished);
        w.checkNow();
        QCOMPARE(w.status().state, InboxStatus::State::NotSetUp);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(asked, 0); // not even the keyring is asked
    }

    void anAnswerArrivesWhileTheCallerGoesOn()
    {
        Rep rep(m_servers.imapUrl());
        m_servers.deliver(message(QStringLiteral("Jana Müller <jana@example.com>"),
                                  QStringLiteral("Re: Next steps")));
        InboxWatcher w(*rep.fixture.pipeline, {}, &rightPassword);
        QSignalSpy finished(&w, &InboxWatcher::finished);
        QSignalSpy changed(rep.fixture.pipeline.get(), &Pipeline::dealsChanged);
        w.checkNow();
        // checkNow() came back before the server answered: the look runs on a thread of its own.
        QCOMPARE(w.status().state, InboxStatus::State::Checking);
        QVERIFY(rep.touches(TouchKind::Reply).isEmpty());
        QVERIFY(waitForLook(w, finished));
        QCOMPARE(w.status().state, InboxStatus::State::Done);
        QVERIFY(w.status().lastSuccess.isValid());
        QCOMPARE(w.status().last.read, 1);
        const auto records = finished.at(0).at(0).value<QList<MailRecord>>();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.at(0).dealId, rep.deal);
        QCOMPARE(int(records.at(0).kind), int(TouchKind::Reply));
        const QList<Touch> replies = rep.touches(TouchKind::Reply);
        QCOMPARE(replies.size(), 1);
        QVERIFY(replies.at(0).note.contains(QLatin1String("Re: Next steps")));
        QVERIFY(changed.count() > 0); // the board hears of it like of any other change

        // A second look finds nothing new and records nothing.
        finished.clear();
        w.checkNow();
        QVERIFY(waitForLook(w, finished));
        QCOMPARE(w.status().state, InboxStatus::State::Done);
        QCOMPARE(w.status().last.read, 0);
        QCOMPARE(rep.touches(TouchKind::Reply).size(), 1);
    }

    void aFullInboxIsReadInBatchesInOneLook()
    {
        Rep rep(m_servers.imapUrl());
        // The inbox is shared by the tests: what came before is read first, and not counted.
        {
            InboxWatcher first(*rep.fixture.pipeline, {}, &rightPassword);
            QSignalSpy finished(&first, &InboxWatcher::finished);
            first.checkNow();
            QVERIFY(waitForLook(first, finished));
        }
        const int many = MailTransport::defaultBatchSize + 30;
        for (int i = 0; i < many; ++i)
            m_servers.deliver(
                message(QStringLiteral("jana@example.com"), QStringLiteral("Batch %1").arg(i)));
        InboxWatcher w(*rep.fixture.pipeline, {}, &rightPassword);
        QSignalSpy finished(&w, &InboxWatcher::finished);
        w.checkNow();
        QVERIFY(waitForLook(w, finished, 120000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(w.status().state, InboxStatus::State::Done);
        QCOMPARE(w.status().last.read, many);
        QCOMPARE(w.status().last.recorded.size(), many);
    }

    void aWrongPasswordSaysSoAndRecordsNothing()
    {
        Rep rep(m_servers.imapUrl());
        m_servers.deliver(message(QStringLiteral("jana@example.com"), QStringLiteral("Hello")));
        InboxWatcher w(*rep.fixture.pipeline, {},
                       [](const QString &) -> Result<QString> { return QStringLiteral("wrong"); });
        QSignalSpy finished(&w, &InboxWatcher::finished);
        w.checkNow();
        QVERIFY(waitForLook(w, finished));
        QCOMPARE(w.status().state, InboxStatus::State::Failed);
        QVERIFY2(w.status().error.message.contains(QLatin1String("password")),
                 qPrintable(w.status().error.message));
        QVERIFY(!w.status().lastSuccess.isValid());
        QVERIFY(rep.touches(TouchKind::Reply).isEmpty());
        QCOMPARE(must(rep.fixture.pipeline->mailSeen(MailSync::inbox)).lastUid, 0);
    }

    void aMissingPasswordIsSaidBeforeAnyConnection()
    {
        Rep rep(m_servers.imapUrl());
        InboxWatcher w(*rep.fixture.pipeline, {}, [](const QString &user) -> Result<QString> {
            return inputError(QStringLiteral("No mail password is stored for %1.").arg(user));
        });
        QSignalSpy finished(&w, &InboxWatcher::finished);
        w.checkNow();
        QCOMPARE(finished.count(), 1); // at once: nothing to wait for
        QCOMPARE(w.status().state, InboxStatus::State::Failed);
        QVERIFY(w.status().error.message.contains(QLatin1String(MailServers::user)));
    }

    void aServerThatIsDownSaysSo()
    {
        // Port 1 on loopback: nothing listens there.
        Rep rep(QStringLiteral("imap://127.0.0.1:1"));
        InboxWatcher w(*rep.fixture.pipeline, {}, &rightPassword);
        QSignalSpy finished(&w, &InboxWatcher::finished);
        w.checkNow();
        QVERIFY(waitForLook(w, finished));
        QCOMPARE(w.status().state, InboxStatus::State::Failed);
        QVERIFY2(w.status().error.message.contains(QLatin1String("127.0.0.1")),
                 qPrintable(w.status().error.message));
        QCOMPARE(w.status().error.kind, ErrorKind::Mail);
    }

    void settingUpTheAccountStartsALook()
    {
        PipelineFixture f;
        must(f.pipeline->setSetting(QStringLiteral("rep.email"), QLatin1String(MailServers::user)));
        InboxWatcher w(*f.pipeline, {}, &rightPassword);
        QSignalSpy finished(&w, &InboxWatcher::finished);
        w.start(60 * 60 * 1000);
        QCOMPARE(w.status().state, InboxStatus::State::NotSetUp);
        must(f.pipeline->setSetting(QStringLiteral("mail.imap"), m_servers.imapUrl()));
        QVERIFY(waitForLook(w, finished));
        QCOMPARE(w.status().state, InboxStatus::State::Done);
        must(f.pipeline->setSetting(QStringLiteral("mail.imap"), QString()));
        QCOMPARE(w.status().state, InboxStatus::State::NotSetUp);
    }

    void destroyedWhileReadingItStopsAtOnce()
    {
        Rep rep(m_servers.imapUrl());
        QElapsedTimer t;
        {
            InboxWatcher w(*rep.fixture.pipeline, {}, &rightPassword);
            w.checkNow();
            QCOMPARE(w.status().state, InboxStatus::State::Checking);
            t.start();
        }
        QVERIFY2(t.elapsed() < 10000, qPrintable(QString::number(t.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestInboxWatcher)
#include "tst_inboxwatcher.moc"
