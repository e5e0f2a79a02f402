#include "mainwindow.h"

#include "boardview.h"
#include "cadencecolors.h"
#include "carddelegate.h"
#include "commands.h"
#include "composerdialog.h"
#include "dealform.h"
#include "dealpanel.h"
#include "drafts.h"
#include "honestbar.h"
#include "meetingdialogs.h"
#include "names.h"
#include "roles.h"
#include "settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
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
    , m_search(new QLineEdit)
    , m_stateFilter(new QComboBox)
    , m_banner(new QLabel)
    , m_queueView(new QTableView)
{
    setWindowTitle(QStringLiteral("NineTouch"));
    setWindowIcon(appIcon());
    (void)m_model.reload();

    m_honest = new HonestBar(m_model);
    m_board = new BoardView(m_model);
    m_search->setPlaceholderText(tr("Search deals, organizations and contacts (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_stateFilter->addItem(tr("All open deals"));
    for (CadenceState s :
         { CadenceState::Engaged, CadenceState::Silent, CadenceState::AwaitingDecision,
           CadenceState::PastRule, CadenceState::NoMeeting })
        m_stateFilter->addItem(toString(s), int(s));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; padding: 8px; "
                                           "border-radius: 4px; font-weight: bold }")
                                .arg(urgencyColor(Urgency::Today).name()));
    m_banner->hide();

    createActions();

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
    layout->addWidget(m_board, 1);
    setCentralWidget(central);

    // The day queue.
    m_queueView->setModel(&m_queue);
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
                                fm.horizontalAdvance(QStringLiteral("00 Mmm 00:00")) + 20);
    m_queueView->setColumnWidth(DayQueueModel::StepColumn,
                                fm.horizontalAdvance(QStringLiteral("Send missed-call email"))
                                    + 20);
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
            overdue += item.step.due < m_model.now();
        m_queueDock->setWindowTitle(tr("Today: %n step(s)", nullptr, int(m_queue.items().size()))
                                    + (overdue ? tr(", %n overdue", nullptr, overdue) : QString()));
    };
    connect(&m_queue, &QAbstractItemModel::modelReset, this, updateQueueTitle);
    updateQueueTitle();

    // The selected deal.
    const QList<QAction *> panelActions {
        m_actions.value(QStringLiteral("meeting")), m_actions.value(QStringLiteral("held")),
        m_actions.value(QStringLiteral("noshow")),  m_actions.value(QStringLiteral("compose")),
        m_actions.value(QStringLiteral("reply")),   m_actions.value(QStringLiteral("note")),
        m_actions.value(QStringLiteral("won")),     m_actions.value(QStringLiteral("lost")),
        m_actions.value(QStringLiteral("reopen"))
    };
    m_panel = new DealPanel(m_model, m_undo, panelActions);
    m_panelDock = new QDockWidget(tr("Deal"), this);
    m_panelDock->setObjectName(QStringLiteral("dealPanel"));
    m_panelDock->setWidget(m_panel);
    addDockWidget(Qt::RightDockWidgetArea, m_panelDock);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea); // the deal runs full height
    resizeDocks({ m_panelDock }, { 400 }, Qt::Horizontal);
    resizeDocks({ m_queueDock }, { 190 }, Qt::Vertical);

    createMenus();

    connect(m_search, &QLineEdit::textChanged, m_board, &BoardView::setSearch);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this](int i) {
        QSet<CadenceState> states;
        if (i > 0)
            states.insert(CadenceState(m_stateFilter->itemData(i).toInt()));
        m_board->setStates(states);
        m_honest->setActiveStates(states);
    });
    connect(m_honest, &HonestBar::filterRequested, this, [this](const QSet<CadenceState> &states) {
        const QSignalBlocker block(m_stateFilter);
        m_stateFilter->setCurrentIndex(
            states.size() == 1 ? m_stateFilter->findData(int(*states.cbegin())) : 0);
        m_board->setStates(states);
    });
    connect(m_board, &BoardView::currentDealChanged, this, &MainWindow::selectDeal);
    connect(m_board, &BoardView::dealActivated, this, [this](qint64 id) {
        selectDeal(id);
        m_panelDock->show();
        m_panelDock->raise();
    });
    connect(m_board, &BoardView::moveRequested, this,
            [this](qint64 id, qint64 stage) { report(moveStage(id, stage)); });
    connect(&pipeline, &Pipeline::stagesChanged, this, [this] {
        m_board->rebuildColumns();
        (void)m_model.reload(); // deals carry their stage's name
    });
    connect(&m_undo, &QUndoStack::indexChanged, this, &MainWindow::updateActions);
    connect(&m_model, &PipelineModel::dealUpdated, this, &MainWindow::updateActions);

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

    statusBar()->showMessage(tr("%1 · %n deal(s)", nullptr, int(m_model.views().size()))
                                 .arg(pipeline.database().path()));
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1400, 900);
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
    auto add = [this](const QString &id, const QString &text, const QKeySequence &key,
                      void (MainWindow::*slot)()) {
        auto *a = new QAction(text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        if (slot)
            connect(a, &QAction::triggered, this, slot);
        m_actions.insert(id, a);
        addAction(a);
        return a;
    };
    add(QStringLiteral("new"), tr("&New deal…"), QKeySequence::New, &MainWindow::newDeal);
    add(QStringLiteral("settings"), tr("&Settings…"), QKeySequence(tr("Ctrl+,")),
        &MainWindow::editSettings);
    add(QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit, nullptr);
    connect(m_actions.value(QStringLiteral("quit")), &QAction::triggered, this, &QWidget::close);
    QAction *undo = m_undo.createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo.createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    m_actions.insert(QStringLiteral("undo"), undo);
    m_actions.insert(QStringLiteral("redo"), redo);
    add(QStringLiteral("find"), tr("&Find…"), QKeySequence::Find, nullptr);
    connect(m_actions.value(QStringLiteral("find")), &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    add(QStringLiteral("details"), tr("Edit &details"), QKeySequence(Qt::Key_F2), nullptr);
    connect(m_actions.value(QStringLiteral("details")), &QAction::triggered, this, [this] {
        m_panelDock->show();
        m_panel->showDetails();
    });
    add(QStringLiteral("meeting"), tr("Set &meeting…"), QKeySequence(tr("Ctrl+M")),
        &MainWindow::setMeeting);
    add(QStringLiteral("held"), tr("Meeting &held"), QKeySequence(tr("Ctrl+H")),
        &MainWindow::meetingHeld);
    add(QStringLiteral("noshow"), tr("N&o-show…"), QKeySequence(tr("Ctrl+Shift+M")),
        &MainWindow::noShow);
    add(QStringLiteral("compose"), tr("&Compose…"), QKeySequence(tr("Ctrl+E")),
        &MainWindow::compose);
    add(QStringLiteral("reply"), tr("Log &reply…"), QKeySequence(tr("Ctrl+R")),
        &MainWindow::logReply);
    add(QStringLiteral("note"), tr("Add &note…"), QKeySequence(tr("Ctrl+Shift+N")),
        &MainWindow::addNote);
    add(QStringLiteral("invite"), tr("Send &invite…"), QKeySequence(tr("Ctrl+I")), nullptr);
    connect(m_actions.value(QStringLiteral("invite")), &QAction::triggered, this,
            [this] { sendInvite(current(), false); });
    add(QStringLiteral("won"), tr("Mark &won"), QKeySequence(tr("Ctrl+Shift+W")),
        &MainWindow::markWon);
    add(QStringLiteral("lost"), tr("Mark &lost…"), QKeySequence(tr("Ctrl+Shift+L")),
        &MainWindow::markLost);
    add(QStringLiteral("reopen"), tr("Re&open"), QKeySequence(tr("Ctrl+Shift+O")),
        &MainWindow::reopen);
    auto *closed = add(QStringLiteral("closed"), tr("Show &won and lost deals"),
                       QKeySequence(tr("Ctrl+Shift+C")), nullptr);
    closed->setCheckable(true);
    connect(closed, &QAction::toggled, this, [this](bool on) { m_board->setShowClosed(on); });
    add(QStringLiteral("queue"), tr("Go to the &day queue"), QKeySequence(tr("Ctrl+1")), nullptr);
    connect(m_actions.value(QStringLiteral("queue")), &QAction::triggered, this, [this] {
        m_queueDock->show();
        m_queueView->setFocus();
        if (!m_queueView->currentIndex().isValid() && m_queue.rowCount() > 0)
            m_queueView->setCurrentIndex(m_queue.index(0, 0));
    });
    add(QStringLiteral("board"), tr("Go to the &board"), QKeySequence(tr("Ctrl+2")), nullptr);
    connect(m_actions.value(QStringLiteral("board")), &QAction::triggered, this, [this] {
        if (m_selected)
            m_board->selectDeal(m_selected);
        else
            m_board->setFocus();
    });
}

void MainWindow::createMenus()
{
    auto *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions.value(QStringLiteral("new")));
    file->addSeparator();
    file->addAction(m_actions.value(QStringLiteral("settings")));
    file->addSeparator();
    file->addAction(m_actions.value(QStringLiteral("quit")));
    auto *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_actions.value(QStringLiteral("undo")));
    edit->addAction(m_actions.value(QStringLiteral("redo")));
    edit->addSeparator();
    edit->addAction(m_actions.value(QStringLiteral("find")));
    auto *deal = menuBar()->addMenu(tr("&Deal"));
    for (const char *id :
         { "details", "meeting", "held", "noshow", "compose", "invite", "reply", "note" })
        deal->addAction(m_actions.value(QLatin1String(id)));
    deal->addSeparator();
    for (const char *id : { "won", "lost", "reopen" })
        deal->addAction(m_actions.value(QLatin1String(id)));
    auto *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_actions.value(QStringLiteral("closed")));
    view->addAction(m_actions.value(QStringLiteral("queue")));
    view->addAction(m_actions.value(QStringLiteral("board")));
    view->addSeparator();
    view->addAction(m_queueDock->toggleViewAction());
    view->addAction(m_panelDock->toggleViewAction());

    auto *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setMovable(false);
    for (const char *id : { "new", "meeting", "noshow", "compose", "reply", "undo", "redo" })
        tools->addAction(m_actions.value(QLatin1String(id)));
}

qint64 MainWindow::current() const
{
    return m_selected;
}

void MainWindow::selectDeal(qint64 dealId)
{
    // The queue highlights the selected deal's row, or none.
    const QModelIndex row = m_queueView->currentIndex();
    if (row.isValid() && row.data(Roles::DealId).toLongLong() != dealId)
        m_queueView->setCurrentIndex({});
    m_selected = dealId;
    m_panel->setDeal(dealId);
    updateActions();
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
    m_actions.value(QStringLiteral("meeting"))->setEnabled(open);
    m_actions.value(QStringLiteral("meeting"))
        ->setText(scheduled ? tr("Move &meeting…") : tr("Set &meeting…"));
    m_actions.value(QStringLiteral("held"))->setEnabled(open && scheduled);
    m_actions.value(QStringLiteral("noshow"))->setEnabled(open && started);
    m_actions.value(QStringLiteral("compose"))->setEnabled(v);
    m_actions.value(QStringLiteral("invite"))->setEnabled(open && scheduled);
    m_actions.value(QStringLiteral("reply"))->setEnabled(v);
    m_actions.value(QStringLiteral("note"))->setEnabled(v);
    m_actions.value(QStringLiteral("details"))->setEnabled(v);
    m_actions.value(QStringLiteral("won"))->setEnabled(open);
    m_actions.value(QStringLiteral("lost"))->setEnabled(open);
    m_actions.value(QStringLiteral("reopen"))->setEnabled(v && !open);
}

void MainWindow::report(const Status &status)
{
    if (status)
        return;
    // A failure is said in full; nothing was changed.
    QMessageBox::warning(this, tr("NineTouch"), status.error().message);
}

Status MainWindow::moveStage(qint64 dealId, qint64 toStageId)
{
    const DealStatusView *v = m_model.view(dealId);
    if (!v || v->history.deal.stageId == toStageId)
        return success();
    Deal d = v->history.deal;
    d.stageId = toStageId;
    const QDateTime now = m_model.now();
    QString stageName;
    for (const Stage &s : m_pipeline.deals().stages().value())
        stageName = s.id == toStageId ? s.name : stageName;
    return DealCommand::run(m_undo, m_pipeline, dealId, tr("Move %1 to %2").arg(d.title, stageName),
                            [this, d, now] { return m_pipeline.updateDeal(d, now); });
}

void MainWindow::newDeal()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New deal"));
    auto *form = new DealForm;
    form->setStages(m_pipeline.deals().stages().value());
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
        Result<qint64> id = d ? DealCommand::addDeal(m_undo, m_pipeline, *d, m_model.now())
                              : Result<qint64>(d.error());
        if (!id) {
            error->setText(id.error().message); // the form keeps what was typed
            error->show();
            return;
        }
        dialog.accept();
        m_board->selectDeal(*id);
        selectDeal(*id);
    });
    form->titleEdit()->setFocus();
    dialog.exec();
}

void MainWindow::editSettings()
{
    // The board follows the pipeline's stagesChanged and settingsChanged signals.
    SettingsDialog dialog(m_pipeline, this);
    dialog.exec();
}

void MainWindow::setMeeting()
{
    const qint64 id = current();
    if (!id)
        return;
    MeetingDialog dialog(m_pipeline, id, m_model.now(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QDateTime now = m_model.now();
    report(DealCommand::run(m_undo, m_pipeline, id, dialog.windowTitle(), [&]() -> Status {
        auto m = m_pipeline.setMeeting(id, dialog.start(), dialog.zone(), dialog.minutes(),
                                       dialog.agenda(), dialog.channel(), now);
        return m ? success() : Status(m.error());
    }));
}

void MainWindow::meetingHeld()
{
    const qint64 id = current();
    if (!id)
        return;
    const QDateTime now = m_model.now();
    Status s = DealCommand::run(m_undo, m_pipeline, id, tr("Meeting held"),
                                [&] { return m_pipeline.meetingHeld(id, now); });
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
    const QDateTime now = m_model.now();
    bool breakup = false;
    Status s = DealCommand::run(m_undo, m_pipeline, id, tr("No-show"), [&]() -> Status {
        auto outcome = m_pipeline.meetingMissed(id, tried, now);
        if (!outcome)
            return outcome.error();
        breakup = outcome->breakupDue;
        if (changed.isValid() && outcome->proposed) {
            auto moved = m_pipeline.setMeeting(id, changed, outcome->proposed->tz,
                                               outcome->proposed->minutes, {},
                                               outcome->proposed->channel, now);
            if (!moved)
                return moved.error();
        }
        return success();
    });
    if (breakupDue)
        *breakupDue = breakup;
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
    const QDateTime now = m_model.now();
    report(DealCommand::run(m_undo, m_pipeline, id, tr("Reply"), [&]() -> Status {
        auto t = m_pipeline.logTouch(id, TouchKind::Reply, {}, note, {}, now);
        return t ? success() : Status(t.error());
    }));
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
    const QDateTime now = m_model.now();
    report(DealCommand::run(m_undo, m_pipeline, id, tr("Note"), [&]() -> Status {
        auto t = m_pipeline.logTouch(id, TouchKind::Note, {}, note.trimmed(), {}, now);
        return t ? success() : Status(t.error());
    }));
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
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, cancel ? tr("Save the cancellation") : tr("Save the invite"),
        dir + (cancel ? QStringLiteral("/cancel.ics") : QStringLiteral("/invite.ics")),
        tr("Calendar invites (*.ics)"));
    if (path.isEmpty())
        return;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(*ics) != ics->size() || !f.commit()) {
        report(inputError(tr("Cannot save %1: %2").arg(path, f.errorString())));
        return;
    }
    if (QMessageBox::question(
            this, tr("Invite saved"),
            tr("Saved %1. Send it to the prospect, then mark it as sent?").arg(path))
        == QMessageBox::Yes)
        report(DealCommand::run(m_undo, m_pipeline, id, tr("Invite sent"), [&]() -> Status {
            auto t = m_pipeline.logTouch(id, TouchKind::Invite, {},
                                         cancel ? tr("cancellation") : QString(), {}, now);
            return t ? success() : Status(t.error());
        }));
}

void MainWindow::openComposer(qint64 dealId, StepKind step)
{
    ComposerDialog dialog(
        m_pipeline, m_undo, dealId, step, [this] { return m_model.now(); }, this);
    dialog.exec();
}

void MainWindow::compose()
{
    const qint64 id = current();
    const DealStatusView *v = m_model.view(id);
    if (!v)
        return;
    // The email the rule asks for next, else the recap.
    StepKind step = StepKind::Recap;
    for (const Step &s : v->cadence.steps) {
        if (DraftBuilder::emailSteps().contains(s.kind)) {
            step = s.kind;
            break;
        }
    }
    openComposer(id, step);
}

void MainWindow::markWon()
{
    const qint64 id = current();
    if (!id)
        return;
    const QDateTime now = m_model.now();
    report(DealCommand::run(m_undo, m_pipeline, id, tr("Won"),
                            [&] { return m_pipeline.markWon(id, now); }));
}

void MainWindow::markLost()
{
    const qint64 id = current();
    const DealStatusView *v = m_model.view(id);
    if (!v)
        return;
    const bool afterBreakup = v->cadence.deadline.isValid();
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, tr("Mark lost"), tr("Why was it lost?"), QLineEdit::Normal,
                              afterBreakup ? Pipeline::breakupLostReason() : QString(), &ok);
    if (!ok)
        return;
    const QDateTime now = m_model.now();
    report(DealCommand::run(m_undo, m_pipeline, id, tr("Lost"),
                            [&] { return m_pipeline.markLost(id, reason, now); }));
}

void MainWindow::reopen()
{
    const qint64 id = current();
    if (!id)
        return;
    const QDateTime now = m_model.now();
    report(DealCommand::run(m_undo, m_pipeline, id, tr("Reopen"),
                            [&] { return m_pipeline.reopen(id, now); }));
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
        sendInvite(id, !index.data(Roles::StepDetail).toString().isEmpty());
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
    // A call comes due: say so once, in the window and through the tray.
    const QDateTime now = m_model.now();
    QStringList lines;
    for (const auto &item : m_queue.items()) {
        if (item.step.kind != StepKind::Call || item.step.due > now
            || item.step.due.secsTo(now) > 15 * 60)
            continue;
        const QString key =
            QString::number(item.dealId) + QLatin1Char('@') + item.step.due.toString(Qt::ISODate);
        const DealStatusView *v = m_model.view(item.dealId);
        if (!v)
            continue;
        const Contact &c = v->history.deal.contact;
        lines << tr("Call %1 (%2) now: direct %3, reception %4, mobile %5")
                     .arg(c.name.toHtmlEscaped(), v->history.deal.title.toHtmlEscaped(),
                          c.phone.isEmpty() ? tr("none") : c.phone,
                          c.reception.isEmpty() ? tr("none") : c.reception,
                          c.mobile.isEmpty() ? tr("none") : c.mobile);
        if (!m_alerted.contains(key)) {
            m_alerted.insert(key);
            if (m_tray)
                m_tray->showMessage(tr("Call %1 now").arg(c.name), tr("As agreed: %1").arg(c.phone),
                                    QSystemTrayIcon::Information, 30000);
            QApplication::alert(this);
        }
    }
    m_banner->setText(QStringLiteral("☎ ") + lines.join(QStringLiteral("<br/>☎ ")));
    m_banner->setVisible(!lines.isEmpty());
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
    } else if (view == QLatin1String("queue")) {
        m_queueDock->show();
        resizeDocks({ m_queueDock }, { 420 }, Qt::Vertical);
        if (m_queue.rowCount() > 0) {
            m_queueView->setCurrentIndex(m_queue.index(0, 0));
        }
    }
}

} // namespace NineTouchUi
