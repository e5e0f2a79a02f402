// The rep's inbox, in the status bar: when it was last read, or why it failed; a click reads it
// now (or opens the mail settings when no account is set up). What a look brings is said in a
// message: the answers that arrived, and the calls an out-of-office moved (as undoable steps).
#pragma once

#include "inboxwatcher.h"

#include <QToolButton>

namespace NineTouch {
class Pipeline;
class PipelineModel;
} // namespace NineTouch

namespace NineTouchUi {

class UndoController;

class InboxIndicator final : public QToolButton
{
    Q_OBJECT

public:
    InboxIndicator(NineTouch::Pipeline &pipeline, NineTouch::PipelineModel &model,
                   UndoController &undo, QWidget *parent = nullptr);

    // Reads the inbox now and every interval (when an incoming server is set up).
    void start(int intervalMs = NineTouch::InboxWatcher::defaultIntervalMs);
    // Reads it now, or asks for the mail settings when there is no account.
    void readNow();

signals:
    void setUpRequested();
    void busyChanged(bool busy);
    // What the rep should read, for the status bar (ms: how long).
    void message(const QString &text, int ms);
    // Prospects answered: worth telling even when the window is in the background.
    void answersArrived(const QString &text);

private:
    void showStatus(const NineTouch::InboxStatus &status);
    void read(const QList<NineTouch::MailRecord> &recorded);
    // Out-of-office replies that say when their writer is back: what moved.
    QStringList moveAway(const QList<NineTouch::MailRecord> &recorded);

    NineTouch::Pipeline &m_pipeline;
    NineTouch::PipelineModel &m_model;
    UndoController &m_undo;
    NineTouch::InboxWatcher m_inbox;
};

} // namespace NineTouchUi
