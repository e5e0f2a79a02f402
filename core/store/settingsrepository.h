// Stores the rep's settings (key/value) and holidays.
#pragma once

#include "database.h"
#include "settings.h"

namespace NineTouch {

class SettingsRepository final
{
public:
    explicit SettingsRepository(Database &db)
        : m_db(db)
    {
    }

    Result<Settings> load() const;
    // Validates value first: a bad one is refused and the stored value stays.
    Status save(const QString &key, const QString &value);
    // Several at once: every value checked first, then all saved in one transaction, or none.
    Status saveAll(const QList<std::pair<QString, QString>> &values);
    // Inside a transaction the caller holds: sets key unless the rep already has a value.
    Status insertDefault(const QString &key, const QString &value);

private:
    Status write(const Settings &s, const QString &key);

    Database &m_db;
};

} // namespace NineTouch
