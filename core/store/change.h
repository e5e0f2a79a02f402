// What one edit wrote, and what changed in the file since a moment: the store's vocabulary for
// undo by reversal and for an app that follows writes made by others.
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringView>

#include <optional>

namespace NineTouch {

// The rows one edit inserted, updated or deleted, with their values before and after: on SQLite
// as its session extension records them (a changeset), on PostgreSQL as the recording triggers
// copy them (JSON row images, rowimages.cpp). Undo applies its inverse, redo applies it again,
// each refusing when a row was changed by someone else since.
class Change final
{
public:
    Change() = default;
    explicit Change(QByteArray changeset)
        : m_changeset(std::move(changeset))
    {
    }

    bool isEmpty() const { return m_changeset.isEmpty(); }
    const QByteArray &changeset() const { return m_changeset; }

private:
    QByteArray m_changeset;
};

// What a row of the change log says changed. The schema's triggers write it as a word, and its
// CHECK allows these only: "deal", "stages", "settings", "templates".
enum class ChangeKind { Deal, Stages, Settings, Templates };
std::optional<ChangeKind> changeKindOf(QStringView word);

// What the change log holds after a sequence number: the deals that changed (by any writer of
// the file, this one included), and whether the stages, settings or templates did.
struct ChangeBatch
{
    qint64 lastSeq = 0;
    QList<qint64> deals; // each once, in the order of their first change
    bool stages = false;
    bool settings = false;
    bool templates = false;
    // The log was trimmed past the asked-for point: re-read everything.
    bool incomplete = false;

    bool isEmpty() const
    {
        return deals.isEmpty() && !stages && !settings && !templates && !incomplete;
    }
};

} // namespace NineTouch
