#include "migrations.h"

// The keys migration 10 made each rep's own, as they were then (Settings::isPersonal may
// name more later; a migration never changes).
#define PERSONAL_KEYS_AT_10                                                                        \
    "('rep.name', 'rep.email', 'rep.signature', 'mail.smtp', 'mail.imap', 'mail.user')"

namespace NineTouch {

// Never edit a migration that has shipped: add a new one at the end, with its PostgreSQL text
// after SQLite's (see migrations.h).
const QList<Migration> &migrations()
{
    static const QList<Migration> all {
        // 1: the domain
        Migration {
            {
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
            },
            {} },
        // 2: ids are never reused (AUTOINCREMENT), so an undo that removes a row and a redo that
        // brings it back cannot collide with a row another program added meanwhile; references
        // have no ON DELETE action (no CASCADE, SET NULL or RESTRICT): they are checked at the
        // end of a statement, or of an undo, so an undo removes rows in any order and never
        // deletes or rewrites a row it did not write — a deal is removed with its history
        // explicitly, and an undo that would orphan a row someone else wrote is refused;
        // typed
        // columns for what was text (the call's outcome and the numbers tried, a meeting's
        // start, the proposed slot); a log of changed deals that every writer fills through
        // triggers, so an open app sees the CLI's writes. Tables are rebuilt as SQLite's
        // ALTER TABLE documentation describes, foreign keys off, then checked.
        Migration {
            {
                R"sql(CREATE TABLE organizations_new (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    created_at INTEGER NOT NULL))sql",
                R"sql(INSERT INTO organizations_new SELECT id, name, created_at FROM organizations)sql",
                R"sql(CREATE TABLE contacts_new (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    organization_id INTEGER REFERENCES organizations(id),
                    name TEXT NOT NULL,
                    email TEXT NOT NULL DEFAULT '',
                    phone TEXT NOT NULL DEFAULT '',
                    mobile TEXT NOT NULL DEFAULT '',
                    reception TEXT NOT NULL DEFAULT '',
                    tz TEXT NOT NULL DEFAULT '',
                    language TEXT NOT NULL DEFAULT 'en',
                    created_at INTEGER NOT NULL))sql",
                R"sql(INSERT INTO contacts_new SELECT id, organization_id, name, email, phone, mobile,
                    reception, tz, language, created_at FROM contacts)sql",
                R"sql(CREATE TABLE stages_new (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    position INTEGER NOT NULL))sql",
                R"sql(INSERT INTO stages_new SELECT id, name, position FROM stages)sql",
                R"sql(CREATE TABLE deals_new (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    title TEXT NOT NULL CHECK (length(title) > 0),
                    organization_id INTEGER REFERENCES organizations(id),
                    contact_id INTEGER REFERENCES contacts(id),
                    stage_id INTEGER NOT NULL REFERENCES stages(id),
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
                R"sql(INSERT INTO deals_new SELECT id, title, organization_id, contact_id, stage_id,
                    status, lost_reason, value_cents, currency, value_summary, cost,
                    material_delivered, cycles, reminder_days, deadline_days, reengage_days,
                    slot_days, created_at, updated_at, stage_changed_at, closed_at FROM deals)sql",
                R"sql(CREATE TABLE meetings_new (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    deal_id INTEGER NOT NULL REFERENCES deals(id),
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
                R"sql(INSERT INTO meetings_new SELECT id, deal_id, start_utc, tz, minutes, channel,
                    agenda, status, uid, sequence, created_at, updated_at FROM meetings)sql",
                R"sql(CREATE TABLE touches_new (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    deal_id INTEGER NOT NULL REFERENCES deals(id),
                    meeting_id INTEGER REFERENCES meetings(id),
                    kind TEXT NOT NULL,
                    at INTEGER NOT NULL,
                    outcome TEXT NOT NULL DEFAULT '' CHECK (outcome IN ('', 'attempted', 'missed')),
                    tried INTEGER NOT NULL DEFAULT 0,
                    slot_utc INTEGER,
                    proposed INTEGER NOT NULL DEFAULT 0,
                    note TEXT NOT NULL DEFAULT '',
                    body TEXT NOT NULL DEFAULT '',
                    minutes INTEGER NOT NULL DEFAULT 0))sql",
                // Schema 1 kept the numbers tried as "Tried: direct,reception" in the note and a
                // meeting's start as ISO text in the note of its meeting-set or -moved touch.
                R"sql(INSERT INTO touches_new
                    SELECT id, deal_id, meeting_id, kind, at,
                        CASE WHEN kind <> 'call' THEN ''
                             WHEN outcome LIKE 'missed%' THEN 'missed' ELSE 'attempted' END,
                        CASE WHEN kind = 'call' AND note LIKE 'Tried: %'
                             THEN (instr(note, 'direct') > 0) + 2 * (instr(note, 'reception') > 0)
                                  + 4 * (instr(note, 'mobile') > 0)
                             ELSE 0 END,
                        CASE WHEN kind IN ('meeting-set', 'meeting-moved')
                             THEN CAST(strftime('%s', note) AS INTEGER) END,
                        outcome = 'proposed',
                        CASE WHEN kind = 'call' AND note LIKE 'Tried: %' THEN ''
                             WHEN kind IN ('meeting-set', 'meeting-moved')
                                  AND strftime('%s', note) IS NOT NULL THEN ''
                             ELSE note END,
                        body, minutes
                    FROM touches)sql",
                R"sql(CREATE TABLE tasks_new (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    deal_id INTEGER NOT NULL REFERENCES deals(id),
                    kind TEXT NOT NULL CHECK (kind IN ('reengage')),
                    due INTEGER NOT NULL,
                    done_at INTEGER,
                    note TEXT NOT NULL DEFAULT ''))sql",
                R"sql(INSERT INTO tasks_new SELECT id, deal_id, kind, due, done_at, note FROM tasks)sql",
                R"sql(CREATE TABLE deal_stakeholders_new (
                    deal_id INTEGER NOT NULL REFERENCES deals(id),
                    contact_id INTEGER NOT NULL REFERENCES contacts(id),
                    role TEXT NOT NULL DEFAULT '',
                    PRIMARY KEY (deal_id, contact_id)))sql",
                R"sql(INSERT INTO deal_stakeholders_new SELECT deal_id, contact_id, role
                    FROM deal_stakeholders)sql",
                R"sql(DROP TABLE deal_stakeholders)sql",
                R"sql(DROP TABLE tasks)sql",
                R"sql(DROP TABLE touches)sql",
                R"sql(DROP TABLE meetings)sql",
                R"sql(DROP TABLE deals)sql",
                R"sql(DROP TABLE stages)sql",
                R"sql(DROP TABLE contacts)sql",
                R"sql(DROP TABLE organizations)sql",
                R"sql(ALTER TABLE organizations_new RENAME TO organizations)sql",
                R"sql(ALTER TABLE contacts_new RENAME TO contacts)sql",
                R"sql(ALTER TABLE stages_new RENAME TO stages)sql",
                R"sql(ALTER TABLE deals_new RENAME TO deals)sql",
                R"sql(ALTER TABLE meetings_new RENAME TO meetings)sql",
                R"sql(ALTER TABLE touches_new RENAME TO touches)sql",
                R"sql(ALTER TABLE tasks_new RENAME TO tasks)sql",
                R"sql(ALTER TABLE deal_stakeholders_new RENAME TO deal_stakeholders)sql",
                R"sql(CREATE INDEX contacts_organization ON contacts(organization_id))sql",
                R"sql(CREATE INDEX deals_status_stage ON deals(status, stage_id))sql",
                R"sql(CREATE INDEX deals_contact ON deals(contact_id))sql",
                R"sql(CREATE INDEX meetings_deal ON meetings(deal_id))sql",
                R"sql(CREATE UNIQUE INDEX meetings_one_scheduled ON meetings(deal_id) WHERE status = 'scheduled')sql",
                R"sql(CREATE INDEX meetings_scheduled_start ON meetings(start_utc) WHERE status = 'scheduled')sql",
                R"sql(CREATE INDEX touches_deal_at ON touches(deal_id, at, id))sql",
                R"sql(CREATE INDEX tasks_deal ON tasks(deal_id))sql",
                R"sql(CREATE INDEX tasks_open_due ON tasks(due) WHERE done_at IS NULL)sql",
                // What changed, for whoever has the file open: a deal id, or what else changed.
                R"sql(CREATE TABLE change_log (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    deal_id INTEGER,
                    what TEXT NOT NULL DEFAULT 'deal'
                        CHECK (what IN ('deal', 'stages', 'settings', 'templates'))))sql",
                R"sql(CREATE TRIGGER log_deal_insert AFTER INSERT ON deals
                    BEGIN INSERT INTO change_log (deal_id) VALUES (NEW.id); END)sql",
                R"sql(CREATE TRIGGER log_deal_update AFTER UPDATE ON deals
                    BEGIN INSERT INTO change_log (deal_id) VALUES (NEW.id); END)sql",
                R"sql(CREATE TRIGGER log_deal_delete AFTER DELETE ON deals
                    BEGIN INSERT INTO change_log (deal_id) VALUES (OLD.id); END)sql",
                R"sql(CREATE TRIGGER log_meeting_insert AFTER INSERT ON meetings
                    BEGIN INSERT INTO change_log (deal_id) VALUES (NEW.deal_id); END)sql",
                R"sql(CREATE TRIGGER log_meeting_update AFTER UPDATE ON meetings
                    BEGIN INSERT INTO change_log (deal_id) VALUES (NEW.deal_id); END)sql",
                R"sql(CREATE TRIGGER log_meeting_delete AFTER DELETE ON meetings
                    BEGIN INSERT INTO change_log (deal_id) VALUES (OLD.deal_id); END)sql",
                R"sql(CREATE TRIGGER log_touch_insert AFTER INSERT ON touches
                    BEGIN INSERT INTO change_log (deal_id) VALUES (NEW.deal_id); END)sql",
                R"sql(CREATE TRIGGER log_touch_update AFTER UPDATE ON touches
                    BEGIN INSERT INTO change_log (deal_id) VALUES (NEW.deal_id); END)sql",
                R"sql(CREATE TRIGGER log_touch_delete AFTER DELETE ON touches
                    BEGIN INSERT INTO change_log (deal_id) VALUES (OLD.deal_id); END)sql",
                R"sql(CREATE TRIGGER log_task_insert AFTER INSERT ON tasks
                    BEGIN INSERT INTO change_log (deal_id) VALUES (NEW.deal_id); END)sql",
                R"sql(CREATE TRIGGER log_task_update AFTER UPDATE ON tasks
                    BEGIN INSERT INTO change_log (deal_id) VALUES (NEW.deal_id); END)sql",
                R"sql(CREATE TRIGGER log_task_delete AFTER DELETE ON tasks
                    BEGIN INSERT INTO change_log (deal_id) VALUES (OLD.deal_id); END)sql",
                R"sql(CREATE TRIGGER log_stakeholder_insert AFTER INSERT ON deal_stakeholders
                    BEGIN INSERT INTO change_log (deal_id) VALUES (NEW.deal_id); END)sql",
                R"sql(CREATE TRIGGER log_stakeholder_delete AFTER DELETE ON deal_stakeholders
                    BEGIN INSERT INTO change_log (deal_id) VALUES (OLD.deal_id); END)sql",
                R"sql(CREATE TRIGGER log_contact_update AFTER UPDATE ON contacts
                    BEGIN INSERT INTO change_log (deal_id)
                        SELECT id FROM deals WHERE contact_id = NEW.id; END)sql",
                R"sql(CREATE TRIGGER log_organization_update AFTER UPDATE ON organizations
                    BEGIN INSERT INTO change_log (deal_id)
                        SELECT id FROM deals WHERE organization_id = NEW.id; END)sql",
                R"sql(CREATE TRIGGER log_stage_insert AFTER INSERT ON stages
                    BEGIN INSERT INTO change_log (what) VALUES ('stages'); END)sql",
                R"sql(CREATE TRIGGER log_stage_update AFTER UPDATE ON stages
                    BEGIN INSERT INTO change_log (what) VALUES ('stages'); END)sql",
                R"sql(CREATE TRIGGER log_stage_delete AFTER DELETE ON stages
                    BEGIN INSERT INTO change_log (what) VALUES ('stages'); END)sql",
                R"sql(CREATE TRIGGER log_setting_insert AFTER INSERT ON settings
                    BEGIN INSERT INTO change_log (what) VALUES ('settings'); END)sql",
                R"sql(CREATE TRIGGER log_setting_update AFTER UPDATE ON settings
                    BEGIN INSERT INTO change_log (what) VALUES ('settings'); END)sql",
                R"sql(CREATE TRIGGER log_setting_delete AFTER DELETE ON settings
                    BEGIN INSERT INTO change_log (what) VALUES ('settings'); END)sql",
                R"sql(CREATE TRIGGER log_holiday_insert AFTER INSERT ON holidays
                    BEGIN INSERT INTO change_log (what) VALUES ('settings'); END)sql",
                R"sql(CREATE TRIGGER log_holiday_delete AFTER DELETE ON holidays
                    BEGIN INSERT INTO change_log (what) VALUES ('settings'); END)sql",
                R"sql(CREATE TRIGGER log_template_insert AFTER INSERT ON templates
                    BEGIN INSERT INTO change_log (what) VALUES ('templates'); END)sql",
                R"sql(CREATE TRIGGER log_template_update AFTER UPDATE ON templates
                    BEGIN INSERT INTO change_log (what) VALUES ('templates'); END)sql",
                R"sql(CREATE TRIGGER log_template_delete AFTER DELETE ON templates
                    BEGIN INSERT INTO change_log (what) VALUES ('templates'); END)sql",
            },
            {} },
        // 3: what the prospect reads: the deal's topic as the prospect knows it, the contact's
        // first name as greeted, and the region whose conventions the emails follow.
        Migration {
            {
                R"sql(ALTER TABLE deals ADD COLUMN topic TEXT NOT NULL DEFAULT '')sql",
                R"sql(ALTER TABLE contacts ADD COLUMN first_name TEXT NOT NULL DEFAULT '')sql",
                R"sql(ALTER TABLE contacts ADD COLUMN region TEXT NOT NULL DEFAULT '')sql",
            },
            {} },
        // 4: deals brought from a CRM keep its id ("pipedrive:1234"), so that importing the
        // same export again finds them instead of adding them twice.
        Migration {
            {
                R"sql(ALTER TABLE deals ADD COLUMN external_ref TEXT NOT NULL DEFAULT '')sql",
                R"sql(CREATE INDEX deals_external_ref ON deals(external_ref) WHERE external_ref <> '')sql",
                R"sql(CREATE INDEX contacts_email ON contacts(email COLLATE NOCASE) WHERE email <> '')sql",
            },
            {} },
        // 5: the rep's mail account. Each email sent keeps its Message-ID (a reply names it)
        // and the exact bytes that left,
        // each message read from the inbox too (read once); an address that bounced is flagged
        // on its contact; the inbox's UIDVALIDITY and the last UID read.
        Migration {
            {
                R"sql(ALTER TABLE touches ADD COLUMN message_id TEXT NOT NULL DEFAULT '')sql",
                R"sql(ALTER TABLE touches ADD COLUMN raw BLOB)sql",
                R"sql(CREATE INDEX touches_message_id ON touches(message_id) WHERE message_id <> '')sql",
                R"sql(ALTER TABLE contacts ADD COLUMN bounced TEXT NOT NULL DEFAULT '')sql",
                R"sql(CREATE TABLE mail_seen (
                    mailbox TEXT PRIMARY KEY,
                    uidvalidity INTEGER NOT NULL,
                    last_uid INTEGER NOT NULL))sql",
            },
            {} },
        // 6: how a contact is addressed: the title of a formal greeting ("Frau", "Ms") and the
        // form ('' as the language usually does, 'formal', 'first-name', 'du').
        Migration {
            {
                R"sql(ALTER TABLE contacts ADD COLUMN salutation TEXT NOT NULL DEFAULT '')sql",
                R"sql(ALTER TABLE contacts ADD COLUMN address TEXT NOT NULL DEFAULT ''
                    CHECK (address IN ('', 'formal', 'first-name', 'du')))sql",
            },
            {} },
        // 7: each deal's cadence summary: what the replay of its history says before the clock
        // is read (core/domain/cadencefacts.h), under a basis (the rule's version and the
        // settings it reads), with the moments a query needs to tell a state without replaying.
        // summary_mark says up to which change-log entry the summaries are current. Every write
        // through the pipeline brings them current before it commits (Pipeline::summarize);
        // nothing else is trusted to: a reader replays what changed after the mark.
        Migration {
            {
                R"sql(CREATE TABLE deal_summary (
                    deal_id INTEGER PRIMARY KEY REFERENCES deals(id) ON DELETE CASCADE,
                    basis INTEGER NOT NULL,
                    status TEXT NOT NULL,
                    currency TEXT NOT NULL,
                    value_cents INTEGER NOT NULL,
                    base_state TEXT NOT NULL,
                    cycle INTEGER NOT NULL,
                    cycles INTEGER NOT NULL,
                    touches INTEGER NOT NULL,
                    max_touches INTEGER NOT NULL,
                    missed_calls INTEGER NOT NULL,
                    effort_touches INTEGER NOT NULL,
                    effort_call_attempts INTEGER NOT NULL,
                    effort_call_minutes INTEGER NOT NULL,
                    effort_meetings_held INTEGER NOT NULL,
                    effort_stakeholders INTEGER NOT NULL,
                    meeting_start INTEGER,
                    deadline INTEGER,
                    last_sign_of_life INTEGER,
                    idle_since INTEGER,
                    breakup_now INTEGER NOT NULL,
                    steps TEXT NOT NULL,
                    first_due INTEGER,
                    past_rule_after INTEGER,
                    prep_past_rule_after INTEGER,
                    stale_from INTEGER))sql",
                R"sql(CREATE INDEX deal_summary_first_due ON deal_summary(first_due)
                    WHERE first_due IS NOT NULL)sql",
                // The honest report reads this index alone: every column it counts by.
                R"sql(CREATE INDEX deal_summary_report ON deal_summary(status, basis, currency,
                    value_cents, base_state, deadline, past_rule_after, prep_past_rule_after,
                    meeting_start, stale_from))sql",
                R"sql(CREATE TABLE summary_mark (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    basis INTEGER NOT NULL,
                    seq INTEGER NOT NULL))sql",
            },
            {} },
        // 8: the scheduled meeting's zone in each summary, so a list can show a call's time on
        // the prospect's clock without reading the history. Summaries written before lack it:
        // CadenceEngine::ruleVersion 2 makes every one again at the next write or start.
        Migration {
            {
                R"sql(ALTER TABLE deal_summary ADD COLUMN meeting_zone TEXT NOT NULL DEFAULT '')sql",
            },
            {} },
        // 9: several reps on one database. A rep is a database login (a file's own rep has
        // none: ''); every deal has an owner, the rep who made it, and its summary carries the
        // owner so that a rep's board, queue and report read their own deals from the summaries
        // alone. The deals already there are the first rep's: the file's own, or on a server
        // the login that made the pipeline. (SQLite adds no REFERENCES to an
        // existing table with a default; reps are never removed, and the store writes only the
        // ids it read from reps.)
        Migration {
            {
                R"sql(CREATE TABLE reps (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    login TEXT NOT NULL UNIQUE,
                    created_at INTEGER NOT NULL))sql",
                R"sql(INSERT INTO reps (id, login, created_at) VALUES (1, '', unixepoch()))sql",
                R"sql(ALTER TABLE deals ADD COLUMN owner INTEGER NOT NULL DEFAULT 1)sql",
                R"sql(ALTER TABLE deal_summary ADD COLUMN owner INTEGER NOT NULL DEFAULT 1)sql",
                R"sql(DROP INDEX deal_summary_report)sql",
                R"sql(CREATE INDEX deal_summary_report ON deal_summary(status, basis, currency,
                    value_cents, base_state, deadline, past_rule_after, prep_past_rule_after,
                    meeting_start, stale_from, owner))sql",
            },
            {
                R"sql(CREATE TABLE reps (
                    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                    login TEXT NOT NULL UNIQUE,
                    created_at BIGINT NOT NULL))sql",
                // The deals already there are the login's that made the pipeline (the
                // tables' owner: before this version each login made its own); a new
                // database's first rep is whoever makes it.
                R"sql(INSERT INTO reps (id, login, created_at)
                    VALUES (1, CASE WHEN EXISTS (SELECT 1 FROM deals)
                        THEN (SELECT r.rolname FROM pg_class c
                              JOIN pg_roles r ON r.oid = c.relowner
                              JOIN pg_namespace n ON n.oid = c.relnamespace
                              WHERE c.relname = 'deals' AND n.nspname = current_schema())
                        ELSE session_user END,
                    extract(epoch FROM now())::bigint))sql",
                R"sql(SELECT setval(pg_get_serial_sequence('reps', 'id'), 2, false))sql",
                R"sql(ALTER TABLE deals ADD COLUMN owner BIGINT NOT NULL DEFAULT 1
                    REFERENCES reps(id) DEFERRABLE)sql",
                R"sql(ALTER TABLE deal_summary ADD COLUMN owner BIGINT NOT NULL DEFAULT 1)sql",
                R"sql(DROP INDEX deal_summary_report)sql",
                R"sql(CREATE INDEX deal_summary_report ON deal_summary(status, basis, currency,
                    value_cents, base_state, deadline, past_rule_after, prep_past_rule_after,
                    meeting_start, stale_from, owner))sql",
            } },
        // 10: a rep's own settings: who they are, their signature and their mail account
        // (Settings::isPersonal), kept per rep; the rest stays the team's. What the file
        // held becomes the first rep's. The inbox's place is kept per rep too: each reads
        // their own mailbox. Each touch names the rep who recorded it (those before: the
        // first rep).
        Migration {
            {
                R"sql(CREATE TABLE rep_settings (
                    rep INTEGER NOT NULL REFERENCES reps(id),
                    key TEXT NOT NULL,
                    value TEXT NOT NULL,
                    PRIMARY KEY (rep, key)))sql",
                "INSERT INTO rep_settings (rep, key, value) SELECT 1, key, value FROM settings "
                "WHERE key IN " PERSONAL_KEYS_AT_10,
                // Moving the keys is no news to the cadence summaries (they read none of
                // them): a mark that was current stays current.
                R"sql(CREATE TEMP TABLE mark_was_current AS SELECT coalesce((SELECT seq FROM
                    summary_mark WHERE id = 1) = (SELECT max(seq) FROM change_log), 0) AS yes)sql",
                "DELETE FROM settings WHERE key IN " PERSONAL_KEYS_AT_10,
                R"sql(UPDATE summary_mark SET seq = (SELECT max(seq) FROM change_log)
                    WHERE (SELECT yes FROM temp.mark_was_current))sql",
                R"sql(DROP TABLE temp.mark_was_current)sql",
                R"sql(CREATE TRIGGER log_rep_setting_insert AFTER INSERT ON rep_settings
                    BEGIN INSERT INTO change_log (what) VALUES ('settings'); END)sql",
                R"sql(CREATE TRIGGER log_rep_setting_update AFTER UPDATE ON rep_settings
                    BEGIN INSERT INTO change_log (what) VALUES ('settings'); END)sql",
                R"sql(CREATE TRIGGER log_rep_setting_delete AFTER DELETE ON rep_settings
                    BEGIN INSERT INTO change_log (what) VALUES ('settings'); END)sql",
                R"sql(CREATE TABLE mail_seen_of_reps (
                    rep INTEGER NOT NULL DEFAULT 1 REFERENCES reps(id),
                    mailbox TEXT NOT NULL,
                    uidvalidity INTEGER NOT NULL,
                    last_uid INTEGER NOT NULL,
                    PRIMARY KEY (rep, mailbox)))sql",
                R"sql(INSERT INTO mail_seen_of_reps (rep, mailbox, uidvalidity, last_uid)
                    SELECT 1, mailbox, uidvalidity, last_uid FROM mail_seen)sql",
                R"sql(DROP TABLE mail_seen)sql",
                R"sql(ALTER TABLE mail_seen_of_reps RENAME TO mail_seen)sql",
                R"sql(ALTER TABLE touches ADD COLUMN rep INTEGER NOT NULL DEFAULT 1)sql",
            },
            {
                R"sql(CREATE TABLE rep_settings (
                    rep BIGINT NOT NULL REFERENCES reps(id) DEFERRABLE,
                    key TEXT NOT NULL,
                    value TEXT NOT NULL,
                    PRIMARY KEY (rep, key)))sql",
                "INSERT INTO rep_settings (rep, key, value) SELECT 1, key, value FROM settings "
                "WHERE key IN " PERSONAL_KEYS_AT_10,
                R"sql(CREATE TEMP TABLE mark_was_current AS SELECT coalesce((SELECT seq FROM
                    summary_mark WHERE id = 1) = (SELECT max(seq) FROM change_log), false) AS yes)sql",
                "DELETE FROM settings WHERE key IN " PERSONAL_KEYS_AT_10,
                R"sql(UPDATE summary_mark SET seq = (SELECT max(seq) FROM change_log)
                    WHERE (SELECT yes FROM mark_was_current))sql",
                R"sql(DROP TABLE mark_was_current)sql",
                R"sql(CREATE TRIGGER log_rep_setting AFTER INSERT OR UPDATE OR DELETE ON rep_settings
                    FOR EACH ROW EXECUTE FUNCTION log_what('settings'))sql",
                R"sql(ALTER TABLE mail_seen ADD COLUMN rep BIGINT NOT NULL DEFAULT 1
                    REFERENCES reps(id) DEFERRABLE)sql",
                R"sql(ALTER TABLE mail_seen DROP CONSTRAINT mail_seen_pkey)sql",
                R"sql(ALTER TABLE mail_seen ADD PRIMARY KEY (rep, mailbox))sql",
                R"sql(ALTER TABLE touches ADD COLUMN rep BIGINT NOT NULL DEFAULT 1
                    REFERENCES reps(id) DEFERRABLE)sql",
            } },
    };
    return all;
}

#undef PERSONAL_KEYS_AT_10

} // namespace NineTouch
