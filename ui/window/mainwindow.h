// NineTouch's main window: the honest pipeline header, the board, the day queue and the
// selected deal. Every change goes through a command on the window's undo stack.
#pragma once

#include "commands.h"
#include "dayqueuemodel.h"
#include "inboxwatcher.h"
#include "pipelinemodel.h"

#include <QMainWindow>
#include <QSet>
#include <QUndoStack>

#include <array>

class QComboBox;
class QFrame;
class QStackedWidget;
class QToolBar;
class QToolButton;
class QDockWidget;
class QLabel;
class QLineEdit;
class QSystemTrayIcon;
class QTableView;

namespace NineTouchUi {

class BoardView;
class DealPanel;
class HonestBar;
class WelcomePage;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // clock: the wall clock unless given (replays, screenshots, tests).
    explicit MainWindow(NineTouch::Pipeline &pipeline, NineTouch::PipelineModel::Clock clock = {},
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    void setClock(NineTouch::PipelineModel::Clock clock);
    NineTouch::PipelineModel &model() { return m_model; }
    NineTouch::DayQueueModel &queue() { return m_queue; }
    QUndoStack &undoStack() { return m_undo; }
    UndoController &undoController() { return m_controller; }

    // Everything the rep can do from a menu, a toolbar, the deal panel or a shortcut.
    enum class Action {
        NewDeal,
        Import,
        Export,
        Demo,
        Settings,
        CheckInbox,
        Quit,
        Undo,
        Redo,
        Find,
        Details,
        Meeting,
        Held,
        NoShow,
        Compose,
        Reply,
        Note,
        Invite,
        Won,
        Lost,
        Reopen,
        Delete,
        ShowClosed,
        GoToQueue,
        GoToBoard,
        Count
    };
    QAction *action(Action a) const { return m_actions[size_t(a)]; }
    BoardView *board() const { return m_board; }
    DealPanel *dealPanel() const { return m_panel; }
    // The call alert: who to call now, with Call held, No answer and Open deal.
    QFrame *callBanner() const { return m_banner; }
    QString callBannerText() const;
    qint64 callBannerDeal() const { return m_bannerDeal; }
    QLabel *searchHint() const { return m_searchHint; }
    qint64 currentDeal() const { return m_selected; }

    // The deal the rep acts on: the panel shows it, the board and queue select it, every deal
    // action and shortcut works on it.
    void selectDeal(qint64 dealId);
    // The first run: an empty database shows the welcome page until it has a deal.
    bool isWelcomeShown() const;
    WelcomePage *welcomePage() const { return m_welcome; }
    // This window shows the demo pipeline (its own file): said at the top.
    void setDemo(bool demo);
    // A screenshot: nobody is there to answer a dialog, so a failed read is only kept, for the
    // caller to report (readError).
    void setUnattended(bool unattended) { m_unattended = unattended; }
    const std::optional<NineTouch::Error> &readError() const { return m_readError; }
    // The views a screenshot can show: board, deal:ID, deal:ID:details, queue, welcome.
    void showView(const QString &view);
    void setSearchText(const QString &text);
    void checkCalls();
    // Reads the rep's inbox now and every interval (when an incoming server is set up):
    // answers reach the timelines by themselves. Not for screenshots.
    void watchInbox(int intervalMs = NineTouch::InboxWatcher::defaultIntervalMs);
    NineTouch::InboxWatcher &inbox() { return m_inbox; }
    // The status bar's inbox line: when it was last read, or why it failed (click: read now).
    QToolButton *inboxStatus() const { return m_inboxStatus; }

    // Actions on the current deal, also used by tests.
    NineTouch::Status moveStage(qint64 dealId, qint64 toStageId);
    // step: the email to open on; none: the one due, else what to do instead.
    void openComposer(qint64 dealId, std::optional<NineTouch::StepKind> step);
    // The no-show, as one undoable command: the missed call with the numbers tried, the next
    // slot as proposed (or moved to changedSlot). Says whether the break-up is due instead.
    NineTouch::Status recordNoShow(qint64 dealId, int tried, const QDateTime &changedSlot,
                                   bool *breakupDue = nullptr);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void updateActions();
    void report(const NineTouch::Status &status);
    // Runs a command through the undo controller; a refusal is said in a message box.
    NineTouch::Status run(std::unique_ptr<EditCommand> command);
    // Reading the file failed: said once, in the status bar and a dialog.
    void readFailed(const NineTouch::Error &error);
    qint64 current() const;
    // After the search or a filter changed: one card left is selected; a current deal the
    // filters hide leaves the panel, which says why.
    void followFilters();
    void updateSearchHint();
    void updateDealCount();
    void activateQueueRow(const QModelIndex &index);

    void newDeal();
    void importDeals();
    void exportDeals();
    void openDemo();
    void showBoard();
    void editSettings();
    void editMailSettings(); // on the Mail page
    void setMeeting();
    void meetingHeld();
    void noShow();
    void logReply();
    void addNote();
    void sendInvite(qint64 dealId, bool cancel);
    void compose();
    void markWon();
    void markLost();
    void reopen();
    void deleteDeal();
    void callNow(qint64 dealId);
    void showInboxStatus(const NineTouch::InboxStatus &status);
    void inboxRead(const QList<NineTouch::MailRecord> &recorded);

    NineTouch::Pipeline &m_pipeline;
    NineTouch::PipelineModel m_model;
    NineTouch::DayQueueModel m_queue;
    QUndoStack m_undo;
    UndoController m_controller;

    QStackedWidget *m_pages;
    WelcomePage *m_welcome;
    QLabel *m_demoNote;
    QToolBar *m_toolBar = nullptr;
    HonestBar *m_honest;
    BoardView *m_board;
    DealPanel *m_panel = nullptr;
    QLineEdit *m_search;
    QComboBox *m_stateFilter;
    QFrame *m_banner;
    QLabel *m_bannerText;
    qint64 m_bannerDeal = 0;
    QLabel *m_searchHint;
    QLabel *m_dealCount;
    QToolButton *m_inboxStatus;
    NineTouch::InboxWatcher m_inbox;
    QTableView *m_queueView;
    QDockWidget *m_queueDock;
    QDockWidget *m_panelDock;
    QSystemTrayIcon *m_tray = nullptr;
    QSet<QString> m_alerted; // deal and due time of calls already announced
    qint64 m_selected = 0;
    qint64 m_hiddenDeal = 0; // the deal a search or filter took out of the panel

    std::array<QAction *, size_t(Action::Count)> m_actions {};
    struct QueueKey
    {
        qint64 dealId = 0;
        int kind = 0;
        bool cancel = false;
    } m_queueKey; // the queue row the rep was on, across rebuilds
    int m_queueScroll = 0;
    QString m_lastReadError;
    std::optional<NineTouch::Error> m_readError; // the last failed read, until one succeeds
    bool m_unattended = false;
};

} // namespace NineTouchUi
