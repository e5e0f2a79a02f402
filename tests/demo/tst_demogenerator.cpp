// The demo pipeline a new rep tries: believable (what happened happened in working hours on
// business days), in the contact's language where the prospect reads it, and the same every
// time for the same seed.
#include "demogenerator.h"
#include "languageguess.h"
#include "pipelinefixture.h"

#include <QTest>

using namespace NineTouch;
using namespace TestSupport;

class TestDemoGenerator : public QObject
{
    Q_OBJECT

    PipelineFixture f;
    QList<DealStatusView> m_views;
    const QDateTime m_now = at("03-04T10:00");

private slots:
    void initTestCase()
    {
        QVERIFY(DemoGenerator(*f.pipeline, 7).generate(300, m_now));
        m_views = must(f.pipeline->evaluateAll(m_now, {}, CadenceEngine::Detail::Brief, true));
        QCOMPARE(m_views.size(), 300);
    }

    // The demo is written as one history: the summaries are made in that same write, and
    // each says what the replay of its deal says.
    void everyDealsSummaryIsItsReplay()
    {
        QVERIFY(*f.pipeline->summariesCurrent());
        const SummaryCheck check = must(f.pipeline->checkSummaries());
        QCOMPARE(check.deals, 300);
        QVERIFY(check.missing.isEmpty());
        QVERIFY(check.drifted.isEmpty());
    }

    void everythingHappenedInWorkingHoursOnBusinessDays()
    {
        const WorkCalendar &cal = f.pipeline->engine().calendar();
        int touches = 0;
        for (const DealStatusView &v : std::as_const(m_views)) {
            for (const Touch &t : v.history.touches) {
                ++touches;
                const QDate day = cal.localDate(t.at);
                QVERIFY2(cal.isBusinessDay(day), qPrintable(t.at.toString(Qt::ISODate)));
                QVERIFY2(t.at >= cal.workStart(day) && t.at <= cal.workEnd(day),
                         qPrintable(cal.toLocal(t.at).toString(Qt::ISODate)));
                QVERIFY(t.at <= m_now);
            }
            const QDate created = cal.localDate(v.history.deal.createdAt);
            QVERIFY2(cal.isBusinessDay(created),
                     qPrintable(v.history.deal.createdAt.toString(Qt::ISODate)));
        }
        QVERIFY(touches > 1000);
    }

    void meetingsAreAtAnHourTheProspectWorks()
    {
        int meetings = 0;
        for (const DealStatusView &v : std::as_const(m_views)) {
            for (const Meeting &m : v.history.meetings) {
                ++meetings;
                const QTime local = m.start.toTimeZone(QTimeZone(m.tz.toUtf8())).time();
                QVERIFY2(local >= QTime(8, 0) && local <= QTime(18, 0),
                         qPrintable(m.tz + " " + local.toString()));
            }
        }
        QVERIFY(meetings > 300);
    }

    void germanContactsReadGerman()
    {
        if (!LanguageGuess::available())
            QSKIP("libexttextcat-data is not installed");
        int german = 0;
        for (const DealStatusView &v : std::as_const(m_views)) {
            const Deal &d = v.history.deal;
            QVERIFY(d.topic != d.title); // the internal title never goes to the prospect
            if (d.contact.language != QLatin1String("de"))
                continue;
            ++german;
            QVERIFY2(!LanguageGuess::looksLikeAnotherLanguage(d.valueSummary, "de"),
                     qPrintable(d.valueSummary));
            for (const Meeting &m : v.history.meetings)
                QVERIFY2(!m.agenda.contains("Proposal") && !m.agenda.contains("Pricing"),
                         qPrintable(m.agenda));
        }
        QVERIFY(german > 50);
    }

    // Whatever the hour the demo is made, each deal's timeline is one story in order: a
    // meeting is agreed before anything is done for it and before it starts; a call and a held
    // meeting come at or after its start; nothing of a pursuit follows the break-up email; a
    // meeting on the board was agreed on the timeline.
    void eachTimelineIsOneStoryInOrder_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::newRow("a Wednesday morning") << at("03-04T10:00");
        QTest::newRow("a Thursday before the working day") << at("03-05T07:52");
        QTest::newRow("a Monday at dawn") << at("03-02T05:30");
        QTest::newRow("a Friday evening") << at("03-06T19:30");
        QTest::newRow("a Sunday") << at("03-08T12:00");
    }
    void eachTimelineIsOneStoryInOrder()
    {
        QFETCH(QDateTime, now);
        PipelineFixture fixture;
        QVERIFY(DemoGenerator(*fixture.pipeline, 11).generate(300, now));
        const auto views =
            must(fixture.pipeline->evaluateAll(now, {}, CadenceEngine::Detail::Brief, true));
        static const QSet<TouchKind> forAMeeting { TouchKind::Recap,      TouchKind::Invite,
                                                   TouchKind::Reminder,   TouchKind::Call,
                                                   TouchKind::MissedCall, TouchKind::MeetingHeld };
        static const QSet<TouchKind> ofAPursuit =
            forAMeeting + QSet<TouchKind> { TouchKind::MeetingSet };
        int checked = 0;
        for (const DealStatusView &v : views) {
            const DealHistory &h = v.history;
            const QString deal = QString::number(h.deal.id) + ": ";
            QHash<qint64, QDateTime> agreed; // meeting id -> when it was set
            QHash<qint64, QDateTime> starts;
            for (const Meeting &m : h.meetings)
                starts.insert(m.id, m.start);
            QDateTime breakup;
            for (const Touch &t : h.touches) {
                const QString what = deal + toString(t.kind) + " at " + t.at.toString(Qt::ISODate);
                QVERIFY2(t.at >= h.deal.createdAt, qPrintable(what + ", before the deal"));
                QVERIFY2(t.at <= now, qPrintable(what + ", after now"));
                if (breakup.isValid())
                    QVERIFY2(!ofAPursuit.contains(t.kind),
                             qPrintable(what + ", after the break-up"));
                if (t.kind == TouchKind::Breakup)
                    breakup = t.at;
                if (t.kind == TouchKind::MeetingSet) {
                    agreed.insert(t.meetingId, t.at);
                    QVERIFY2(t.at < starts.value(t.meetingId),
                             qPrintable(what + ", for a meeting that had started"));
                }
                if (forAMeeting.contains(t.kind)) {
                    QVERIFY2(agreed.contains(t.meetingId),
                             qPrintable(what + ", before its meeting was agreed"));
                }
                if (t.kind == TouchKind::Call || t.kind == TouchKind::MeetingHeld)
                    QVERIFY2(t.at >= starts.value(t.meetingId),
                             qPrintable(what + ", before the meeting's start"));
                ++checked;
            }
            for (const Meeting &m : h.meetings)
                QVERIFY2(agreed.contains(m.id),
                         qPrintable(deal + "a meeting at " + m.start.toString(Qt::ISODate)
                                    + " nobody agreed on the timeline"));
        }
        QVERIFY(checked > 1000);
    }

    void theSameSeedGivesTheSamePipeline()
    {
        PipelineFixture other;
        QVERIFY(DemoGenerator(*other.pipeline, 7).generate(300, m_now));
        const auto again =
            must(other.pipeline->evaluateAll(m_now, {}, CadenceEngine::Detail::Brief, true));
        for (int i = 0; i < m_views.size(); i += 37) {
            QCOMPARE(again.at(i).history.deal.title, m_views.at(i).history.deal.title);
            QCOMPARE(again.at(i).history.touches.size(), m_views.at(i).history.touches.size());
            QVERIFY(again.at(i).cadence.state == m_views.at(i).cadence.state);
        }
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
