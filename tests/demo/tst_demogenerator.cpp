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
