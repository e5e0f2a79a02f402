// The one path for changes from the app: a command per kind of edit on one QUndoStack, as
// Subsurface's commands/ do it. The first redo performs the edit through the pipeline and keeps
// exactly the rows it wrote; undo takes those rows back by id, redo writes them again. Neither
// ever replaces a deal's history, so a touch the CLI logged meanwhile stays; when a row the
// command wrote was changed elsewhere since, the undo is refused and the stack does not move.
#pragma once

#include "pipeline.h"

#include <QCoreApplication>
#include <QObject>
#include <QUndoCommand>

#include <memory>

class QUndoStack;

namespace NineTouchUi {

class EditCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditCommand)

public:
    ~EditCommand() override;
    // The deal the edit changed: the one the app shows after an undo or a redo.
    qint64 dealId() const { return m_dealId; }

    // The first time: the edit itself, recorded.
    NineTouch::Status perform();
    // Whether the edit wrote nothing (an edit that changed no field): not worth an undo.
    bool isEmpty() const { return m_change.isEmpty(); }
    // Undo and redo, done before the stack moves so that a refusal leaves it where it is.
    NineTouch::Status revert();
    NineTouch::Status reapply();

    // QUndoStack's calls: no-ops when UndoController already did the work (the normal path).
    void undo() override;
    void redo() override;

protected:
    EditCommand(NineTouch::Pipeline &pipeline, qint64 dealId, const QString &text);
    NineTouch::Pipeline &pipeline() const { return m_pipeline; }
    void setDealId(qint64 id) { m_dealId = id; }
    // The edit, through the pipeline's operations; called once, inside a recording.
    virtual NineTouch::Status apply() = 0;
    // Checks with a precise message before an undo (e.g. the stage it moves back to still
    // exists); the store refuses anything else that changed.
    virtual NineTouch::Status canRevert() const { return NineTouch::success(); }

private:
    NineTouch::Pipeline &m_pipeline;
    qint64 m_dealId;
    NineTouch::Change m_change;
    bool m_performed = false;
    bool m_stackCall = false; // the next undo()/redo() call comes from the controller
};

// A deal dragged to another column.
class MoveStageCommand final : public EditCommand
{
public:
    MoveStageCommand(NineTouch::Pipeline &pipeline, const NineTouch::DealCard &deal,
                     const NineTouch::Stage &to, const QDateTime &now);

protected:
    NineTouch::Status apply() override;
    NineTouch::Status canRevert() const override;

private:
    qint64 m_from;
    QString m_fromName;
    qint64 m_to;
    QDateTime m_now;
};

// Fields edited in the deal panel: only those the rep changed are written.
class EditDealCommand final : public EditCommand
{
public:
    EditDealCommand(NineTouch::Pipeline &pipeline, const NineTouch::Deal &base,
                    const NineTouch::Deal &edited, const QDateTime &now);

protected:
    NineTouch::Status apply() override;

private:
    NineTouch::Deal m_base;
    NineTouch::Deal m_edited;
    QDateTime m_now;
};

struct MeetingInput
{
    QDateTime start;
    QString tz;
    int minutes = 30;
    QString agenda;
    NineTouch::Channel channel = NineTouch::Channel::Phone;
};

// The next meeting set, or the scheduled one moved.
class SetMeetingCommand final : public EditCommand
{
public:
    SetMeetingCommand(NineTouch::Pipeline &pipeline, qint64 dealId, const MeetingInput &meeting,
                      bool moves, const QDateTime &now);

protected:
    NineTouch::Status apply() override;

private:
    MeetingInput m_meeting;
    QDateTime m_now;
};

class MeetingHeldCommand final : public EditCommand
{
public:
    MeetingHeldCommand(NineTouch::Pipeline &pipeline, qint64 dealId, const QDateTime &now);

protected:
    NineTouch::Status apply() override;

private:
    QDateTime m_now;
};

// The prospect did not pick up: the call with the numbers tried, the next slot as proposed
// (or moved to the slot the rep settled on), or the break-up due after the last cycle.
class NoShowCommand final : public EditCommand
{
public:
    NoShowCommand(NineTouch::Pipeline &pipeline, qint64 dealId, int tried,
                  const QDateTime &changedSlot, const QDateTime &now);
    bool breakupDue() const { return m_breakupDue; }

protected:
    NineTouch::Status apply() override;

private:
    int m_tried;
    QDateTime m_changedSlot;
    QDateTime m_now;
    bool m_breakupDue = false;
};

// An email sent (recap, reminder, missed-call, break-up, re-engage) with its exact text, and
// the invite when it travelled with it; or an invite alone.
class SendCommand final : public EditCommand
{
public:
    SendCommand(NineTouch::Pipeline &pipeline, qint64 dealId, NineTouch::TouchKind kind,
                const QString &text, bool withInvite, const QDateTime &now,
                const QString &note = {});

protected:
    NineTouch::Status apply() override;

private:
    NineTouch::TouchKind m_kind;
    QString m_text;
    bool m_withInvite;
    QDateTime m_now;
    QString m_note;
};

// A reply from the prospect (a sign of life), or a note of the rep's.
class LogCommand final : public EditCommand
{
public:
    LogCommand(NineTouch::Pipeline &pipeline, qint64 dealId, NineTouch::TouchKind kind,
               const QString &note, const QDateTime &now);

protected:
    NineTouch::Status apply() override;

private:
    NineTouch::TouchKind m_kind;
    QString m_note;
    QDateTime m_now;
};

// An out-of-office reply said when the prospect is back: the call, the break-up and the
// deadline wait for that day (Pipeline::prospectAway). Made by the inbox, undone by the rep.
class ProspectAwayCommand final : public EditCommand
{
public:
    // note: receives the timeline entry written (what moved); empty when nothing was new.
    ProspectAwayCommand(NineTouch::Pipeline &pipeline, qint64 dealId, const QDate &backOn,
                        const QString &who, const QDateTime &now,
                        std::shared_ptr<QString> note = {});

protected:
    NineTouch::Status apply() override;

private:
    QDate m_backOn;
    QString m_who;
    QDateTime m_now;
    std::shared_ptr<QString> m_note;
};

class MarkWonCommand final : public EditCommand
{
public:
    MarkWonCommand(NineTouch::Pipeline &pipeline, qint64 dealId, const QDateTime &now);

protected:
    NineTouch::Status apply() override;

private:
    QDateTime m_now;
};

class MarkLostCommand final : public EditCommand
{
public:
    MarkLostCommand(NineTouch::Pipeline &pipeline, qint64 dealId, const QString &reason,
                    const QDateTime &now);

protected:
    NineTouch::Status apply() override;

private:
    QString m_reason;
    QDateTime m_now;
};

class ReopenCommand final : public EditCommand
{
public:
    ReopenCommand(NineTouch::Pipeline &pipeline, qint64 dealId, const QDateTime &now);

protected:
    NineTouch::Status apply() override;

private:
    QDateTime m_now;
};

// A new deal: undo removes it, redo brings it back with the same id.
class NewDealCommand final : public EditCommand
{
public:
    NewDealCommand(NineTouch::Pipeline &pipeline, const NineTouch::Deal &deal,
                   const QDateTime &now);

protected:
    NineTouch::Status apply() override;

private:
    NineTouch::Deal m_deal;
    QDateTime m_now;
};

// Deals read from a file (created, updated, new stages), all in one step: undo takes every one
// of them back. progress may cancel the import, and then nothing is written.
class ImportCommand final : public EditCommand
{
public:
    ImportCommand(NineTouch::Pipeline &pipeline, NineTouch::ImportBatch batch,
                  const QString &fileName, const QDateTime &now,
                  std::function<bool(int, int)> progress = {});
    NineTouch::ImportCounts counts() const { return m_counts; }

protected:
    NineTouch::Status apply() override;

private:
    NineTouch::ImportBatch m_batch;
    QDateTime m_now;
    std::function<bool(int, int)> m_progress;
    NineTouch::ImportCounts m_counts;
};

// The rep's stages, edited in the settings: add, rename, reorder, remove.
class StageCommand final : public EditCommand
{
public:
    enum class Kind { Add, Rename, Reorder, Remove };
    StageCommand(NineTouch::Pipeline &pipeline, Kind kind, qint64 stageId, const QString &name,
                 const QList<qint64> &order = {});

protected:
    NineTouch::Status apply() override;

private:
    Kind m_kind;
    qint64 m_stageId;
    QString m_name;
    QList<qint64> m_order;
};

// A deal removed with its whole history; undo brings all of it back.
class DeleteDealCommand final : public EditCommand
{
public:
    DeleteDealCommand(NineTouch::Pipeline &pipeline, const NineTouch::Deal &deal);

protected:
    NineTouch::Status apply() override;
};

// Pushes commands and runs undo and redo so that a failure is reported and never moves the
// stack. The window's Undo and Redo actions call it, never the stack directly.
class UndoController final : public QObject
{
    Q_OBJECT

public:
    explicit UndoController(QUndoStack &stack, QObject *parent = nullptr);

    QUndoStack &stack() { return m_stack; }

    // Performs the command; on success it goes on the stack, on failure it is dropped and
    // nothing was written.
    NineTouch::Status push(std::unique_ptr<EditCommand> command);
    NineTouch::Status undo();
    NineTouch::Status redo();
    // Takes the next step to undo (or to redo) off the stack, leaving what it wrote as it is:
    // the way past a step that someone else's change keeps from being undone. The steps before
    // it can still be undone, each checked row by row on its own.
    void forgetNextUndo();
    void forgetNextRedo();

signals:
    // After an undo or a redo: the deal it changed.
    void dealChanged(qint64 dealId);
    // An undo (undoing) or a redo refused or failed; what names the command ("Undo “Move …”").
    void failed(const QString &what, const NineTouch::Error &error, bool undoing);

private:
    QUndoStack &m_stack;
};

} // namespace NineTouchUi
