#include "mainwindow.h"

#include "boardview.h"
#include "cadencecolors.h"
#include "carddelegate.h"
#include "commands.h"
#include "composerdialog.h"
#include "dealcsv.h"
#include "dealform.h"
#include "dealpanel.h"
#include "drafts.h"
#include "fieldlabels.h"
#include "filedialogs.h"
#include "honestbar.h"
#include "importdialog.h"
#include "lostdialog.h"
#include "meetingdialogs.h"
#include "names.h"
#include "privatefile.h"
#include "queuedelegate.h"
#include "reptext.h"
#include "roles.h"
#include "settingsdialog.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace NineTouchUi {

using namespace NineTouch;

namespace {

QIcon appIcon()
{
    return QIcon(QStringLiteral(":/icons/ninetouch.png"));
}

} // namespace

MainWindow::MainWindow(Pipeline &pipeline, PipelineModel::Clock clock, QWidget *parent)
    : QMainWindow(parent)
    , m_pipeline(pipeline)
    , m_model(pipeline, std::move(clock))
    , m_queue(m_model)
    , m_controller(m_undo)
    , m_search(new QLineEdit)
    , m_stateFilter(new QComboBox)
    , m_banner(new QFrame)
    , m_bannerText(new QLabel)
    , m_searchHint(new QLabel)
    , m_dealCount(new QLabel)
    , m_inboxStatus(new QToolButton)
    , m_inbox(pipeline, [this] { return m_model.now(); })
    , m_queueView(new QTableView)
{
    setWindowTitle(QString()); // the application's display name, once
    setWindowIcon(appIcon());
    const Status loaded = m_model.reload();

    m_honest = new HonestBar(m_model);
    m_board = new BoardView(m_model);
    m_search->setPlaceholderText(tr("Search deals, organizations and contacts (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_stateFilter->addItem(tr("All open deals"));
    for (CadenceState s :
         { CadenceState::Engaged, CadenceState::Silent, CadenceState::AwaitingDecision,
           CadenceState::PastRule, CadenceState::NoMeeting })
        m_stateFilter->addItem(CadenceEngine::stateLabel(s), int(s));
    // The call alert: who to call, and what happened, in one place.
    m_banner->setObjectName(QStringLiteral("callBanner"));
    m_banner->setStyleSheet(
        QStringLiteral("QFrame#callBanner { background: %1; border-radius: 4px } "
                       "QFrame#callBanner > QLabel { color: white; font-weight: bold }")
            .arg(urgencyColor(Urgency::Due).darker(110).name()));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::RichText);
    m_bannerText->setCursor(Qt::PointingHandCursor);
    m_bannerText->setToolTip(tr("Show this deal"));
    m_bannerText->installEventFilter(this);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 6, 6, 6);
    bannerLayout->addWidget(m_bannerText, 1);
    auto *heldButton = new QPushButton(tr("Call held"));
    auto *noAnswerButton = new QPushButton(tr("No answer…"));
    auto *openButton = new QPushButton(tr("Open deal"));
    for (QPushButton *b : { heldButton, noAnswerButton, openButton })
        bannerLayout->addWidget(b);
    heldButton->setObjectName(QStringLiteral("bannerHeld"));
    noAnswerButton->setObjectName(QStringLiteral("bannerNoAnswer"));
    openButton->setObjectName(QStringLiteral("bannerOpen"));
    connect(heldButton, &QPushButton::clicked, this, [this] {
        selectDeal(m_bannerDeal);
        meetingHeld();
    });
    connect(noAnswerButton, &QPushButton::clicked, this, [this] {
        selectDeal(m_bannerDeal);
        noShow();
    });
    connect(openButton, &QPushButton::clicked, this, [this] {
        selectDeal(m_bannerDeal);
        m_panelDock->show();
        m_panelDock->raise();
    });
    m_banner->hide();
    m_searchHint->setObjectName(QStringLiteral("searchHint"));
    m_dealCount->setObjectName(QStringLiteral("dealCount"));
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    m_search->setObjectName(QStringLiteral("search"));
    m_searchHint->setTextFormat(Qt::RichText);
    m_searchHint->setWordWrap(true);
    m_searchHint->setContentsMargins(4, 2, 4, 2);
    m_searchHint->hide();
    connect(m_searchHint, &QLabel::linkActivated, this,
            [this] { action(Action::ShowClosed)->setChecked(true); });

    createActions();
    // Esc in the search field clears it.
    m_search->installEventFilter(this);
    m_queueView->installEventFilter(this);
    auto *clearSearch = new QShortcut(QKeySequence(Qt::Key_Escape), m_search);
    clearSearch->setContext(Qt::WidgetShortcut);
    connect(clearSearch, &QShortcut::activated, m_search, &QLineEdit::clear);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(new QLabel(tr("&State:")));
    static_cast<QLabel *>(filters->itemAt(1)->widget())->setBuddy(m_stateFilter);
    filters->addWidget(m_stateFilter);
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_honest);
    layout->addLayout(filters);
    layout->addWidget(m_searchHint);
    layout->addWidget(m_board, 1);
    // The first run shows the welcome page until the pipeline has a deal.
    m_pages = new QStackedWidget;
    m_welcome = new WelcomePage(pipeline);
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(central);
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
    connect(m_welcome, &WelcomePage::createDealRequested, this, &MainWindow::newDeal);
    connect(m_welcome, &WelcomePage::importRequested, this, &MainWindow::importDeals);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);

    // The day queue.
    m_queueView->setModel(&m_queue);
    m_queueView->setItemDelegate(new QueueDelegate(m_queueView));
    m_queueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queueView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queueView->verticalHeader()->hide();
    m_queueView->horizontalHeader()->setStretchLastSection(true);
    // Widths from the font, not from measuring every row.
    const QFontMetrics fm(font());
    m_queueView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_queueView->horizontalHeader()->setSectionResizeMode(DayQueueModel::DealColumn,
                                                          QHeaderView::Stretch);
    m_queueView->setColumnWidth(DayQueueModel::TimeColumn,
                                fm.horizontalAdvance(QStringLiteral("Wed 00 Mmm, 00:00 AM")) + 28);
    // The widest step as the app's language says it.
    int stepWidth = 0;
    for (StepKind kind : { StepKind::SetMeeting, StepKind::Recap, StepKind::Invite,
                           StepKind::Reminder, StepKind::Call, StepKind::MissedCall,
                           StepKind::Breakup, StepKind::MarkLost, StepKind::Reengage })
        stepWidth = std::max(
            stepWidth, fm.horizontalAdvance(CadenceEngine::stepLabel(Step { kind, {}, false })));
    m_queueView->setColumnWidth(DayQueueModel::StepColumn, stepWidth + 24);
    m_queueView->setColumnWidth(DayQueueModel::ContactColumn,
                                fm.horizontalAdvance(QStringLiteral("Firstname Lastname-Longer"))
                                    + 20);
    m_queueView->verticalHeader()->setDefaultSectionSize(QFontMetrics(font()).height() + 8);
    m_queueView->setWordWrap(false);
    m_queueView->setShowGrid(false);
    m_queueView->setAlternatingRowColors(true);
    m_queueView->setAccessibleName(tr("Day queue"));
    m_queueDock = new QDockWidget(tr("Today"), this);
    m_queueDock->setObjectName(QStringLiteral("dayQueue"));
    m_queueDock->setWidget(m_queueView);
    addDockWidget(Qt::BottomDockWidgetArea, m_queueDock);
    connect(m_queueView, &QTableView::activated, this, &MainWindow::activateQueueRow);
    connect(m_queueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &i) {
                if (i.isValid())
                    selectDeal(i.data(Roles::DealId).toLongLong());
            });
    auto updateQueueTitle = [this] {
        int overdue = 0;
        for (const auto &item : m_queue.items())
            overdue += m_pipeline.engine().urgency(item.step, m_model.now()) <= Urgency::Overdue;
        m_queueDock->setWindowTitle(tr("Today: %n step(s)", nullptr, int(m_queue.items().size()))
                                    + (overdue ? tr(", %n overdue", nullptr, overdue) : QString()));
    };
    connect(&m_queue, &QAbstractItemModel::modelReset, this, updateQueueTitle);
    updateQueueTitle();

    // The selected deal. Its buttons carry short words (the menus keep the long ones), so the
    // panel leaves the board its five stages on a laptop screen, in German too.
    const std::pair<Action, QString> buttonWords[] = {
        { Action::Meeting, tr("Set meeting", "deal panel button") },
        { Action::Held, tr("Held", "deal panel button: the meeting was held") },
        { Action::NoShow, tr("No-show", "deal panel button") },
        { Action::Compose, tr("Compose", "deal panel button") },
        { Action::Reply, tr("Reply", "deal panel button: log a reply") },
        { Action::Note, tr("Note", "deal panel button: add a note") },
        { Action::Won, tr("Won", "deal panel button: mark won") },
        { Action::Lost, tr("Lost", "deal panel button: mark lost") },
        { Action::Reopen, tr("Reopen", "deal panel button") },
    };
    for (const auto &[id, words] : buttonWords) {
        action(id)->setIconText(words);
        action(id)->setToolTip(action(id)->text().remove(QLatin1Char('&')) + QStringLiteral(" (")
                               + action(id)->shortcut().toString(QKeySequence::NativeText)
                               + QLatin1Char(')'));
    }
    QList<QAction *> panelActions;
    for (Action a : { Action::Meeting, Action::Held, Action::NoShow, Action::Compose, Action::Reply,
                      Action::Note, Action::Won, Action::Lost, Action::Reopen })
        panelActions << action(a);
    m_panel = new DealPanel(m_model, m_controller, panelActions);
    m_panelDock = new QDockWidget(tr("Deal"), this);
    m_panelDock->setObjectName(QStringLiteral("dealPanel"));
    m_panelDock->setWidget(m_panel);
    addDockWidget(Qt::RightDockWidgetArea, m_panelDock);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea); // the deal runs full height
    resizeDocks({ m_panelDock }, { 400 }, Qt::Horizontal);
    resizeDocks({ m_queueDock }, { 190 }, Qt::Vertical);

    createMenus();

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_board->setSearch(text);
        followFilters();
    });
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this](int i) {
        QSet<CadenceState> states;
        if (i > 0)
            states.insert(CadenceState(m_stateFilter->itemData(i).toInt()));
        m_board->setStates(states);
        m_honest->setActiveStates(states);
        followFilters();
    });
    connect(m_honest, &HonestBar::filterRequested, this, [this](const QSet<CadenceState> &states) {
        const QSignalBlocker block(m_stateFilter);
        m_stateFilter->setCurrentIndex(
            states.size() == 1 ? m_stateFilter->findData(int(*states.cbegin())) : 0);
        m_board->setStates(states);
        followFilters();
    });
    // A card clicked: the rep is on the board now, no longer on a queue row.
    connect(m_board, &BoardView::currentDealChanged, this, [this](qint64 id) {
        const QSignalBlocker quiet(m_queueView->selectionModel());
        m_queueView->selectionModel()->clear();
        m_queueView->viewport()->update();
        selectDeal(id);
    });
    connect(m_board, &BoardView::dealActivated, this, [this](qint64 id) {
        selectDeal(id);
        m_panelDock->show();
        m_panelDock->raise();
    });
    connect(m_board, &BoardView::moveRequested, this,
            [this](qint64 id, qint64 stage) { report(moveStage(id, stage)); });
    connect(&pipeline, &Pipeline::stagesChanged, this, [this] {
        if (Status s = m_board->rebuildColumns(); !s)
            readFailed(s.error());
    });
    connect(&m_undo, &QUndoStack::indexChanged, this, &MainWindow::updateActions);
    connect(&m_model, &PipelineModel::dealUpdated, this, &MainWindow::updateActions);
    connect(&m_model, &PipelineModel::readFailed, this, &MainWindow::readFailed);
    connect(&pipeline, &Pipeline::readFailed, this, &MainWindow::readFailed);
    connect(&pipeline, &Pipeline::readRecovered, this, [this] {
        m_lastReadError.clear();
        m_readError.reset();
        statusBar()->showMessage(tr("Up to date again."), 5000);
    });
    // The queue is rebuilt as time passes and deals change: the rep's row and scroll stay.
    connect(&m_queue, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex row = m_queueView->currentIndex();
        m_queueKey = row.isValid()
            ? QueueKey { row.data(Roles::DealId).toLongLong(), row.data(Roles::Kind).toInt(),
                         row.data(Roles::Cancel).toBool() }
            : QueueKey {};
        m_queueScroll = m_queueView->verticalScrollBar()->value();
    });
    connect(&m_queue, &QAbstractItemModel::modelReset, this, [this] {
        // The rep's row again; when that step is done, the deal's next step in the queue: the
        // rep stays on the deal, never moved to another by a row that went away.
        QModelIndex same;
        QModelIndex sameDeal;
        for (int r = 0; m_queueKey.dealId && r < m_queue.rowCount() && !same.isValid(); ++r) {
            const QModelIndex i = m_queue.index(r, 0);
            if (i.data(Roles::DealId).toLongLong() != m_queueKey.dealId)
                continue;
            if (!sameDeal.isValid())
                sameDeal = i;
            if (i.data(Roles::Kind).toInt() == m_queueKey.kind
                && i.data(Roles::Cancel).toBool() == m_queueKey.cancel)
                same = i;
        }
        const QModelIndex back = same.isValid() ? same : sameDeal;
        if (back.isValid() && m_queueKey.dealId == m_selected) {
            const QSignalBlocker quiet(m_queueView->selectionModel());
            m_queueView->setCurrentIndex(back);
        }
        m_queueView->verticalScrollBar()->setValue(m_queueScroll);
    });
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
            selectDeal(id);
    });
    // The count in the status bar and the search hint follow every change.
    auto *counts = new QTimer(this);
    counts->setSingleShot(true);
    counts->setInterval(0);
    connect(counts, &QTimer::timeout, this, [this] {
        updateDealCount();
        updateSearchHint();
    });
    connect(&m_model, &PipelineModel::reloaded, counts, qOverload<>(&QTimer::start));
    connect(&m_model, &PipelineModel::dealUpdated, counts, qOverload<>(&QTimer::start));
    connect(&m_model, &QAbstractItemModel::rowsInserted, counts, qOverload<>(&QTimer::start));
    connect(&m_model, &QAbstractItemModel::rowsRemoved, counts, qOverload<>(&QTimer::start));
    // The call alert follows what the rep (or the CLI) records: a call logged leaves it.
    connect(counts, &QTimer::timeout, this, &MainWindow::checkCalls);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(QStringLiteral("NineTouch"));
        m_tray->show();
    }
    // Time moves: due steps turn overdue and calls come due while the app runs.
    auto *ticker = new QTimer(this);
    ticker->setInterval(30 * 1000);
    connect(ticker, &QTimer::timeout, this, [this] {
        m_model.refreshTime();
        checkCalls();
    });
    ticker->start();

    // The inbox: when it was last read, or why not; a click reads it now.
    m_inboxStatus->setObjectName(QStringLiteral("inboxStatus"));
    m_inboxStatus->setAutoRaise(true);
    m_inboxStatus->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_inboxStatus, &QToolButton::clicked, this, [this] {
        if (m_inbox.status().state == InboxStatus::State::NotSetUp)
            editMailSettings();
        else
            m_inbox.checkNow();
    });
    connect(&m_inbox, &InboxWatcher::statusChanged, this, &MainWindow::showInboxStatus);
    connect(&m_inbox, &InboxWatcher::finished, this, &MainWindow::inboxRead);
    showInboxStatus(m_inbox.status());
    statusBar()->addPermanentWidget(m_inboxStatus);
    statusBar()->addPermanentWidget(m_dealCount);
    updateDealCount();
    if (const QString note = pipeline.settings().zoneNote(); !note.isEmpty())
        statusBar()->showMessage(note);
    // The file is shared with the CLI and scripts: what they write shows within a second.
    pipeline.watch(500);
    if (!loaded)
        QTimer::singleShot(0, this, [this, e = loaded.error()] { readFailed(e); });
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry"))) {
        // A first start: as large as the screen allows, up to a comfortable size.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1400, 900);
        resize(std::min(1400, available.width()), std::min(900, available.height()));
    }
    // A first deal (made here, imported, or written by the CLI) ends the first run.
    const auto leaveWelcome = [this] {
        if (isWelcomeShown() && !m_model.views().isEmpty())
            showBoard();
    };
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, leaveWelcome);
    connect(&m_model, &PipelineModel::reloaded, this, leaveWelcome);
    if (m_model.views().isEmpty() && loaded) {
        m_pages->setCurrentWidget(m_welcome);
        m_queueDock->hide();
        m_panelDock->hide();
        m_toolBar->hide();
        QTimer::singleShot(0, m_welcome, [this] {
            m_welcome->nameEdit()->setFocus();
            m_welcome->nameEdit()->selectAll();
        });
    } else {
        m_pages->setCurrentIndex(1);
    }
    // Open on the most urgent thing: the first step of the day queue.
    if (!m_queue.items().isEmpty()) {
        m_queueView->setCurrentIndex(m_queue.index(0, 0));
        selectDeal(m_queue.items().constFirst().dealId);
    }
    updateActions();
    QTimer::singleShot(0, this, &MainWindow::checkCalls);
}

MainWindow::~MainWindow()
{
    // Members die before child widgets: take the views down while their models still exist,
    // and let no signal reach a half-destroyed window.
    m_undo.disconnect(this);
    m_model.disconnect(this);
    m_queue.disconnect(this);
    delete m_panelDock;
    delete m_queueDock;
    delete takeCentralWidget();
}

bool MainWindow::isWelcomeShown() const
{
    return m_pages->currentWidget() == m_welcome;
}

void MainWindow::showBoard()
{
    if (!isWelcomeShown())
        return;
    m_pages->setCurrentIndex(1);
    m_queueDock->show();
    m_panelDock->show();
    m_toolBar->show();
    m_board->selectDeal(m_selected, true); // the keyboard on the board, not in the search
}

void MainWindow::setDemo(bool demo)
{
    m_demoNote->setVisible(demo);
    setWindowTitle(demo ? tr("Demo pipeline") : QString()); // " — NineTouch" is added
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

void MainWindow::createActions()
{
    auto add = [this](Action id, const QString &text, const QKeySequence &key,
                      void (MainWindow::*slot)()) {
        auto *a = new QAction(text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        if (slot)
            connect(a, &QAction::triggered, this, slot);
        m_actions[size_t(id)] = a;
        addAction(a);
        return a;
    };
    add(Action::NewDeal, tr("&New deal…"), QKeySequence::New, &MainWindow::newDeal);
    add(Action::Import, tr("&Import deals…"), QKeySequence(tr("Ctrl+Shift+I")),
        &MainWindow::importDeals);
    add(Action::Export, tr("&Export deals…"), QKeySequence(tr("Ctrl+Shift+E")),
        &MainWindow::exportDeals);
    add(Action::Demo, tr("Open the &demo pipeline"), QKeySequence(), &MainWindow::openDemo);
    add(Action::Settings, tr("&Settings…"), QKeySequence(tr("Ctrl+,")), &MainWindow::editSettings);
    connect(add(Action::CheckInbox, tr("Check the &inbox now"), QKeySequence(Qt::Key_F5), nullptr),
            &QAction::triggered, this, [this] {
                if (m_inbox.status().state == InboxStatus::State::NotSetUp)
                    editMailSettings();
                else
                    m_inbox.checkNow();
            });
    connect(add(Action::Quit, tr("&Quit"), QKeySequence::Quit, nullptr), &QAction::triggered, this,
            &QWidget::close);
    // Undo and redo go through the controller, which refuses (and says why) without moving the
    // stack when what they would change was changed elsewhere.
    QAction *undo = add(Action::Undo, tr("&Undo"), QKeySequence::Undo, nullptr);
    QAction *redo = add(Action::Redo, tr("&Redo"), QKeySequence::Redo, nullptr);
    connect(undo, &QAction::triggered, this, [this] { (void)m_controller.undo(); });
    connect(redo, &QAction::triggered, this, [this] { (void)m_controller.redo(); });
    const auto undoLabels = [this, undo, redo] {
        undo->setEnabled(m_undo.canUndo());
        redo->setEnabled(m_undo.canRedo());
        undo->setText(m_undo.canUndo() ? tr("&Undo %1").arg(m_undo.undoText()) : tr("&Undo"));
        redo->setText(m_undo.canRedo() ? tr("&Redo %1").arg(m_undo.redoText()) : tr("&Redo"));
    };
    connect(&m_undo, &QUndoStack::indexChanged, this, undoLabels);
    connect(&m_undo, &QUndoStack::cleanChanged, this, undoLabels);
    undoLabels();
    connect(add(Action::Find, tr("&Find…"), QKeySequence::Find, nullptr), &QAction::triggered, this,
            [this] {
                m_search->setFocus();
                m_search->selectAll();
            });
    connect(add(Action::Details, tr("Edit &details"), QKeySequence(Qt::Key_F2), nullptr),
            &QAction::triggered, this, [this] {
                m_panelDock->show();
                m_panel->showDetails();
            });
    add(Action::Meeting, tr("Set &meeting…"), QKeySequence(tr("Ctrl+M")), &MainWindow::setMeeting);
    add(Action::Held, tr("Meeting &held"), QKeySequence(tr("Ctrl+H")), &MainWindow::meetingHeld);
    add(Action::NoShow, tr("N&o-show…"), QKeySequence(tr("Ctrl+Shift+M")), &MainWindow::noShow);
    add(Action::Compose, tr("&Compose…"), QKeySequence(tr("Ctrl+E")), &MainWindow::compose);
    add(Action::Reply, tr("Log &reply…"), QKeySequence(tr("Ctrl+R")), &MainWindow::logReply);
    add(Action::Note, tr("Add &note…"), QKeySequence(tr("Ctrl+Shift+N")), &MainWindow::addNote);
    connect(add(Action::Invite, tr("Send &invite…"), QKeySequence(tr("Ctrl+I")), nullptr),
            &QAction::triggered, this, [this] { sendInvite(current(), false); });
    add(Action::Won, tr("Mark &won"), QKeySequence(tr("Ctrl+Shift+W")), &MainWindow::markWon);
    add(Action::Lost, tr("Mark &lost…"), QKeySequence(tr("Ctrl+Shift+L")), &MainWindow::markLost);
    add(Action::Reopen, tr("Re&open"), QKeySequence(tr("Ctrl+Shift+O")), &MainWindow::reopen);
    add(Action::Delete, tr("&Delete deal…"), QKeySequence(tr("Ctrl+Shift+Del")),
        &MainWindow::deleteDeal);
    auto *closed = add(Action::ShowClosed, tr("Show &won and lost deals"),
                       QKeySequence(tr("Ctrl+Shift+C")), nullptr);
    closed->setCheckable(true);
    connect(closed, &QAction::toggled, this, [this](bool on) {
        m_board->setShowClosed(on);
        followFilters();
    });
    connect(add(Action::GoToQueue, tr("Go to the &day queue"), QKeySequence(tr("Ctrl+1")), nullptr),
            &QAction::triggered, this, [this] {
                m_queueDock->show();
                m_queueView->setFocus();
                if (!m_queueView->currentIndex().isValid() && m_queue.rowCount() > 0)
                    m_queueView->setCurrentIndex(m_queue.index(0, 0));
            });
    connect(add(Action::GoToBoard, tr("Go to the &board"), QKeySequence(tr("Ctrl+2")), nullptr),
            &QAction::triggered, this, [this] {
                if (m_selected)
                    m_board->selectDeal(m_selected);
                else
                    m_board->setFocus();
            });
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

    auto *tools = addToolBar(tr("Main"));
    m_toolBar = tools;
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setMovable(false);
    for (Action a :
         { Action::NewDeal, Action::Meeting, Action::NoShow, Action::Compose, Action::Reply })
        tools->addAction(action(a));
    // Short words on the toolbar; what would be undone is in the tooltip and the Edit menu.
    for (Action a : { Action::Undo, Action::Redo }) {
        QAction *full = action(a);
        auto *shortAction = new QAction(a == Action::Undo ? tr("Undo") : tr("Redo"), tools);
        const auto mirror = [full, shortAction] {
            shortAction->setEnabled(full->isEnabled());
            shortAction->setToolTip(QString(full->text()).remove(QLatin1Char('&')));
        };
        connect(full, &QAction::changed, shortAction, mirror);
        connect(shortAction, &QAction::triggered, full, &QAction::trigger);
        mirror();
        tools->addAction(shortAction);
    }
}

qint64 MainWindow::current() const
{
    return m_selected;
}

void MainWindow::selectDeal(qint64 dealId)
{
    // The queue highlights the selected deal's row, or none.
    const QModelIndex row = m_queueView->currentIndex();
    if (row.isValid() && row.data(Roles::DealId).toLongLong() != dealId) {
        const QSignalBlocker quiet(m_queueView->selectionModel());
        m_queueView->selectionModel()->clear();
        m_queueView->viewport()->update();
    }
    m_selected = dealId;
    if (dealId)
        m_hiddenDeal = 0;
    m_board->selectDeal(dealId);
    m_panel->setDeal(dealId);
    updateActions();
}

void MainWindow::followFilters()
{
    updateSearchHint();
    // The deal the filters hid comes back when they no longer hide it.
    if (!m_selected && m_hiddenDeal && m_board->shows(m_hiddenDeal)) {
        const qint64 back = std::exchange(m_hiddenDeal, 0);
        selectDeal(back);
        return;
    }
    // A search that leaves one card: that card is the deal.
    if (!m_search->text().trimmed().isEmpty() && m_board->visibleDeals() == 1) {
        selectDeal(m_board->visibleIds(1).constFirst());
        return;
    }
    // A filter changed: the rep works on the board now. A deal picked in the day queue that
    // the board hides leaves the panel too (the queue is not filtered, the rep's eyes are).
    if (!m_selected || m_board->shows(m_selected))
        return;
    const DealStatusView *v = m_model.view(m_selected);
    // A won or lost deal the rep just closed stays in the panel; one the rep's filters hide
    // does not.
    if (!v
        || (v->history.deal.status != DealStatus::Open && !m_board->shows(m_selected)
            && !action(Action::ShowClosed)->isChecked()))
        return;
    const QString title = v->history.deal.title;
    m_hiddenDeal = m_selected;
    m_selected = 0;
    {
        const QSignalBlocker quiet(m_queueView->selectionModel());
        m_queueView->selectionModel()->clear();
        m_queueView->setCurrentIndex(QModelIndex());
        m_queueView->viewport()->update();
    }
    m_board->selectDeal(0);
    m_panel->setDeal(0);
    m_panel->setEmptyText(tr("“%1” is hidden by the search or the state filter. Clear them "
                             "(Esc in the search field) to see it again, or select another "
                             "deal.")
                              .arg(title));
    updateActions();
}

void MainWindow::updateSearchHint()
{
    const QString search = m_search->text().trimmed();
    if (search.isEmpty() && m_stateFilter->currentIndex() == 0) {
        m_searchHint->hide();
        return;
    }
    const int shown = m_board->visibleDeals();
    const int closed = m_board->hiddenClosedMatches();
    QStringList parts;
    if (shown == 0)
        parts << (search.isEmpty() ? tr("No open deal is in this state.")
                                   : tr("No open deal matches “%1”.").arg(search.toHtmlEscaped()));
    if (closed > 0)
        parts << tr("Also found among won and lost deals: %1. <a href=\"closed\">Show won and "
                    "lost deals</a>.")
                     .arg(closed);
    m_searchHint->setText(parts.join(QLatin1Char(' ')));
    m_searchHint->setVisible(!parts.isEmpty());
}

void MainWindow::updateDealCount()
{
    int open = 0;
    for (const DealStatusView &v : m_model.views())
        open += v.history.deal.status == DealStatus::Open;
    m_dealCount->setText(tr("%n deal(s)", nullptr, int(m_model.views().size()))
                         + QStringLiteral(" · ") + tr("%n open", nullptr, open));
    m_dealCount->setToolTip(m_pipeline.database().path());
}

void MainWindow::updateActions()
{
    const DealStatusView *v = m_model.view(m_selected);
    const bool open = v && v->history.deal.status == DealStatus::Open;
    bool scheduled = false;
    if (v) {
        for (const Meeting &m : v->history.meetings)
            scheduled = scheduled || m.status == MeetingStatus::Scheduled;
    }
    const bool started = scheduled && v->cadence.steps.size()
        && std::any_of(v->history.meetings.cbegin(), v->history.meetings.cend(),
                       [&](const Meeting &m) {
                           return m.status == MeetingStatus::Scheduled && m.start <= m_model.now();
                       });
    action(Action::Meeting)->setEnabled(open);
    action(Action::Meeting)->setText(scheduled ? tr("Move &meeting…") : tr("Set &meeting…"));
    action(Action::Held)->setEnabled(open && scheduled);
    action(Action::NoShow)->setEnabled(open && started);
    action(Action::Compose)->setEnabled(v);
    action(Action::Invite)->setEnabled(open && scheduled);
    action(Action::Reply)->setEnabled(v);
    action(Action::Note)->setEnabled(v);
    action(Action::Details)->setEnabled(v);
    action(Action::Won)->setEnabled(open);
    action(Action::Lost)->setEnabled(open);
    action(Action::Reopen)->setEnabled(v && !open);
    action(Action::Delete)->setEnabled(v);
}

void MainWindow::report(const Status &status)
{
    if (status)
        return;
    // A failure is said in full; nothing was changed.
    if (!status.error().detail.isEmpty())
        qWarning("%s", qPrintable(status.error().detail));
    QMessageBox::warning(this, tr("NineTouch"), errorText(status.error()));
}

Status MainWindow::run(std::unique_ptr<EditCommand> command)
{
    return m_controller.push(std::move(command));
}

void MainWindow::readFailed(const Error &error)
{
    if (!error.detail.isEmpty())
        qWarning("%s", qPrintable(error.detail));
    const QString text = errorText(error);
    statusBar()->showMessage(tr("Not up to date: %1").arg(text));
    m_readError = error;
    if (m_unattended)
        return;
    // Said once per kind of failure: a locked file would otherwise open a dialog every poll.
    if (text == m_lastReadError)
        return;
    m_lastReadError = text;
    QMessageBox::warning(
        this, tr("NineTouch"),
        tr("The pipeline could not be read, so what you see may be out of date.\n\n%1").arg(text));
}

Status MainWindow::moveStage(qint64 dealId, qint64 toStageId)
{
    const DealStatusView *v = m_model.view(dealId);
    if (!v || v->history.deal.stageId == toStageId)
        return success();
    const auto stages = m_pipeline.stages();
    if (!stages)
        return stages.error();
    const auto to = std::find_if(stages->cbegin(), stages->cend(),
                                 [toStageId](const Stage &s) { return s.id == toStageId; });
    if (to == stages->cend())
        return success(); // a column removed meanwhile
    return run(std::make_unique<MoveStageCommand>(m_pipeline, v->history.deal, *to, m_model.now()));
}

void MainWindow::newDeal()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New deal"));
    const auto stages = m_pipeline.stages();
    if (!stages) {
        report(stages.error());
        return;
    }
    auto *form = new DealForm;
    form->setStages(*stages);
    Deal base;
    base.currency = m_pipeline.settings().currency;
    form->setDeal(base);
    auto *error = new QLabel;
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #d64545"));
    error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        auto d = form->deal(base);
        qint64 id = 0;
        Status s = d ? Status(success()) : Status(d.error());
        if (s) {
            auto command = std::make_unique<NewDealCommand>(m_pipeline, *d, m_model.now());
            NewDealCommand *added = command.get();
            s = m_controller.push(std::move(command));
            if (s)
                id = added->dealId();
        }
        if (!s) {
            error->setText(errorText(s.error())); // the form keeps what was typed
            error->show();
            // The field at fault, marked and with the cursor in it.
            for (QWidget *w : form->findChildren<QWidget *>())
                w->setStyleSheet(QString());
            if (QWidget *field = form->editor(s.error().field)) {
                field->setStyleSheet(QStringLiteral("border: 1px solid #d64545"));
                field->setFocus();
            }
            return;
        }
        dialog.accept();
        m_board->selectDeal(id);
        selectDeal(id);
    });
    form->titleEdit()->setFocus();
    dialog.exec();
}

void MainWindow::importDeals()
{
    ImportDialog dialog(
        m_pipeline, m_controller, [this] { return m_model.now(); }, this);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString path = FileDialogs::openFile(this, tr("Import deals"), dir,
                                               tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    dialog.openFile(path);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ImportCounts counts = dialog.imported();
    const QStringList newStages = dialog.newStages();
    QString message = tr("Imported: %1 created, %2 updated. Edit ▸ Undo takes the import back.")
                          .arg(counts.created)
                          .arg(counts.updated);
    if (!newStages.isEmpty())
        message +=
            QLatin1Char(' ') + tr("New stages: %1.").arg(newStages.join(QStringLiteral(", ")));
    statusBar()->showMessage(message, 10000);
    showBoard();
    // The board shows the first new stage: the rep sees where its deals went.
    if (!newStages.isEmpty())
        m_board->showStage(newStages.constFirst());
}

void MainWindow::exportDeals()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialogs::saveFile(
        this, tr("Export deals"), dir + QStringLiteral("/deals.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    auto deals = m_pipeline.deals().list();
    if (!deals) {
        report(deals.error());
        return;
    }
    if (Status s = PrivateFile::write(path, DealCsv::write(*deals).toUtf8()); !s) {
        report(s);
        return;
    }
    statusBar()->showMessage(
        tr("Exported %n deal(s) to %1.", nullptr, int(deals->size())).arg(path), 10000);
}

void MainWindow::openDemo()
{
    // A window of its own on a file of its own: the rep's pipeline is never mixed with it.
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                 { QStringLiteral("--demo") }))
        report(inputError(tr("The demo could not be started.")));
}

void MainWindow::editSettings()
{
    // The board follows the pipeline's stagesChanged and settingsChanged signals.
    SettingsDialog dialog(m_pipeline, m_controller, this);
    dialog.exec();
}

void MainWindow::editMailSettings()
{
    SettingsDialog dialog(m_pipeline, m_controller, this);
    dialog.focus(Field::MailImap);
    dialog.exec();
}

void MainWindow::watchInbox(int intervalMs)
{
    m_inbox.start(intervalMs);
}

void MainWindow::showInboxStatus(const InboxStatus &status)
{
    // Today's time alone, another day's with its day ("Thu 5 Mar, 10:00").
    const auto when = [this](const QDateTime &at) {
        const QTimeZone zone = m_pipeline.settings().zone();
        const QDateTime local = at.toTimeZone(zone);
        return local.date() == m_model.now().toTimeZone(zone).date() ? RepText::time(local.time())
                                                                     : RepText::dayTime(local);
    };
    QString text;
    QString tip;
    QString color;
    switch (status.state) {
    case InboxStatus::State::NotSetUp:
        text = tr("Inbox: not set up");
        tip = tr("Set up your mail account (Settings, Mail) and NineTouch sees answers arrive: a "
                 "reply from a prospect restarts the pursuit by itself.");
        break;
    case InboxStatus::State::Idle:
        text = tr("Inbox: not read yet");
        tip = tr("Click to read the inbox now (F5).");
        break;
    case InboxStatus::State::Checking:
        text = tr("Inbox: reading…");
        break;
    case InboxStatus::State::Done: {
        text = tr("Inbox read at %1").arg(when(status.lastSuccess));
        const SyncReport &r = status.last;
        tip = tr("Last look: %n new message(s)", nullptr, r.read) + QStringLiteral(", ")
            + tr("%n recorded on deals", nullptr, int(r.recorded.size())) + QStringLiteral(".\n")
            + tr("Read again every few minutes; click to read now (F5).");
        break;
    }
    case InboxStatus::State::Failed:
        text = status.lastSuccess.isValid()
            ? tr("Inbox not read (last read at %1)").arg(when(status.lastSuccess))
            : tr("Inbox not read");
        tip = errorText(status.error) + QStringLiteral("\n") + tr("Click to try again (F5).");
        color = urgencyColor(Urgency::PastRule).name();
        break;
    }
    m_inboxStatus->setText(text);
    m_inboxStatus->setToolTip(tip);
    m_inboxStatus->setStyleSheet(color.isEmpty() ? QString()
                                                 : QStringLiteral("color: %1").arg(color));
    m_inboxStatus->setEnabled(status.state != InboxStatus::State::Checking);
    action(Action::CheckInbox)->setEnabled(status.state != InboxStatus::State::Checking);
}

void MainWindow::inboxRead(const QList<MailRecord> &recorded)
{
    if (m_inbox.status().state == InboxStatus::State::Failed) {
        statusBar()->showMessage(
            tr("The inbox was not read: %1").arg(errorText(m_inbox.status().error)), 15000);
        return;
    }
    // An out-of-office that says when its writer is back: the deal's call and deadline wait
    // for that day, as a change the rep can undo (Edit, Undo).
    QStringList moved;
    for (const MailRecord &r : recorded) {
        if (!r.backOn.isValid())
            continue;
        auto note = std::make_shared<QString>();
        if (Status s = run(std::make_unique<ProspectAwayCommand>(m_pipeline, r.dealId, r.backOn,
                                                                 r.who, m_model.now(), note));
            !s) {
            statusBar()->showMessage(errorText(s.error()), 15000);
            continue;
        }
        if (!note->isEmpty())
            moved << *note;
    }

    // Answers are what the rep needs to hear of: a pursuit ends, a deal is alive again.
    QStringList answers;
    for (const MailRecord &r : recorded) {
        if (r.kind != TouchKind::Reply)
            continue;
        const DealStatusView *v = m_model.view(r.dealId);
        answers << (v ? v->history.deal.title : QString::number(r.dealId));
    }
    answers.removeDuplicates();
    if (answers.isEmpty()) {
        // What moved says more than a count of notes.
        if (!moved.isEmpty())
            statusBar()->showMessage(moved.join(QLatin1Char(' ')), 30000);
        else if (!recorded.isEmpty())
            statusBar()->showMessage(
                tr("From the inbox: %n note(s) recorded", nullptr, int(recorded.size())), 10000);
        return;
    }
    const QString text = tr("%n answer(s) arrived: %1", nullptr, int(answers.size()))
                             .arg(QLocale().createSeparatedList(answers));
    statusBar()->showMessage(text, 30000);
    if (m_tray && !isActiveWindow())
        m_tray->showMessage(tr("NineTouch"), text, QSystemTrayIcon::Information);
}

void MainWindow::setMeeting()
{
    const qint64 id = current();
    if (!id)
        return;
    MeetingDialog dialog(m_pipeline, id, m_model.now(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const DealStatusView *v = m_model.view(id);
    const bool moves = v
        && std::any_of(v->history.meetings.cbegin(), v->history.meetings.cend(),
                       [](const Meeting &m) { return m.status == MeetingStatus::Scheduled; });
    report(run(std::make_unique<SetMeetingCommand>(m_pipeline, id,
                                                   MeetingInput { dialog.start(), dialog.zone(),
                                                                  dialog.minutes(), dialog.agenda(),
                                                                  dialog.channel() },
                                                   moves, m_model.now())));
}

void MainWindow::meetingHeld()
{
    const qint64 id = current();
    const DealStatusView *v = m_model.view(id);
    if (!v)
        return;
    // Held before it starts: possible (the prospect called back early), but asked.
    for (const Meeting &m : v->history.meetings) {
        if (m.status != MeetingStatus::Scheduled || m.start <= m_model.now())
            continue;
        QMessageBox ask(QMessageBox::Question, tr("Meeting held"),
                        tr("The meeting with %1 is set for %2, still ahead. Record it as held "
                           "now?")
                            .arg(v->history.deal.contact.name,
                                 RepText::meetingTime(m.start, QTimeZone(m.tz.toUtf8()),
                                                      m_pipeline.engine().calendar().zone(), true)),
                        QMessageBox::Cancel, this);
        ask.setInformativeText(tr("Do so when the prospect called back or met you early."));
        const QPushButton *record = ask.addButton(tr("Record as held"), QMessageBox::AcceptRole);
        ask.setDefaultButton(QMessageBox::Cancel);
        ask.exec();
        if (ask.clickedButton() != record)
            return;
    }
    const Status s = run(std::make_unique<MeetingHeldCommand>(m_pipeline, id, m_model.now()));
    report(s);
    // The rule: set the next meeting before this one ends.
    if (s
        && QMessageBox::question(this, tr("Meeting held"),
                                 tr("Set the next meeting now, while you are still together?"))
            == QMessageBox::Yes)
        setMeeting();
}

void MainWindow::noShow()
{
    const qint64 id = current();
    if (!id)
        return;
    const QDateTime now = m_model.now();
    NoShowDialog dialog(m_pipeline, id, now, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    bool breakupDue = false;
    const Status s = recordNoShow(id, dialog.tried(), dialog.changedSlot(), &breakupDue);
    report(s);
    if (s)
        openComposer(id, breakupDue ? StepKind::Breakup : StepKind::MissedCall);
}

Status MainWindow::recordNoShow(qint64 id, int tried, const QDateTime &changed, bool *breakupDue)
{
    auto command = std::make_unique<NoShowCommand>(m_pipeline, id, tried, changed, m_model.now());
    const NoShowCommand *noShow = command.get();
    const Status s = run(std::move(command));
    if (s && breakupDue)
        *breakupDue = noShow->breakupDue();
    return s;
}

void MainWindow::logReply()
{
    const qint64 id = current();
    if (!id)
        return;
    bool ok = false;
    const QString note = QInputDialog::getText(
        this, tr("Log reply"), tr("What did they say? (optional)"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    report(
        run(std::make_unique<LogCommand>(m_pipeline, id, TouchKind::Reply, note, m_model.now())));
}

void MainWindow::addNote()
{
    const qint64 id = current();
    if (!id)
        return;
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(this, tr("Add note"), tr("Note"), {}, &ok);
    if (!ok || note.trimmed().isEmpty())
        return;
    report(run(std::make_unique<LogCommand>(m_pipeline, id, TouchKind::Note, note.trimmed(),
                                            m_model.now())));
}

void MainWindow::sendInvite(qint64 id, bool cancel)
{
    if (!id)
        return;
    const QDateTime now = m_model.now();
    DraftBuilder builder(m_pipeline);
    auto invite =
        builder.invite(id, cancel ? Invite::Method::Cancel : Invite::Method::Request, now);
    auto ics = invite ? IcsWriter::write(*invite) : Result<QByteArray>(invite.error());
    if (!ics) {
        report(ics.error());
        return;
    }
    // Named after the deal and the meeting, in the rep's documents (home when there are none).
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QFileInfo(dir).isDir())
        dir = QDir::homePath();
    const DealStatusView *v = m_model.view(id);
    QString name = v ? v->history.deal.organization : QString();
    // Letters of any language stay ("müller-logistik-gmbh", not "m-ller-logistik-gmbh").
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    name = name.simplified().replace(separators, QStringLiteral("-"));
    const QString file = QStringLiteral("%1-%2-%3.ics")
                             .arg(cancel ? QStringLiteral("cancel") : QStringLiteral("invite"),
                                  name.isEmpty() ? QStringLiteral("meeting") : name.toLower(),
                                  invite->start.toString(QStringLiteral("yyyy-MM-dd")));
    const QString path =
        FileDialogs::saveFile(this, cancel ? tr("Save the cancellation") : tr("Save the invite"),
                              dir + QLatin1Char('/') + file, tr("Calendar invites (*.ics)"));
    if (path.isEmpty())
        return;
    if (Status s = PrivateFile::write(path, *ics); !s) {
        report(s);
        return;
    }
    QMessageBox saved(QMessageBox::Information, tr("Invite saved"),
                      tr("Saved %1.").arg(QDir::toNativeSeparators(path)), QMessageBox::NoButton,
                      this);
    saved.setInformativeText(
        tr("Attach it to an email to %1 and send it. When it has gone out, mark it as sent: "
           "the rule then counts it.")
            .arg(v ? v->history.deal.contact.name : tr("the prospect")));
    const QPushButton *sentButton = saved.addButton(tr("Mark as sent"), QMessageBox::AcceptRole);
    saved.addButton(tr("Not yet"), QMessageBox::RejectRole);
    saved.exec();
    if (saved.clickedButton() == sentButton)
        report(
            run(std::make_unique<SendCommand>(m_pipeline, id, TouchKind::Invite, QString(), false,
                                              now, cancel ? tr("cancellation") : QString())));
}

void MainWindow::openComposer(qint64 dealId, std::optional<StepKind> step)
{
    ComposerDialog dialog(
        m_pipeline, m_controller, dealId, step, [this] { return m_model.now(); }, this);
    if (dialog.exec() == QDialog::Accepted && !dialog.outcome().isEmpty())
        statusBar()->showMessage(dialog.outcome(), 10000);
}

void MainWindow::compose()
{
    const qint64 id = current();
    const DealStatusView *v = m_model.view(id);
    if (!v)
        return;
    // The composer opens on the email the rule has due, or says what to do instead.
    openComposer(id, std::nullopt);
}

void MainWindow::markWon()
{
    const qint64 id = current();
    if (!id)
        return;
    report(run(std::make_unique<MarkWonCommand>(m_pipeline, id, m_model.now())));
}

void MainWindow::markLost()
{
    const qint64 id = current();
    const DealStatusView *v = m_model.view(id);
    if (!v)
        return;
    LostDialog dialog(v->history.deal.title, v->cadence.deadline.isValid(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    report(run(std::make_unique<MarkLostCommand>(m_pipeline, id, dialog.reason(), m_model.now())));
}

void MainWindow::reopen()
{
    const qint64 id = current();
    if (!id)
        return;
    report(run(std::make_unique<ReopenCommand>(m_pipeline, id, m_model.now())));
}

void MainWindow::deleteDeal()
{
    const DealStatusView *v = m_model.view(current());
    if (!v)
        return;
    const Deal deal = v->history.deal;
    if (QMessageBox::question(
            this, tr("Delete deal"),
            tr("Delete “%1” with its whole timeline? You can undo it.").arg(deal.title))
        != QMessageBox::Yes)
        return;
    report(run(std::make_unique<DeleteDealCommand>(m_pipeline, deal)));
}

void MainWindow::callNow(qint64 id)
{
    const DealStatusView *v = m_model.view(id);
    if (!v)
        return;
    const Contact &c = v->history.deal.contact;
    QMessageBox box(this);
    box.setWindowTitle(tr("Call %1").arg(c.name));
    box.setText(tr("<b>Call %1 now, as agreed.</b><br/>Direct: %2<br/>Reception: %3<br/>Mobile: %4")
                    .arg(c.name.toHtmlEscaped(), c.phone.isEmpty() ? tr("none") : c.phone,
                         c.reception.isEmpty() ? tr("none") : c.reception,
                         c.mobile.isEmpty() ? tr("none") : c.mobile));
    QPushButton *held = box.addButton(tr("They picked up: meeting held"), QMessageBox::AcceptRole);
    QPushButton *missed = box.addButton(tr("No answer: no-show…"), QMessageBox::ActionRole);
    box.addButton(tr("Later"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == held)
        meetingHeld();
    else if (box.clickedButton() == missed)
        noShow();
}

void MainWindow::activateQueueRow(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const qint64 id = index.data(Roles::DealId).toLongLong();
    selectDeal(id);
    const auto kind = StepKind(index.data(Roles::Kind).toInt());
    switch (kind) {
    case StepKind::SetMeeting:
        setMeeting();
        break;
    case StepKind::Invite:
        sendInvite(id, index.data(Roles::Cancel).toBool());
        break;
    case StepKind::Call:
        callNow(id);
        break;
    case StepKind::MarkLost:
        markLost();
        break;
    case StepKind::Recap:
    case StepKind::Reminder:
    case StepKind::MissedCall:
    case StepKind::Breakup:
    case StepKind::Reengage:
        openComposer(id, kind);
        break;
    }
}

void MainWindow::checkCalls()
{
    // A call comes due: say so once through the tray, and in the window until it is done.
    const QDateTime now = m_model.now();
    QList<qint64> due;
    for (const auto &item : m_queue.items()) {
        if (!DayQueueModel::isCallNow(item.step, now))
            continue;
        const DealStatusView *v = m_model.view(item.dealId);
        if (!v)
            continue;
        due << item.dealId;
        const QString key =
            QString::number(item.dealId) + QLatin1Char('@') + item.step.due.toString(Qt::ISODate);
        if (!m_alerted.contains(key)) {
            m_alerted.insert(key);
            const Contact &c = v->history.deal.contact;
            if (m_tray)
                m_tray->showMessage(tr("Call %1 now").arg(c.name), tr("As agreed: %1").arg(c.phone),
                                    QSystemTrayIcon::Information, 30000);
            QApplication::alert(this);
        }
    }
    // The latest call first, as the queue lists it: the one the rep is about to make.
    const qint64 before = m_bannerDeal;
    m_bannerDeal = due.isEmpty() ? 0 : due.constFirst();
    // The banner moving on to another prospect under the rep's pointer (right after Call held):
    // its buttons wait a moment, so a double click never records a call on the next deal.
    if (before && m_bannerDeal && before != m_bannerDeal) {
        const QList<QPushButton *> buttons = m_banner->findChildren<QPushButton *>();
        for (QPushButton *b : buttons)
            b->setEnabled(false);
        QTimer::singleShot(1500, m_banner, [buttons] {
            for (QPushButton *b : buttons)
                b->setEnabled(true);
        });
    }
    const DealStatusView *v = m_model.view(m_bannerDeal);
    if (!v) {
        m_banner->hide();
        return;
    }
    const Contact &c = v->history.deal.contact;
    const auto number = [this](const QString &n) {
        return n.isEmpty() ? tr("none") : n.toHtmlEscaped();
    };
    QString text = tr("☎ Call %1 (%2) now, as agreed: direct %3 · reception %4 · mobile %5")
                       .arg(c.name.toHtmlEscaped(), v->history.deal.title.toHtmlEscaped(),
                            number(c.phone), number(c.reception), number(c.mobile));
    if (due.size() > 1)
        text += QStringLiteral("<br/>")
            + tr("%n more call(s) due: see the day queue.", nullptr, int(due.size() - 1));
    m_bannerText->setText(text);
    m_banner->show();
}

QString MainWindow::callBannerText() const
{
    return m_banner->isVisible() ? m_bannerText->text() : QString();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The search field would take Ctrl+E, Ctrl+H and the like as line-editing keys: the deal
    // shortcuts win there.
    if (watched == m_search && event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QKeySequence pressed(key->keyCombination());
        for (const QAction *a : m_actions) {
            if (a && a->isEnabled() && !a->shortcut().isEmpty() && a->shortcut() == pressed
                && pressed != QKeySequence(QKeySequence::Undo)
                && pressed != QKeySequence(QKeySequence::Redo))
                return true; // not accepted: the window's shortcut fires
        }
    }
    // A queue without a current row picks its first one when it gets the focus back (after a
    // dialog closed): that is no choice of the rep's, so it does not change the current deal.
    if (watched == m_queueView && event->type() == QEvent::FocusIn
        && !m_queueView->currentIndex().isValid() && m_queue.rowCount() > 0) {
        const QSignalBlocker quiet(m_queueView->selectionModel());
        m_queueView->selectionModel()->setCurrentIndex(m_queue.index(0, 0),
                                                       QItemSelectionModel::NoUpdate);
    }
    // Clicking the alert's text shows its deal.
    if (watched == m_bannerText && event->type() == QEvent::MouseButtonRelease && m_bannerDeal) {
        selectDeal(m_bannerDeal);
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::setSearchText(const QString &text)
{
    m_search->setText(text);
}

void MainWindow::showView(const QString &view)
{
    if (view.startsWith(QLatin1String("deal:"))) {
        const qint64 id = view.section(QLatin1Char(':'), 1, 1).toLongLong();
        m_board->selectDeal(id);
        selectDeal(id);
        if (view.endsWith(QLatin1String(":details")))
            m_panel->showDetails();
    } else if (view == QLatin1String("welcome")) {
        m_pages->setCurrentWidget(m_welcome);
        m_queueDock->hide();
        m_panelDock->hide();
        m_toolBar->hide();
    } else if (view == QLatin1String("queue")) {
        m_queueDock->show();
        resizeDocks({ m_queueDock }, { 420 }, Qt::Vertical);
        if (m_queue.rowCount() > 0) {
            m_queueView->setCurrentIndex(m_queue.index(0, 0));
        }
    }
}

} // namespace NineTouchUi
