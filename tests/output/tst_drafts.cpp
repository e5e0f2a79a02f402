// Drafts for real deals: each step's email for an English and a German contact, readiness,
// the invite they carry, and "mark as sent" keeping the exact text.
#include "drafts.h"
#include "historyscript.h"
#include "must.h"
#include "names.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <libical/ical.h>

using namespace NineTouch;
using namespace TestSupport;
using TestSupport::at;

class TestDrafts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Pipeline> m_p;
    int m_n = 0;

    qint64 addDeal(const QString &language,
                   const QString &summary = "Cuts failed deliveries by a quarter.")
    {
        Deal d;
        d.title = "Fleet tracking";
        d.organization = "Acme Logistik";
        d.contact.name = language == "de" ? "Jana Müller" : "Sam Carter";
        d.contact.email = "prospect@acme.example";
        d.contact.tz = language == "de" ? "Europe/Berlin" : "America/New_York";
        d.contact.language = language;
        d.valueSummary = summary;
        return *m_p->addDeal(d, at("03-01T12:00"));
    }

private slots:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto p = Pipeline::open(m_dir.filePath(QString("d%1.sqlite").arg(++m_n)),
                                Database::Mode::CreateIfMissing);
        QVERIFY(p.ok());
        m_p = std::move(p).value();
        QVERIFY(m_p->setSetting("rep.tz", "Europe/Berlin").ok());
        QVERIFY(m_p->setSetting("rep.name", "Alex Morgan").ok());
        QVERIFY(m_p->setSetting("rep.email", "alex@ninetouch.example").ok());
        QVERIFY(m_p->setSetting("rep.signature", "Alex Morgan\\nNineTouch").ok());
    }
    void cleanup() { m_p.reset(); }

    void eachStepForEachLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("step");
        QTest::addColumn<QStringList>("contains");
        // clang-format off
        QTest::newRow("English recap") << "en" << "recap" << QStringList { "Hi Sam,", "Thursday, March 5, 2026", "4:00 AM", "Pricing", "Alex Morgan\nNineTouch" };
        QTest::newRow("German recap") << "de" << "recap" << QStringList { "Hallo Jana,", "Donnerstag, 5. März 2026", "10:00", "Pricing" };
        QTest::newRow("English reminder") << "en" << "reminder" << QStringList { "Reminder: our call on Thursday, March 5, 2026" };
        QTest::newRow("German reminder") << "de" << "reminder" << QStringList { "Erinnerung: unser Telefonat am Donnerstag, 5. März 2026 um 10:00" };
        QTest::newRow("English missed-call states the new time") << "en" << "missed-call" << QStringList { "I will call you on Monday, March 9, 2026 at 4:00 AM", "(EDT)", "at 4:00 AM as agreed" };
        QTest::newRow("German missed-call states the new time") << "de" << "missed-call" << QStringList { "Ich rufe Sie am Montag, 9. März 2026 um 10:00 an" };
        QTest::newRow("English break-up restates the value and the deadline") << "en" << "breakup" << QStringList { "Cuts failed deliveries by a quarter.", "by Friday, March 13, 2026", "continue or stop" };
        QTest::newRow("German break-up") << "de" << "breakup" << QStringList { "Cuts failed deliveries by a quarter.", "bis Freitag, 13. März 2026" };
        QTest::newRow("English re-engage") << "en" << "reengage" << QStringList { "Fleet tracking: worth another look?" };
        QTest::newRow("German re-engage") << "de" << "reengage" << QStringList { "noch einmal ansehen?" };
        // clang-format on
    }
    void eachStepForEachLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, step);
        QFETCH(QStringList, contains);
        const qint64 id = addDeal(language);
        QVERIFY(m_p->setMeeting(id, at("03-05T10:00"), {}, 30, "Pricing", Channel::Phone,
                                at("03-02T09:00"))
                    .ok());
        QDateTime now = at("03-02T09:10");
        if (step == "missed-call" || step == "breakup") {
            QVERIFY(m_p->meetingMissed(id, 0, at("03-05T10:05")).ok());
            now = at("03-05T10:10");
        }
        if (step == "breakup")
            now = at("03-06T10:00");
        DraftBuilder builder(*m_p);
        const auto d = builder.build(id, *stepKindFromString(step), now);
        QVERIFY(d.ok());
        QVERIFY2(d->ready(), qPrintable(d->problems.join('\n')));
        const QString all = d->subject + "\n" + d->body;
        for (const QString &text : contains)
            QVERIFY2(all.contains(text), qPrintable(text + " not in:\n" + all));
        QVERIFY(!all.contains("{{"));
        QCOMPARE(d->toEmail, "prospect@acme.example");
        QCOMPARE(d->fromEmail, "alex@ninetouch.example");
    }

    void breakupIsNeverReadyWithoutValueOrDeadline()
    {
        const qint64 id = addDeal("en", "");
        DraftBuilder builder(*m_p);
        auto d = builder.build(id, StepKind::Breakup, at("03-02T09:00"));
        QVERIFY(d.ok());
        QVERIFY(!d->ready());
        QVERIFY(d->problems.join(' ').contains("value summary"));

        const qint64 other = addDeal("en");
        EmailTemplate noDeadline = Templates::defaultTemplate(StepKind::Breakup, "en");
        noDeadline.body.replace("{{decision.deadline}}", "soon");
        d = builder.build(other, noDeadline, at("03-02T09:00"));
        QVERIFY(!d->ready());
        QVERIFY(d->problems.join(' ').contains("{{decision.deadline}}"));
    }

    void missingMeetingMakesRecapNotReady()
    {
        const qint64 id = addDeal("en");
        DraftBuilder builder(*m_p);
        const auto d = builder.build(id, StepKind::Recap, at("03-02T09:00"));
        QVERIFY(!d->ready());
        QVERIFY(d->problems.join(' ').contains("{{meeting.date}}"));
        QVERIFY(d->body.contains("{{meeting.date}}")); // never silently dropped
    }

    void inviteFollowsTheMeetingAcrossReschedules()
    {
        const qint64 id = addDeal("en");
        QVERIFY(m_p->setMeeting(id, at("03-05T10:00"), {}, 30, "Pricing", Channel::Phone,
                                at("03-02T09:00"))
                    .ok());
        DraftBuilder builder(*m_p);
        const auto first = builder.invite(id, Invite::Method::Request, at("03-02T09:01"));
        QVERIFY(
            m_p->setMeeting(id, at("03-06T15:00"), {}, 30, {}, Channel::Phone, at("03-03T09:00"))
                .ok());
        const auto moved = builder.invite(id, Invite::Method::Request, at("03-03T09:01"));
        QCOMPARE(moved->uid, first->uid);
        QVERIFY(moved->sequence > first->sequence);
        QCOMPARE(moved->start, at("03-06T15:00"));
        QVERIFY(m_p->meetingMissed(id, 0, at("03-06T15:05")).ok());
        const auto proposed = builder.invite(id, Invite::Method::Request, at("03-06T15:06"));
        QCOMPARE(proposed->uid, first->uid);
        QVERIFY(proposed->sequence > moved->sequence);

        // The recap's .eml carries the invite; the ICS inside parses.
        const auto recap = builder.build(id, StepKind::MissedCall, at("03-06T15:07"));
        QVERIFY(recap->invite);
        const EmailMessage mail = recap->message(at("03-06T15:07"));
        QVERIFY(mail.calendar.contains("METHOD:REQUEST"));
        icalcomponent *cal = icalparser_parse_string(mail.calendar.constData());
        QVERIFY(cal);
        icalcomponent_free(cal);
    }

    void breakupCarriesTheCancel()
    {
        const qint64 id = addDeal("en");
        const Meeting m = *m_p->setMeeting(id, at("03-05T10:00"), {}, 30, "Pricing", Channel::Phone,
                                           at("03-02T09:00"));
        QVERIFY(m_p->logTouch(id, TouchKind::Breakup, {}, {}, {}, at("03-03T09:00")).ok());
        DraftBuilder builder(*m_p);
        const auto cancel = builder.invite(id, Invite::Method::Cancel, at("03-03T09:01"));
        QVERIFY(cancel.ok());
        QCOMPARE(cancel->uid, m.uid);
        QVERIFY(cancel->sequence > m.sequence);
        const auto ics = IcsWriter::write(*cancel);
        QVERIFY(ics->contains("METHOD:CANCEL"));
        QVERIFY(ics->contains("STATUS:CANCELLED"));
    }

    void markAsSentKeepsTheExactText()
    {
        const qint64 id = addDeal("de");
        QVERIFY(m_p->setMeeting(id, at("03-05T10:00"), {}, 30, "Pricing", Channel::Phone,
                                at("03-02T09:00"))
                    .ok());
        DraftBuilder builder(*m_p);
        auto d = builder.build(id, StepKind::Recap, at("03-02T09:10"));
        d.value().body += "PS: Grüße an das Team.\n"; // the rep edited the draft
        QVERIFY(m_p->logTouch(id, TouchKind::Recap, {}, {}, d->sentText(), at("03-02T09:11")).ok());
        const auto touches = must(m_p->activity().touches(id));
        QCOMPARE(toString(touches.last().kind), "recap");
        QCOMPARE(touches.last().body, d->sentText());
        QVERIFY(touches.last().body.endsWith("PS: Grüße an das Team.\n"));
    }
};

QTEST_GUILESS_MAIN(TestDrafts)
#include "tst_drafts.moc"
