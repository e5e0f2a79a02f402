// The main window as a rep uses it: the board, stage moves by drop and undo, filters, the
// no-show flow, the call alert.
#include "boardview.h"
#include "commands.h"
#include "dealform.h"
#include "dealpanel.h"
#include "honestbar.h"
#include "mainwindow.h"
#include "must.h"
#include "names.h"
#include "pipelinefixture.h"
#include "roles.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QTest>

using namespace NineTouch;
using namespace NineTouchUi;
using namespace TestSupport;

class TestMainWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<PipelineFixture> f;
    std::unique_ptr<MainWindow> w;
    QDateTime m_now;
    qint64 a = 0, b = 0;

    BoardFilterModel *column(const QString &stage) const
    {
        for (BoardFilterModel *c : w->board()->columns()) {
            if (c->stageId() == found(f->pipeline->deals().stageByName(stage)).id)
                return c;
        }
        return nullptr;
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
        m_now = at("03-04T10:00");
        w = std::make_unique<MainWindow>(*f->pipeline, [this] { return m_now; });
        w->resize(1280, 800);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    }
    void cleanup()
    {
        w.reset();
        f.reset();
    }

    void boardHasAColumnPerStageInOrder()
    {
        const auto columns = w->board()->columns();
        QCOMPARE(columns.size(), 5);
        QCOMPARE(column("Lead")->rowCount(), 1);
        QCOMPARE(column("Demo")->rowCount(), 1);
        QCOMPARE(w->board()->visibleDeals(), 2);
    }

    void dropOnAnotherColumnMovesTheStageAndUndoMovesItBack()
    {
        std::unique_ptr<QMimeData> data(column("Lead")->mimeData({ column("Lead")->index(0, 0) }));
        // The same call QListView makes when a card is dropped on the Proposal column.
        column("Proposal")->dropMimeData(data.get(), Qt::MoveAction, -1, -1, {});
        QCOMPARE(f->pipeline->deal(a)->stage, "Proposal");
        QCOMPARE(column("Lead")->rowCount(), 0);
        QCOMPARE(column("Proposal")->rowCount(), 1);
        QCOMPARE(w->undoStack().count(), 1);
        QCOMPARE(w->undoStack().undoText(), "Move Fleet tracking to Proposal");

        QVERIFY(w->undoController().undo().ok());
        QCOMPARE(f->pipeline->deal(a)->stage, "Lead");
        QCOMPARE(column("Lead")->rowCount(), 1);
        QVERIFY(must(f->pipeline->activity().touches(a))
                    .isEmpty()); // the stage-change touch is gone too
        QVERIFY(w->undoController().redo().ok());
        QCOMPARE(f->pipeline->deal(a)->stage, "Proposal");
        QCOMPARE(must(f->pipeline->activity().touches(a)).size(), 1);
    }

    void newDealIsUndoableAndComesBackWithItsId()
    {
        Deal d;
        d.title = "Security audit";
        d.organization = "Kestrel AG";
        d.contact.name = "Sam Carter";
        d.contact.email = "sam@kestrel.example";
        d.currency = "EUR";
        d.stageId = found(f->pipeline->deals().stageByName("Qualified")).id;
        auto command = std::make_unique<NewDealCommand>(*f->pipeline, d, m_now);
        const NewDealCommand *added = command.get();
        QVERIFY(w->undoController().push(std::move(command)).ok());
        const qint64 id = added->dealId();
        QCOMPARE(column("Qualified")->rowCount(), 1);
        QVERIFY(w->undoController().undo().ok());
        QVERIFY(!f->pipeline->deal(id));
        QCOMPARE(column("Qualified")->rowCount(), 0);
        QVERIFY(w->undoController().redo().ok());
        QCOMPARE(f->pipeline->deal(id)->title, "Security audit");
        QCOMPARE(f->pipeline->deal(id)->contact.email, "sam@kestrel.example");
        QCOMPARE(column("Qualified")->rowCount(), 1);
        // A refused new deal leaves nothing on the stack.
        d.contact.email = "not-an-address";
        QVERIFY(!w->undoController()
                     .push(std::make_unique<NewDealCommand>(*f->pipeline, d, m_now))
                     .ok());
        QCOMPARE(w->undoStack().count(), 1);
    }

    void dropOnTheSameColumnChangesNothing()
    {
        QVERIFY(w->moveStage(a, f->pipeline->deal(a)->stageId).ok());
        QCOMPARE(w->undoStack().count(), 0);
    }

    void searchFiltersTheBoard()
    {
        w->setSearchText("fleet");
        QCOMPARE(w->board()->visibleDeals(), 1);
        w->setSearchText("");
        QCOMPARE(w->board()->visibleDeals(), 2);
    }

    void clickingAHeaderSegmentFiltersTheBoard()
    {
        auto *bar = w->findChild<HonestBar *>();
        QVERIFY(bar);
        bar->grab(); // lays the segments out
        // Two deals of equal value: engaged (b) fills the left half of the bar, no-meeting (a) the
        // right.
        const QFontMetrics fm(bar->font());
        const QPoint engaged(12 + 10, fm.height() + 12 + (fm.height() + 6) / 2);
        QTest::mouseClick(bar, Qt::LeftButton, {}, engaged);
        QCOMPARE(w->board()->visibleDeals(), 1);
        QCOMPARE(column("Demo")->rowCount(), 1);
        QCOMPARE(column("Lead")->rowCount(), 0);
        QTest::mouseClick(bar, Qt::LeftButton, {}, engaged); // again: the filter is cleared
        QCOMPARE(w->board()->visibleDeals(), 2);
    }

    void selectingADealFillsThePanel()
    {
        w->selectDeal(b);
        QCOMPARE(w->dealPanel()->dealId(), b);
        QVERIFY(w->dealPanel()->timeline().rowCount() > 1);
    }

    void editingInThePanelSavesUndoesAndKeepsARefusedEdit()
    {
        w->selectDeal(a);
        auto *form = w->dealPanel()->findChild<DealForm *>();
        QPushButton *save = nullptr;
        for (QPushButton *b : w->dealPanel()->findChildren<QPushButton *>())
            save = b->text() == "&Save changes" ? b : save;
        QVERIFY(form && save);
        form->titleEdit()->selectAll();
        QTest::keyClicks(form->titleEdit(), "Fleet tracking, phase 2");
        QVERIFY(save->isEnabled());
        save->click();
        QCOMPARE(f->pipeline->deal(a)->title, "Fleet tracking, phase 2");
        QVERIFY(w->undoController().undo().ok());
        QCOMPARE(f->pipeline->deal(a)->title, "Fleet tracking");

        // A refused edit: nothing written, the form keeps what was typed and says why.
        auto *email = form->findChild<QLineEdit *>("email");
        QVERIFY(email);
        QCOMPARE(email->text(), "jana@example.com");
        email->selectAll();
        QTest::keyClicks(email, "jana-at-example");
        QVERIFY(save->isEnabled());
        save->click();
        QCOMPARE(f->pipeline->deal(a)->contact.email, "jana@example.com");
        QCOMPARE(email->text(), "jana-at-example");
        bool said = false;
        for (QLabel *l : w->dealPanel()->findChildren<QLabel *>())
            said =
                said || (!l->isHidden() && l->text().contains("'jana-at-example' is not an email"));
        QVERIFY(said);
    }

    void noShowProposesTheSlotAndIsUndoable()
    {
        m_now = at("03-05T10:05");
        w->model().refreshTime();
        bool breakupDue = true;
        QVERIFY(
            w->recordNoShow(b, int(PhoneLine::Direct) | int(PhoneLine::Reception), {}, &breakupDue)
                .ok());
        QVERIFY(!breakupDue);
        const auto next = must(f->pipeline->activity().scheduledMeeting(b));
        QVERIFY(next);
        QCOMPARE(next->start, at("03-09T10:00"));
        const Cadence c = *f->pipeline->cadence(b, m_now);
        QCOMPARE(c.cycle, 2);
        QCOMPARE(toString(c.nextStep()->kind), "missed-call");
        QCOMPARE(must(f->pipeline->activity().touches(b)).at(1).tried,
                 int(PhoneLine::Direct) | int(PhoneLine::Reception));

        QVERIFY(w->undoController().undo().ok());
        const auto restored = must(f->pipeline->activity().scheduledMeeting(b));
        QCOMPARE(restored->start, at("03-05T10:00"));
        QCOMPARE(f->pipeline->cadence(b, m_now)->cycle, 1);
    }

    void noShowWithAChangedSlotMovesTheProposal()
    {
        m_now = at("03-05T10:05");
        QVERIFY(w->recordNoShow(b, 0, at("03-10T15:00")).ok());
        const auto next = must(f->pipeline->activity().scheduledMeeting(b));
        QCOMPARE(next->start, at("03-10T15:00"));
        QCOMPARE(f->pipeline->cadence(b, m_now)->cycle, 2); // a move, not another cycle
        QCOMPARE(w->undoStack().count(), 1); // one action, one undo
    }

    void noShowBeforeTheMeetingIsRefusedAndChangesNothing()
    {
        const Status s = w->recordNoShow(b, 0, {});
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains("before it starts"));
        QCOMPARE(w->undoStack().count(), 0);
        QVERIFY(must(f->pipeline->activity().scheduledMeeting(b)));
    }

    void callAlertShowsTheNumbersWhenTheCallComesDue()
    {
        w->checkCalls();
        QVERIFY(w->callBanner()->isHidden());
        m_now = at("03-05T10:01");
        w->model().refreshTime();
        w->checkCalls();
        QVERIFY(w->callBanner()->isVisible());
        QVERIFY(w->callBanner()->text().contains("Jana Müller"));
        QVERIFY(w->callBanner()->text().contains("+49 30 1234567"));
        QVERIFY(w->callBanner()->text().contains("+49 170 1234567"));
        m_now = at("03-05T11:00"); // a call an hour past is no longer "now"
        w->model().refreshTime();
        w->checkCalls();
        QVERIFY(w->callBanner()->isHidden());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
