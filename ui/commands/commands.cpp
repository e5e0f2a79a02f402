#include "commands.h"
#include "names.h"

#include "reptext.h"

#include <QUndoStack>

namespace NineTouchUi {

using namespace NineTouch;

EditCommand::EditCommand(Pipeline &pipeline, qint64 dealId, const QString &text)
    : QUndoCommand(text)
    , m_pipeline(pipeline)
    , m_dealId(dealId)
{
}

EditCommand::~EditCommand() = default;

Status EditCommand::perform()
{
    Q_ASSERT(!m_performed);
    auto change = m_pipeline.record([this] { return apply(); });
    if (!change)
        return change.error();
    m_change = std::move(change).value();
    m_performed = true;
    m_stackCall = true; // QUndoStack::push calls redo() next
    return success();
}

Status EditCommand::revert()
{
    if (Status s = canRevert(); !s)
        return s;
    Status s = m_pipeline.revert(m_change);
    m_stackCall = s.ok();
    return s;
}

Status EditCommand::reapply()
{
    Status s = m_pipeline.reapply(m_change);
    m_stackCall = s.ok();
    return s;
}

void EditCommand::undo()
{
    if (std::exchange(m_stackCall, false))
        return;
    // Only UndoController moves the stack: it reverts first and refuses without moving.
    Q_ASSERT_X(false, "EditCommand::undo", "the stack was moved around UndoController");
    // Moved by the stack itself (not through UndoController): nothing can be refused here.
    if (Status s = revert(); !s)
        qWarning("Undo of '%s' failed: %s", qPrintable(text()), qPrintable(s.error().message));
    m_stackCall = false;
}

void EditCommand::redo()
{
    if (std::exchange(m_stackCall, false))
        return;
    Q_ASSERT_X(false, "EditCommand::redo", "the stack was moved around UndoController");
    if (Status s = reapply(); !s)
        qWarning("Redo of '%s' failed: %s", qPrintable(text()), qPrintable(s.error().message));
    m_stackCall = false;
}

MoveStageCommand::MoveStageCommand(Pipeline &pipeline, const DealCard &deal, const Stage &to,
                                   const QDateTime &now)
    : EditCommand(pipeline, deal.id, tr("Move %1 to %2").arg(deal.title, stageLabel(to.name)))
    , m_from(deal.stageId)
    , m_fromName(deal.stage)
    , m_to(to.id)
    , m_now(now)
{
}

Status MoveStageCommand::apply()
{
    return pipeline().moveStage(dealId(), m_to, m_now);
}

Status MoveStageCommand::canRevert() const
{
    auto stages = pipeline().stages();
    if (!stages)
        return stages.error();
    const bool exists = std::any_of(stages->cbegin(), stages->cend(),
                                    [this](const Stage &s) { return s.id == m_from; });
    if (!exists)
        return refusal(tr("The stage “%1” was removed since: the deal cannot move back to it.")
                           .arg(stageLabel(m_fromName)));
    return success();
}

EditDealCommand::EditDealCommand(Pipeline &pipeline, const Deal &base, const Deal &edited,
                                 const QDateTime &now)
    : EditCommand(pipeline, base.id, tr("Edit %1").arg(edited.title))
    , m_base(base)
    , m_edited(edited)
    , m_now(now)
{
}

Status EditDealCommand::apply()
{
    return pipeline().editDeal(dealId(), m_base, m_edited, m_now);
}

SetMeetingCommand::SetMeetingCommand(Pipeline &pipeline, qint64 dealId, const MeetingInput &meeting,
                                     bool moves, const QDateTime &now)
    : EditCommand(pipeline, dealId, moves ? tr("Move the meeting") : tr("Set the next meeting"))
    , m_meeting(meeting)
    , m_now(now)
{
}

Status SetMeetingCommand::apply()
{
    auto m = pipeline().setMeeting(dealId(), m_meeting.start, m_meeting.tz, m_meeting.minutes,
                                   m_meeting.agenda, m_meeting.channel, m_now);
    return m ? success() : Status(m.error());
}

MeetingHeldCommand::MeetingHeldCommand(Pipeline &pipeline, qint64 dealId, const QDateTime &now)
    : EditCommand(pipeline, dealId, tr("Meeting held"))
    , m_now(now)
{
}

Status MeetingHeldCommand::apply()
{
    return pipeline().meetingHeld(dealId(), m_now);
}

NoShowCommand::NoShowCommand(Pipeline &pipeline, qint64 dealId, int tried,
                             const QDateTime &changedSlot, const QDateTime &now)
    : EditCommand(pipeline, dealId, tr("No-show"))
    , m_tried(tried)
    , m_changedSlot(changedSlot)
    , m_now(now)
{
}

Status NoShowCommand::apply()
{
    // One write: the miss, and the next slot as the rep settled on it (or as proposed).
    auto outcome = pipeline().meetingMissed(dealId(), m_tried, m_now, m_changedSlot);
    if (!outcome)
        return outcome.error();
    m_breakupDue = outcome->breakupDue;
    return success();
}

namespace {

QString sentText(TouchKind kind)
{
    switch (kind) {
    case TouchKind::Recap:
        return EditCommand::tr("Recap sent");
    case TouchKind::Invite:
        return EditCommand::tr("Invite sent");
    case TouchKind::Reminder:
        return EditCommand::tr("Reminder sent");
    case TouchKind::MissedCall:
        return EditCommand::tr("Missed-call email sent");
    case TouchKind::Breakup:
        return EditCommand::tr("Break-up email sent");
    case TouchKind::Reengage:
        return EditCommand::tr("Re-engage email sent");
    default:
        return EditCommand::tr("Sent");
    }
}

} // namespace

SendCommand::SendCommand(Pipeline &pipeline, qint64 dealId, TouchKind kind, const QString &text,
                         bool withInvite, const QDateTime &now, const QString &note)
    : EditCommand(pipeline, dealId, sentText(kind))
    , m_kind(kind)
    , m_text(text)
    , m_withInvite(withInvite)
    , m_now(now)
    , m_note(note)
{
}

Status SendCommand::apply()
{
    return pipeline().recordSent(dealId(), m_kind, m_text, m_withInvite, m_now, m_note);
}

LogCommand::LogCommand(Pipeline &pipeline, qint64 dealId, TouchKind kind, const QString &note,
                       const QDateTime &now)
    : EditCommand(pipeline, dealId, kind == TouchKind::Reply ? tr("Reply") : tr("Note"))
    , m_kind(kind)
    , m_note(note)
    , m_now(now)
{
}

Status LogCommand::apply()
{
    auto t = pipeline().logTouch(dealId(), m_kind, {}, m_note, {}, m_now);
    return t ? success() : Status(t.error());
}

ProspectAwayCommand::ProspectAwayCommand(Pipeline &pipeline, qint64 dealId, const QDate &backOn,
                                         const QString &who, const QDateTime &now,
                                         std::shared_ptr<QString> note)
    : EditCommand(
        pipeline, dealId,
        tr("Out of office, back on %1").arg(NineTouch::RepText::day(pipeline.firstDayBack(backOn))))
    , m_backOn(backOn)
    , m_who(who)
    , m_now(now)
    , m_note(std::move(note))
{
}

Status ProspectAwayCommand::apply()
{
    auto note = pipeline().prospectAway(dealId(), m_backOn, m_who, m_now);
    if (!note)
        return note.error();
    if (m_note)
        *m_note = *note;
    return success();
}

MarkWonCommand::MarkWonCommand(Pipeline &pipeline, qint64 dealId, const QDateTime &now)
    : EditCommand(pipeline, dealId, tr("Won"))
    , m_now(now)
{
}

Status MarkWonCommand::apply()
{
    return pipeline().markWon(dealId(), m_now);
}

MarkLostCommand::MarkLostCommand(Pipeline &pipeline, qint64 dealId, const QString &reason,
                                 const QDateTime &now)
    : EditCommand(pipeline, dealId, tr("Lost"))
    , m_reason(reason)
    , m_now(now)
{
}

Status MarkLostCommand::apply()
{
    return pipeline().markLost(dealId(), m_reason, m_now);
}

ReopenCommand::ReopenCommand(Pipeline &pipeline, qint64 dealId, const QDateTime &now)
    : EditCommand(pipeline, dealId, tr("Reopen"))
    , m_now(now)
{
}

Status ReopenCommand::apply()
{
    return pipeline().reopen(dealId(), m_now);
}

NewDealCommand::NewDealCommand(Pipeline &pipeline, const Deal &deal, const QDateTime &now)
    : EditCommand(pipeline, 0, tr("New deal %1").arg(deal.title))
    , m_deal(deal)
    , m_now(now)
{
}

Status NewDealCommand::apply()
{
    auto id = pipeline().addDeal(m_deal, m_now);
    if (!id)
        return id.error();
    setDealId(*id);
    return success();
}

ImportCommand::ImportCommand(Pipeline &pipeline, ImportBatch batch, const QString &fileName,
                             const QDateTime &now, std::function<bool(int, int)> progress)
    : EditCommand(pipeline, 0, tr("Import from %1").arg(fileName))
    , m_batch(std::move(batch))
    , m_now(now)
    , m_progress(std::move(progress))
{
}

Status ImportCommand::apply()
{
    auto counts = pipeline().applyImport(m_batch, m_now, m_progress);
    if (!counts)
        return counts.error();
    m_counts = *counts;
    m_batch = {}; // redo replays the recorded rows, not the file
    m_progress = {};
    return success();
}

namespace {

QString stageText(StageCommand::Kind kind, const QString &name)
{
    switch (kind) {
    case StageCommand::Kind::Add:
        return EditCommand::tr("Add the stage %1").arg(name);
    case StageCommand::Kind::Rename:
        return EditCommand::tr("Rename the stage to %1").arg(name);
    case StageCommand::Kind::Reorder:
        return EditCommand::tr("Reorder the stages");
    case StageCommand::Kind::Remove:
        return EditCommand::tr("Remove the stage %1").arg(name);
    }
    return {};
}

} // namespace

StageCommand::StageCommand(Pipeline &pipeline, Kind kind, qint64 stageId, const QString &name,
                           const QList<qint64> &order)
    : EditCommand(pipeline, 0, stageText(kind, name))
    , m_kind(kind)
    , m_stageId(stageId)
    , m_name(name)
    , m_order(order)
{
}

Status StageCommand::apply()
{
    switch (m_kind) {
    case Kind::Add: {
        auto id = pipeline().addStage(m_name);
        return id ? success() : Status(id.error());
    }
    case Kind::Rename:
        return pipeline().renameStage(m_stageId, m_name);
    case Kind::Reorder:
        return pipeline().reorderStages(m_order);
    case Kind::Remove:
        return pipeline().removeStage(m_stageId);
    }
    return success();
}

DeleteDealCommand::DeleteDealCommand(Pipeline &pipeline, const Deal &deal)
    : EditCommand(pipeline, deal.id, tr("Delete %1").arg(deal.title))
{
}

Status DeleteDealCommand::apply()
{
    return pipeline().removeDeal(dealId());
}

UndoController::UndoController(QUndoStack &stack, QObject *parent)
    : QObject(parent)
    , m_stack(stack)
{
}

Status UndoController::push(std::unique_ptr<EditCommand> command)
{
    if (Status s = command->perform(); !s)
        return s;
    if (command->isEmpty())
        return success(); // nothing written: nothing to undo
    m_stack.push(command.release());
    return success();
}

Status UndoController::undo()
{
    if (!m_stack.canUndo())
        return success();
    // QUndoStack::command() is const; the command is ours and not shared.
    auto *command = const_cast<EditCommand *>(
        static_cast<const EditCommand *>(m_stack.command(m_stack.index() - 1)));
    Status s = command->revert();
    if (!s) {
        emit failed(tr("Undo “%1”").arg(command->text()), s.error(), true);
        return s;
    }
    m_stack.undo();
    emit dealChanged(command->dealId());
    return success();
}

Status UndoController::redo()
{
    if (!m_stack.canRedo())
        return success();
    auto *command = const_cast<EditCommand *>(
        static_cast<const EditCommand *>(m_stack.command(m_stack.index())));
    Status s = command->reapply();
    if (!s) {
        emit failed(tr("Redo “%1”").arg(command->text()), s.error(), false);
        return s;
    }
    m_stack.redo();
    emit dealChanged(command->dealId());
    return success();
}

void UndoController::forgetNextUndo()
{
    if (!m_stack.canUndo())
        return;
    // QUndoStack removes an obsolete command instead of moving past it; its undo() is not run.
    const_cast<QUndoCommand *>(m_stack.command(m_stack.index() - 1))->setObsolete(true);
    m_stack.undo();
}

void UndoController::forgetNextRedo()
{
    if (!m_stack.canRedo())
        return;
    const_cast<QUndoCommand *>(m_stack.command(m_stack.index()))->setObsolete(true);
    m_stack.redo();
}

} // namespace NineTouchUi
