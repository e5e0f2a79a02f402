// The main window as a rep uses it: the board, stage moves by drop and undo, filters, the
// no-show flow, the call alert.
#include "boardview.h"
#include "callalert.h"
#include "commands.h"
#include "composerdialog.h"
#include "datefield.h"
#include "dbdump.h"
#include "dealactions.h"
#include "dealform.h"
#include "dealpanel.h"
#include "dialogwatcher.h"
#include "drafts.h"
#include "honestbar.h"
#include "lostdialog.h"
#include "mainwindow.h"
#include "meetingdialogs.h"
#include "must.h"
#include "names.h"
#include "pgserver.h"
#include "pipelinefixture.h"
#include "roles.h"
#include "timefield.h"
#include "translations.h"
#include "welcomepage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

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

    // The window's parts, found as they are on screen; each is used through its own API.
    template<class Part> Part *part() const
    {
        auto *found = w->findChild<Part *>();
        Q_ASSERT(found);
        return found;
    }
    BoardView *board() const { return part<BoardView>(); }
    DealPanel *panel() const { return part<DealPanel>(); }
    CallAlert *alert() const { return part<CallAlert>(); }
    DealActions *deals() const { return part<DealActions>(); }
    QLabel *searchHint() const { return w->findChild<QLabel *>(QStringLiteral("searchHint")); }
    void setSearchText(const QString &text)
    {
        w->findChild<QLineEdit *>(QStringLiteral("search"))->setText(text);
    }
    // What the board shows of a deal (its columns filter the window's model).
    const DealRow *shown(qint64 deal) const
    {
        const auto *model =
            qobject_cast<const PipelineModel *>(board()->columns().constFirst()->sourceModel());
        return model ? model->view(deal) : nullptr;
    }

    BoardFilterModel *column(const QString &stage) const
    {
        for (BoardFilterModel *c : board()->columns()) {
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
        const auto columns = board()->columns();
        QCOMPARE(columns.size(), 5);
        QCOMPARE(column("Lead")->rowCount(), 1);
        QCOMPARE(column("Demo")->rowCount(), 1);
        QCOMPARE(board()->visibleDeals(), 2);
    }

    void dropOnAnotherColumnMovesTheStageAndUndoMovesItBack()
    {
        std::unique_ptr<QMimeData> data(column("Lead")->mimeData({ column("Lead")->index(0, 0) }));
        // The same call QListView makes when a card is dropped on the Proposal column.
        column("Proposal")->dropMimeData(data.get(), Qt::MoveAction, -1, -1, {});
        QCOMPARE(f->pipeline->deal(a)->stage, "Proposal");
        QCOMPARE(column("Lead")->rowCount(), 0);
        QCOMPARE(column("Proposal")->rowCount(), 1);
        QCOMPARE(w->undoController().stack().count(), 1);
        QCOMPARE(w->undoController().stack().undoText(), "Move Fleet tracking to Proposal");

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
        QCOMPARE(w->undoController().stack().count(), 1);
    }

    void dropOnTheSameColumnChangesNothing()
    {
        QVERIFY(deals()->moveStage(a, f->pipeline->deal(a)->stageId).ok());
        QCOMPARE(w->undoController().stack().count(), 0);
    }

    void searchFiltersTheBoard()
    {
        setSearchText("fleet");
        QCOMPARE(board()->visibleDeals(), 1);
        setSearchText("");
        QCOMPARE(board()->visibleDeals(), 2);
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
        QCOMPARE(board()->visibleDeals(), 1);
        QCOMPARE(column("Demo")->rowCount(), 1);
        QCOMPARE(column("Lead")->rowCount(), 0);
        QTest::mouseClick(bar, Qt::LeftButton, {}, engaged); // again: the filter is cleared
        QCOMPARE(board()->visibleDeals(), 2);
    }

    // Deals in another currency are counted in the legend, their value beside the bar's and
    // never converted (the trial saw "Past the rule 0 EUR (0)" beside red GBP deals).
    void theLegendCountsEveryCurrency()
    {
        f->addDeal("London depot", "Lead", 2400000, "GBP");
        auto *bar = w->findChild<HonestBar *>();
        QVERIFY(bar);
        QTRY_VERIFY2(bar->legend().join(" | ").contains("GBP"),
                     qPrintable(bar->legend().join(" | ")));
        const QString noMeeting = bar->legend().value(3);
        QVERIFY2(noMeeting.contains("GBP") && noMeeting.endsWith("(2)"), qPrintable(noMeeting));
    }

    // -- one current deal ----------------------------------------------------------------------

    void aDraggedDealStaysTheCurrentDeal()
    {
        // A neighbour in the column, which a naive selection would move to.
        f->addDeal("Analytics");
        QTRY_COMPARE(column("Lead")->rowCount(), 2);
        w->selectDeal(a);
        QModelIndex card;
        for (int r = 0; r < column("Lead")->rowCount(); ++r) {
            if (column("Lead")->index(r, 0).data(Roles::DealId).toLongLong() == a)
                card = column("Lead")->index(r, 0);
        }
        std::unique_ptr<QMimeData> data(column("Lead")->mimeData({ card }));
        column("Proposal")->dropMimeData(data.get(), Qt::MoveAction, -1, -1, {});
        // No neighbour takes over: the panel, the board and the actions stay on the moved deal,
        // now selected in its new column.
        QCOMPARE(w->currentDeal(), a);
        QCOMPARE(panel()->dealId(), a);
        QTRY_COMPARE(board()->currentDeal(), a);
        auto *proposal = board()->findChild<QListView *>();
        for (QListView *v : board()->findChildren<QListView *>())
            proposal = v->model() == column("Proposal") ? v : proposal;
        QTRY_COMPARE(proposal->currentIndex().data(Roles::DealId).toLongLong(), a);
        QVERIFY(proposal->selectionModel()->isSelected(proposal->currentIndex()));
    }

    // A stage an import adds is where the rep sees it: at the place its CRM gives it, and the
    // board scrolled to its column on a laptop's screen, with the status bar naming it.
    void anImportedStageIsShownOnTheBoard()
    {
        w->resize(1366, 768);
        QTemporaryDir dir;
        QFile file(dir.filePath("pipedrive.csv"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Deal - Title,Organization - Name,Person - Name,Person - Email - Work,"
                   "Deal - Stage\nPilot,Acme,Jo Doe,jo@acme.example,Negotiations Started\n"
                   "Rollout,Acme,Jo Doe,jo@acme.example,Contract Review\n");
        file.close();
        DialogWatcher watcher([&file](QDialog *d) {
            if (auto *picker = qobject_cast<QFileDialog *>(d)) {
                // Typed, as a rep would: selectFile() leaves the name field alone once it has
                // the focus, and the picker would then say "File not found" (a hang here).
                auto *name = picker->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                QVERIFY(name);
                name->setText(file.fileName());
                static_cast<QDialog *>(picker)->accept();
            } else {
                d->accept(); // the import dialog: Import
            }
        });
        QScrollBar *across = board()->horizontalScrollBar();
        QCOMPARE(across->value(), 0);
        w->action(MainWindow::Action::Import)->trigger();
        QCOMPARE(must(f->pipeline->stages()).constLast().name, "Contract Review");
        QVERIFY2(w->statusBar()->currentMessage().contains("New stages: Contract Review."),
                 qPrintable(w->statusBar()->currentMessage()));
        // Its column, the sixth, is inside the board's viewport.
        QTRY_VERIFY(across->value() > 0);
        QLabel *header = nullptr;
        for (QLabel *l : board()->findChildren<QLabel *>()) {
            if (l->toolTip().startsWith("Contract Review:"))
                header = l;
        }
        QVERIFY(header);
        const QRect shown(header->mapTo(board()->viewport(), QPoint(0, 0)), header->size());
        QVERIFY2(board()->viewport()->rect().contains(shown),
                 qPrintable(QString("%1,%2 %3x%4")
                                .arg(shown.x())
                                .arg(shown.y())
                                .arg(shown.width())
                                .arg(shown.height())));
    }

    // A column's name is never cut on a laptop's screen while its deal count has the room: a
    // long name (German ones are) keeps the first line, the count moves to the second.
    void aLongStageNameIsShownWhole()
    {
        w->resize(1366, 768);
        const Stage negotiation = found(f->pipeline->deals().stageByName("Negotiation"));
        QVERIFY(f->pipeline->renameStage(negotiation.id, "Vertragsverhandlung").ok());
        for (int i = 0; i < 12; ++i)
            f->addDeal(QString("Deal %1").arg(i), "Vertragsverhandlung");
        QLabel *header = nullptr;
        QTRY_VERIFY([&] {
            for (QLabel *l : board()->findChildren<QLabel *>()) {
                if (l->toolTip().startsWith("Vertragsverhandlung:"))
                    header = l;
            }
            return header != nullptr;
        }());
        QTRY_VERIFY2(header->text().contains("12 deal"), qPrintable(header->text()));
        QVERIFY2(header->text().contains("<b>Vertragsverhandlung</b>"), qPrintable(header->text()));
    }

    void markingLostAndUndoingKeepTheDeal()
    {
        w->selectDeal(b);
        DialogWatcher watcher([](QDialog *d) {
            // The reasons a rep gives: "Chose a competitor", with a detail.
            auto *lost = qobject_cast<LostDialog *>(d);
            QVERIFY(lost);
            lost->choose(1);
            lost->setDetails("Vektor");
            lost->accept();
        });
        w->action(MainWindow::Action::Lost)->trigger();
        QVERIFY(f->pipeline->deal(b)->status == DealStatus::Lost);
        QCOMPARE(f->pipeline->deal(b)->lostReason, "Chose a competitor: Vektor");
        // The lost deal leaves the board but stays the deal the rep acts on.
        QCOMPARE(w->currentDeal(), b);
        QCOMPARE(panel()->dealId(), b);
        QVERIFY(w->action(MainWindow::Action::Reopen)->isEnabled());
        w->action(MainWindow::Action::Undo)->trigger();
        QVERIFY(f->pipeline->deal(b)->status == DealStatus::Open);
        QCOMPARE(w->currentDeal(), b);
        QTRY_COMPARE(board()->currentDeal(), b);
        w->action(MainWindow::Action::Redo)->trigger();
        QCOMPARE(w->currentDeal(), b);
    }

    void theBreakupReasonIsOfferedOnlyAfterTheBreakup()
    {
        LostDialog before("Fleet tracking", false);
        before.choose(0);
        QVERIFY(before.reason().isEmpty()); // not offered: nothing chosen
        LostDialog after("Fleet tracking", true);
        QCOMPARE(after.reason(), Pipeline::breakupLostReason());
    }

    QListView *viewOf(const QString &stage) const
    {
        for (QListView *v : board()->findChildren<QListView *>()) {
            if (v->model() == column(stage))
                return v;
        }
        return nullptr;
    }

    // A rep's laptop: every stage whole beside the deal panel, in English and in German.
    void aLaptopScreenShowsEveryStage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << "en";
        QTest::newRow("German") << "de";
    }
    void aLaptopScreenShowsEveryStage()
    {
        QFETCH(QString, language);
        w.reset();
        const QLocale before;
        installTranslations(*qApp, language);
        QLocale::setDefault(QLocale(language));
        const auto restore = qScopeGuard([&] {
            for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
            QLocale::setDefault(before);
        });
        // The longest state line a deal has: behind the rule, in the last stage.
        QVERIFY(f->pipeline
                    ->moveStage(b, found(f->pipeline->deals().stageByName("Negotiation")).id, m_now)
                    .ok());
        m_now = at("03-05T12:00");
        MainWindow window(*f->pipeline, [this] { return m_now; });
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectDeal(b); // the panel as wide as a deal makes it
        QApplication::processEvents();
        const int panelLeft = window.findChild<DealPanel *>()->mapTo(&window, QPoint(0, 0)).x();
        // The panel needs no more than the 400 pixels it opens with, whatever the deal: long
        // lines wrap, and the board keeps its room.
        const int needs = window.findChild<DealPanel *>()->minimumSizeHint().width();
        QVERIFY2(needs <= 400, qPrintable(QString("the panel needs %1 px").arg(needs)));
        const QList<QListView *> columns =
            window.findChild<BoardView *>()->findChildren<QListView *>();
        QCOMPARE(columns.size(), 5);
        for (QListView *column : columns) {
            const QRect r(column->mapTo(&window, QPoint(0, 0)), column->size());
            QVERIFY2(r.right() < panelLeft,
                     qPrintable(QString("a column ends at %1, the panel starts at %2")
                                    .arg(r.right())
                                    .arg(panelLeft)));
            QVERIFY(column->isVisible());
        }
        QVERIFY(!window.findChild<BoardView *>()->horizontalScrollBar()->isVisible());
        // The deal's details fit the panel's width: nothing cut at its right edge.
        auto *form = window.findChild<DealPanel *>()->findChild<DealForm *>();
        QVERIFY(form);
        auto *scroll =
            qobject_cast<QScrollArea *>(form->parentWidget()->parentWidget()->parentWidget());
        QVERIFY(scroll);
        // (Measured against the panel: the tab is not shown, so its own size is not laid out.)
        const int needed = scroll->widget()->minimumSizeHint().width();
        const int room =
            window.findChild<DealPanel *>()->width() - 24; // the tab's frame and a scroll bar
        QVERIFY2(
            needed <= room,
            qPrintable(QString("the form needs %1 px, the panel gives %2").arg(needed).arg(room)));
        // The panel's buttons read in the language of the app.
        QCOMPARE(window.action(MainWindow::Action::Lost)->iconText(),
                 language == "de" ? QString("Verloren") : QString("Lost"));
    }

    // A half-typed word may leave one card, which becomes the deal; cleared, the search gives
    // back the deal the rep was on. A card the rep picks meanwhile stays.
    void aClearedSearchGivesBackTheDealOfBefore()
    {
        w->selectDeal(a);
        setSearchText("Data plat"); // only b matches
        QCOMPARE(w->currentDeal(), b);
        setSearchText(QString());
        QCOMPARE(w->currentDeal(), a);
        // Picked on the board during a search: the rep's choice.
        setSearchText("Data plat");
        w->selectDeal(a); // elsewhere (the queue), then back on the board by a click
        for (QListView *view : board()->findChildren<QListView *>()) {
            if (view->model() == column("Demo"))
                QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                                  view->visualRect(view->model()->index(0, 0)).center());
        }
        QCOMPARE(w->currentDeal(), b);
        setSearchText(QString());
        QCOMPARE(w->currentDeal(), b);
        // Picked in the day queue during a search: the rep's choice too.
        setSearchText("Data plat");
        auto *queue = w->findChild<QTableView *>(QStringLiteral("dayQueueView"));
        int row = -1;
        for (int r = 0; r < queue->model()->rowCount() && row < 0; ++r) {
            if (queue->model()->index(r, 0).data(Roles::DealId).toLongLong() == a)
                row = r;
        }
        QVERIFY(row >= 0);
        QTest::mouseClick(queue->viewport(), Qt::LeftButton, {},
                          queue->visualRect(queue->model()->index(row, 0)).center());
        QCOMPARE(w->currentDeal(), a);
        setSearchText(QString());
        QCOMPARE(w->currentDeal(), a);
        setSearchText("Data plat");
        setSearchText(QString());
        QCOMPARE(w->currentDeal(), a); // back to a, the deal of before this search
    }

    void showingWonAndLostDealsSaysAllDeals()
    {
        auto *state = w->findChild<QComboBox *>(QStringLiteral("stateFilter"));
        QCOMPARE(state->itemText(0), "All open deals");
        w->action(MainWindow::Action::ShowClosed)->setChecked(true);
        QCOMPARE(state->itemText(0), "All deals");
        w->action(MainWindow::Action::ShowClosed)->setChecked(false);
        QCOMPARE(state->itemText(0), "All open deals");
    }

    void aFilterThatHidesTheDealClearsThePanelAndSaysWhy()
    {
        // The rep clicks the card of a.
        QListView *lead = viewOf("Lead");
        QTest::mouseClick(lead->viewport(), Qt::LeftButton, {},
                          lead->visualRect(lead->model()->index(0, 0)).center());
        QCOMPARE(w->currentDeal(), a);
        QVERIFY(w->action(MainWindow::Action::Meeting)->isEnabled());
        auto *state = w->findChild<QComboBox *>("stateFilter");
        QVERIFY(state);
        state->setCurrentIndex(state->findData(int(CadenceState::Engaged))); // only b
        QCOMPARE(w->currentDeal(), 0);
        QCOMPARE(panel()->dealId(), 0);
        QVERIFY(panel()->emptyText().contains("“Fleet tracking” is hidden"));
        // Nothing to act on: every deal action is off.
        for (auto a : { MainWindow::Action::Meeting, MainWindow::Action::Compose,
                        MainWindow::Action::Lost, MainWindow::Action::Note })
            QVERIFY(!w->action(a)->isEnabled());
        // The filter cleared, the deal comes back, with its actions.
        state->setCurrentIndex(0);
        QCOMPARE(w->currentDeal(), a);
        QCOMPARE(panel()->dealId(), a);
        QVERIFY(w->action(MainWindow::Action::Meeting)->isEnabled());
    }

    // Picked in the day queue, then hidden by a search on the board: the rep's eyes moved to
    // the board, so the panel leaves the deal and says why, and the queue row is let go.
    void aDealPickedInTheQueueLeavesThePanelWhenASearchHidesIt()
    {
        auto *queue = w->findChild<QDockWidget *>("dayQueue")->findChild<QTableView *>();
        QVERIFY(queue);
        int row = -1;
        for (int r = 0; r < queue->model()->rowCount(); ++r) {
            if (queue->model()->index(r, 0).data(Roles::DealId).toLongLong() == a)
                row = r;
        }
        QVERIFY(row >= 0);
        const QModelIndex index = queue->model()->index(row, 0);
        queue->scrollTo(index);
        QTest::mouseClick(queue->viewport(), Qt::LeftButton, {}, queue->visualRect(index).center());
        QCOMPARE(w->currentDeal(), a);
        setSearchText("no such deal");
        QCOMPARE(w->currentDeal(), 0);
        QCOMPARE(panel()->dealId(), 0);
        QVERIFY(panel()->emptyText().contains("“Fleet tracking” is hidden"));
        QVERIFY(!queue->selectionModel()->hasSelection());
        QVERIFY(!w->action(MainWindow::Action::Meeting)->isEnabled());
        setSearchText("");
        QCOMPARE(w->currentDeal(), a);
        QCOMPARE(panel()->dealId(), a);
    }

    // The rep works through a queue row: the step done, its row goes, and the rep stays on the
    // deal (on its next step) — the queue never moves the panel to another deal by itself,
    // not even when it takes the focus back after a dialog.
    void theQueueNeverMovesThePanelToAnotherDealByItself()
    {
        auto *queue = w->findChild<QDockWidget *>("dayQueue")->findChild<QTableView *>();
        QVERIFY(queue);
        const auto rowOf = [&](qint64 deal) {
            for (int r = 0; r < queue->model()->rowCount(); ++r) {
                if (queue->model()->index(r, 0).data(Roles::DealId).toLongLong() == deal)
                    return r;
            }
            return -1;
        };
        QVERIFY(rowOf(a) >= 0);
        const QModelIndex index = queue->model()->index(rowOf(a), 0);
        QTest::mouseClick(queue->viewport(), Qt::LeftButton, {}, queue->visualRect(index).center());
        QCOMPARE(w->currentDeal(), a);
        // The meeting set (as the dialog would): "set the next meeting" leaves the queue.
        QVERIFY(
            f->pipeline->setMeeting(a, at("03-09T10:00"), {}, 30, "Pricing", Channel::Phone, m_now)
                .ok());
        QTRY_VERIFY(queue->model()->rowCount() > 0 && rowOf(a) >= 0); // its recap is due now
        QCOMPARE(w->currentDeal(), a);
        QCOMPARE(queue->currentIndex().data(Roles::DealId).toLongLong(), a);
        // No current row, then the focus comes back: the first row is not taken for a choice.
        const qint64 first = queue->model()->index(0, 0).data(Roles::DealId).toLongLong();
        const qint64 other = first == a ? b : a;
        w->selectDeal(other);
        queue->selectionModel()->clear();
        // A change anywhere rebuilds the queue, which then has no current row.
        QVERIFY(f->pipeline->logTouch(other, TouchKind::Note, {}, "called back", {}, m_now).ok());
        QApplication::processEvents();
        QVERIFY(!queue->currentIndex().isValid());
        QFocusEvent focusBack(QEvent::FocusIn, Qt::ActiveWindowFocusReason);
        QApplication::sendEvent(queue, &focusBack);
        QApplication::processEvents();
        QCOMPARE(w->currentDeal(), other);
    }

    // A search shows each column from its first card, not half a card where the rep had
    // scrolled before.
    // The selected card's place in its column changes (a meeting set by another program, the
    // clock): the column stays where the rep scrolled it. A card dropped on another column is
    // scrolled to there.
    void aCardMovingWithinItsColumnLeavesTheColumnWhereTheRepScrolledIt()
    {
        QList<qint64> ids;
        for (int i = 0; i < 40; ++i)
            ids << f->addDeal(QStringLiteral("Deal %1").arg(i));
        QListView *lead = nullptr;
        for (QListView *v : board()->findChildren<QListView *>()) {
            if (v->model() == column("Lead"))
                lead = v;
        }
        QVERIFY(lead);
        QTRY_COMPARE(column("Lead")->rowCount(), 41);
        const qint64 x = ids.at(30);
        board()->selectDeal(x, false);
        QTRY_VERIFY(lead->verticalScrollBar()->value() > 0);
        lead->verticalScrollBar()->setValue(0);
        const auto rowOf = [&](qint64 id) {
            for (int r = 0; r < column("Lead")->rowCount(); ++r) {
                if (column("Lead")->index(r, 0).data(Roles::DealId).toLongLong() == id)
                    return r;
            }
            return -1;
        };
        const int before = rowOf(x);
        QVERIFY(f->other()
                    ->setMeeting(x, at("03-09T10:00"), {}, 30, "Demo", Channel::Video, m_now)
                    .ok());
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(x) != before, 1000);
        QTest::qWait(50); // the selection restored after the change
        QCOMPARE(board()->currentDeal(), x);
        QCOMPARE(lead->currentIndex().data(Roles::DealId).toLongLong(), x);
        QCOMPARE(lead->verticalScrollBar()->value(), 0);
        // Dropped on Proposal (dragged from where the rep sees it), it is shown there.
        std::unique_ptr<QMimeData> data(
            column("Lead")->mimeData({ column("Lead")->index(rowOf(x), 0) }));
        column("Proposal")->dropMimeData(data.get(), Qt::MoveAction, -1, -1, {});
        QTRY_COMPARE(column("Proposal")->rowCount(), 1);
        QTRY_COMPARE(board()->currentDeal(), x);
    }

    // A search keeps the selected card in sight in its column, wherever the rep had scrolled.
    void aSearchKeepsTheSelectedCardInSight()
    {
        QList<qint64> ids;
        for (int i = 0; i < 40; ++i)
            ids << f->addDeal(QStringLiteral("Deal %1").arg(i));
        QListView *lead = viewOf("Lead");
        QTRY_COMPARE(lead->model()->rowCount(), 41);
        const qint64 x = ids.at(15);
        w->selectDeal(x);
        QApplication::processEvents();
        lead->verticalScrollBar()->setValue(0);
        QVERIFY(!lead->viewport()->rect().intersects(lead->visualRect(lead->currentIndex())));
        setSearchText("Deal 1");
        QTest::qWait(50); // the selection restored after the change
        QCOMPARE(lead->currentIndex().data(Roles::DealId).toLongLong(), x);
        QVERIFY(lead->viewport()->rect().contains(lead->visualRect(lead->currentIndex())));
    }

    void aSearchShowsEachColumnFromTheTop()
    {
        for (int i = 0; i < 30; ++i)
            f->addDeal(QStringLiteral("Lead %1").arg(i));
        QTRY_VERIFY(viewOf("Lead")->model()->rowCount() > 20);
        QListView *lead = viewOf("Lead");
        QApplication::processEvents();
        lead->verticalScrollBar()->setValue(lead->verticalScrollBar()->maximum());
        QVERIFY(lead->verticalScrollBar()->value() > 0);
        setSearchText("Lead 1");
        QApplication::processEvents();
        QCOMPARE(lead->verticalScrollBar()->value(), 0);
    }

    // What the deal panel shows below the timeline when the rep selects the touch of that kind.
    QString textOfTouch(qint64 deal, const QString &title)
    {
        w->selectDeal(deal);
        QApplication::processEvents();
        QListView *timeline = nullptr;
        for (QListView *v : panel()->findChildren<QListView *>()) {
            if (v->accessibleName() == "Touch timeline")
                timeline = v;
        }
        if (!timeline)
            return "no timeline";
        int row = -1;
        for (int r = 0; r < timeline->model()->rowCount(); ++r) {
            const QModelIndex i = timeline->model()->index(r, 0);
            if (!i.data(Roles::Planned).toBool()
                && i.data(Qt::DisplayRole).toString().contains(title))
                row = r;
        }
        if (row < 0)
            return "no " + title + " on the timeline";
        timeline->setCurrentIndex(timeline->model()->index(row, 0));
        auto *text = panel()->findChild<QTextBrowser *>();
        return text ? text->toPlainText() : "no text view";
    }

    // A step logged as done without its words (by the CLI, in the demo) says so when the rep
    // selects it, instead of asking the rep to select a sent email.
    void aStepLoggedWithoutItsTextSaysSo()
    {
        QVERIFY(f->pipeline->logTouch(b, TouchKind::Reminder, {}, {}, {}, m_now).ok());
        const QString text = textOfTouch(b, "Reminder");
        QVERIFY2(text.contains("no text was kept"), qPrintable(text));
    }

    // The exact words of a sent email are on the timeline after a restart too: the board reads
    // histories without their texts, the open deal reads its own whole.
    void aSentEmailShowsItsTextAfterARestart()
    {
        const QString body = "Hello Jana,\n\na reminder of our call tomorrow at 10:00.";
        QVERIFY(f->pipeline->logTouch(b, TouchKind::Reminder, {}, {}, body, m_now).ok());
        QCOMPARE(textOfTouch(b, "Reminder"), body);
        w.reset();
        f->pipeline = f->other(); // the app started again on the same file
        w = std::make_unique<MainWindow>(*f->pipeline, [this] { return m_now; });
        w->resize(1280, 800);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        const QString text = textOfTouch(b, "Reminder");
        QCOMPARE(text, body);
    }

    // The reading pane shows the entry selected, never one that is gone or another deal's.
    void theReadingPaneNeverShowsAnEntryThatIsGone()
    {
        const QString body = "Hello Jana,\n\na reminder of our call tomorrow at 10:00.";
        QVERIFY(f->pipeline->logTouch(b, TouchKind::Reminder, {}, {}, body, m_now).ok());
        QCOMPARE(textOfTouch(b, "Reminder"), body);
        auto *text = panel()->findChild<QTextBrowser *>();
        QVERIFY(text);
        w->selectDeal(a); // another deal
        QApplication::processEvents();
        QVERIFY2(!text->toPlainText().contains("reminder of our call"),
                 qPrintable(text->toPlainText()));
        QCOMPARE(textOfTouch(b, "Reminder"), body);
        // The entry removed (by another program, or undone): its words go too.
        QSqlDatabase db = TestStore::addConnection("pane", f->path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec("DELETE FROM touches WHERE kind = 'reminder'"));
        db.close();
        QSqlDatabase::removeDatabase("pane");
        QTRY_VERIFY2(!text->toPlainText().contains("reminder of our call"),
                     qPrintable(text->toPlainText()));
    }

    // The panel's form edits the whole record, read with the deal's history. A deal whose
    // record cannot be read just now gets no form, never the last deal's fields under its name;
    // the form fills in once the file reads again.
    void aRecordThatCannotBeReadGetsNoForm()
    {
        // A window opened on the file reads cards, no history.
        w.reset();
        const qint64 c = f->addDeal("Route planning");
        w = std::make_unique<MainWindow>(*f->pipeline, [this] { return m_now; });
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        w->selectDeal(a);
        QApplication::processEvents();
        DealForm *form = panel()->form();
        QVERIFY(form->isEnabled());
        QCOMPARE(must(form->deal(Deal())).title, QString("Fleet tracking"));
        const auto rename = [this](const char *sql) {
            QSqlDatabase db = TestStore::addConnection("away", f->path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            db.close();
        };
        DialogWatcher watcher; // the window's warning that the file failed: dismissed
        rename("ALTER TABLE meetings RENAME TO meetings_away");
        QSqlDatabase::removeDatabase("away");
        w->selectDeal(c); // before the window hears of the change: only the history fails
        QCOMPARE(panel()->dealId(), c);
        QVERIFY(!form->isEnabled());
        QVERIFY(must(form->deal(Deal())).title.isEmpty());
        rename("ALTER TABLE meetings_away RENAME TO meetings");
        QSqlDatabase::removeDatabase("away");
        w->selectDeal(a); // the rep looks elsewhere and back
        w->selectDeal(c);
        QVERIFY(form->isEnabled());
        QCOMPARE(must(form->deal(Deal())).title, QString("Route planning"));
    }

    // The CLI, as a rep's script runs it, on the window's file.
    void cliWrites(const QStringList &arguments)
    {
        QProcess p;
        p.start(QStringLiteral(NINETOUCH_CLI), QStringList { "--db", f->path() } + arguments);
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }

    // A note the CLI writes to a deal is no part of the meeting the app set: undoing the meeting
    // takes back the meeting and leaves the note. Before, the note was linked to the meeting and
    // the undo was refused for good.
    void undoOfAMeetingLeavesANoteTheCliWroteMeanwhile()
    {
        MeetingInput m;
        m.start = at("03-09T10:00");
        m.agenda = "The pilot plan";
        QVERIFY(w->undoController()
                    .push(std::make_unique<SetMeetingCommand>(*f->pipeline, a, m, false, m_now))
                    .ok());
        cliWrites({ "touch", QString::number(a), "note", "--note", "Called reception" });
        QTRY_COMPARE(must(f->pipeline->activity().touches(a)).size(), 2);
        DialogWatcher watcher;
        const Status undone = w->undoController().undo();
        QVERIFY2(undone.ok(), qPrintable(undone.ok() ? QString() : undone.error().message));
        QCOMPARE(watcher.messages, QStringList());
        const auto touches = must(f->pipeline->activity().touches(a));
        QCOMPARE(touches.size(), 1);
        QCOMPARE(touches.constFirst().note, QStringLiteral("Called reception"));
        QVERIFY(!must(f->pipeline->activity().scheduledMeeting(a)).has_value());
    }

    // The CLI changed the very field the app's edit wrote: the undo is refused and says which
    // field; the rep takes it off the list and the step before it is undone as usual.
    void aRefusedUndoNamesTheFieldAndCanBeTakenOffTheList()
    {
        QVERIFY(w->undoController()
                    .push(std::make_unique<LogCommand>(*f->pipeline, a, TouchKind::Note,
                                                       "Budget confirmed", m_now))
                    .ok());
        const Deal base = *f->pipeline->deal(a);
        Deal edited = base;
        edited.valueCents = 2350000;
        QVERIFY(w->undoController()
                    .push(std::make_unique<EditDealCommand>(*f->pipeline, base, edited, m_now))
                    .ok());
        cliWrites({ "deal", "update", QString::number(a), "--value", "4242" });
        QTRY_COMPARE(f->pipeline->deal(a)->valueCents, 424200);

        DialogWatcher watcher;
        watcher.choose = [](QMessageBox *box) -> QAbstractButton * {
            for (QAbstractButton *b : box->buttons()) {
                if (b->text() == "Take it off the undo list")
                    return b;
            }
            return nullptr;
        };
        w->action(MainWindow::Action::Undo)->trigger();
        QCOMPARE(watcher.messages.size(), 1);
        QVERIFY2(watcher.messages.constFirst().contains("Value"),
                 qPrintable(watcher.messages.constFirst()));
        QCOMPARE(f->pipeline->deal(a)->valueCents, 424200); // the CLI's value stays
        QCOMPARE(w->undoController().stack().count(), 1); // the refused step is off the list
        QCOMPARE(w->undoController().stack().undoText(), QStringLiteral("Note"));

        w->action(MainWindow::Action::Undo)->trigger(); // the step before it: not stuck
        QCOMPARE(watcher.messages.size(), 1);
        QVERIFY(must(f->pipeline->activity().touches(a)).isEmpty());
        QCOMPARE(f->pipeline->deal(a)->valueCents, 424200);
    }

    void aSearchWithOneResultSelectsIt()
    {
        w->selectDeal(a);
        setSearchText("data");
        QCOMPARE(board()->visibleDeals(), 1);
        QCOMPARE(w->currentDeal(), b);
        QCOMPARE(panel()->dealId(), b);
        QVERIFY(w->action(MainWindow::Action::Held)->isEnabled());
    }

    void searchIgnoresAccentsEscClearsAndClosedMatchesAreOffered()
    {
        setSearchText("JANA MULLER");
        QCOMPARE(board()->visibleDeals(), 2);
        setSearchText("mueller");
        QCOMPARE(board()->visibleDeals(), 2);
        auto *search = w->findChild<QLineEdit *>("search");
        search->setFocus();
        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(search->text(), QString());
        QVERIFY(searchHint()->isHidden());

        QVERIFY(f->pipeline->markLost(a, "No budget", m_now).ok());
        setSearchText("fleet");
        QCOMPARE(board()->visibleDeals(), 0);
        QVERIFY(searchHint()->isVisible());
        QVERIFY2(searchHint()->text().contains("No open deal matches “fleet”"),
                 qPrintable(searchHint()->text()));
        QVERIFY(searchHint()->text().contains("Also found among won and lost deals: 1."));
        emit searchHint()->linkActivated("closed");
        QVERIFY(w->action(MainWindow::Action::ShowClosed)->isChecked());
        QCOMPARE(board()->visibleDeals(), 1);
        QCOMPARE(w->currentDeal(), a); // the one card left
    }

    void theDealCountFollowsChanges()
    {
        auto *count = w->statusBar()->findChild<QLabel *>("dealCount");
        QVERIFY(count);
        QTRY_VERIFY2(count->text().startsWith("2 deal(s)"), qPrintable(count->text()));
        f->addDeal("Analytics");
        QTRY_VERIFY2(count->text().startsWith("3 deal(s)"), qPrintable(count->text()));
    }

    // -- the call ------------------------------------------------------------------------------

    QPushButton *bannerButton(const char *name) const
    {
        return alert()->findChild<QPushButton *>(name);
    }

    void theCallBannerActs()
    {
        w->selectDeal(a);
        m_now = at("03-05T10:01");
        w->refreshTime();
        w->checkCalls();
        QVERIFY(alert()->isVisible());
        QCOMPARE(alert()->dealId(), b);
        // Open deal: the deal of the call, in the panel.
        bannerButton("bannerOpen")->click();
        QCOMPARE(w->currentDeal(), b);
        w->selectDeal(a);
        // No answer: the no-show flow for the call's deal, whatever deal was selected.
        DialogWatcher watcher([](QDialog *d) { d->accept(); });
        bannerButton("bannerNoAnswer")->click();
        QCOMPARE(w->currentDeal(), b);
        const auto touches = must(f->pipeline->activity().touches(b));
        QVERIFY(std::any_of(touches.cbegin(), touches.cend(),
                            [](const Touch &t) { return t.isMissedCall(); }));
        w->checkCalls();
        QVERIFY(alert()->isHidden()); // the call is done
    }

    void theCallBannerRecordsAHeldCall()
    {
        m_now = at("03-05T10:01");
        w->refreshTime();
        w->checkCalls();
        DialogWatcher watcher; // "Set the next meeting now?": yes; the meeting dialog: cancelled
        bannerButton("bannerHeld")->click();
        QVERIFY(!must(f->pipeline->activity().scheduledMeeting(b)));
        QVERIFY(f->pipeline->cadence(b, m_now)->state == CadenceState::NoMeeting);
    }

    void theBannerWaitsBeforeOfferingTheNextCall()
    {
        // Two calls due at once: after the first is recorded, the banner shows the other one,
        // and its buttons wait a moment, so a double click cannot record on the next deal.
        QVERIFY(f->pipeline
                    ->setMeeting(a, at("03-05T10:00"), {}, 30, "Pilot", Channel::Phone,
                                 at("03-02T09:00"))
                    .ok());
        m_now = at("03-05T10:01");
        w->refreshTime();
        w->checkCalls();
        const qint64 first = alert()->dealId();
        QVERIFY(first == a || first == b);
        DialogWatcher watcher([](QDialog *d) { d->accept(); });
        bannerButton("bannerNoAnswer")->click();
        QTRY_VERIFY(alert()->dealId() != first && alert()->dealId() != 0);
        QVERIFY(!bannerButton("bannerHeld")->isEnabled());
        QVERIFY(!bannerButton("bannerNoAnswer")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(bannerButton("bannerHeld")->isEnabled(), 3000);
    }

    void callsComingDueTogetherAreAnnouncedOnce()
    {
        QVERIFY(f->pipeline
                    ->setMeeting(a, at("03-05T09:55"), {}, 30, "Pilot", Channel::Phone,
                                 at("03-02T09:00"))
                    .ok());
        QSignalSpy announced(alert(), &CallAlert::callDue);
        m_now = at("03-05T10:01");
        w->refreshTime();
        w->checkCalls();
        QCOMPARE(announced.size(), 1);
        // The latest call (b's, at 10:00) by name and number, and the other counted.
        QCOMPARE(announced.first().at(0).toString(), "Call Jana Müller now");
        QVERIFY2(
            announced.first().at(1).toString().startsWith("As agreed: +49 30 1234567 1 more call"),
            qPrintable(announced.first().at(1).toString()));
        w->checkCalls();
        m_now = at("03-05T10:02");
        w->refreshTime();
        QCOMPARE(announced.size(), 1); // each call once
    }

    void clickingTheBannerShowsItsDeal()
    {
        w->selectDeal(a);
        m_now = at("03-05T10:01");
        w->refreshTime();
        w->checkCalls();
        auto *text = alert()->findChild<QLabel *>();
        QTest::mouseClick(text, Qt::LeftButton);
        QCOMPARE(w->currentDeal(), b);
    }

    void heldBeforeTheMeetingStartsAsksFirst()
    {
        w->selectDeal(b); // its meeting is tomorrow
        {
            DialogWatcher watcher; // the question's default: Cancel
            w->action(MainWindow::Action::Held)->trigger();
            QCOMPARE(watcher.messages.size(), 1);
            QVERIFY2(watcher.messages.first().contains("still ahead"),
                     qPrintable(watcher.messages.first()));
        }
        QVERIFY(must(f->pipeline->activity().scheduledMeeting(b)));
        DialogWatcher watcher;
        watcher.choose = [](QMessageBox *box) -> QAbstractButton * {
            for (QAbstractButton *button : box->buttons()) {
                if (button->text() == "Record as held")
                    return button;
            }
            return nullptr; // "Set the next meeting now?": its default
        };
        w->action(MainWindow::Action::Held)->trigger();
        QVERIFY(!must(f->pipeline->activity().scheduledMeeting(b)));
    }

    // -- the first run -----------------------------------------------------------------------

    void aFirstRunLeadsToAFirstDealWithAReadyRecap()
    {
        // A database as a new rep has it: no deal, no name, no email.
        QTemporaryDir dir;
        auto fresh =
            must(Pipeline::open(dir.filePath("new.sqlite"), Database::Mode::CreateIfMissing));
        MainWindow first(*fresh, [this] { return m_now; });
        first.resize(1366, 768);
        first.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        QVERIFY(first.isWelcomeShown());
        WelcomePage *welcome = first.findChild<WelcomePage *>();
        // Without an email address no recap could go out: asked for, nothing else happens.
        welcome->emailEdit()->clear();
        welcome->nameEdit()->setText("Alex Morgan");
        welcome->firstDealButton()->click();
        QVERIFY(welcome->errorText().contains("email address is needed"));
        QVERIFY(first.isWelcomeShown());

        QTest::keyClicks(welcome->emailEdit(), "alex@ninetouch.example");
        DialogWatcher watcher([](QDialog *d) {
            auto *form = d->findChild<DealForm *>();
            QVERIFY(form);
            form->titleEdit()->setText("Fleet tracking – Acme");
            d->findChild<QLineEdit *>("organization")->setText("Acme GmbH");
            d->findChild<QLineEdit *>("contact")->setText("Jana Roe");
            d->findChild<QLineEdit *>("email")->setText("jana@acme.example");
            d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        welcome->firstDealButton()->click();
        QCOMPARE(fresh->settings().repName, "Alex Morgan");
        QCOMPARE(fresh->settings().repEmail, "alex@ninetouch.example");
        QCOMPARE(fresh->settings().repSignature, "Alex Morgan"); // no signature typed: the name
        QTRY_VERIFY(!first.isWelcomeShown());
        QCOMPARE(first.findChild<BoardView *>()->visibleDeals(), 1);
        const qint64 id = first.currentDeal();
        QVERIFY(id > 0);
        // The meeting agreed on the first call: the recap is ready, signed and addressed.
        QVERIFY(first.undoController()
                    .push(std::make_unique<SetMeetingCommand>(
                        *fresh, id,
                        MeetingInput { at("03-06T10:00"), "Europe/Berlin", 30, "Pricing",
                                       Channel::Video },
                        false, m_now))
                    .ok());
        const auto draft = DraftBuilder(*fresh).build(id, StepKind::Recap, m_now);
        QVERIFY(draft.ok());
        QVERIFY2(draft->ready(), qPrintable(draft->problemTexts(true).join("; ")));
        QVERIFY(draft->body.contains("Alex Morgan"));
        QVERIFY(!draft->body.contains("{{"));
    }

    void theDemoIsNeverTheRepsFile()
    {
        QVERIFY(!Database::defaultPath("demo.sqlite").endsWith("ninetouch.sqlite"));
        QCOMPARE(QFileInfo(Database::defaultPath("demo.sqlite")).absolutePath(),
                 QFileInfo(Database::defaultPath()).absolutePath());
    }

    void changedSettingsRepaintSafely()
    {
        // The settings rebuild the working calendar: nothing may keep the old one (under the
        // sanitizers this read freed memory when the timeline painted).
        w->selectDeal(b);
        QVERIFY(f->pipeline->setSetting("work.hours", "08:00-16:00").ok());
        QVERIFY(f->pipeline->setSetting("rep.tz", "America/New_York").ok());
        QVERIFY(!w->grab().isNull());
        QVERIFY(!panel()->grab().isNull());
    }

    void selectingADealFillsThePanel()
    {
        w->selectDeal(b);
        QCOMPARE(panel()->dealId(), b);
        QVERIFY(panel()->timeline().rowCount() > 1);
    }

    void editingInThePanelSavesUndoesAndKeepsARefusedEdit()
    {
        w->selectDeal(a);
        auto *form = panel()->findChild<DealForm *>();
        QPushButton *save = nullptr;
        for (QPushButton *b : panel()->findChildren<QPushButton *>())
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
        for (QLabel *l : panel()->findChildren<QLabel *>())
            said =
                said || (!l->isHidden() && l->text().contains("'jana-at-example' is not an email"));
        QVERIFY(said);
    }

private:
    // The no-show as the rep records it: the action, its dialog filled in (the lines tried, the
    // slot kept or moved), then the composer the app opens on the email now due.
    struct NoShow
    {
        bool asked = false; // the dialog was shown
        bool lastCycle = false; // what it said before anything was written
        std::optional<StepKind> composerStep;
    };
    NoShow recordNoShow(qint64 deal, bool reception, const QDateTime &slot = {})
    {
        NoShow run;
        w->selectDeal(deal);
        DialogWatcher watcher([&](QDialog *dialog) {
            if (auto *noShow = qobject_cast<NoShowDialog *>(dialog)) {
                run.asked = true;
                run.lastCycle = noShow->lastCycle();
                for (QCheckBox *line : noShow->findChildren<QCheckBox *>()) {
                    if (line->text().startsWith(QLatin1String("Reception")))
                        line->setChecked(reception);
                }
                if (slot.isValid()) {
                    const auto meeting = must(f->pipeline->activity().scheduledMeeting(deal));
                    const QDateTime local = slot.toTimeZone(QTimeZone(meeting->tz.toUtf8()));
                    noShow->findChild<DateField *>()->setDate(local.date());
                    noShow->findChild<TimeField *>()->setTime(local.time());
                }
                noShow->accept();
            } else if (auto *composer = qobject_cast<ComposerDialog *>(dialog)) {
                run.composerStep = composer->draft().step;
                composer->reject();
            } else {
                dialog->reject();
            }
        });
        w->action(MainWindow::Action::NoShow)->trigger();
        return run;
    }

private slots:
    void noShowProposesTheSlotAndIsUndoable()
    {
        m_now = at("03-05T10:05");
        w->refreshTime();
        const NoShow run = recordNoShow(b, true);
        QVERIFY(run.asked);
        QVERIFY(!run.lastCycle);
        QCOMPARE(run.composerStep,
                 std::optional(StepKind::MissedCall)); // the email the dialog announced
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
        w->refreshTime();
        const NoShow run = recordNoShow(b, false, at("03-10T15:00"));
        QVERIFY(run.asked);
        QCOMPARE(run.composerStep, std::optional(StepKind::MissedCall));
        const auto next = must(f->pipeline->activity().scheduledMeeting(b));
        QCOMPARE(next->start, at("03-10T15:00"));
        QCOMPARE(f->pipeline->cadence(b, m_now)->cycle, 2); // a move, not another cycle
        QCOMPARE(w->undoController().stack().count(), 1); // one action, one undo
        // The timeline shows the one slot agreed, never the proposal it replaced.
        const auto meetings = must(f->pipeline->activity().meetings(b));
        for (const Meeting &m : meetings)
            QVERIFY2(m.start != at("03-09T10:00"), qPrintable(m.start.toString(Qt::ISODate)));
        QCOMPARE(must(f->pipeline->activity().touches(b)).at(1).tried, int(PhoneLine::Direct));
    }

    void noShowBeforeTheMeetingIsNotOfferedAndChangesNothing()
    {
        // The meeting is tomorrow: nobody can have missed it yet.
        w->selectDeal(b);
        QVERIFY(!w->action(MainWindow::Action::NoShow)->isEnabled());
        const NoShow run = recordNoShow(b, true);
        QVERIFY(!run.asked);
        QCOMPARE(w->undoController().stack().count(), 0);
        QVERIFY(must(f->pipeline->activity().scheduledMeeting(b)));
        QCOMPARE(must(f->pipeline->activity().touches(b)).size(), 1);
    }

    // -- the app follows the file ------------------------------------------------------------

    static int cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(NINETOUCH_CLI), args);
        p.waitForFinished(20000);
        return p.exitCode();
    }

    void aTouchTheCliLogsShowsWithinASecondAndSurvivesUndo()
    {
        // An edit in the app first, then the CLI writes to the same file.
        QVERIFY(deals()->moveStage(a, found(f->pipeline->deals().stageByName("Proposal")).id).ok());
        board()->selectDeal(b);
        w->selectDeal(b);
        QCOMPARE(cli({ "--db", f->path(), "--now", "2026-03-04T10:30:00+01:00", "touch",
                       QString::number(a), "reply", "--note", "Call me Friday" }),
                 0);
        QCOMPARE(cli({ "--db", f->path(), "--now", "2026-03-04T10:30:00+01:00", "deal", "update",
                       QString::number(b), "--value", "4242" }),
                 0);
        QElapsedTimer clock;
        clock.start();
        // The reply is the deal's last sign of life on the board's row.
        QTRY_COMPARE_WITH_TIMEOUT(shown(a)->facts.lastSignOfLife,
                                  QDateTime::fromString("2026-03-04T10:30:00+01:00", Qt::ISODate),
                                  1000);
        QTRY_COMPARE_WITH_TIMEOUT(shown(b)->deal.valueCents, 424200, 1000);
        QVERIFY(clock.elapsed() < 1000);
        // The rep's place is kept: the same deal selected on the board and in the panel.
        QCOMPARE(board()->currentDeal(), b);
        QCOMPARE(panel()->dealId(), b);
        // Undoing the earlier move keeps the reply the CLI logged.
        QVERIFY(w->undoController().undo().ok());
        QCOMPARE(f->pipeline->deal(a)->stage, "Lead");
        const auto touches = must(f->pipeline->activity().touches(a));
        QCOMPARE(touches.size(), 1);
        QCOMPARE(toString(touches.constFirst().kind), "reply");
        QCOMPARE(column("Lead")->rowCount(), 1);
    }

    // Two apps on one pipeline, each with its own connection (two laptops on one server, on
    // the _pg run): a card one moves shows on the other within a second, each undoes its own
    // steps, and an undo of a step the other app changed again since is refused, naming the
    // field: what the other wrote stays.
    void twoAppsOnOnePipelineSeeEachOtherAndNeverOverwrite()
    {
        auto pipeline = f->other();
        MainWindow second(*pipeline, [this] { return m_now; });
        second.resize(1280, 800);
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        const auto stage = [this](const char *name) {
            return found(f->pipeline->deals().stageByName(name)).id;
        };
        const auto secondColumn = [&](const char *name) -> BoardFilterModel * {
            for (BoardFilterModel *c : second.findChild<BoardView *>()->columns()) {
                if (c->stageId() == stage(name))
                    return c;
            }
            return nullptr;
        };
        QElapsedTimer clock;
        clock.start();
        QVERIFY(deals()->moveStage(a, stage("Proposal")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(secondColumn("Proposal")->rowCount(), 1, 1000);
        QVERIFY(clock.elapsed() < 1000);
        // The second app moves it on; the first sees that too.
        auto *secondDeals = second.findChild<DealActions *>();
        QVERIFY(secondDeals->moveStage(a, stage("Negotiation")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(column("Negotiation")->rowCount(), 1, 1000);
        QCOMPARE(column("Proposal")->rowCount(), 0);
        // The first app's undo would put back what the second changed since: refused.
        DialogWatcher watcher;
        w->action(MainWindow::Action::Undo)->trigger();
        QCOMPARE(watcher.messages.size(), 1);
        QVERIFY2(watcher.messages.constFirst().contains("Stage"),
                 qPrintable(watcher.messages.constFirst()));
        QCOMPARE(must(pipeline->deal(a)).stage, "Negotiation");
        // The second app's own undo takes its step back, and the first shows it.
        QVERIFY(second.undoController().undo().ok());
        QTRY_COMPARE_WITH_TIMEOUT(column("Proposal")->rowCount(), 1, 1000);
        QCOMPARE(must(f->pipeline->deal(a)).stage, "Proposal");
    }

    // A pipeline several reps share: the board offers the rep's own deals or the team's, and
    // in the team's view another rep's card names its owner. One rep alone gets no such
    // choice. The choice is kept for the next start.
    void aSharedPipelineOffersTheTeamsDealsWithTheirOwners()
    {
        QVERIFY(!w->findChild<QComboBox *>("whoseDeals")->isVisible());
        {
            QSqlDatabase raw = TestStore::addConnection("raw-reps", f->path());
            QVERIFY(raw.open());
            QVERIFY(QSqlQuery(raw).exec("INSERT INTO reps (login, created_at) VALUES ('bob', 0)"));
        }
        QSqlDatabase::removeDatabase("raw-reps");
        Deal given;
        given.title = QStringLiteral("Bob's audit");
        given.organization = QStringLiteral("Kestrel AG");
        given.contact.name = QStringLiteral("Sam Carter");
        given.contact.email = QStringLiteral("sam@kestrel.example");
        given.owner = must(f->pipeline->reps()).last().id;
        const qint64 his = must(f->pipeline->addDeal(given, m_now));
        // The open window shows the rep's own deals only, also after the other's was added.
        QTest::qWait(700);
        QCOMPARE(board()->visibleDeals(), 2);
        QVERIFY(!board()->shows(his));

        auto pipeline = f->other();
        MainWindow second(*pipeline, [this] { return m_now; });
        second.resize(1366, 768);
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        auto *whose = second.findChild<QComboBox *>("whoseDeals");
        QVERIFY(whose->isVisible());
        auto *secondBoard = second.findChild<BoardView *>();
        QCOMPARE(secondBoard->visibleDeals(), 2);
        whose->setCurrentIndex(1);
        QCOMPARE(secondBoard->visibleDeals(), 3);
        QVERIFY(secondBoard->shows(his));
        QVERIFY(QSettings().value("board/team").toBool());
        int named = 0;
        for (BoardFilterModel *c : secondBoard->columns()) {
            for (int r = 0; r < c->rowCount(); ++r) {
                const QModelIndex i = c->index(r, 0);
                const bool bobs = i.data(Roles::DealId).toLongLong() == his;
                QCOMPARE(i.data(Roles::Owner).toString(), bobs ? "bob" : "");
                named += bobs;
            }
        }
        QCOMPARE(named, 1);

        // Bob's deal taken over in the deal's form: this rep's now, in their own view too.
        second.selectDeal(his);
        QApplication::processEvents();
        auto *secondPanel = second.findChild<DealPanel *>();
        auto *owner = secondPanel->form()->findChild<QComboBox *>("owner");
        QVERIFY(owner->isVisibleTo(secondPanel->form()));
        QCOMPARE(owner->currentText(), "bob");
        owner->setCurrentIndex(owner->findText("Me"));
        emit owner->activated(owner->currentIndex());
        QPushButton *save = nullptr;
        for (QPushButton *b : secondPanel->findChildren<QPushButton *>()) {
            if (b->text() == "&Save changes")
                save = b;
        }
        QVERIFY(save && save->isEnabled());
        save->click();
        QCOMPARE(must(pipeline->deal(his)).owner, pipeline->me());
        whose->setCurrentIndex(0);
        QCOMPARE(secondBoard->visibleDeals(), 3);
        QVERIFY(!QSettings().value("board/team").toBool());
    }

    void aDealAddedElsewhereAppearsAndOneRemovedGoes()
    {
        QCOMPARE(cli({ "--db", f->path(), "deal", "add", "--title", "Security audit", "--org",
                       "Kestrel AG", "--contact", "Sam Carter", "--email", "sam@kestrel.example" }),
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(board()->visibleDeals(), 3, 1000);
        QTRY_COMPARE_WITH_TIMEOUT(column("Lead")->rowCount(), 2, 1000);
        QVERIFY(f->other()->removeDeal(b).ok());
        QTRY_COMPARE_WITH_TIMEOUT(board()->visibleDeals(), 2, 1000);
        QCOMPARE(column("Demo")->rowCount(), 0);
    }

    void aDatabaseLockedByAnotherWriterGivesAMessageNotACrash()
    {
        f->pipeline->setBusyTimeout(100);
        QSqlDatabase locker = TestStore::addConnection("locker", f->path());
        QVERIFY(locker.open());
        QSqlQuery q(locker);
        // Another program holds the write lock: a file's, or the server's writer lock (which
        // the change log's triggers take too).
        if (TestStore::onServer())
            QVERIFY(q.exec("BEGIN") && q.exec("SELECT writer_lock()"));
        else
            QVERIFY(q.exec("BEGIN IMMEDIATE"));
        DialogWatcher watcher;
        std::unique_ptr<QMimeData> data(column("Lead")->mimeData({ column("Lead")->index(0, 0) }));
        column("Proposal")->dropMimeData(data.get(), Qt::MoveAction, -1, -1, {});
        QTRY_COMPARE(watcher.messages.size(), 1);
        QVERIFY2(watcher.messages.constFirst().contains(TestStore::onServer()
                                                            ? "busy with another writer"
                                                            : "locked by another program"),
                 qPrintable(watcher.messages.constFirst()));
        QVERIFY(!watcher.messages.constFirst().contains("SQL"));
        QCOMPARE(w->undoController().stack().count(), 0);
        QCOMPARE(column("Lead")->rowCount(), 1);
        QVERIFY(q.exec("ROLLBACK"));
        q = QSqlQuery();
        locker.close();
        locker = QSqlDatabase();
        QSqlDatabase::removeDatabase("locker");
        // Once the other program lets go, the same move works.
        QVERIFY(deals()->moveStage(a, found(f->pipeline->deals().stageByName("Proposal")).id).ok());
    }

    void theFormKeepsWhatTheRepTypesAndTakesWhatOthersWrote()
    {
        w->selectDeal(a);
        panel()->showDetails();
        auto *form = panel()->form();
        form->titleEdit()->selectAll();
        QTest::keyClicks(form->titleEdit(), "Fleet tracking, phase 2");
        // Meanwhile the CLI sets the value.
        auto cli = f->other();
        const Deal seen = *cli->deal(a);
        Deal theirs = seen;
        theirs.valueCents = 424200;
        QVERIFY(cli->editDeal(a, seen, theirs, m_now).ok());
        auto *value = form->findChild<QLineEdit *>("value");
        QTRY_COMPARE_WITH_TIMEOUT(value->text(), "4242", 1000);
        QCOMPARE(form->titleEdit()->text(), "Fleet tracking, phase 2");
        panel()->save();
        const Deal saved = *f->pipeline->deal(a);
        QCOMPARE(saved.title, "Fleet tracking, phase 2");
        QCOMPARE(saved.valueCents, 424200); // not the value the form first showed
        QCOMPARE(saved.valueSummary, seen.valueSummary);
    }

    void aFieldChangedHereAndElsewhereIsPutToTheRep()
    {
        w->selectDeal(a);
        auto *form = panel()->form();
        auto *value = form->findChild<QLineEdit *>("value");
        value->selectAll();
        QTest::keyClicks(value, "5000");
        auto cli = f->other();
        const Deal seen = *cli->deal(a);
        Deal theirs = seen;
        theirs.valueCents = 600000;
        QVERIFY(cli->editDeal(a, seen, theirs, m_now).ok());
        QTRY_COMPARE_WITH_TIMEOUT(shown(a)->deal.valueCents, 600000, 1000);
        QCOMPARE(value->text(), "5000"); // the rep's typing stays
        QStringList offered;
        DialogWatcher watcher([&](QDialog *dialog) {
            for (QRadioButton *r : dialog->findChildren<QRadioButton *>())
                offered << r->text();
            dialog->accept(); // keep the rep's value (checked by default)
        });
        panel()->save();
        QCOMPARE(offered, (QStringList { "5,000 EUR", "6,000 EUR" }));
        QCOMPARE(f->pipeline->deal(a)->valueCents, 500000);
    }

    void callAlertShowsTheNumbersWhenTheCallComesDue()
    {
        w->checkCalls();
        QVERIFY(alert()->isHidden());
        m_now = at("03-05T10:01");
        w->refreshTime();
        w->checkCalls();
        QVERIFY(alert()->isVisible());
        QVERIFY(alert()->text().contains("Jana Müller"));
        QVERIFY(alert()->text().contains("+49 30 1234567"));
        QVERIFY(alert()->text().contains("+49 170 1234567"));
        m_now = at("03-05T10:16"); // past its quarter of an hour, before the clock's next tick
        w->checkCalls();
        QVERIFY(alert()->isHidden());
        m_now = at("03-05T11:00"); // a call an hour past is no longer "now"
        w->refreshTime();
        w->checkCalls();
        QVERIFY(alert()->isHidden());
    }

    // A pipeline on a server is named in the window's title; a file's window is not.
    void aServersPipelineIsNamedInTheTitle()
    {
        if (!TestStore::onServer())
            QCOMPARE(MainWindow(*f->pipeline, [this] { return m_now; }).windowTitle(), QString());
        PgServer server;
        QVERIFY(server.start().isEmpty());
        QVERIFY(server.createDatabase("sales").isEmpty());
        auto p = Pipeline::open(server.url("sales"), Database::Mode::CreateIfMissing);
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
        {
            MainWindow window(**p, [this] { return m_now; });
            QCOMPARE(window.windowTitle(), QStringLiteral("sales on this machine"));
            window.setDemo(false);
            QCOMPARE(window.windowTitle(), QStringLiteral("sales on this machine"));
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
