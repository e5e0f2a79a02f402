// The actions on the current deal (set a meeting, held, no-show, compose, reply, note, invite,
// won, lost, reopen, delete, details): they register themselves on the window, enable what the
// deal allows, open their dialogs and run each change as one command on the undo stack.
#pragma once

#include "actions.h"
#include "result.h"
#include "types.h"

#include <QDateTime>
#include <QObject>

#include <array>
#include <memory>
#include <optional>

class QAction;
class QWidget;

namespace NineTouch {
class Pipeline;
class PipelineModel;
} // namespace NineTouch

namespace NineTouchUi {

class EditCommand;
class UndoController;

class DealActions final : public QObject
{
    Q_OBJECT

public:
    // window: where the actions and their shortcuts live, and the parent of the dialogs.
    DealActions(NineTouch::Pipeline &pipeline, NineTouch::PipelineModel &model,
                UndoController &undo, QWidget *window);

    QAction *action(Action a) const;
    // The panel's buttons, in order.
    QList<QAction *> panelActions() const;

    void setDeal(qint64 dealId);
    qint64 deal() const { return m_deal; }
    // Enables what the current deal allows (after any change).
    void update();

    // A card dropped on another stage.
    NineTouch::Status moveStage(qint64 dealId, qint64 toStageId);
    // A queue row opened: the step's own dialog.
    void doStep(qint64 dealId, NineTouch::StepKind kind, bool cancel);
    // The composer, on step's email, or on the one due when there is none.
    void openComposer(qint64 dealId, std::optional<NineTouch::StepKind> step);
    void meetingHeld();
    void noShow();

signals:
    void detailsRequested();
    void message(const QString &text, int ms);

private:
    QAction *add(Action id, const QString &text, const QKeySequence &key,
                 void (DealActions::*slot)());
    NineTouch::Status run(std::unique_ptr<EditCommand> command);
    void report(const NineTouch::Status &status);
    QDateTime now() const;

    void setMeeting();
    void logReply();
    void addNote();
    void sendInvite(qint64 dealId, bool cancel);
    void compose();
    void markWon();
    void markLost();
    void reopen();
    void deleteDeal();
    void callNow(qint64 dealId);

    NineTouch::Pipeline &m_pipeline;
    NineTouch::PipelineModel &m_model;
    UndoController &m_undo;
    QWidget *m_window;
    qint64 m_deal = 0;
    std::array<QAction *, size_t(Action::Count)> m_actions {};
};

} // namespace NineTouchUi
