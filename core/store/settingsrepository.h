// Stores the rep's settings (a row per key, in the text form Settings::value gives) and holidays.
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
    // Inside a transaction the caller holds (Pipeline::saveSettings checks and merges): stores
    // the value s has for key.
    Status write(const Settings &s, const QString &key);
    // Inside a transaction the caller holds: sets key unless the rep already has a value.
    Status insertDefault(const QString &key, const QString &value);

private:
    Database &m_db;
};

} // namespace NineTouch
