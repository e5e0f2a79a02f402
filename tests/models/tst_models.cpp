// The item models over the store: the board's model and columns, the day queue, the timeline.
#include "boardfiltermodel.h"
#include "dayqueuemodel.h"
#include "demogenerator.h"
#include "must.h"
#include "names.h"
#include "pipelinefixture.h"
#include "pipelinemodel.h"
#include "report.h"
#include "reptext.h"
#include "roles.h"
#include "timelinemodel.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace NineTouch;
using namespace TestSupport;

class TestModels : public QObject
{
    Q_OBJECT

    std::unique_ptr<PipelineFixture> f;
    QDateTime m_now;
    std::unique_ptr<PipelineModel> model;
    qint64 fresh = 0, engaged = 0, silent = 0, won = 0, usd = 0;

private slots:
    // The app's English, plural forms and all: the cards say "3 days late", as a rep reads them.
    void initTestCase() { QCOMPARE(installTranslations(*qApp, QStringLiteral("en")), "en"); }

    void init()
    {
        f = std::make_unique<PipelineFixture>();
        Pipeline &p = *f->pipeline;
        fresh = f->addDeal("Fresh lead");
        engaged = f->addDeal("Engaged deal", "Demo", 2000000);
        silent = f->addDeal("Silent deal", "Demo", 3000000);
        won = f->addDeal("Won deal", "Negotiation", 4000000);
        usd = f->addDeal("Dollar deal", "Demo", 500000, "USD");
        QVERIFY(p.setMeeting(engaged, at("03-05T10:00"), {}, 30, "Pricing", Channel::Phone,
                             at("03-02T09:00"))
                    .ok());
        QVERIFY(p.setMeeting(silent, at("03-03T10:00"), {}, 30, "Pricing", Channel::Phone,
                             at("03-02T09:00"))
                    .ok());
        QVERIFY(p.meetingMissed(silent, 0, at("03-03T10:05")).ok());
        QVERIFY(p.markWon(won, at("03-02T09:00")).ok());
        m_now = at("03-04T10:00");
        model = std::make_unique<PipelineModel>(p, [this] { return m_now; });
        QVERIFY(model->reload().ok());
    }
    void cleanup()
    {
        model.reset();
        f.reset();
    }

    void pipelineModelPassesTheTester()
    {
        QAbstractItemModelTester tester(model.get(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 5);
        // Changes through the pipeline reach the model, and the tester watches them.
        QVERIFY(f->pipeline->logTouch(fresh, TouchKind::Note, {}, "called", {}, m_now).ok());
        QVERIFY(f->pipeline->removeDeal(usd).ok());
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->rowOf(usd), -1);
    }

    void rolesDescribeTheCard_data()
    {
        QTest::addColumn<QString>("deal");
        QTest::addColumn<QString>("badge");
        QTest::addColumn<int>("urgency");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("next");
        QTest::newRow("a new lead: set meeting, overdue since it was created")
            << "fresh"
            << "Cycle 0/3 · Touch 0/9" << int(Urgency::Overdue) << "no-meeting"
            << "Set meeting · 3 days late";
        QTest::newRow("an engaged deal whose recap is two days late is past the rule")
            << "engaged"
            << "Cycle 1/3 · Touch 0/9" << int(Urgency::PastRule) << "past-rule"
            << "Send recap · past the rule";
        QTest::newRow("a silent deal: the missed-call email is overdue")
            << "silent"
            << "Cycle 2/3 · Touch 1/9" << int(Urgency::Overdue) << "silent"
            << "Missed-call email · 1 day late";
        QTest::newRow("a won deal: nothing to chase, and the card says so")
            << "won"
            << "Cycle 0/3 · Touch 0/9" << int(Urgency::None) << "won"
            << "Won: nothing to chase";
    }
    void rolesDescribeTheCard()
    {
        QFETCH(QString, deal);
        QFETCH(QString, badge);
        QFETCH(int, urgency);
        QFETCH(QString, state);
        QFETCH(QString, next);
        const qint64 id = deal == "fresh" ? fresh
            : deal == "engaged"           ? engaged
            : deal == "silent"            ? silent
                                          : won;
        const QModelIndex i = model->index(model->rowOf(id));
        QCOMPARE(i.data(Roles::BadgeText).toString(), badge);
        QCOMPARE(i.data(Roles::Urgency).toInt(), urgency);
        QCOMPARE(toString(CadenceState(i.data(Roles::State).toInt())), state);
        QCOMPARE(i.data(Roles::NextStepText).toString(), next);
        QVERIFY(!i.data(Roles::Recommendation).toString().isEmpty());
    }

    void urgencyFollowsTheClock()
    {
        QVERIFY(
            f->pipeline->logTouch(engaged, TouchKind::Recap, {}, {}, {}, at("03-02T09:05")).ok());
        QVERIFY(
            f->pipeline->logTouch(engaged, TouchKind::Invite, {}, {}, {}, at("03-02T09:06")).ok());
        m_now = at("03-03T10:00");
        model->refreshTime();
        QCOMPARE(
            toString(Urgency(model->index(model->rowOf(engaged)).data(Roles::Urgency).toInt())),
            "planned"); // reminder tomorrow
        m_now = at("03-04T08:00");
        model->refreshTime();
        QCOMPARE(
            toString(Urgency(model->index(model->rowOf(engaged)).data(Roles::Urgency).toInt())),
            "today");
        // Due at the start of the day: due, not overdue, until the working day ends.
        m_now = at("03-04T09:30");
        model->refreshTime();
        QCOMPARE(
            toString(Urgency(model->index(model->rowOf(engaged)).data(Roles::Urgency).toInt())),
            "due");
        QCOMPARE(model->index(model->rowOf(engaged)).data(Roles::NextStepText).toString(),
                 "Send reminder · now");
        m_now = at("03-04T17:30");
        model->refreshTime();
        QCOMPARE(
            toString(Urgency(model->index(model->rowOf(engaged)).data(Roles::Urgency).toInt())),
            "overdue");
    }

    void columnsFilterByStageAndTotalPerCurrency()
    {
        BoardFilterModel demo(found(f->pipeline->deals().stageByName("Demo")).id);
        demo.setSourceModel(model.get());
        QAbstractItemModelTester tester(&demo,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(demo.rowCount(), 3);
        QCOMPARE(demo.totalCents("EUR"), 5000000);
        QCOMPARE(demo.totalCents("USD"), 500000);
        BoardFilterModel negotiation(found(f->pipeline->deals().stageByName("Negotiation")).id);
        negotiation.setSourceModel(model.get());
        QCOMPARE(negotiation.rowCount(), 0); // won deals leave the board
        negotiation.setShowClosed(true);
        QCOMPARE(negotiation.rowCount(), 1);
    }

    // A column's totals are kept between changes: they follow a deal's value changed, a deal
    // moved in and out, a search, a state filter, and closed deals shown; filtered or not.
    void columnTotalsFollowEveryChange()
    {
        Pipeline &p = *f->pipeline;
        const qint64 demoId = found(p.deals().stageByName("Demo")).id;
        const qint64 leadId = found(p.deals().stageByName("Lead")).id;
        BoardFilterModel demo(demoId);
        demo.setSourceModel(model.get());
        // The values of the deals the column shows, summed here from its rows.
        const auto shown = [&] {
            QMap<QString, qint64> t;
            for (int r = 0; r < demo.rowCount(); ++r) {
                const DealRow *v = model->view(demo.index(r, 0).data(Roles::DealId).toLongLong());
                t[v->deal.currency] += v->deal.valueCents;
            }
            return t;
        };
        QCOMPARE(demo.totalCents("EUR"), 5000000);
        QCOMPARE(demo.totals(), shown());
        const Deal base = must(p.deal(engaged));
        Deal edited = base;
        edited.valueCents = 2500000;
        QVERIFY(p.editDeal(engaged, base, edited, m_now).ok());
        QCOMPARE(demo.totalCents("EUR"), 5500000);
        QVERIFY(p.moveStage(silent, leadId, m_now).ok());
        QCOMPARE(demo.totalCents("EUR"), 2500000);
        QVERIFY(p.moveStage(fresh, demoId, m_now).ok());
        QCOMPARE(demo.totals(), shown());
        // Filtered: the column's own sum, kept until the column changes.
        demo.setSearch("deal");
        QCOMPARE(demo.totals(), shown());
        QCOMPARE(demo.totals(), (QMap<QString, qint64> { { "EUR", 2500000 }, { "USD", 500000 } }));
        Deal dearer = must(p.deal(usd));
        dearer.valueCents = 700000;
        QVERIFY(p.editDeal(usd, must(p.deal(usd)), dearer, m_now).ok());
        QCOMPARE(demo.totals(), (QMap<QString, qint64> { { "EUR", 2500000 }, { "USD", 700000 } }));
        QVERIFY(p.moveStage(engaged, leadId, m_now).ok());
        QCOMPARE(demo.totals(), (QMap<QString, qint64> { { "USD", 700000 } }));
        QVERIFY(p.moveStage(engaged, demoId, m_now).ok());
        demo.setStates({ CadenceState::NoMeeting });
        QCOMPARE(demo.totals(), shown());
        QVERIFY(demo.totals() != (QMap<QString, qint64> { { "EUR", 2500000 }, { "USD", 700000 } }));
        demo.setStates({});
        QCOMPARE(demo.totals(), shown());
        demo.setSearch({});
        QVERIFY(p.moveStage(won, demoId, m_now).ok());
        QCOMPARE(demo.totalCents("EUR"), 3500000); // a won deal is not on the board
        demo.setShowClosed(true);
        QCOMPARE(demo.totalCents("EUR"), 7500000);
        QCOMPARE(demo.totals(), shown());
    }

    void columnsSortMostUrgentFirst()
    {
        BoardFilterModel demo(found(f->pipeline->deals().stageByName("Demo")).id);
        demo.setSourceModel(model.get());
        QList<qint64> order;
        for (int r = 0; r < demo.rowCount(); ++r)
            order << demo.index(r, 0).data(Roles::DealId).toLongLong();
        // Past the rule first (the recap of 03-02), then overdue, earliest first (set-meeting
        // since creation 03-01, missed-call email 03-03).
        QCOMPARE(order, (QList<qint64> { engaged, usd, silent }));
    }

    // The columns keep their order as the cards change and the clock moves, and a search finds
    // a deal by what it is called now.
    void columnsKeepTheirOrderAndSearchAsDealsChange()
    {
        Pipeline &p = *f->pipeline;
        QVERIFY(DemoGenerator(p, 7).generate(60, at("03-04T09:00")).ok());
        QVERIFY(model->reload().ok());
        QList<std::shared_ptr<BoardFilterModel>> columns;
        for (const Stage &stage : must(p.stages())) {
            columns << std::make_shared<BoardFilterModel>(stage.id);
            columns.last()->setSourceModel(model.get());
        }
        const auto sorted = [&]() -> QString {
            for (const auto &column : std::as_const(columns)) {
                for (int r = 1; r < column->rowCount(); ++r) {
                    const DealRow *a =
                        model->view(column->index(r - 1, 0).data(Roles::DealId).toLongLong());
                    const DealRow *b =
                        model->view(column->index(r, 0).data(Roles::DealId).toLongLong());
                    const auto due = [](const DealRow *v) {
                        return v->cadence.steps.isEmpty() ? QDateTime()
                                                          : v->cadence.steps.first().due;
                    };
                    const bool inOrder = a->cadence.urgency != b->cadence.urgency
                        ? a->cadence.urgency < b->cadence.urgency
                        : due(a) != due(b) ? (!due(a).isValid() || due(a) < due(b))
                                           : a->deal.id < b->deal.id;
                    if (!inOrder)
                        return QStringLiteral("%1 before %2").arg(a->deal.id).arg(b->deal.id);
                }
                // The same cards as a column made afresh, in the same order.
                BoardFilterModel again(column->stageId());
                again.setSourceModel(model.get());
                QList<qint64> shown, fresh;
                for (int r = 0; r < column->rowCount(); ++r)
                    shown << column->index(r, 0).data(Roles::DealId).toLongLong();
                for (int r = 0; r < again.rowCount(); ++r)
                    fresh << again.index(r, 0).data(Roles::DealId).toLongLong();
                if (shown != fresh)
                    return QStringLiteral("stage %1 differs from a fresh column")
                        .arg(column->stageId());
            }
            // Every deal found at its row (the rows move as their keys change).
            for (int r = 0; r < model->rowCount(); ++r) {
                if (model->rowOf(model->rowAt(r).deal.id) != r)
                    return QStringLiteral("deal %1 not found at row %2")
                        .arg(model->rowAt(r).deal.id)
                        .arg(r);
            }
            return {};
        };
        QCOMPARE(sorted(), QString());
        QList<qint64> open;
        for (const DealRow &v : model->views()) {
            if (v.deal.status == DealStatus::Open)
                open << v.deal.id;
        }
        QVERIFY(p.logTouch(open.at(0), TouchKind::Reply, {}, "Call me", {}, m_now).ok());
        QCOMPARE(sorted(), QString());
        QVERIFY(
            p.setMeeting(open.at(1), at("03-04T12:00"), {}, 30, "Pricing", Channel::Phone, m_now)
                .ok());
        QCOMPARE(sorted(), QString());
        // Each card's row moves as it changes, up and down the board's order.
        // A row that moves leaves and comes back (a proxy takes a move for a new layout).
        QSignalSpy moved(model.get(), &QAbstractItemModel::rowsInserted);
        for (int i = 3; i < 13; ++i) {
            QVERIFY(p.setMeeting(open.at(i), at("03-06T10:00").addSecs(i * 600), {}, 30, "Demo",
                                 Channel::Video, m_now)
                        .ok());
            QCOMPARE(sorted(), QString());
            QVERIFY(p.logTouch(open.at(i), TouchKind::Recap, {}, "Recap", {}, m_now).ok());
            QCOMPARE(sorted(), QString());
        }
        QVERIFY(moved.size() > 5);
        f->addDeal("Walk-in");
        QCOMPARE(sorted(), QString());
        QVERIFY(p.removeDeal(open.at(4)).ok());
        QCOMPARE(sorted(), QString());
        QVERIFY(model->reload().ok());
        QCOMPARE(sorted(), QString());
        for (const char *when : { "03-04T16:00", "03-05T09:00", "03-12T09:00" }) {
            m_now = at(when);
            model->refreshTime();
            QCOMPARE(sorted(), QString());
        }
        const Deal base = must(p.deal(open.at(2)));
        Deal edited = base;
        edited.title = QStringLiteral("Zebrafish rollout");
        QVERIFY(p.editDeal(open.at(2), base, edited, m_now).ok());
        BoardFilterModel all(0);
        all.setSourceModel(model.get());
        all.setSearch(QStringLiteral("zebrafish"));
        QCOMPARE(all.rowCount(), 1);
        Deal again = edited;
        again.title = QStringLiteral("Quokka pilot");
        QVERIFY(p.editDeal(open.at(2), edited, again, m_now).ok());
        QCOMPARE(all.rowCount(), 0); // the column follows the change itself
        all.setSearch(QStringLiteral("zebrafish"));
        QCOMPARE(all.rowCount(), 0);
        all.setSearch(QStringLiteral("quokka"));
        QCOMPARE(all.rowCount(), 1);
    }

    // A search typed letter by letter, and taken back: each step shows what a fresh column
    // with that search shows, a deal renamed between two keystrokes included.
    void typingNarrowsAndFindsWhatChangedMeanwhile()
    {
        Pipeline &p = *f->pipeline;
        QVERIFY(DemoGenerator(p, 7).generate(60, at("03-04T09:00")).ok());
        QVERIFY(model->reload().ok());
        BoardFilterModel typing(0);
        typing.setSourceModel(model.get());
        typing.setShowClosed(true);
        const auto ids = [](const BoardFilterModel &m) {
            QList<qint64> out;
            for (int r = 0; r < m.rowCount(); ++r)
                out << m.index(r, 0).data(Roles::DealId).toLongLong();
            std::sort(out.begin(), out.end());
            return out;
        };
        // Every deal whose folded name, organization, contact or address holds the text.
        const auto fresh = [&](const QString &text) {
            QList<qint64> out;
            for (int r = 0; r < model->rowCount(); ++r) {
                if (model->searchKey(r).contains(RepText::queryKey(text)))
                    out << model->rowAt(r).deal.id;
            }
            std::sort(out.begin(), out.end());
            return out;
        };
        for (const char *text : { "a", "an", "and", "an", "a", "", "o", "or", "r" }) {
            typing.setSearch(text);
            QCOMPARE(ids(typing), fresh(text));
        }
        // A column of one stage asked about "e" alone (after a search that found nothing);
        // typing on in another column finds every deal, not only that stage's.
        typing.setSearch("zqx");
        QCOMPARE(ids(typing), QList<qint64>());
        BoardFilterModel lead(found(p.deals().stageByName("Lead")).id);
        lead.setSourceModel(model.get());
        lead.setSearch("e");
        QVERIFY(lead.rowCount() > 0); // filtered now (a proxy filters when first read)
        typing.setSearch("en");
        QCOMPARE(ids(typing), fresh("en"));
        // "Quok" leaves the deal out; renamed meanwhile, "Quokk" finds it.
        const qint64 renamed = model->views().at(5).deal.id;
        typing.setSearch("quok");
        QVERIFY(!ids(typing).contains(renamed));
        const Deal base = must(p.deal(renamed));
        Deal edited = base;
        edited.title = QStringLiteral("Quokka pilot");
        QVERIFY(p.editDeal(renamed, base, edited, m_now).ok());
        typing.setSearch("quokk");
        QCOMPARE(ids(typing), (QList<qint64> { renamed }));
        QCOMPARE(ids(typing), fresh("quokk"));
    }

    void searchAndStateFilter_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("rows");
        QTest::newRow("everything open") << ""
                                         << "" << 4;
        QTest::newRow("by title, any case") << "SILENT"
                                            << "" << 1;
        QTest::newRow("by organization") << "dollar deal gmbh"
                                         << "" << 1;
        QTest::newRow("by contact") << "jana"
                                    << "" << 4;
        QTest::newRow("by state") << ""
                                  << "silent" << 1;
        QTest::newRow("by state and text, no match") << "fresh"
                                                     << "silent" << 0;
        QTest::newRow("no match") << "zzz"
                                  << "" << 0;
    }
    void searchAndStateFilter()
    {
        QFETCH(QString, search);
        QFETCH(QString, state);
        QFETCH(int, rows);
        BoardFilterModel all(0);
        all.setSourceModel(model.get());
        all.setSearch(search);
        if (!state.isEmpty())
            all.setStates({ *cadenceStateFromString(state) });
        QCOMPARE(all.rowCount(), rows);
    }

    void dropAsksForAMoveAndInsertsNothing()
    {
        BoardFilterModel lead(found(f->pipeline->deals().stageByName("Lead")).id);
        BoardFilterModel demo(found(f->pipeline->deals().stageByName("Demo")).id);
        lead.setSourceModel(model.get());
        demo.setSourceModel(model.get());
        std::unique_ptr<QMimeData> data(lead.mimeData({ lead.index(0, 0) }));
        QVERIFY(data->hasFormat(BoardFilterModel::mimeType));
        QSignalSpy spy(&demo, &BoardFilterModel::moveRequested);
        QVERIFY(demo.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, {}));
        QCOMPARE(demo.dropMimeData(data.get(), Qt::MoveAction, -1, -1, {}), false);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().at(0).toLongLong(), fresh);
        QCOMPARE(spy.first().at(1).toLongLong(), demo.stageId());
        QCOMPARE(demo.rowCount(), 3); // the move itself goes through the pipeline
    }

    void dayQueueListsTodaysStepsByTime()
    {
        DayQueueModel queue(*model);
        QAbstractItemModelTester tester(&queue,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList rows;
        for (const auto &item : queue.items())
            rows << QString::number(item.dealId) + ":" + toString(item.step.kind);
        // Due before the end of 03-04 or overdue (the engaged call, 03-05, is not today): what
        // is past the rule first, then the overdue backlog, then what is due today; earliest
        // first within each.
        QCOMPARE(rows,
                 (QStringList {
                     QString("%1:recap").arg(engaged), QString("%1:invite").arg(engaged),
                     QString("%1:set-meeting").arg(fresh), QString("%1:set-meeting").arg(usd),
                     QString("%1:missed-call").arg(silent), QString("%1:invite").arg(silent),
                     QString("%1:reminder").arg(engaged), QString("%1:reminder").arg(silent) }));
        QVERIFY(queue.index(0, 0).data(Roles::Overdue).toBool());
        QVERIFY(queue.index(2, 0).data(Roles::Overdue).toBool());
        QVERIFY(!queue.index(6, 0).data(Roles::Overdue).toBool());
        QCOMPARE(queue.index(0, DayQueueModel::StepColumn).data().toString(), "Send recap");
        // Sending the recap takes it off the queue.
        QVERIFY(f->pipeline->logTouch(engaged, TouchKind::Recap, {}, {}, "Hi", m_now).ok());
        QCOMPARE(queue.rowCount(), 7);
        // A call at its agreed time goes before everything else.
        m_now = f->pipeline->cadence(engaged, m_now)->steps.constLast().due.addSecs(60);
        model->refreshTime();
        QCOMPARE(toString(queue.items().constFirst().step.kind), "call");
        QCOMPARE(queue.items().constFirst().dealId, engaged);
    }

    // Calls due now lead the queue, the latest first (the one the rep is about to make, as
    // the call banner shows it); a call left unmade an hour ago waits with the rest of today.
    void callsDueNowLeadTheLatestFirst()
    {
        Pipeline &p = *f->pipeline;
        QVERIFY(p.setMeeting(fresh, at("03-05T10:10"), {}, 30, "Demo", Channel::Phone,
                             at("03-04T09:00"))
                    .ok());
        QVERIFY(
            p.setMeeting(usd, at("03-05T09:00"), {}, 30, "Demo", Channel::Phone, at("03-04T09:00"))
                .ok());
        DayQueueModel queue(*model);
        m_now = at("03-05T10:12"); // engaged's call at 10:00, fresh's at 10:10, usd's at 09:00
        model->refreshTime();
        QVERIFY(model->reload().ok());
        QStringList order;
        for (const auto &item : queue.items())
            order << QString::number(item.dealId) + ":" + toString(item.step.kind);
        // 10:10 and 10:00 are due now, the latest first; 09:00 is not (silent's next call,
        // proposed around the 10:00 meeting, is at 10:30: not yet).
        QCOMPARE(order.mid(0, 2),
                 (QStringList { QString("%1:call").arg(fresh), QString("%1:call").arg(engaged) }));
        QVERIFY2(order.indexOf(QString("%1:call").arg(usd)) > 2, qPrintable(order.join(' ')));
        QVERIFY(!DayQueueModel::isCallNow(
            queue.items().at(order.indexOf(QString("%1:call").arg(usd))).step, m_now));
    }

    // The board keeps no history; the few read for the panel and the actions follow every
    // change to their deal, and go with the deal.
    void aHistoryKeptFollowsItsDeal()
    {
        const auto before = model->history(engaged);
        QVERIFY(before);
        QCOMPARE(model->history(engaged), before); // kept: the same read
        QVERIFY(f->pipeline->logTouch(engaged, TouchKind::Note, {}, "asked for pricing", {}, m_now)
                    .ok());
        const auto after = model->history(engaged);
        QVERIFY(after);
        QCOMPARE(after->touches.size(), before->touches.size() + 1);
        QCOMPARE(after->touches.constLast().note, QString("asked for pricing"));
        // The deal the panel keeps asking for stays kept while others are read.
        for (qint64 other : { fresh, silent, won })
            QVERIFY(model->history(other));
        QCOMPARE(model->history(engaged), after);
        for (qint64 other : { usd, fresh })
            QVERIFY(model->history(other));
        QCOMPARE(model->history(engaged), after);
        QVERIFY(f->pipeline->removeDeal(engaged).ok());
        QVERIFY(!model->history(engaged));
    }

    // The clock's tick re-reads every card from its kept facts and announces the cards that
    // changed: what each card then says is what a fresh read says, and a card that changed was
    // announced.
    void aTickShowsWhatAFreshReadShows()
    {
        QVERIFY(DemoGenerator(*f->pipeline, 7).generate(60, at("03-04T09:00")).ok());
        QVERIFY(model->reload().ok());
        const auto card = [](const QAbstractItemModel &m, int row) {
            const QModelIndex i = m.index(row, 0);
            QStringList parts;
            for (int role :
                 { int(Roles::State), int(Roles::Urgency), int(Roles::Stale), int(Roles::IdleDays),
                   int(Roles::NextStepText), int(Roles::BadgeText), int(Roles::NextStepDue) })
                parts << i.data(role).toString();
            return parts.join('|');
        };
        // The deals announced, named as the signal is sent (the rows then move to their new
        // places in the board's order).
        QSet<qint64> told;
        int announced = 0;
        connect(model.get(), &QAbstractItemModel::dataChanged, this,
                [&](const QModelIndex &from, const QModelIndex &to) {
                    ++announced;
                    for (int r = from.row(); r <= to.row(); ++r)
                        told << model->rowAt(r).deal.id;
                });
        const auto cards = [&](const QAbstractItemModel &m) {
            QHash<qint64, QString> byDeal;
            for (int r = 0; r < m.rowCount(); ++r)
                byDeal.insert(m.index(r, 0).data(Roles::DealId).toLongLong(), card(m, r));
            return byDeal;
        };
        for (const char *when : { "03-04T10:01", "03-04T11:30", "03-04T16:59", "03-04T17:01",
                                  "03-04T23:30", "03-05T08:00", "03-09T12:00" }) {
            const QHash<qint64, QString> before = cards(*model);
            told.clear();
            m_now = at(when);
            model->refreshTime();
            PipelineModel fresh(*f->pipeline, [this] { return m_now; });
            QVERIFY(fresh.reload().ok());
            QCOMPARE(fresh.rowCount(), model->rowCount());
            // The same cards in the same places: the board's order, as a fresh read sorts it.
            for (int r = 0; r < model->rowCount(); ++r) {
                const QString now = card(*model, r);
                QCOMPARE(now, card(fresh, r));
                const qint64 id = model->rowAt(r).deal.id;
                QCOMPARE(id, fresh.rowAt(r).deal.id);
                if (now != before.value(id))
                    QVERIFY2(told.contains(id), qPrintable(QString(when) + ": " + now));
            }
        }
        // Within a day, a tick that moves nothing announces nothing.
        announced = 0;
        m_now = m_now.addSecs(30);
        model->refreshTime();
        QVERIFY(announced < 3);
    }

    // The honest header's report and the columns' totals are kept deal by deal: after every
    // kind of change they are what a count of every row says.
    void theCountsKeptDealByDealAreARecount()
    {
        Pipeline &p = *f->pipeline;
        QVERIFY(DemoGenerator(p, 7).generate(60, at("03-04T09:00")).ok());
        QVERIFY(model->reload().ok());
        const auto stages = must(p.stages());
        const auto recounted = [&]() -> QString {
            if (!(model->report() == PipelineReport::from(model->views())))
                return QStringLiteral("the report differs");
            for (const Stage &stage : stages) {
                for (bool closed : { false, true }) {
                    QMap<QString, qint64> t;
                    for (const DealRow &v : model->views()) {
                        if (v.deal.stageId == stage.id
                            && (closed || v.deal.status == DealStatus::Open))
                            t[v.deal.currency] += v.deal.valueCents;
                    }
                    if (model->stageTotals(stage.id, closed) != t)
                        return QStringLiteral("the totals of %1 differ").arg(stage.name);
                }
            }
            return {};
        };
        QCOMPARE(recounted(), QString());
        QVERIFY(model->report().openDeals > 20);
        QVERIFY(!model->report().staleDeals.isEmpty());
        QList<qint64> open;
        for (const DealRow &v : model->views()) {
            if (v.deal.status == DealStatus::Open)
                open << v.deal.id;
        }
        QVERIFY(open.size() > 10);
        const qint64 stale = model->report().staleDeals.constFirst();
        QVERIFY(p.logTouch(stale, TouchKind::Reply, {}, "Call me", {}, m_now).ok());
        QCOMPARE(recounted(), QString());
        QVERIFY(!model->report().staleDeals.contains(stale));
        QVERIFY(p.moveStage(open.at(1), stages.last().id, m_now).ok());
        QCOMPARE(recounted(), QString());
        const Deal base = must(p.deal(open.at(2)));
        Deal edited = base;
        edited.valueCents += 123400;
        edited.currency = QStringLiteral("CHF");
        QVERIFY(p.editDeal(open.at(2), base, edited, m_now).ok());
        QCOMPARE(recounted(), QString());
        QVERIFY(model->report().currencies.contains("CHF"));
        QVERIFY(p.markLost(open.at(2), "No budget", m_now).ok());
        QCOMPARE(recounted(), QString());
        QVERIFY(!model->report().currencies.contains("CHF")); // no open deal in it
        QVERIFY(p.reopen(open.at(2), m_now).ok());
        QCOMPARE(recounted(), QString());
        QVERIFY(p.markWon(open.at(3), m_now).ok());
        QCOMPARE(recounted(), QString());
        QVERIFY(p.removeDeal(open.at(4)).ok());
        QCOMPARE(recounted(), QString());
        f->addDeal("Another lead", "Lead", 777700, "GBP");
        QCOMPARE(recounted(), QString());
        m_now = at("03-20T12:00"); // deals turn stale and past the rule
        model->refreshTime();
        QCOMPARE(recounted(), QString());
        QVERIFY(model->reload().ok());
        QCOMPARE(recounted(), QString());
    }

    // The queue follows each change deal by deal; what it then lists is what a rebuild lists.
    void theQueueUpdatedDealByDealIsTheQueueRebuilt()
    {
        Pipeline &p = *f->pipeline;
        QVERIFY(DemoGenerator(p, 7).generate(60, at("03-04T09:00")).ok());
        QVERIFY(model->reload().ok());
        DayQueueModel queue(*model);
        QAbstractItemModelTester tester(&queue,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto describe = [](const DayQueueModel &q) {
            QStringList rows;
            for (const auto &item : q.items())
                rows << QStringLiteral("%1:%2@%3/%4")
                            .arg(item.dealId)
                            .arg(toString(item.step.kind), item.step.due.toString(Qt::ISODate))
                            .arg(int(item.section));
            return rows;
        };
        const auto same = [&] {
            return describe(queue) == describe(DayQueueModel(*model));
        };
        QVERIFY(queue.rowCount() > 20);
        QVERIFY(same());
        // Each kind of change, on open deals at the top, in the middle and at the end.
        QList<qint64> open;
        for (const auto &item : queue.items()) {
            if (model->view(item.dealId)->deal.status == DealStatus::Open
                && !open.contains(item.dealId))
                open << item.dealId;
        }
        QVERIFY(open.size() > 10);
        QVERIFY(p.logTouch(open.first(), TouchKind::Reply, {}, "Call me", {}, m_now).ok());
        QVERIFY(same());
        QVERIFY(p.markLost(open.at(open.size() / 2), "No budget", m_now).ok());
        QVERIFY(same());
        QVERIFY(p.markWon(open.last(), m_now).ok());
        QVERIFY(same());
        QVERIFY(p.removeDeal(open.at(open.size() / 3)).ok());
        QVERIFY(same());
        f->addDeal("Added meanwhile");
        QVERIFY(same());
        // And a time moved on rebuilds it whole.
        m_now = m_now.addSecs(3 * 3600);
        model->refreshTime();
        QVERIFY(same());
    }

    // A call agreed on the prospect's clock shows that time too, from the deal's summary.
    void aCallShowsTheProspectsClock()
    {
        QVERIFY(f->pipeline
                    ->setMeeting(fresh, at("03-04T16:00"), "America/New_York", 30, "Demo",
                                 Channel::Phone, m_now)
                    .ok());
        DayQueueModel queue(*model);
        int row = -1;
        for (int r = 0; r < queue.rowCount(); ++r) {
            if (queue.items().at(r).dealId == fresh
                && queue.items().at(r).step.kind == StepKind::Call)
                row = r;
        }
        QVERIFY(row >= 0);
        const QString step = queue.index(row, DayQueueModel::StepColumn).data().toString();
        QVERIFY2(step.startsWith("Call (10:00") && step.contains("New York"), qPrintable(step));
    }

    void dayQueueFollowsAReplayedPursuit()
    {
        // One deal through a pursuit; at each moment the queue holds exactly what the rule asks.
        PipelineFixture g;
        Pipeline &p = *g.pipeline;
        const qint64 id = g.addDeal("Replay");
        QDateTime t = at("03-02T08:00");
        PipelineModel m(p, [&t] { return t; });
        QVERIFY(m.reload().ok());
        DayQueueModel queue(m);
        auto steps = [&] {
            m.refreshTime();
            queue.rebuild();
            QStringList kinds;
            for (const auto &item : queue.items())
                kinds << toString(item.step.kind);
            return kinds;
        };
        QCOMPARE(steps(), QStringList { "set-meeting" });
        t = at("03-02T09:00");
        QVERIFY(p.setMeeting(id, at("03-05T10:00"), {}, 30, "Pricing", Channel::Phone, t).ok());
        QCOMPARE(steps(), (QStringList { "recap", "invite" }));
        QVERIFY(p.logTouch(id, TouchKind::Recap, {}, {}, {}, t).ok());
        QVERIFY(p.logTouch(id, TouchKind::Invite, {}, {}, {}, t).ok());
        QCOMPARE(steps(), QStringList()); // nothing more today
        t = at("03-04T07:00");
        QCOMPARE(steps(), QStringList { "reminder" }); // due at 09:00 today
        QVERIFY(p.logTouch(id, TouchKind::Reminder, {}, {}, {}, at("03-04T09:05")).ok());
        t = at("03-05T08:00");
        QCOMPARE(steps(), QStringList { "call" }); // at 10:00, as agreed
        t = at("03-05T10:02");
        QVERIFY(p.meetingMissed(id, 0, t).ok());
        QCOMPARE(steps(), (QStringList { "missed-call", "invite" }));
        QVERIFY(p.logTouch(id, TouchKind::MissedCall, {}, {}, {}, t).ok());
        QVERIFY(p.logTouch(id, TouchKind::Invite, {}, {}, {}, t).ok());
        QCOMPARE(steps(), QStringList());
        t = at("03-06T07:00");
        QCOMPARE(steps(), QStringList { "reminder" }); // the Monday call's reminder, Friday morning
    }

    void timelineShowsWhatHappenedThenWhatIsPlanned()
    {
        TimelineModel timeline;
        QAbstractItemModelTester tester(&timeline,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto h = model->history(silent);
        QVERIFY(h);
        timeline.setDeal(*h, f->pipeline->engine().evaluate(*h, m_now), f->pipeline->engine(),
                         m_now);
        QStringList kinds;
        for (int r = 0; r < timeline.rowCount(); ++r) {
            const QModelIndex i = timeline.index(r);
            const int kind = i.data(Roles::Kind).toInt();
            kinds << (i.data(Roles::Planned).toBool() ? toString(StepKind(kind)) + "?"
                                                      : toString(TouchKind(kind)));
        }
        QCOMPARE(kinds,
                 (QStringList { "meeting-set", "call", "meeting-set", "missed-call?", "invite?",
                                "reminder?", "call?" }));
        QCOMPARE(timeline.index(1).data().toString(), "Call missed");
        QCOMPARE(timeline.index(2).data().toString(), "Next slot proposed");

        // What another rep recorded says who; the reader's own entries stay as they were.
        DealHistory other = *h;
        other.touches[1].rep = 99;
        const QString before = timeline.index(1).data(Roles::StepDetail).toString();
        timeline.setDeal(other, f->pipeline->engine().evaluate(other, m_now), f->pipeline->engine(),
                         m_now,
                         [](qint64 rep) { return rep == 99 ? QStringLiteral("bob") : QString(); });
        QCOMPARE(timeline.index(1).data(Roles::StepDetail).toString(), before + " · by bob");
        QVERIFY(!timeline.index(0).data(Roles::StepDetail).toString().contains("bob"));
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
