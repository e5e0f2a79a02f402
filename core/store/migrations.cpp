#include "migrations.h"

namespace NineTouch {

// Never edit a migration that has shipped: add a new one at the end.
const QList<Migration> &migrations()
{
    static const QList<Migration> all {
        // 1: the domain
        Migration { {
            R"sql(CREATE TABLE organizations (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    created_at INTEGER NOT NULL))sql",
            R"sql(CREATE TABLE contacts (
                    id INTEGER PRIMARY KEY,
                    organization_id INTEGER REFERENCES organizations(id) ON DELETE SET NULL,
                    name TEXT NOT NULL,
                    email TEXT NOT NULL DEFAULT '',
                    phone TEXT NOT NULL DEFAULT '',
                    mobile TEXT NOT NULL DEFAULT '',
                    reception TEXT NOT NULL DEFAULT '',
                    tz TEXT NOT NULL DEFAULT '',
                    language TEXT NOT NULL DEFAULT 'en',
                    created_at INTEGER NOT NULL))sql",
            R"sql(CREATE INDEX contacts_organization ON contacts(organization_id))sql",
            R"sql(CREATE TABLE stages (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    position INTEGER NOT NULL))sql",
            R"sql(INSERT INTO stages (name, position) VALUES
                    ('Lead', 1), ('Qualified', 2), ('Demo', 3), ('Proposal', 4), ('Negotiation', 5))sql",
            R"sql(CREATE TABLE deals (
                    id INTEGER PRIMARY KEY,
                    title TEXT NOT NULL CHECK (length(title) > 0),
                    organization_id INTEGER REFERENCES organizations(id) ON DELETE RESTRICT,
                    contact_id INTEGER REFERENCES contacts(id) ON DELETE RESTRICT,
                    stage_id INTEGER NOT NULL REFERENCES stages(id) ON DELETE RESTRICT,
                    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'won', 'lost')),
                    lost_reason TEXT NOT NULL DEFAULT '',
                    value_cents INTEGER NOT NULL DEFAULT 0 CHECK (value_cents >= 0),
                    currency TEXT NOT NULL CHECK (length(currency) = 3),
                    value_summary TEXT NOT NULL DEFAULT '',
                    cost TEXT NOT NULL DEFAULT 'low' CHECK (cost IN ('low', 'high')),
                    material_delivered INTEGER NOT NULL DEFAULT 0,
                    cycles INTEGER,
                    reminder_days INTEGER,
                    deadline_days INTEGER,
                    reengage_days INTEGER,
                    slot_days INTEGER,
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL,
                    stage_changed_at INTEGER NOT NULL,
                    closed_at INTEGER))sql",
            R"sql(CREATE INDEX deals_status_stage ON deals(status, stage_id))sql",
            R"sql(CREATE INDEX deals_contact ON deals(contact_id))sql",
            R"sql(CREATE TABLE deal_stakeholders (
                    deal_id INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
                    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
                    role TEXT NOT NULL DEFAULT '',
                    PRIMARY KEY (deal_id, contact_id)))sql",
            R"sql(CREATE TABLE meetings (
                    id INTEGER PRIMARY KEY,
                    deal_id INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
                    start_utc INTEGER NOT NULL,
                    tz TEXT NOT NULL,
                    minutes INTEGER NOT NULL CHECK (minutes > 0),
                    channel TEXT NOT NULL DEFAULT 'phone' CHECK (channel IN ('phone', 'video', 'in-person')),
                    agenda TEXT NOT NULL DEFAULT '',
                    status TEXT NOT NULL DEFAULT 'scheduled'
                        CHECK (status IN ('scheduled', 'held', 'missed', 'cancelled')),
                    uid TEXT NOT NULL,
                    sequence INTEGER NOT NULL DEFAULT 0,
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL))sql",
            R"sql(CREATE INDEX meetings_deal ON meetings(deal_id))sql",
            // One scheduled meeting per deal; the day queue and collisions read this index.
            R"sql(CREATE UNIQUE INDEX meetings_one_scheduled ON meetings(deal_id) WHERE status = 'scheduled')sql",
            R"sql(CREATE INDEX meetings_scheduled_start ON meetings(start_utc) WHERE status = 'scheduled')sql",
            R"sql(CREATE TABLE touches (
                    id INTEGER PRIMARY KEY,
                    deal_id INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
                    meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
                    kind TEXT NOT NULL,
                    at INTEGER NOT NULL,
                    outcome TEXT NOT NULL DEFAULT '',
                    note TEXT NOT NULL DEFAULT '',
                    body TEXT NOT NULL DEFAULT '',
                    minutes INTEGER NOT NULL DEFAULT 0))sql",
            R"sql(CREATE INDEX touches_deal_at ON touches(deal_id, at, id))sql",
            R"sql(CREATE TABLE tasks (
                    id INTEGER PRIMARY KEY,
                    deal_id INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL,
                    due INTEGER NOT NULL,
                    done_at INTEGER,
                    note TEXT NOT NULL DEFAULT ''))sql",
            R"sql(CREATE INDEX tasks_deal ON tasks(deal_id))sql",
            R"sql(CREATE INDEX tasks_open_due ON tasks(due) WHERE done_at IS NULL)sql",
            R"sql(CREATE TABLE templates (
                    step TEXT NOT NULL,
                    language TEXT NOT NULL,
                    subject TEXT NOT NULL,
                    body TEXT NOT NULL,
                    updated_at INTEGER NOT NULL,
                    PRIMARY KEY (step, language)))sql",
            R"sql(CREATE TABLE settings (
                    key TEXT PRIMARY KEY,
                    value TEXT NOT NULL))sql",
            R"sql(CREATE TABLE holidays (
                    day TEXT PRIMARY KEY CHECK (length(day) = 10)))sql",
        } },
    };
    return all;
}

} // namespace NineTouch
