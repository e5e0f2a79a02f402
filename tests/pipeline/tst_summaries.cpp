// Each deal's cadence summary: kept by every write, read back exactly, and always saying what a
// replay of the deal's history says. Against the differential scenarios (pursuits.h), the
// operations of the pipeline, undo, a changed rule, and writers that keep no summaries.
#include "cadenceengine.h"
#include "demogenerator.h"
#include "pipelinefixture.h"
#include "pursuits.h"
#include "report.h"
#include "summaryrepository.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace NineTouch;
using namespace TestSupport;

namespace {

// The cadence as the rep sees it, in words a failure message can show.
QString describe(const Cadence &c)
{
    QStringList steps;
    for (const Step &s : c.steps)
        steps << toString(s.kind) + QLatin1Char('@') + s.due.toString(Qt::ISODate)
                + (s.cancel ? QStringLiteral("(cancel)") : QString());
    return QStringLiteral("%1 cycle %2/%3 touches %4/%5 missed %6 %7 stale %8 breakup-now %9 "
                          "deadline %10 [%11]")
        .arg(toString(c.state))
        .arg(c.cycle)
        .arg(c.cycles)
        .arg(c.touches)
        .arg(c.maxTouches)
        .arg(c.missedCalls)
        .arg(toString(c.urgency))
        .arg(c.stale)
        .arg(c.breakupNow)
        .arg(c.deadline.toString(Qt::ISODate), steps.join(QStringLiteral(", ")));
}

QString describe(const PipelineReport &r)
{
    QStringList lines {
        QStringLiteral("open %1, stale %2").arg(r.openDeals).arg(r.staleDeals.size())
    };
    for (qint64 id : r.staleDeals)
        lines.last() += QStringLiteral(" #%1").arg(id);
    for (auto c = r.currencies.cbegin(); c != r.currencies.cend(); ++c) {
        lines << QStringLiteral("%1 %2").arg(c.key()).arg(c->openCents);
        for (auto s = c->byState.cbegin(); s != c->byState.cend(); ++s)
            lines << QStringLiteral("  %1 %2 %3")
                         .arg(toString(s.key()))
                         .arg(s->count)
                         .arg(s->valueCents);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestSummaries : public QObject
{
    Q_OBJECT

    std::unique_ptr<PipelineFixture> f;

    void mustBeTheReplay(const char *after)
    {
        const auto check = f->pipeline->checkSummaries();
        QVERIFY2(check.ok(), after);
        QVERIFY2(check->ok(),
                 qPrintable(QStringLiteral("after %1: current %2, missing %3, drifted %4")
                                .arg(QLatin1String(after))
                                .arg(check->current)
                                .arg(check->missing.size())
                                .arg(check->drifted.size())));
    }

    // Another program writing the database with plain SQL: it keeps no summaries.
    void rawWrite(const QString &sql)
    {
        {
            QSqlDatabase db = TestStore::addConnection(QStringLiteral("raw"), f->path());
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

private slots:
    void init() { f = std::make_unique<PipelineFixture>(); }
    void cleanup() { f.reset(); }

    // For every scenario: the facts read back exactly, and the cadence from them, at every
    // moment from the history's start to weeks after, is the replay's.
    void aSummaryReadsAsTheReplay_data() { addPursuits(); }
    void aSummaryReadsAsTheReplay()
    {
        QFETCH(QString, script);
        QFETCH(QString, options);
        HistoryScript s(script);
        if (options.startsWith(QLatin1String("cycles=")))
            s.history().deal.policy.cycles = options.mid(7).toInt();
        const WorkCalendar cal(berlin(), { 1, 2, 3, 4, 5 }, QTime(9, 0), QTime(17, 0), {});
        const CadenceEngine engine(CadencePolicy {}, cal);
        const CadenceFacts facts = engine.replay(s.history());

        const qint64 id = f->addDeal(QStringLiteral("Fleet tracking"));
        auto db = Database::open(f->path(), Database::Mode::MustExist);
        QVERIFY(db.ok());
        SummaryRepository store(**db);
        QVERIFY((*db)->write([&] {
            return store.put(Pipeline::summaryOf(must(f->pipeline->deal(id)), facts, engine), 42);
        }));
        const auto read = store.all(42);
        QVERIFY(read.ok());
        QVERIFY(read->contains(id));
        const CadenceFacts stored = read->value(id).facts;
        QVERIFY(stored == facts);

        QDateTime from = s.history().deal.createdAt;
        for (const Touch &t : s.history().touches)
            from = std::min(from, t.at);
        const QDateTime until = from.addDays(60);
        QList<QDateTime> moments;
        for (QDateTime now = from; now < until; now = now.addSecs(97 * 60))
            moments << now;
        // Where the state turns, to the second: the query must turn there too.
        const DealSummary summary = read->value(id);
        for (const QDateTime &turn : { summary.pastRuleAfter, summary.prepPastRuleAfter,
                                       summary.staleFrom, facts.meetingStart, facts.deadline }) {
            if (turn.isValid())
                moments << turn.addSecs(-1) << turn << turn.addMSecs(1) << turn.addSecs(1);
        }
        for (const QDateTime &now : std::as_const(moments)) {
            const Cadence replayed =
                engine.evaluate(s.history(), now, CadenceEngine::Detail::Brief);
            const QString summarized = describe(engine.at(stored, now));
            if (describe(replayed) != summarized)
                QFAIL(qPrintable(
                    QStringLiteral("at %1:\n  replay:  %2\n  summary: %3")
                        .arg(now.toString(Qt::ISODate), describe(replayed), summarized)));
            if (facts.status != DealStatus::Open)
                continue; // the query counts open deals only
            // The state and staleness as the report's query tells them.
            const auto counted = store.openAt(42, now);
            QVERIFY(counted.ok());
            QCOMPARE(counted->byState.size(), 1);
            if (counted->byState.constFirst().state != replayed.state)
                QFAIL(qPrintable(QStringLiteral("at %1: the query says %2, the replay %3")
                                     .arg(now.toString(Qt::ISODateWithMs),
                                          toString(counted->byState.constFirst().state),
                                          toString(replayed.state))));
            QCOMPARE(counted->stale.contains(id), replayed.stale);
        }
    }

    // The morning list and the honest report read from the summaries say what a replay of
    // every history says, at every moment of a demo pipeline's coming weeks.
    void theListAndTheReportReadFromSummariesAreTheReplays_data()
    {
        QTest::addColumn<QString>("now");
        for (const char *now :
             { "03-04T10:00", "03-04T10:30", "03-04T17:05", "03-05T08:00", "03-06T12:00",
               "03-09T16:59", "03-11T09:00", "03-20T12:00", "04-03T12:00", "06-01T09:00" })
            QTest::newRow(now) << QString::fromLatin1(now);
    }
    void theListAndTheReportReadFromSummariesAreTheReplays()
    {
        QFETCH(QString, now);
        Pipeline &p = *f->pipeline;
        QVERIFY(DemoGenerator(p, 7).generate(300, at("03-04T10:00")));
        QVERIFY(*p.summariesCurrent());
        const QDateTime when = at(now);
        const auto views = p.evaluateAll(when, {}, CadenceEngine::Detail::Brief);
        QVERIFY(views.ok());
        // The board's rows, read from the summaries, are the replay's.
        const auto rows = p.rows(when);
        QVERIFY(rows.ok());
        // A filtered read walks past the summaries of the deals it leaves out.
        const qint64 demo = found(p.deals().stageByName("Demo")).id;
        const auto demoRows = p.rows(when, DealFilter { demo, DealStatus::Open, std::nullopt });
        QVERIFY(demoRows.ok());
        QStringList expected, got;
        for (const DealRow &r : *rows) {
            if (r.deal.stageId == demo && r.deal.status == DealStatus::Open)
                expected << QString::number(r.deal.id) + toString(r.cadence.state);
        }
        for (const DealRow &r : *demoRows)
            got << QString::number(r.deal.id) + toString(r.cadence.state);
        QVERIFY(expected.size() > 5);
        QCOMPARE(got, expected);
        QCOMPARE(rows->size(), views->size());
        QList<DealRow> open;
        for (qsizetype i = 0; i < views->size(); ++i) {
            const DealStatusView &v = views->at(i);
            const DealRow &r = rows->at(i);
            // The board's card, read on its own, is the whole record's.
            QCOMPARE(r.deal.id, v.history.deal.id);
            QVERIFY(r.deal == DealCard::of(v.history.deal));
            QVERIFY(r.facts == p.engine().replay(v.history));
            QCOMPARE(toString(r.cadence.state), toString(v.cadence.state));
            QCOMPARE(int(r.cadence.urgency), int(v.cadence.urgency));
            QCOMPARE(r.cadence.stale, v.cadence.stale);
            QCOMPARE(r.cadence.steps, v.cadence.steps);
            if (v.history.deal.status == DealStatus::Open)
                open << p.rowOf(v.history.deal, p.engine().replay(v.history), when);
        }
        QCOMPARE(describe(*PipelineReport::of(p, when)), describe(PipelineReport::from(open)));
        for (int days : { 0, 1, 7, 30 }) {
            const QDateTime horizon = when.addDays(days);
            // The list's order: by time, then by deal, a deal's steps as the rule has them.
            QList<std::tuple<QDateTime, qint64, QString>> due;
            for (const DealStatusView &v : *views) {
                for (const Step &s : v.cadence.steps) {
                    if (s.due < horizon)
                        due.append({ s.due, v.history.deal.id,
                                     QStringLiteral("%1 #%2 %3 %4")
                                         .arg(s.due.toString(Qt::ISODate))
                                         .arg(v.history.deal.id)
                                         .arg(toString(s.kind), v.history.deal.title) });
                }
            }
            std::stable_sort(due.begin(), due.end(), [](const auto &a, const auto &b) {
                return std::tie(std::get<0>(a), std::get<1>(a))
                    < std::tie(std::get<0>(b), std::get<1>(b));
            });
            QStringList replayed;
            for (const auto &d : std::as_const(due))
                replayed << std::get<2>(d);
            QStringList summarized;
            for (const DueStep &d : *p.stepsDue(horizon, when))
                summarized << QStringLiteral("%1 #%2 %3 %4")
                                  .arg(d.step.due.toString(Qt::ISODate))
                                  .arg(d.dealId)
                                  .arg(toString(d.step.kind), d.title);
            QVERIFY(!summarized.isEmpty());
            QCOMPARE(summarized.join('\n'), replayed.join('\n'));
        }
    }

    void everyWriteKeepsTheSummaries()
    {
        Pipeline &p = *f->pipeline;
        mustBeTheReplay("opening");
        const qint64 a = f->addDeal(QStringLiteral("Fleet tracking"));
        const qint64 b = f->addDeal(QStringLiteral("Route planning"), QStringLiteral("Demo"));
        mustBeTheReplay("adding deals");
        QVERIFY(
            p.setMeeting(a, at("03-05T10:00"), {}, 30, {}, Channel::Phone, at("03-02T09:00")).ok());
        QVERIFY(
            p.setMeeting(b, at("03-05T14:00"), {}, 30, {}, Channel::Video, at("03-02T09:00")).ok());
        mustBeTheReplay("setting meetings");
        QVERIFY(p.recordSent(a, TouchKind::Recap, "Thanks", true, at("03-02T09:10")).ok());
        QVERIFY(p.meetingMissed(a, 0, at("03-05T10:05")).ok());
        QVERIFY(p.meetingHeld(b, at("03-05T14:30")).ok());
        mustBeTheReplay("a miss and a held meeting");
        // Undo and redo apply changesets below the pipeline's operations: the summaries
        // follow them too.
        auto change =
            p.record([&] { return p.markLost(a, "chose a competitor", at("03-06T09:00")); });
        QVERIFY(change.ok());
        mustBeTheReplay("marking lost");
        QVERIFY(p.revert(*change).ok());
        mustBeTheReplay("undoing it");
        QCOMPARE(toString(p.cadence(a, at("03-06T09:00"))->state), "silent");
        QVERIFY(p.reapply(*change).ok());
        mustBeTheReplay("redoing it");
        QVERIFY(p.removeDeal(b).ok());
        mustBeTheReplay("removing a deal");
    }

    // A rule or a setting it reads changed: every summary is rebuilt in that same write.
    void aChangedSettingRebuildsEverySummaryAtOnce()
    {
        Pipeline &p = *f->pipeline;
        const qint64 id = f->addDeal(QStringLiteral("Fleet tracking"));
        QVERIFY(p.setMeeting(id, at("03-05T10:00"), {}, 30, {}, Channel::Phone, at("03-02T09:00"))
                    .ok());
        const qint64 before = Pipeline::basisOf(p.settings());
        QVERIFY(p.setSetting("cadence.cycles", "4").ok());
        QVERIFY(Pipeline::basisOf(p.settings()) != before);
        QVERIFY(*p.summariesCurrent());
        mustBeTheReplay("changing the cycles");
        QCOMPARE(p.cadence(id, at("03-02T10:00"))->maxTouches, 12);
        // A setting the rule does not read leaves the summaries as they are.
        QVERIFY(p.setSetting("rep.name", "Kim Weber").ok());
        QCOMPARE(Pipeline::basisOf(p.settings()), Pipeline::basisOf([&] {
                     Settings s = p.settings();
                     s.repName = QStringLiteral("Alex Morgan");
                     return s;
                 }()));
        // Another program changes a setting the rule reads: its write rebuilds them.
        QVERIFY(f->other()->setSetting("work.hours", "08:00-16:00").ok());
        QVERIFY(p.refresh().ok());
        QVERIFY(*p.summariesCurrent());
        mustBeTheReplay("another program changing the working hours");
    }

    // A program that keeps no summaries (an older tool, a hand-made SQL edit): the summaries
    // are no longer current, the check says which deal differs, and the next write or start
    // brings them current.
    void aWriteThatKeepsNoSummariesIsNoticedAndMended()
    {
        Pipeline &p = *f->pipeline;
        const qint64 id = f->addDeal(QStringLiteral("Fleet tracking"));
        mustBeTheReplay("adding a deal");
        rawWrite(QStringLiteral("INSERT INTO touches (deal_id, kind, at, note) "
                                "VALUES (%1, 'reply', %2, '')")
                     .arg(id)
                     .arg(at("03-03T10:00").toSecsSinceEpoch()));
        const auto check = p.checkSummaries();
        QVERIFY(check.ok());
        QVERIFY(!check->current);
        QCOMPARE(check->drifted, QList<qint64> { id });
        QVERIFY(p.bringSummariesCurrent().ok());
        mustBeTheReplay("bringing them current");
        // A summary changed by hand is drift, named by its deal.
        rawWrite(QStringLiteral("UPDATE deal_summary SET cycles = 7 WHERE deal_id = %1").arg(id));
        const auto tampered = p.checkSummaries();
        QVERIFY(tampered->current); // no change of a deal was missed...
        QCOMPARE(tampered->drifted, QList<qint64> { id }); // ...but this one says otherwise
        // Summaries from an older version (none at all) are made once, at the next start.
        rawWrite(QStringLiteral("DELETE FROM summary_mark"));
        rawWrite(QStringLiteral("DELETE FROM deal_summary"));
        QCOMPARE(f->other()->checkSummaries()->deals, 1); // opening made them
        mustBeTheReplay("a start after summaries were lost");
    }
};

QTEST_GUILESS_MAIN(TestSummaries)
#include "tst_summaries.moc"
