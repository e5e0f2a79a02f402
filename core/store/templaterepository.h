// The rep's own versions of the email templates; the defaults live with the drafts (output).
#pragma once

#include "database.h"
#include "types.h"

#include <optional>

namespace NineTouch {

struct StoredTemplate
{
    QString subject;
    QString body;
};

class TemplateRepository final
{
public:
    explicit TemplateRepository(Database &db)
        : m_db(db)
    {
    }

    // The rep's version of a step's template in a language, if edited.
    Result<std::optional<StoredTemplate>> find(StepKind step, const QString &language) const;
    // Inside a transaction the caller holds (Pipeline::saveTemplate, resetTemplate).
    Status save(StepKind step, const QString &language, const StoredTemplate &text);
    Status remove(StepKind step, const QString &language);

private:
    Database &m_db;
};

} // namespace NineTouch
