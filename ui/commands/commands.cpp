#include "commands.h"

#include <QUndoStack>

namespace NineTouchUi {

using namespace NineTouch;

DealCommand::DealCommand(Pipeline &pipeline, qint64 dealId, const QString &text,
                         Operation operation, std::shared_ptr<Status> result)
    : QUndoCommand(text)
    , m_pipeline(pipeline)
    , m_dealId(dealId)
    , m_operation(std::move(operation))
    , m_result(std::move(result))
{
}

Status DealCommand::run(QUndoStack &stack, Pipeline &pipeline, qint64 dealId, const QString &text,
                        Operation operation)
{
    auto result = std::make_shared<Status>(success());
    stack.push(new DealCommand(pipeline, dealId, text, std::move(operation), result));
    return *result;
}

Result<qint64> DealCommand::addDeal(QUndoStack &stack, Pipeline &pipeline, const Deal &deal,
                                    const QDateTime &now)
{
    auto result = std::make_shared<Status>(success());
    auto id = std::make_shared<qint64>(0);
    auto *command = new DealCommand(
        pipeline, 0, QObject::tr("New deal %1").arg(deal.title),
        [&pipeline, deal, now, id]() -> Status {
            auto added = pipeline.addDeal(deal, now);
            if (!added)
                return added.error();
            *id = *added;
            return success();
        },
        result);
    command->m_adds = true;
    command->m_newId = id;
    stack.push(command);
    if (!*result)
        return result->error();
    return *id;
}

void DealCommand::redo()
{
    if (m_after) {
        *m_result = m_adds ? m_pipeline.reinsert(*m_after) : m_pipeline.restore(*m_after);
        return;
    }
    if (!m_adds) {
        auto before = m_pipeline.snapshot(m_dealId);
        if (!before) {
            *m_result = before.error();
            setObsolete(true);
            return;
        }
        m_before = std::move(before).value();
    }
    *m_result = m_operation();
    if (!*m_result) {
        setObsolete(true); // nothing changed: the stack drops the command
        return;
    }
    if (m_adds)
        m_dealId = *m_newId;
    if (auto after = m_pipeline.snapshot(m_dealId))
        m_after = std::move(after).value();
}

void DealCommand::undo()
{
    if (m_adds)
        *m_result = m_pipeline.removeDeal(m_dealId);
    else if (m_before)
        *m_result = m_pipeline.restore(*m_before);
}

} // namespace NineTouchUi
