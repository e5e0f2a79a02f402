// The one path for changes from the UI: a command on the undo stack. Whatever the operation
// (a drag, a dialog, a shortcut), undo puts the deal back exactly as it was and redo puts the
// result back, by restoring the deal's snapshots.
#pragma once

#include "pipeline.h"

#include <QUndoCommand>

#include <functional>
#include <memory>

class QUndoStack;

namespace NineTouchUi {

class DealCommand final : public QUndoCommand
{
public:
    using Operation = std::function<NineTouch::Status()>;

    // Pushes the command; returns what the operation returned. A failed operation leaves no
    // command on the stack and nothing changed.
    static NineTouch::Status run(QUndoStack &stack, NineTouch::Pipeline &pipeline, qint64 dealId,
                                 const QString &text, Operation operation);
    // A new deal: undo removes it, redo brings it back with the same id.
    static NineTouch::Result<qint64> addDeal(QUndoStack &stack, NineTouch::Pipeline &pipeline,
                                             const NineTouch::Deal &deal, const QDateTime &now);

    void redo() override;
    void undo() override;

private:
    DealCommand(NineTouch::Pipeline &pipeline, qint64 dealId, const QString &text,
                Operation operation, std::shared_ptr<NineTouch::Status> result);

    NineTouch::Pipeline &m_pipeline;
    qint64 m_dealId;
    Operation m_operation;
    std::shared_ptr<NineTouch::Status> m_result;
    std::optional<NineTouch::DealHistory> m_before;
    std::optional<NineTouch::DealHistory> m_after;
    bool m_adds = false;
    std::shared_ptr<qint64> m_newId; // filled by an adding operation
};

} // namespace NineTouchUi
