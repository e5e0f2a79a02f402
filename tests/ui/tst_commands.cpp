// The undo layer: every kind of edit undoes exactly the rows it wrote and redoes them again,
// byte for byte; what someone else wrote meanwhile is never taken back, and an undo that would
// overwrite it is refused without moving the stack.
#include "commands.h"
#include "dbdump.h"
#include "names.h"
#include "pipelinefixture.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace NineTouch;
using namespace NineTouchUi;
using namespace TestSupport;

using Factory = std::function<std::unique_ptr<EditCommand>(Pipeline &, qint64 a, qint64 b)>;
Q_DECLARE_METATYPE(Factory)

class TestCommands : public QObject
{
    Q_OBJECT

    std::unique_ptr<PipelineFixture> f;
    std::unique_ptr<QUndoStack> stack;
    std::unique_ptr<UndoController> undo;
    qint64 a = 0; // Lead, nothing planned
    qint64 b = 0; // Demo, a call set on Monday 2 March for Thursday 5 March 10:00
    const QDateTime now = at("03-05T10:05"); // five minutes after the call's start

    Stage stage(const char *name) const { return found(f->pipeline->deals().stageByName(name)); }

private slots:
    void init()
    {
        f = std::make_unique<PipelineFixture>();
        stack = std::make_unique<QUndoStack>();
        undo = std::make_unique<UndoController>(*stack);
        a = f->addDeal("Fleet tracking");
        b = f->addDeal("Data platform", "Demo");
        QVERIFY(f->pipeline
                    ->setMeeting(b, at("03-05T10:00"), {}, 30, "Pricing", Channel::Phone,
                                 at("03-02T09:00"))
                    .ok());
    }
    void cleanup()
    {
        undo.reset();
        stack.reset();
        f.reset();
    }

    void everyKindRoundTripsByteForByte_data()
    {
        QTest::addColumn<Factory>("make");
        const QDateTime t = now;
        QTest::newRow("moving a deal to another stage")
            << Factory([this, t](Pipeline &p, qint64 a, qint64) -> std::unique_ptr<EditCommand> {
                   return std::make_unique<MoveStageCommand>(p, DealCard::of(*p.deal(a)),
                                                             stage("Proposal"), t);
               });
        QTest::newRow("editing fields") << Factory([t](Pipeline &p, qint64 a, qint64) {
            const Deal base = *p.deal(a);
            Deal edited = base;
            edited.title = "Fleet tracking, phase 2";
            edited.valueCents = 4242000;
            edited.contact.email = "jana.mueller@example.com";
            edited.organization = "Fleet Holding AG"; // a new organization row
            return std::make_unique<EditDealCommand>(p, base, edited, t);
        });
        QTest::newRow("setting the next meeting") << Factory([t](Pipeline &p, qint64 a, qint64) {
            return std::make_unique<SetMeetingCommand>(
                p, a, MeetingInput { at("03-10T10:00"), {}, 45, "Demo", Channel::Video }, false, t);
        });
        QTest::newRow("moving the meeting") << Factory([t](Pipeline &p, qint64, qint64 b) {
            return std::make_unique<SetMeetingCommand>(
                p, b, MeetingInput { at("03-06T11:00"), {}, 30, {}, Channel::Phone }, true, t);
        });
        QTest::newRow("a meeting held") << Factory([t](Pipeline &p, qint64, qint64 b) {
            return std::make_unique<MeetingHeldCommand>(p, b, t);
        });
        QTest::newRow("a no-show") << Factory([t](Pipeline &p, qint64, qint64 b) {
            return std::make_unique<NoShowCommand>(
                p, b, int(PhoneLine::Direct) | int(PhoneLine::Mobile), QDateTime(), t);
        });
        QTest::newRow("a no-show with the slot the rep settled on")
            << Factory([t](Pipeline &p, qint64, qint64 b) {
                   return std::make_unique<NoShowCommand>(p, b, 0, at("03-10T15:00"), t);
               });
        QTest::newRow("the recap sent with its invite")
            << Factory([t](Pipeline &p, qint64, qint64 b) {
                   return std::make_unique<SendCommand>(
                       p, b, TouchKind::Recap, "Next steps\n\nHi Jana,…", true, t.addDays(-3));
               });
        QTest::newRow("a reply") << Factory([t](Pipeline &p, qint64, qint64 b) {
            return std::make_unique<LogCommand>(p, b, TouchKind::Reply, "Call me Friday", t);
        });
        QTest::newRow("a note") << Factory([t](Pipeline &p, qint64 a, qint64) {
            return std::make_unique<LogCommand>(p, a, TouchKind::Note, "Budget in Q3", t);
        });
        QTest::newRow("an out-of-office: the call waits for the day back")
            << Factory([t](Pipeline &p, qint64, qint64 b) {
                   return std::make_unique<ProspectAwayCommand>(p, b, QDate(2026, 3, 9), "Jana",
                                                                t.addDays(-2));
               });
        QTest::newRow("won") << Factory([t](Pipeline &p, qint64, qint64 b) {
            return std::make_unique<MarkWonCommand>(p, b, t);
        });
        QTest::newRow("lost, with its meeting called off and a re-engage task")
            << Factory([t](Pipeline &p, qint64, qint64 b) {
                   return std::make_unique<MarkLostCommand>(p, b, "chose a competitor", t);
               });
        QTest::newRow("reopened") << Factory([t](Pipeline &p, qint64 a, qint64) {
            require(p.markLost(a, "no budget", t.addDays(-1)).ok(), "cannot lose the deal");
            return std::make_unique<ReopenCommand>(p, a, t);
        });
        QTest::newRow("a new deal") << Factory([this, t](Pipeline &p, qint64, qint64) {
            Deal d;
            d.title = "Security audit";
            d.organization = "Kestrel AG";
            d.contact.name = "Sam Carter";
            d.contact.email = "sam@kestrel.example";
            d.stageId = stage("Qualified").id;
            return std::make_unique<NewDealCommand>(p, d, t);
        });
        QTest::newRow("a deal deleted with its history")
            << Factory([](Pipeline &p, qint64, qint64 b) {
                   return std::make_unique<DeleteDealCommand>(p, *p.deal(b));
               });
    }
    void everyKindRoundTripsByteForByte()
    {
        QFETCH(Factory, make);
        auto command = make(*f->pipeline, a, b);
        const Dump before = dumpDatabase(f->path());
        const Status done = undo->push(std::move(command));
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message));
        const Dump after = dumpDatabase(f->path());
        QVERIFY(before != after);
        for (int round = 0; round < 2; ++round) {
            const Status undone = undo->undo();
            QVERIFY2(undone.ok(), qPrintable(undone.ok() ? QString() : undone.error().message));
            QVERIFY2(dumpDatabase(f->path()) == before,
                     qPrintable(differingTables(before, dumpDatabase(f->path())).join(", ")));
            const Status redone = undo->redo();
            QVERIFY2(redone.ok(), qPrintable(redone.ok() ? QString() : redone.error().message));
            QVERIFY2(dumpDatabase(f->path()) == after,
                     qPrintable(differingTables(after, dumpDatabase(f->path())).join(", ")));
        }
    }

    void aTouchTheCliLoggedSurvivesTheUndoOfAnEarlierEdit()
    {
        QVERIFY(undo->push(std::make_unique<MoveStageCommand>(*f->pipeline,
                                                              DealCard::of(*f->pipeline->deal(b)),
                                                              stage("Proposal"), now))
                    .ok());
        auto cli = f->other();
        QVERIFY(cli->logTouch(b, TouchKind::Reply, {}, "They called back", {}, now).ok());
        QVERIFY(undo->undo().ok());
        QCOMPARE(f->pipeline->deal(b)->stage, "Demo");
        const auto touches = must(f->pipeline->activity().touches(b));
        QCOMPARE(toString(touches.last().kind), "reply");
        QCOMPARE(touches.last().note, "They called back");
    }

    void undoingANoteKeepsTheValueWrittenElsewhere()
    {
        QVERIFY(
            undo->push(std::make_unique<LogCommand>(*f->pipeline, a, TouchKind::Note, "Hi", now))
                .ok());
        auto cli = f->other();
        const Deal before = *cli->deal(a);
        Deal changed = before;
        changed.valueCents = 424200;
        QVERIFY(cli->editDeal(a, before, changed, now).ok());
        QVERIFY(undo->undo().ok());
        QVERIFY(must(f->pipeline->activity().touches(a)).isEmpty());
        QCOMPARE(f->pipeline->deal(a)->valueCents, 424200);
    }

    void undoIsRefusedWhenItsFieldWasChangedElsewhere()
    {
        const Deal base = *f->pipeline->deal(a);
        Deal edited = base;
        edited.valueCents = 2350000;
        QVERIFY(
            undo->push(std::make_unique<EditDealCommand>(*f->pipeline, base, edited, now)).ok());
        auto cli = f->other();
        const Deal seen = *cli->deal(a);
        Deal theirs = seen;
        theirs.valueCents = 424200;
        QVERIFY(cli->editDeal(a, seen, theirs, now).ok());
        const Dump before = dumpDatabase(f->path());
        QSignalSpy failed(undo.get(), &UndoController::failed);
        const Status refused = undo->undo();
        QVERIFY(!refused.ok());
        QCOMPARE(int(refused.error().kind), int(ErrorKind::Refused));
        QVERIFY(refused.error().conflicts.contains(Field::Value));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(stack->index(), 1); // the stack did not move
        QVERIFY(dumpDatabase(f->path()) == before); // nothing written
        QCOMPARE(f->pipeline->deal(a)->valueCents, 424200);
    }

    void undoOfAnEditLeavesAnotherFieldWrittenElsewhere()
    {
        const Deal base = *f->pipeline->deal(a);
        Deal edited = base;
        edited.title = "Fleet tracking, phase 2";
        QVERIFY(
            undo->push(std::make_unique<EditDealCommand>(*f->pipeline, base, edited, now)).ok());
        auto cli = f->other();
        const Deal seen = *cli->deal(a);
        Deal theirs = seen;
        theirs.valueCents = 424200;
        QVERIFY(cli->editDeal(a, seen, theirs, now.addSecs(60)).ok());
        QVERIFY(undo->undo().ok());
        QCOMPARE(f->pipeline->deal(a)->title, "Fleet tracking");
        QCOMPARE(f->pipeline->deal(a)->valueCents, 424200);
    }

    void undoNeverTakesARowSomeoneElseWroteWithIt_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("a new deal the CLI then logged a note on") << "new deal";
        // A reminder is the meeting's own step (a note is not: it stands alone, see tst_mainwindow
        // undoOfAMeetingLeavesANoteTheCliWroteMeanwhile).
        QTest::newRow("a meeting the CLI then logged its reminder for") << "meeting";
    }
    void undoNeverTakesARowSomeoneElseWroteWithIt()
    {
        QFETCH(QString, what);
        qint64 id = a;
        if (what == "new deal") {
            Deal d = *f->pipeline->deal(a);
            d.title = "Security audit";
            auto command = std::make_unique<NewDealCommand>(*f->pipeline, d, now);
            const NewDealCommand *added = command.get();
            QVERIFY(undo->push(std::move(command)).ok());
            id = added->dealId();
        } else {
            QVERIFY(undo->push(std::make_unique<SetMeetingCommand>(
                                   *f->pipeline, a,
                                   MeetingInput { at("03-10T10:00"), {}, 30, {}, Channel::Phone },
                                   false, now))
                        .ok());
        }
        auto cli = f->other();
        const TouchKind kind = what == "meeting" ? TouchKind::Reminder : TouchKind::Note;
        QVERIFY(cli->logTouch(id, kind, {}, "Written by a script", {}, now).ok());
        const Dump before = dumpDatabase(f->path());
        const Status refused = undo->undo();
        QVERIFY(!refused.ok());
        QCOMPARE(int(refused.error().kind), int(ErrorKind::Refused));
        // The refusal names the row that blocks it, in the rep's words.
        QVERIFY2(refused.error().message.contains("“Written by a script”"),
                 qPrintable(refused.error().message));
        QVERIFY(dumpDatabase(f->path()) == before); // the script's note, and all else, kept
        QCOMPARE(stack->index(), 1);
    }

    void redoOfADeletionIsRefusedWhenTheCliWroteToTheDealMeanwhile()
    {
        QVERIFY(undo->push(std::make_unique<DeleteDealCommand>(*f->pipeline, *f->pipeline->deal(b)))
                    .ok());
        QVERIFY(undo->undo().ok());
        auto cli = f->other();
        QVERIFY(cli->logTouch(b, TouchKind::Reply, {}, "Yes, Thursday works", {}, now).ok());
        const Status refused = undo->redo();
        QVERIFY(!refused.ok());
        QCOMPARE(must(f->pipeline->activity().touches(b)).last().note, "Yes, Thursday works");
        QCOMPARE(stack->index(), 0);
    }

    void anEditThatChangesNothingLeavesNothingToUndo()
    {
        const Deal base = *f->pipeline->deal(a);
        QVERIFY(undo->push(std::make_unique<EditDealCommand>(*f->pipeline, base, base, now)).ok());
        QCOMPARE(stack->count(), 0);
    }

    // The slot the rep settled on is the one proposed slot: one entry on the timeline, the
    // meeting at that time, nothing proposed and then moved.
    void aNoShowWithAChangedSlotWritesItOnce()
    {
        QVERIFY(
            undo->push(std::make_unique<NoShowCommand>(*f->pipeline, b, 0, at("03-10T15:00"), now))
                .ok());
        int set = 0, moved = 0;
        for (const Touch &t : must(f->pipeline->activity().touches(b))) {
            set += t.kind == TouchKind::MeetingSet && t.proposed;
            moved += t.kind == TouchKind::MeetingMoved;
            if (t.kind == TouchKind::MeetingSet && t.proposed)
                QCOMPARE(t.slot, at("03-10T15:00"));
        }
        QCOMPARE(set, 1);
        QCOMPARE(moved, 0);
        QCOMPARE(found(f->pipeline->activity().scheduledMeeting(b)).start, at("03-10T15:00"));
    }

    void anOutOfOfficeMovesOnceAndSaysWhat()
    {
        auto note = std::make_shared<QString>();
        QVERIFY(undo->push(std::make_unique<ProspectAwayCommand>(*f->pipeline, b, QDate(2026, 3, 9),
                                                                 "Jana", at("03-03T12:00"), note))
                    .ok());
        QCOMPARE(stack->count(), 1);
        QVERIFY2(note->contains("back on"), qPrintable(*note));
        QVERIFY2(note->contains("The call moves to"), qPrintable(*note));
        QCOMPARE(found(f->pipeline->activity().scheduledMeeting(b)).start, at("03-09T10:00"));
        // The same day read again (a second copy of the reply): nothing new, nothing to undo.
        auto again = std::make_shared<QString>();
        QVERIFY(undo->push(std::make_unique<ProspectAwayCommand>(*f->pipeline, b, QDate(2026, 3, 9),
                                                                 "Jana", at("03-03T12:05"), again))
                    .ok());
        QCOMPARE(stack->count(), 1);
        QVERIFY(again->isEmpty());
        QVERIFY(undo->undo().ok());
        QCOMPARE(found(f->pipeline->activity().scheduledMeeting(b)).start, at("03-05T10:00"));
    }

    void undoOfAMoveToARemovedStageIsRefusedWithItsName()
    {
        // The only Lead deal moves to Demo; the emptied Lead stage is removed in the settings.
        QVERIFY(undo->push(std::make_unique<MoveStageCommand>(*f->pipeline,
                                                              DealCard::of(*f->pipeline->deal(a)),
                                                              stage("Demo"), now))
                    .ok());
        QVERIFY(f->pipeline->removeStage(stage("Lead").id).ok());
        QSignalSpy failed(undo.get(), &UndoController::failed);
        const Status refused = undo->undo();
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains("“Lead” was removed"),
                 qPrintable(refused.error().message));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.constFirst().at(0).toString().contains("Move Fleet tracking to Demo"));
        QCOMPARE(stack->index(), 1);
        QCOMPARE(f->pipeline->deal(a)->stage, "Demo");
    }

    void redoIsRefusedWhenTheDealMovedElsewhereMeanwhile()
    {
        QVERIFY(undo->push(std::make_unique<MoveStageCommand>(*f->pipeline,
                                                              DealCard::of(*f->pipeline->deal(a)),
                                                              stage("Proposal"), now))
                    .ok());
        QVERIFY(undo->undo().ok());
        auto cli = f->other();
        QVERIFY(cli->moveStage(a, stage("Negotiation").id, now.addSecs(60)).ok());
        const Status refused = undo->redo();
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().conflicts.contains(Field::Stage));
        QCOMPARE(stack->index(), 0);
        QCOMPARE(f->pipeline->deal(a)->stage, "Negotiation");
    }

    void aRefusedEditLeavesNothingOnTheStack()
    {
        const Deal base = *f->pipeline->deal(a);
        Deal bad = base;
        bad.contact.email = "not-an-address";
        const Status refused =
            undo->push(std::make_unique<EditDealCommand>(*f->pipeline, base, bad, now));
        QVERIFY(!refused.ok());
        QCOMPARE(int(refused.error().field), int(Field::Email));
        QCOMPARE(stack->count(), 0);
    }
};

QTEST_MAIN(TestCommands)
#include "tst_commands.moc"
