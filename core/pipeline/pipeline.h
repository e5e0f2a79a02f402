// The rep's pipeline: every read and every change of deals goes through here, validated and in
// one transaction each. What changed in the file, by this program or by any other (the CLI, a
// script), is announced through signals read from the store's change log.
#pragma once

#include "activityrepository.h"
#include "cadenceengine.h"
#include "database.h"
#include "dealrepository.h"
#include "historywriter.h"
#include "settings.h"
#include "summaryrepository.h"
#include "templaterepository.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <memory>

class QTimer;

namespace NineTouch {

// A missed call before it is recorded: what the rule decides with it. The no-show dialog shows
// it; meetingMissed writes it. Both ask the rule once, the same way.
struct MissedPreview
{
    Deal deal;
    Meeting meeting; // the meeting missed
    bool breakupDue = false; // the last cycle's call: the break-up email is due, no new slot
    QDateTime proposed; // the next slot as if agreed (UTC); invalid when breakupDue or noSlot
    std::optional<Error> noSlot; // why no slot fits the working hours
};

struct MissedOutcome
{
    std::optional<Meeting> proposed; // the next slot, set as if agreed
    bool breakupDue = false; // the last cycle's call: break up instead
};

// Deals brought from a file in one transaction (see DealImport in core/output).
struct ImportBatch
{
    QStringList newStages; // added after the rep's stages, in this order
    // Every stage's name in its order after the import, the rep's and the new ones; empty: the
    // new stages stay at the end.
    QStringList stageOrder;
    QList<Deal> creates; // a deal whose stageId is 0 goes to the stage named Deal::stage
    QStringList createNotes; // for each of creates (or none): a note on its timeline
    QList<std::pair<Deal, Deal>> updates; // (the deal as read, the deal as it should be)
};

struct ImportCounts
{
    int created = 0;
    int updated = 0;
};

// What `ninetouch-cli check` reports: the stored cadence summaries against a replay of every
// deal's history.
struct SummaryCheck
{
    int deals = 0;
    bool current = true; // the summaries reach the file's last change, under today's rule
    QList<qint64> missing; // deals without a summary under today's rule and settings
    QList<qint64> drifted; // deals whose summary says other than the replay

    bool ok() const { return current && missing.isEmpty() && drifted.isEmpty(); }
};

// A step due, with what a list names its deal by: the morning list's line.
struct DueStep
{
    qint64 dealId = 0;
    QString title;
    QString contact;
    Step step;
    qint64 owner = 0; // Rep::id
};

// A deal with its whole history and its cadence: what `deal list --json` prints, and what the
// replay reads.
struct DealStatusView
{
    DealHistory history;
    Cadence cadence;
};

// A deal as the board, the day queue and the lists show it: its card, what its history says
// under the rule (its cadence summary) and the cadence at a moment. The history itself is read
// when a timeline needs it.
struct DealRow
{
    DealCard deal;
    CadenceFacts facts;
    Cadence cadence; // CadenceEngine::at(facts, the moment read)
};

class Pipeline final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Pipeline)

public:
    static Result<std::unique_ptr<Pipeline>> open(const QString &path, Database::Mode mode,
                                                  Database::Check check = Database::Check::Full);
    ~Pipeline() override;

    // Reads only: every change goes through the operations below.
    const Database &database() const { return *m_db; }
    const DealRepository &deals() const { return m_deals; }
    const ActivityRepository &activity() const { return m_activity; }
    const TemplateRepository &templates() const { return m_templates; }
    // How long a write waits for another program's to end before it is refused as busy.
    void setBusyTimeout(int milliseconds) { m_db->setBusyTimeout(milliseconds); }

    const Settings &settings() const { return m_settings; }
    // Saves the settings that differ between base (what the rep saw) and edited onto the
    // settings as they are now, as editDeal does for a deal: each checked, all written or
    // none. Refused, with Error::conflicts, when one the rep changed was changed elsewhere
    // meanwhile to another value.
    Status saveSettings(const Settings &base, const Settings &edited);
    // One setting as typed (the CLI's `settings set KEY VALUE`): checked, then saved.
    Status setSetting(const QString &key, const QString &value);
    Status reloadSettings();
    // The engine for the current settings; valid until the settings change.
    const CadenceEngine &engine() const { return *m_engine; }

    // -- whose deals -----------------------------------------------------------------------
    // Every deal has an owner, the rep who added it (docs/server.md). The lists (the board,
    // the queue, rows(), stepsDue(), evaluateAll(), the report) show the rep's own deals, or
    // with Scope::Team everyone's; a single deal is read and worked whoever owns it.
    enum class Scope { Mine, Team };
    void setScope(Scope scope) { m_scope = scope; }
    Scope scope() const { return m_scope; }
    // The rep this pipeline works as (Database::rep()).
    qint64 me() const { return m_db->rep(); }
    // The owner the lists read, none for the team's.
    std::optional<qint64> listedOwner() const;
    // Whether the lists show a deal of this owner.
    bool lists(qint64 owner) const { return m_scope == Scope::Team || owner == me(); }
    Result<QList<Rep>> reps() const { return m_deals.reps(); }
    // A rep's login ('' for a file's own rep, and for an id no rep has). Logins never change:
    // read once, and again only for a rep who joined since.
    QString loginOf(qint64 rep) const;

    // -- reads ---------------------------------------------------------------------------
    Result<QList<Stage>> stages() const { return m_deals.stages(); }
    // A deal; a missing one is an input error on Field::Deal.
    Result<Deal> deal(qint64 id) const;
    Result<DealHistory> history(qint64 id) const;
    Result<Cadence> cadence(qint64 id, const QDateTime &now) const;
    // Every deal matching filter with its cadence: the board's and the queue's read.
    Result<QList<DealStatusView>>
    evaluateAll(const QDateTime &now, const DealFilter &filter = {},
                CadenceEngine::Detail detail = CadenceEngine::Detail::Full,
                bool withText = false) const; // withText: touches' notes and exact texts too

    // Every deal matching filter as the board shows it, in id order: from the cadence
    // summaries when they reach the file's last change, else by replaying every history.
    Result<QList<DealRow>> rows(const QDateTime &now, const DealFilter &filter = {}) const;
    // A deal's row from what its replay says.
    DealRow rowOf(const Deal &deal, CadenceFacts facts, const QDateTime &now) const;

    // Every pending step due before horizon, as the cadence at now has it, earliest first
    // (then by deal): read from the summaries of the deals with a step due by then.
    Result<QList<DueStep>> stepsDue(const QDateTime &horizon, const QDateTime &now) const;

    // Checks a deal's fields; the error names the field and the value.
    Status validate(const Deal &deal) const;

    // -- changes -------------------------------------------------------------------------
    Result<qint64> addDeal(Deal deal, const QDateTime &now);
    // New stages, new deals (a contact known by its email address is shared) and updates,
    // all in one transaction or none. progress(done, total) may cancel by returning false.
    Result<ImportCounts> applyImport(const ImportBatch &batch, const QDateTime &now,
                                     const std::function<bool(int, int)> &progress = {});
    // Writes the fields that differ between base (what the rep saw) and edited onto the deal
    // as it is now, so that nothing someone else wrote meanwhile is put back. Refused, with
    // Error::conflicts, when a field the rep changed was changed elsewhere to another value.
    Status editDeal(qint64 id, const Deal &base, const Deal &edited, const QDateTime &now);
    Status moveStage(qint64 id, qint64 stageId, const QDateTime &now);

    Result<Meeting> setMeeting(qint64 dealId, const QDateTime &start, const QString &tz,
                               int minutes, const QString &agenda, Channel channel,
                               const QDateTime &now);
    Status meetingHeld(qint64 dealId, const QDateTime &now);
    // tried: PhoneLine flags
    // chosen: the slot the rep settled on instead of the proposed one (invalid: the proposal);
    // recorded as the one proposed slot, so the timeline and the missed-call email agree.
    Result<MissedOutcome> meetingMissed(qint64 dealId, int tried, const QDateTime &now,
                                        const QDateTime &chosen = {});
    // What meetingMissed would decide at now, without writing: one read of the deal's history.
    Result<MissedPreview> previewMissed(qint64 dealId, const QDateTime &now, int tried = 0) const;
    // The slot a missed call would propose, without writing.
    Result<QDateTime> proposedSlot(qint64 dealId) const;
    // What is odd about a meeting at start for the deal, in the rep's words: outside the rep's
    // or the prospect's working hours or days (MeetingTimes), or on top of another deal's
    // meeting (the deal's own meeting, being moved, is not in its way). Empty when nothing
    // is. tz: the meeting's zone (empty: the contact's).
    Result<QStringList> meetingWarnings(qint64 dealId, const QDateTime &start, int minutes,
                                        const QString &tz) const;

    // messageId: for an email sent or read through the rep's account.
    Result<qint64> logTouch(qint64 dealId, TouchKind kind, const QDateTime &at, const QString &note,
                            const QString &body, const QDateTime &now,
                            const QString &messageId = {}, const QByteArray &raw = {});
    // An email sent with its exact text and, when the invite travelled with it (an .eml that
    // carried it), the invite too: both or neither.
    Status recordSent(qint64 dealId, TouchKind kind, const QString &text, bool withInvite,
                      const QDateTime &now, const QString &note = {}, const QString &messageId = {},
                      const QByteArray &raw = {});

    // -- the rep's mailbox ---------------------------------------------------------------
    // The contact's address bounced (text: when and why); editing the address clears it.
    Status flagBounced(qint64 dealId, const QString &text, const QDateTime &now,
                       const QString &messageId = {});
    // An out-of-office reply from who says the prospect is back on backOn. The first day back
    // is the first day from backOn that is a weekday (Monday to Friday, the prospect's week)
    // and a business day of the rep's. A call scheduled before it moves to the same time of day on
    // that day (the next free slot in the working hours); the break-up email and the decision
    // deadline wait for it (the rule counts the deadline's business days from then). The timeline
    // gets an "Out of office" entry saying what moved. Returns that entry's text; empty, with
    // nothing written, when the first day back has passed or is known already (a second copy of the
    // same reply), or the deal is closed.
    Result<QString> prospectAway(qint64 dealId, const QDate &backOn, const QString &who,
                                 const QDateTime &now);
    // The first day both sides work from backOn: what prospectAway waits for.
    QDate firstDayBack(const QDate &backOn) const;
    // How far the inbox was read; saved after the messages up to lastUid are recorded.
    Result<MailSeen> mailSeen(const QString &mailbox) const { return m_activity.mailSeen(mailbox); }
    Status setMailSeen(const QString &mailbox, const MailSeen &seen);

    Status markWon(qint64 dealId, const QDateTime &now);
    Status markLost(qint64 dealId, const QString &reason, const QDateTime &now);
    Status reopen(qint64 dealId, const QDateTime &now);
    // The deal with its whole history, and its contact unless another deal names it.
    Status removeDeal(qint64 dealId);

    // The rep's stages: names checked (not empty, not taken), a stage with deals never removed.
    Result<qint64> addStage(const QString &name);
    Status renameStage(qint64 id, const QString &name);
    Status reorderStages(const QList<qint64> &ids);
    Status removeStage(qint64 id);

    // -- the rep's email templates ----------------------------------------------------------
    // The rep's text of a step's template in a language, stored as given: Templates::save
    // (core/output, which knows the placeholders) checks it first, and every draft checks it
    // again. resetTemplate goes back to the default.
    Status saveTemplate(StepKind step, const QString &language, const StoredTemplate &text);
    Status resetTemplate(StepKind step, const QString &language);

    // -- several changes as one ------------------------------------------------------------
    // The operations work runs as one write: all of it or none, announced once. An operation
    // refused inside takes back only its own rows, and work may go on (MailSync records what
    // it can of a look at the inbox).
    Status batch(const std::function<Status()> &work);
    // A history as it happened, backdated (the demo): see HistoryWriter. One write.
    Status writeHistory(const std::function<Status(HistoryWriter &)> &work);

    // -- undo and redo -------------------------------------------------------------------
    // Runs an edit made of the operations above as one transaction and returns exactly the
    // rows it wrote; revert() takes them back and reapply() writes them again, each refused
    // (nothing written) when one of those rows was changed meanwhile.
    Result<Change> record(const std::function<Status()> &edit);
    Status revert(const Change &change);
    Status reapply(const Change &change);

    // -- the cadence summaries ----------------------------------------------------------
    // Each deal's replay kept in the file, brought current by every write before it commits.
    // Current: under today's rule and settings, up to the file's last change.
    Result<bool> summariesCurrent() const;
    // The mark while the summaries are current; none when they are not. A read from them is
    // whole when the mark is the same after it as before (another program's write in between
    // moves it).
    Result<std::optional<SummaryMark>> currentMark() const;
    // One write that brings them current when they are not (a new rule or settings, a file
    // from an older version, a write by a program that keeps none).
    Status bringSummariesCurrent();
    const SummaryRepository &summaries() const { return m_summaries; }
    qint64 basis() const { return m_basis; } // basisOf(settings())
    // Every deal replayed and compared with its summary.
    Result<SummaryCheck> checkSummaries() const;
    // Every summary made again from its history, in one write.
    Status rebuildSummaries();
    // Copies every deal with its history, every setting and template of source into this
    // pipeline, which must hold no deals yet (ninetouch-cli migrate), in one write: whole or
    // not at all. The cadence summaries are made again from the copied histories, and must say
    // what the source's say (when the source's are current). Returns the rows per table.
    Result<QMap<QString, qint64>> copyFrom(const Pipeline &source);
    // The fingerprint of what the replay reads besides a deal's history: the rule's version,
    // the policy and the working calendar. Summaries under another basis are not used.
    static qint64 basisOf(const Settings &settings);
    // A deal's facts as stored: with the moments a query reads its state by, and what the
    // report sums.
    static DealSummary summaryOf(const Deal &deal, CadenceFacts facts, const CadenceEngine &engine);

    // -- following the file --------------------------------------------------------------
    // Reads what changed since the last look, whoever wrote it, and announces it. Called
    // after each change made here; watch() also calls it when another program wrote.
    Status refresh();
    // Checks every interval whether another program wrote the database (PRAGMA data_version;
    // on a server also at once, when it says so). A server's lost connection is looked after
    // too: whether the server is up is asked off this thread (a ping), first at once, then
    // less often (up to every 30 s); once it is, the connection is made again and everything
    // re-read (readRecovered).
    void watch(int intervalMilliseconds);

    static QString breakupLostReason();

signals:
    void dealsChanged(const QList<qint64> &ids); // added, changed or removed
    void stagesChanged();
    void settingsChanged();
    void templatesChanged();
    // The change log no longer reaches back to the last look: re-read everything.
    void resynced();
    // Reading the file failed while following it (locked too long, vanished, damaged).
    void readFailed(const NineTouch::Error &error);
    // The file reads again after a failure.
    void readRecovered();

private:
    explicit Pipeline(std::shared_ptr<Database> db);
    Result<Deal> openDeal(qint64 id) const;
    // The rest of d's history, read.
    Result<DealHistory> historyOf(Deal d) const;
    // The histories of every deal matching filter, in one pass per table.
    Result<QList<DealHistory>> historiesOf(const DealFilter &filter, bool withText = false) const;
    // filter, narrowed to the deals the lists show.
    DealFilter listed(DealFilter filter) const;
    // Refused for a won or lost deal: reopen it first.
    static Status requireOpen(const Deal &d);
    Status writeDeal(const Deal &old, Deal d, const QDateTime &now);
    Status checkStageName(const QString &name, qint64 except) const;
    Status cancelScheduled(qint64 dealId, const QDateTime &now);
    // logTouch's work inside an envelope of another's.
    Result<qint64> addTouch(qint64 dealId, TouchKind kind, const QDateTime &at, const QString &note,
                            const QString &body, const QDateTime &now,
                            const QString &messageId = {}, const QByteArray &raw = {});
    // Sets or moves d's meeting, checked: setMeeting's work inside an envelope of another's.
    Result<Meeting> placeMeeting(const Deal &d, const QDateTime &start, const QString &tz,
                                 int minutes, const QString &agenda, Channel channel,
                                 const QDateTime &now);
    // The meetings scheduled on every other deal: the slots a new time must not collide with.
    Result<QList<Meeting>> meetingsOfOtherDeals(qint64 dealId) const;
    // The slot a missed call proposes for d's meeting, around the rep's other meetings; refused
    // when none fits the working hours.
    Result<QDateTime> slotAfter(const Deal &d, const Meeting &missed) const;
    Status touch(Touch t);
    // The last step of every write: the summaries of the deals it changed (of every deal, when
    // the basis changed), and the mark.
    Status summarize();
    // After a change: announce it, unless it is part of a larger one still being written.
    void changed();
    // The one write envelope (pipelineprivate.h): op as one transaction, announced once.
    Status mutate(const std::function<Status()> &op);
    template<typename T> Result<T> mutate(const std::function<Result<T>()> &op);

    std::shared_ptr<Database> m_db;
    DealRepository m_deals;
    ActivityRepository m_activity;
    TemplateRepository m_templates;
    SummaryRepository m_summaries;
    Settings m_settings;
    qint64 m_basis = 0; // basisOf(m_settings)
    std::unique_ptr<WorkCalendar> m_calendar;
    std::unique_ptr<CadenceEngine> m_engine;
    Scope m_scope = Scope::Mine;
    mutable QHash<qint64, QString> m_logins; // loginOf()'s
    qint64 m_seenChange = -1; // the change log's last entry already announced
    int m_recording = 0;
    bool m_readFailing = false;
    QTimer *m_watch = nullptr;
    void look(); // one look of watch()
    // A lost server connection: whether the server is back, asked on a thread of its own.
    void lookForServer();
    class QThread *m_probe = nullptr; // running; deletes itself when done
    QElapsedTimer m_sinceProbe;
    int m_probeWait = 0; // ms before the next probe
};

} // namespace NineTouch

Q_DECLARE_TYPEINFO(NineTouch::DealRow, Q_RELOCATABLE_TYPE);
