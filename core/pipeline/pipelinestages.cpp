// Pipeline: the rep's stages, added, renamed, reordered and removed (never one a deal is in).
#include "pipelineprivate.h"

#include "dealfields.h"
#include "names.h"
#include "reptext.h"
#include "validation.h"

#include <QUuid>

namespace NineTouch {

Status Pipeline::checkStageName(const QString &name, qint64 except) const
{
    if (name.trimmed().isEmpty())
        return inputError(Field::StageName, tr("a stage needs a name."));
    if (Status s = checkText(Field::StageName, name.trimmed(), 60, false); !s)
        return s;
    auto other = m_deals.stageByName(name);
    if (!other)
        return other.error();
    if (*other && (*other)->id != except)
        return inputError(
            Field::StageName,
            tr("there is a stage '%1' already; choose another name.").arg((*other)->name));
    return success();
}

Result<qint64> Pipeline::addStage(const QString &name)
{
    return mutate<qint64>([&]() -> Result<qint64> {
        if (Status s = checkStageName(name, 0); !s)
            return s.error();
        return m_deals.addStage(name);
    });
}

Status Pipeline::renameStage(qint64 id, const QString &name)
{
    return mutate([&]() -> Status {
        if (Status s = checkStageName(name, id); !s)
            return s;
        return m_deals.renameStage(id, name);
    });
}

Status Pipeline::reorderStages(const QList<qint64> &ids)
{
    return mutate([&] { return m_deals.reorderStages(ids); });
}

Status Pipeline::removeStage(qint64 id)
{
    return mutate([&]() -> Status {
        const auto stages = m_deals.stages();
        if (!stages)
            return stages.error();
        const auto stage = std::find_if(stages->cbegin(), stages->cend(),
                                        [id](const Stage &st) { return st.id == id; });
        if (stage == stages->cend())
            return inputError(tr("There is no stage %1.").arg(id));
        if (stages->size() == 1)
            return refusal(
                tr("'%1' is the last stage: a pipeline needs at least one.").arg(stage->name));
        auto deals = m_deals.list(DealFilter { id, std::nullopt, std::nullopt });
        if (!deals)
            return deals.error();
        if (!deals->isEmpty())
            return refusal(
                tr("'%1' still has %n deal(s) (won and lost ones count too): move them to "
                   "another stage first.",
                   nullptr, int(deals->size()))
                    .arg(stage->name));
        return m_deals.removeStage(id);
    });
}

} // namespace NineTouch
