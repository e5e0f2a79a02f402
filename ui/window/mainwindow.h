// NineTouch's main window: the honest pipeline header, the board, the day queue and the
// selected deal. It puts its parts together and keeps one deal current across them; each part
// does its own job:
//   CallAlert      who to call now, as agreed             QueueDock     today's steps
//   FilterBar      search and state filter, with a hint   DealPanel     the current deal
//   DealActions    the actions on the current deal        InboxIndicator the rep's inbox
//   FileActions    new deal, import, export, the demo
// Every change goes through a command on the window's undo stack.
#pragma once

#include "actions.h"
#include "commands.h"
#include "dayqueuemodel.h"
#include "inboxwatcher.h"
#include "pipelinemodel.h"

#include <QMainWindow>
#include <QUndoStack>

#include <array>
#include <optional>

class QDockWidget;
class QLabel;
class QStackedWidget;
class QSystemTrayIcon;
class QToolBar;

namespace NineTouchUi {

class BoardView;
class CallAlert;
class DealActions;
class FileActions;
class DealPanel;
class FilterBar;
class HonestBar;
class InboxIndicator;
class QueueDock;
class WelcomePage;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    using Action = NineTouchUi::Action;

    // clock: the wall clock unless given (replays, screenshots, tests).
    explicit MainWindow(NineTouch::Pipeline &pipeline, NineTouch::PipelineModel::Clock clock = {},
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    // Every action of the window, as the menus, the toolbar and the shortcuts reach it.
    QAction *action(Action a) const;
    // The window's undo stack, for other windows of the app that change the pipeline.
    UndoController &undoController() { return m_controller; }
    QDateTime now() const { return m_model.now(); }
    void setClock(NineTouch::PipelineModel::Clock clock);
    // Time moved on: due steps turn overdue, calls come due (every 30 seconds by itself).
    void refreshTime();

    // The deal the rep acts on: the panel shows it, the board and queue select it, every deal
    // action and shortcut works on it.
    void selectDeal(qint64 dealId);
    qint64 currentDeal() const { return m_selected; }
    // The first run: an empty database shows the welcome page until it has a deal.
    bool isWelcomeShown() const;
    void showWelcome();
    // This window shows the demo pipeline (its own file): said at the top.
    void setDemo(bool demo);
    // A screenshot: nobody is there to answer a dialog, so a failed read is only kept, for the
    // caller to report (readError).
    void setUnattended(bool unattended) { m_unattended = unattended; }
    const std::optional<NineTouch::Error> &readError() const { return m_readError; }
    // Looks for calls due now: the alert, the tray, the task bar.
    void checkCalls();
    // Reads the rep's inbox now and every interval (when an incoming server is set up):
    // answers reach the timelines by themselves. Not for screenshots.
    void watchInbox(int intervalMs = NineTouch::InboxWatcher::defaultIntervalMs);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QString serverTitle() const;
    void createActions();
    void createPages();
    void createDocks();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void connectFilters();
    void connectBoard();
    void connectModel();
    void connectUndo();
    void startTimers();
    void restoreLayout();
    void showFirstPage(bool loaded);

    // Reading the file failed: said once, in the status bar and a dialog.
    void readFailed(const NineTouch::Error &error);
    // After the search or a filter changed: one card left is selected; a current deal the
    // filters hide leaves the panel, which says why.
    void followFilters();
    // The rep chose dealId (a card, a queue row, the call alert, a new deal): it stays the
    // deal when a search is cleared.
    void choose(qint64 dealId);
    void updateDealCount();
    void showBoard();
    void showPanel();
    void say(const QString &text, int ms);

    void editSettings(NineTouch::Field focus = NineTouch::Field::None);

    NineTouch::Pipeline &m_pipeline;
    NineTouch::PipelineModel m_model;
    NineTouch::DayQueueModel m_queue;
    bool m_teamAvailable = false; // several reps share the database
    QUndoStack m_undo;
    UndoController m_controller;

    DealActions *m_deals;
    FileActions *m_files;
    std::array<QAction *, size_t(Action::Count)> m_actions {}; // the application's own
    QStackedWidget *m_pages = nullptr;
    WelcomePage *m_welcome = nullptr;
    QLabel *m_demoNote = nullptr;
    QToolBar *m_toolBar = nullptr;
    CallAlert *m_alert = nullptr;
    HonestBar *m_honest = nullptr;
    FilterBar *m_filters = nullptr;
    BoardView *m_board = nullptr;
    QueueDock *m_queueDock = nullptr;
    DealPanel *m_panel = nullptr;
    QDockWidget *m_panelDock = nullptr;
    QLabel *m_dealCount = nullptr;
    InboxIndicator *m_inbox = nullptr;
    QSystemTrayIcon *m_tray = nullptr;

    qint64 m_selected = 0;
    qint64 m_hiddenDeal = 0; // the deal a search or filter took out of the panel
    qint64 m_searchFrom = 0; // the deal when the search began (-1: none), until it is cleared
    QString m_lastReadError;
    std::optional<NineTouch::Error> m_readError; // the last failed read, until one succeeds
    bool m_unattended = false;
};

} // namespace NineTouchUi
