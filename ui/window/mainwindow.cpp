#include "mainwindow.h"

#include "boardview.h"
#include "cadencecolors.h"
#include "callalert.h"
#include "dealactions.h"
#include "dealpanel.h"
#include "failure.h"
#include "fieldlabels.h"
#include "fileactions.h"
#include "filterbar.h"
#include "honestbar.h"
#include "inboxindicator.h"
#include "queuedock.h"
#include "serverpage.h"
#include "settingsdialog.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace NineTouchUi {

using namespace NineTouch;

MainWindow::MainWindow(Pipeline &pipeline, PipelineModel::Clock clock, QWidget *parent)
    : QMainWindow(parent)
    , m_pipeline(pipeline)
    , m_model(pipeline, std::move(clock))
    , m_queue(m_model)
    , m_controller(m_undo)
    , m_deals(new DealActions(pipeline, m_model, m_controller, this))
    , m_files(new FileActions(
          pipeline, m_controller, [this] { return now(); }, this))
{
    setWindowTitle(serverTitle()); // the application's display name follows
    setWindowIcon(QIcon(QStringLiteral(":/icons/ninetouch.png")));
    // Whose deals, on a database several reps share: as the rep left it (their own at first).
    const auto reps = pipeline.reps();
    m_teamAvailable = reps && reps->size() > 1;
    if (m_teamAvailable && QSettings().value(QStringLiteral("board/team")).toBool())
        pipeline.setScope(Pipeline::Scope::Team);
    const Status loaded = m_model.reload();
    createActions();
    createPages();
    createDocks();
    createMenus();
    createToolBar();
    createStatusBar();
    connectFilters();
    connectBoard();
    connectModel();
    connectUndo();
    startTimers();
    restoreLayout();
    showFirstPage(bool(loaded));
    if (!loaded)
        QTimer::singleShot(0, this, [this, e = loaded.error()] { readFailed(e); });
}

MainWindow::~MainWindow()
{
    // Members die before child widgets: take the parts down while the models they show still
    // exist, and let no signal reach a half-destroyed window.
    m_undo.disconnect(this);
    m_model.disconnect(this);
    m_queue.disconnect(this);
    delete m_inbox; // its watcher's worker is waited for here
    delete m_deals;
    delete m_files;
    delete m_panelDock;
    delete m_queueDock;
    delete takeCentralWidget();
}

QAction *MainWindow::action(Action a) const
{
    if (isDealAction(a))
        return m_deals->action(a);
    if (QAction *file = m_files->action(a))
        return file;
    return m_actions[size_t(a)];
}

void MainWindow::createActions()
{
    auto add = [this](Action id, const QString &text, const QKeySequence &key) {
        auto *a = new QAction(text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        m_actions[size_t(id)] = a;
        addAction(a);
        return a;
    };
    connect(add(Action::Settings, tr("&Settings…"), QKeySequence(tr("Ctrl+,"))),
            &QAction::triggered, this, [this] { editSettings(); });
    add(Action::CheckInbox, tr("Check the &inbox now"), QKeySequence(Qt::Key_F5));
    connect(add(Action::Quit, tr("&Quit"), QKeySequence::Quit), &QAction::triggered, this,
            &QWidget::close);
    // Undo and redo go through the controller, which refuses (and says why) without moving the
    // stack when what they would change was changed elsewhere.
    connect(add(Action::Undo, tr("&Undo"), QKeySequence::Undo), &QAction::triggered, this,
            [this] { (void)m_controller.undo(); });
    connect(add(Action::Redo, tr("&Redo"), QKeySequence::Redo), &QAction::triggered, this,
            [this] { (void)m_controller.redo(); });
    add(Action::Find, tr("&Find…"), QKeySequence::Find);
    add(Action::ShowClosed, tr("Show &won and lost deals"), QKeySequence(tr("Ctrl+Shift+C")))
        ->setCheckable(true);
    add(Action::GoToQueue, tr("Go to the &day queue"), QKeySequence(tr("Ctrl+1")));
    connect(add(Action::GoToBoard, tr("Go to the &board"), QKeySequence(tr("Ctrl+2"))),
            &QAction::triggered, this, [this] {
                if (m_selected)
                    m_board->selectDeal(m_selected);
                else
                    m_board->setFocus();
            });
    connect(m_deals, &DealActions::detailsRequested, this, [this] {
        m_panelDock->show();
        m_panel->showDetails();
    });
    connect(m_deals, &DealActions::message, this, &MainWindow::say);
    connect(m_files, &FileActions::message, this, &MainWindow::say);
    connect(m_files, &FileActions::dealCreated, this, &MainWindow::choose);
    connect(m_files, &FileActions::imported, this, [this](const QStringList &newStages) {
        showBoard();
        // The board shows the first new stage: the rep sees where its deals went.
        if (!newStages.isEmpty())
            m_board->showStage(newStages.constFirst());
    });
}

void MainWindow::createPages()
{
    m_alert = new CallAlert(m_model, m_queue);
    m_honest = new HonestBar(m_model);
    m_filters = new FilterBar;
    // The window's shortcuts win over the search field's line-editing keys.
    QList<QAction *> shortcuts;
    for (int a = 0; a < int(Action::Count); ++a)
        shortcuts << action(Action(a));
    m_filters->setWindowShortcuts(shortcuts);
    m_board = new BoardView(m_model);
    auto *board = new QWidget;
    auto *layout = new QVBoxLayout(board);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_alert);
    layout->addWidget(m_honest);
    layout->addWidget(m_filters);
    layout->addWidget(m_board, 1);
    // The first run shows the welcome page (made when first shown) until the pipeline has a
    // deal.
    m_pages = new QStackedWidget;
    m_pages->addWidget(board);
    m_demoNote = new QLabel(tr("This is the demo pipeline, in a file of its own: try anything, "
                               "your own deals are not here."));
    m_demoNote->setObjectName(QStringLiteral("demoNote"));
    m_demoNote->setWordWrap(true);
    m_demoNote->setStyleSheet(QStringLiteral("QLabel#demoNote { background: %1; padding: 6px; }")
                                  .arg(tint(urgencyColor(Urgency::Today), palette()).name()));
    m_demoNote->hide();
    auto *shell = new QWidget;
    auto *shellLayout = new QVBoxLayout(shell);
    shellLayout->setContentsMargins(0, 0, 0, 0);
    shellLayout->setSpacing(0);
    shellLayout->addWidget(m_demoNote);
    shellLayout->addWidget(m_pages, 1);
    setCentralWidget(shell);

    // The call alert's buttons act on its deal, which becomes the current one.
    connect(m_alert, &CallAlert::dealClicked, this, &MainWindow::choose);
    connect(m_alert, &CallAlert::heldClicked, this, [this](qint64 id) {
        choose(id);
        m_deals->meetingHeld();
    });
    connect(m_alert, &CallAlert::noAnswerClicked, this, [this](qint64 id) {
        choose(id);
        m_deals->noShow();
    });
    connect(m_alert, &CallAlert::openClicked, this, [this](qint64 id) {
        choose(id);
        showPanel();
    });
    connect(m_alert, &CallAlert::callDue, this, [this](const QString &title, const QString &text) {
        if (m_tray)
            m_tray->showMessage(title, text, QSystemTrayIcon::Information, 30000);
        QApplication::alert(this);
    });
}

void MainWindow::createDocks()
{
    m_queueDock = new QueueDock(m_queue, m_model, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_queueDock);
    connect(m_queueDock, &QueueDock::dealSelected, this, &MainWindow::choose);
    connect(m_queueDock, &QueueDock::stepActivated, this,
            [this](qint64 id, StepKind kind, bool cancel) {
                choose(id);
                m_deals->doStep(id, kind, cancel);
            });
    connect(action(Action::GoToQueue), &QAction::triggered, m_queueDock, &QueueDock::focusQueue);

    m_panel = new DealPanel(m_model, m_controller, m_deals->panelActions());
    m_panelDock = new QDockWidget(tr("Deal"), this);
    m_panelDock->setObjectName(QStringLiteral("dealPanel"));
    m_panelDock->setWidget(m_panel);
    addDockWidget(Qt::RightDockWidgetArea, m_panelDock);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea); // the deal runs full height
    resizeDocks({ m_panelDock }, { 400 }, Qt::Horizontal);
    resizeDocks({ m_queueDock }, { 190 }, Qt::Vertical);
}

void MainWindow::createMenus()
{
    auto *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(Action::NewDeal));
    file->addAction(action(Action::Import));
    file->addAction(action(Action::Export));
    file->addSeparator();
    file->addAction(action(Action::Demo));
    file->addSeparator();
    file->addAction(action(Action::CheckInbox));
    file->addAction(action(Action::Settings));
    file->addSeparator();
    file->addAction(action(Action::Quit));
    auto *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(action(Action::Undo));
    edit->addAction(action(Action::Redo));
    edit->addSeparator();
    edit->addAction(action(Action::Find));
    auto *deal = menuBar()->addMenu(tr("&Deal"));
    for (Action a : { Action::Details, Action::Meeting, Action::Held, Action::NoShow,
                      Action::Compose, Action::Invite, Action::Reply, Action::Note })
        deal->addAction(action(a));
    deal->addSeparator();
    for (Action a : { Action::Won, Action::Lost, Action::Reopen })
        deal->addAction(action(a));
    deal->addSeparator();
    deal->addAction(action(Action::Delete));
    auto *view = menuBar()->addMenu(tr("&View"));
    view->addAction(action(Action::ShowClosed));
    view->addAction(action(Action::GoToQueue));
    view->addAction(action(Action::GoToBoard));
    view->addSeparator();
    view->addAction(m_queueDock->toggleViewAction());
    view->addAction(m_panelDock->toggleViewAction());
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    for (Action a :
         { Action::NewDeal, Action::Meeting, Action::NoShow, Action::Compose, Action::Reply })
        m_toolBar->addAction(action(a));
    // Short words on the toolbar; what would be undone is in the tooltip and the Edit menu.
    for (Action a : { Action::Undo, Action::Redo }) {
        QAction *full = action(a);
        auto *shortAction = new QAction(a == Action::Undo ? tr("Undo") : tr("Redo"), m_toolBar);
        const auto mirror = [full, shortAction] {
            shortAction->setEnabled(full->isEnabled());
            shortAction->setToolTip(QString(full->text()).remove(QLatin1Char('&')));
        };
        connect(full, &QAction::changed, shortAction, mirror);
        connect(shortAction, &QAction::triggered, full, &QAction::trigger);
        mirror();
        m_toolBar->addAction(shortAction);
    }
}

void MainWindow::createStatusBar()
{
    // The inbox: when it was last read, or why not; a click reads it now.
    m_inbox = new InboxIndicator(m_pipeline, m_model, m_controller);
    connect(m_inbox, &InboxIndicator::setUpRequested, this,
            [this] { editSettings(Field::MailImap); });
    QAction *checkInbox = action(Action::CheckInbox);
    connect(m_inbox, &InboxIndicator::busyChanged, checkInbox,
            [checkInbox](bool busy) { checkInbox->setEnabled(!busy); });
    connect(m_inbox, &InboxIndicator::message, this, &MainWindow::say);
    connect(m_inbox, &InboxIndicator::answersArrived, this, [this](const QString &text) {
        if (m_tray && !isActiveWindow())
            m_tray->showMessage(tr("NineTouch"), text, QSystemTrayIcon::Information);
    });
    connect(action(Action::CheckInbox), &QAction::triggered, m_inbox, &InboxIndicator::readNow);
    m_dealCount = new QLabel;
    m_dealCount->setObjectName(QStringLiteral("dealCount"));
    statusBar()->addPermanentWidget(m_inbox);
    statusBar()->addPermanentWidget(m_dealCount);
    updateDealCount();
    if (const QString note = m_pipeline.settings().zoneNote(); !note.isEmpty())
        statusBar()->showMessage(note);
}

void MainWindow::connectFilters()
{
    m_filters->setTeamAvailable(m_teamAvailable);
    m_filters->showTeam(m_pipeline.scope() == Pipeline::Scope::Team);
    connect(m_filters, &FilterBar::teamRequested, this, [this](bool team) {
        m_pipeline.setScope(team ? Pipeline::Scope::Team : Pipeline::Scope::Mine);
        QSettings().setValue(QStringLiteral("board/team"), team);
        if (Status s = m_model.reload(); !s)
            readFailed(s.error());
        followFilters();
    });
    connect(action(Action::Find), &QAction::triggered, m_filters, &FilterBar::focusSearch);
    connect(m_filters, &FilterBar::searchChanged, this, [this](const QString &text) {
        // The deal the rep was on when the search began comes back when it is cleared (a
        // half-typed word may have left one card, which became the deal meanwhile).
        const bool searching = !text.trimmed().isEmpty();
        if (searching && !m_searchFrom)
            m_searchFrom = m_selected ? m_selected : -1;
        m_board->setSearch(text);
        followFilters();
        if (!searching && m_searchFrom) {
            const qint64 back = std::exchange(m_searchFrom, 0);
            if (back > 0 && back != m_selected && m_board->shows(back))
                selectDeal(back);
        }
    });
    connect(m_filters, &FilterBar::statesChanged, this, [this](const QSet<CadenceState> &states) {
        m_board->setStates(states);
        m_honest->setActiveStates(states);
        followFilters();
    });
    connect(m_honest, &HonestBar::filterRequested, this, [this](const QSet<CadenceState> &states) {
        m_filters->showStates(states);
        m_board->setStates(states);
        followFilters();
    });
    connect(m_filters, &FilterBar::showClosedRequested, this,
            [this] { action(Action::ShowClosed)->setChecked(true); });
    connect(action(Action::ShowClosed), &QAction::toggled, this, [this](bool on) {
        m_filters->setShowingClosed(on);
        m_board->setShowClosed(on);
        followFilters();
    });
}

void MainWindow::connectBoard()
{
    // A card clicked: the rep is on the board now, no longer on a queue row.
    connect(m_board, &BoardView::currentDealChanged, this, [this](qint64 id) {
        m_queueDock->clearSelection();
        choose(id);
    });
    connect(m_board, &BoardView::dealActivated, this, [this](qint64 id) {
        choose(id);
        showPanel();
    });
    connect(m_board, &BoardView::moveRequested, this,
            [this](qint64 id, qint64 stage) { sayFailure(this, m_deals->moveStage(id, stage)); });
    connect(&m_pipeline, &Pipeline::stagesChanged, this, [this] {
        if (Status s = m_board->rebuildColumns(); !s)
            readFailed(s.error());
    });
}

void MainWindow::connectModel()
{
    connect(&m_model, &PipelineModel::readFailed, this, &MainWindow::readFailed);
    connect(&m_pipeline, &Pipeline::readFailed, this, &MainWindow::readFailed);
    connect(&m_pipeline, &Pipeline::readRecovered, this, [this] {
        m_lastReadError.clear();
        m_readError.reset();
        statusBar()->showMessage(tr("Up to date again."), 5000);
    });
    // The count in the status bar, the search hint and the call alert follow every change (a
    // call logged, by the rep or the CLI, leaves the alert).
    auto *counts = new QTimer(this);
    counts->setSingleShot(true);
    counts->setInterval(0);
    connect(counts, &QTimer::timeout, this, [this] {
        // A second rep who joined meanwhile brings the choice of whose deals.
        if (!m_teamAvailable) {
            const auto reps = m_pipeline.reps();
            m_teamAvailable = reps && reps->size() > 1;
            m_filters->setTeamAvailable(m_teamAvailable);
        }
        updateDealCount();
        m_filters->updateHint(m_board->visibleDeals(), m_board->hiddenClosedMatches());
        checkCalls();
    });
    connect(&m_model, &PipelineModel::reloaded, counts, qOverload<>(&QTimer::start));
    connect(&m_model, &PipelineModel::dealUpdated, counts, qOverload<>(&QTimer::start));
    connect(&m_model, &QAbstractItemModel::rowsInserted, counts, qOverload<>(&QTimer::start));
    connect(&m_model, &QAbstractItemModel::rowsRemoved, counts, qOverload<>(&QTimer::start));
    // A first deal (made here, imported, or written by the CLI) ends the first run.
    const auto leaveWelcome = [this] {
        if (isWelcomeShown() && !m_model.views().isEmpty())
            showBoard();
    };
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, leaveWelcome);
    connect(&m_model, &PipelineModel::reloaded, this, leaveWelcome);
}

void MainWindow::connectUndo()
{
    const auto labels = [this] {
        QAction *undo = action(Action::Undo);
        QAction *redo = action(Action::Redo);
        undo->setEnabled(m_undo.canUndo());
        redo->setEnabled(m_undo.canRedo());
        undo->setText(m_undo.canUndo() ? tr("&Undo %1").arg(m_undo.undoText()) : tr("&Undo"));
        redo->setText(m_undo.canRedo() ? tr("&Redo %1").arg(m_undo.redoText()) : tr("&Redo"));
    };
    connect(&m_undo, &QUndoStack::indexChanged, this, labels);
    connect(&m_undo, &QUndoStack::cleanChanged, this, labels);
    labels();
    // A refused step never blocks the stack: the rep may take it off the list and go on with
    // the steps before it (or after it, for a redo).
    connect(&m_controller, &UndoController::failed, this,
            [this](const QString &what, const Error &e, bool undoing) {
                QMessageBox box(QMessageBox::Warning, what,
                                tr("%1 was not done: %2").arg(what, errorText(e)),
                                QMessageBox::NoButton, this);
                box.setInformativeText(
                    undoing ? tr("Nothing was changed: your edit and what was written since both "
                                 "stay. Take the edit off the undo list to undo the steps before "
                                 "it.")
                            : tr("Take it off the redo list to redo the steps after it."));
                QPushButton *keep =
                    box.addButton(tr("Keep it on the list"), QMessageBox::RejectRole);
                QPushButton *forget = box.addButton(undoing ? tr("Take it off the undo list")
                                                            : tr("Take it off the redo list"),
                                                    QMessageBox::AcceptRole);
                box.setDefaultButton(keep);
                box.exec();
                if (box.clickedButton() != forget)
                    return;
                if (undoing)
                    m_controller.forgetNextUndo();
                else
                    m_controller.forgetNextRedo();
            });
    // After an undo or a redo the rep is on the deal that changed.
    connect(&m_controller, &UndoController::dealChanged, this, [this](qint64 id) {
        if (m_model.view(id))
            choose(id);
    });
}

void MainWindow::startTimers()
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(QStringLiteral("NineTouch"));
        m_tray->show();
    }
    // Time moves: due steps turn overdue and calls come due while the app runs.
    auto *ticker = new QTimer(this);
    ticker->setInterval(30 * 1000);
    connect(ticker, &QTimer::timeout, this, &MainWindow::refreshTime);
    ticker->start();
    // The file is shared with the CLI and scripts: what they write shows within a second.
    m_pipeline.watch(500);
    QTimer::singleShot(0, this, &MainWindow::checkCalls);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry"))) {
        // A first start: as large as the screen allows, up to a comfortable size.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1400, 900);
        resize(std::min(1400, available.width()), std::min(900, available.height()));
    }
}

void MainWindow::showFirstPage(bool loaded)
{
    // The welcome is for a new pipeline: a rep new to a team's sees the board (the team's
    // deals a choice away), and the welcome's working hours are the team's.
    const auto all = m_pipeline.deals().count();
    const bool newPipeline = all && *all == 0;
    if (m_model.views().isEmpty() && loaded && newPipeline) {
        showWelcome();
        QTimer::singleShot(0, m_welcome, [this] {
            m_welcome->nameEdit()->setFocus();
            m_welcome->nameEdit()->selectAll();
        });
    } else {
        m_pages->setCurrentIndex(0);
    }
    // Open on the most urgent thing: the first step of the day queue.
    if (!m_queue.items().isEmpty()) {
        m_queueDock->selectFirst();
        selectDeal(m_queue.items().constFirst().dealId);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::setClock(PipelineModel::Clock clock)
{
    m_model.setClock(std::move(clock));
    m_queue.rebuild();
}

void MainWindow::refreshTime()
{
    m_model.refreshTime();
    checkCalls();
}

void MainWindow::checkCalls()
{
    m_alert->check();
}

void MainWindow::watchInbox(int intervalMs)
{
    m_inbox->start(intervalMs);
}

bool MainWindow::isWelcomeShown() const
{
    return m_welcome && m_pages->currentWidget() == m_welcome;
}

void MainWindow::showWelcome()
{
    if (!m_welcome) {
        m_welcome = new WelcomePage(m_pipeline);
        m_pages->addWidget(m_welcome);
        connect(m_welcome, &WelcomePage::createDealRequested, m_files, &FileActions::newDeal);
        connect(m_welcome, &WelcomePage::importRequested, m_files, &FileActions::importDeals);
        connect(m_welcome, &WelcomePage::demoRequested, m_files, &FileActions::openDemo);
    }
    m_pages->setCurrentWidget(m_welcome);
    m_queueDock->hide();
    m_panelDock->hide();
    m_toolBar->hide();
}

void MainWindow::showBoard()
{
    if (!isWelcomeShown())
        return;
    m_pages->setCurrentIndex(0);
    m_queueDock->show();
    m_panelDock->show();
    m_toolBar->show();
    m_board->selectDeal(m_selected, true); // the keyboard on the board, not in the search
}

void MainWindow::showPanel()
{
    m_panelDock->show();
    m_panelDock->raise();
}

void MainWindow::setDemo(bool demo)
{
    m_demoNote->setVisible(demo);
    setWindowTitle(demo ? tr("Demo pipeline") : serverTitle()); // " — NineTouch" is added
}

// A pipeline on a server is named in the title ("sales on db.example.com"), so a rep with a
// file and a server open sees which is which; a file's window keeps the plain name.
QString MainWindow::serverTitle() const
{
    const Database &db = m_pipeline.database();
    return db.engine() == Database::Engine::PostgreSQL ? db.displayName() : QString();
}

void MainWindow::say(const QString &text, int ms)
{
    statusBar()->showMessage(text, ms);
}

void MainWindow::selectDeal(qint64 dealId)
{
    m_selected = dealId;
    if (dealId)
        m_hiddenDeal = 0;
    m_queueDock->setCurrentDeal(dealId);
    m_board->selectDeal(dealId);
    m_panel->setDeal(dealId);
    m_deals->setDeal(dealId);
}

void MainWindow::choose(qint64 dealId)
{
    m_searchFrom = 0; // the rep's own choice stays the deal when a search is cleared
    selectDeal(dealId);
}

void MainWindow::followFilters()
{
    m_filters->updateHint(m_board->visibleDeals(), m_board->hiddenClosedMatches());
    // The deal the filters hid comes back when they no longer hide it.
    if (!m_selected && m_hiddenDeal && m_board->shows(m_hiddenDeal)) {
        selectDeal(std::exchange(m_hiddenDeal, 0));
        return;
    }
    // A search that leaves one card: that card is the deal.
    if (!m_filters->searchText().isEmpty() && m_board->visibleDeals() == 1) {
        selectDeal(m_board->visibleIds(1).constFirst());
        return;
    }
    // A filter changed: the rep works on the board now. A deal picked in the day queue that
    // the board hides leaves the panel too (the queue is not filtered, the rep's eyes are).
    if (!m_selected || m_board->shows(m_selected))
        return;
    const DealRow *v = m_model.view(m_selected);
    // A won or lost deal the rep just closed stays in the panel; one the rep's filters hide
    // does not.
    if (!v || (v->deal.status != DealStatus::Open && !action(Action::ShowClosed)->isChecked()))
        return;
    const QString title = v->deal.title;
    const qint64 hidden = m_selected;
    selectDeal(0);
    m_hiddenDeal = hidden;
    m_panel->setEmptyText(
        tr("“%1” is hidden by the search or the state filter. Clear the search (Esc) and "
           "choose “%2” to see it again, or select another deal.")
            .arg(title, FilterBar::allDealsLabel(action(Action::ShowClosed)->isChecked())));
}

void MainWindow::updateDealCount()
{
    // The open deals as the header counts them, kept deal by deal.
    m_dealCount->setText(tr("%n deal(s)", nullptr, m_model.rowCount()) + QStringLiteral(" · ")
                         + tr("%n open", nullptr, m_model.report().openDeals));
    m_dealCount->setToolTip(m_pipeline.database().path()); // a server's URL holds no password
}

void MainWindow::readFailed(const Error &error)
{
    if (!error.detail.isEmpty())
        qWarning("%s", qPrintable(error.detail));
    const QString text = errorText(error);
    statusBar()->showMessage(tr("Not up to date: %1").arg(text));
    m_readError = error;
    // Said once per kind of failure: a locked file would otherwise open a dialog every poll.
    if (m_unattended || text == m_lastReadError)
        return;
    m_lastReadError = text;
    // After the read that failed has returned: a read can fail in the middle of building a view
    // (the window's own construction included), which a modal dialog must not re-enter.
    QTimer::singleShot(0, this, [this, text] {
        if (m_unattended || !m_readError) // recovered meanwhile: nothing to warn about
            return;
        QMessageBox::warning(
            this, tr("NineTouch"),
            tr("The pipeline could not be read, so what you see may be out of date.\n\n%1")
                .arg(text));
    });
}

void MainWindow::editSettings(Field focus)
{
    // The board follows the pipeline's stagesChanged and settingsChanged signals.
    SettingsDialog dialog(m_pipeline, m_controller, this);
    dialog.focus(focus);
    if (dialog.exec() == QDialog::Accepted && dialog.serverChanged()) {
        const QString server = chosenServer();
        statusBar()->showMessage(server.isEmpty()
                                     ? tr("NineTouch opens the pipeline on this computer from its "
                                          "next start.")
                                     : tr("NineTouch opens the pipeline on the server from its "
                                          "next start."));
    }
}

} // namespace NineTouchUi
