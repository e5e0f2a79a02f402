// The pipeline over a real store: round-trips of every table and the rules' refusals.
#include "historyscript.h"
#include "migrations.h"
#include "must.h"
#include "names.h"
#include "pgserver.h"
#include "pipeline.h"
#include "report.h"
#include "serverlocation.h"
#include "serverpassword.h"
#include "settingsrepository.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "teststore.h"
#include <QTest>

#include <sqlite3.h>

using namespace NineTouch;
using namespace TestSupport;
using TestSupport::at;

// Every SQL statement run on the connections to a database file while it lives, as SQLite
// traces them (the statement's text, before its values are bound).
class StatementTrace final
{
public:
    StatementTrace(const QString &path, QStringList *out)
        : m_out(out)
    {
        for (const QString &name : QSqlDatabase::connectionNames()) {
            const QSqlDatabase db = QSqlDatabase::database(name, false);
            if (!db.isOpen() || db.driverName() != QLatin1String("QSQLITE")
                || QFileInfo(db.databaseName()) != QFileInfo(path))
                continue;
            auto *handle = *static_cast<sqlite3 *const *>(db.driver()->handle().constData());
            sqlite3_trace_v2(handle, SQLITE_TRACE_STMT, &StatementTrace::seen, this);
            m_handles << handle;
        }
    }
    ~StatementTrace()
    {
        for (sqlite3 *handle : std::as_const(m_handles))
            sqlite3_trace_v2(handle, 0, nullptr, nullptr);
    }

private:
    static int seen(unsigned, void *self, void *, void *sql)
    {
        const QString text = QString::fromUtf8(static_cast<const char *>(sql)).simplified();
        // Transactions and savepoints are the envelope, not the walk.
        if (!text.startsWith(QLatin1String("--")))
            static_cast<StatementTrace *>(self)->m_out->append(text);
        return 0;
    }

    QStringList *m_out;
    QList<sqlite3 *> m_handles;
};

class TestPipeline : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Pipeline> m_p;
    int m_file = 0;

    Deal sampleDeal() const
    {
        Deal d;
        d.title = QStringLiteral("Fleet tracking");
        d.organization = QStringLiteral("Acme Logistik GmbH");
        d.contact.name = QStringLiteral("Jana Müller");
        d.contact.email = QStringLiteral("jana@acme.example");
        d.contact.phone = QStringLiteral("+49 30 1234567");
        d.contact.mobile = QStringLiteral("+49 170 7654321");
        d.contact.reception = QStringLiteral("+49 30 1234500");
        d.contact.tz = QStringLiteral("Europe/Berlin");
        d.contact.language = QStringLiteral("de");
        d.valueCents = 1200050;
        d.currency = QStringLiteral("EUR");
        d.valueSummary = QStringLiteral("Cuts failed deliveries by a quarter.");
        d.cost = FollowUpCost::High;
        d.policy.cycles = 2;
        return d;
    }
    qint64 add()
    {
        auto id = m_p->addDeal(sampleDeal(), at("03-01T12:00"));
        TestSupport::require(
            id.ok(), "cannot add the sample deal:", id.ok() ? QString() : id.error().message);
        return *id;
    }

    // The deal's title as p writes it, from what p reads now.
    static Status retitle(Pipeline &p, qint64 id, const QString &title, const QDateTime &when)
    {
        const Deal seen = *p.deal(id);
        Deal edited = seen;
        edited.title = title;
        return p.editDeal(id, seen, edited, when);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }
    void init()
    {
        auto p = Pipeline::open(
            TestStore::newLocation(m_dir, QStringLiteral("p%1.sqlite").arg(++m_file)),
            Database::Mode::CreateIfMissing);
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message + p.error().detail));
        m_p = std::move(p).value();
        const Status zone = m_p->setSetting("rep.tz", "Europe/Berlin");
        QVERIFY2(zone.ok(),
                 zone.ok() ? "" : qPrintable(zone.error().message + zone.error().detail));
    }
    void cleanup() { m_p.reset(); }

    // Every deal has an owner: the rep who added it. The lists (rows, the steps due, the report)
    // show the rep's own deals, or with the team's scope everyone's; a deal given to another rep
    // leaves the rep's lists. A second rep is added to the database as their first open adds
    // them.
    void eachRepListsTheirOwnDealsAndTheTeamListsAll()
    {
        const qint64 me = m_p->me();
        QVERIFY(me > 0);
        {
            QSqlDatabase raw = TestStore::addConnection("raw-reps", m_p->database().path());
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec("INSERT INTO reps (login, created_at) VALUES ('bob', 0)"));
        }
        QSqlDatabase::removeDatabase("raw-reps");
        const auto reps = m_p->reps();
        QVERIFY(reps.ok());
        QCOMPARE(reps->size(), 2);
        QCOMPARE(reps->first().id, me);
        const qint64 bob = reps->at(1).id;
        QCOMPARE(reps->at(1).login, "bob");

        const qint64 mine = add();
        Deal given = sampleDeal();
        given.title = QStringLiteral("Bob's fleet");
        given.owner = bob; // a deal added for another rep
        const qint64 theirs = must(m_p->addDeal(given, at("03-01T12:00")));
        QCOMPARE(m_p->deal(mine)->owner, me);
        QCOMPARE(m_p->deal(theirs)->owner, bob);

        const QDateTime now = at("03-02T10:00");
        const QDateTime horizon = at("03-09T00:00");
        const auto ids = [](const auto &list) {
            QList<qint64> out;
            for (const auto &item : list) {
                if constexpr (std::is_same_v<std::decay_t<decltype(item)>, DueStep>)
                    out << item.dealId;
                else
                    out << item.deal.id;
            }
            std::sort(out.begin(), out.end());
            out.erase(std::unique(out.begin(), out.end()), out.end());
            return out;
        };
        QCOMPARE(ids(*m_p->rows(now)), QList<qint64> { mine });
        QCOMPARE(ids(*m_p->stepsDue(horizon, now)), QList<qint64> { mine });
        QCOMPARE(PipelineReport::of(*m_p, now)->openDeals, 1);
        QCOMPARE(m_p->evaluateAll(now)->size(), 1);

        m_p->setScope(Pipeline::Scope::Team);
        QCOMPARE(ids(*m_p->rows(now)), (QList<qint64> { mine, theirs }));
        QCOMPARE(ids(*m_p->stepsDue(horizon, now)), (QList<qint64> { mine, theirs }));
        QCOMPARE(PipelineReport::of(*m_p, now)->openDeals, 2);
        QCOMPARE(PipelineReport::of(*m_p, now, bob)->openDeals, 1);
        QCOMPARE(PipelineReport::of(*m_p, now, me)->currencies,
                 PipelineReport::of(*m_p, now, bob)->currencies);
        for (const DueStep &step : *m_p->stepsDue(horizon, now))
            QCOMPARE(step.owner, step.dealId == mine ? me : bob);
        m_p->setScope(Pipeline::Scope::Mine);

        // Bob's deal given to this rep: theirs now, as the summaries say too.
        const Deal before = *m_p->deal(theirs);
        Deal edited = before;
        edited.owner = me;
        QVERIFY(m_p->editDeal(theirs, before, edited, at("03-02T09:00")).ok());
        QCOMPARE(ids(*m_p->rows(now)), (QList<qint64> { mine, theirs }));
        QCOMPARE(PipelineReport::of(*m_p, now)->openDeals, 2);
        QCOMPARE(PipelineReport::of(*m_p, now, bob)->openDeals, 0);
        const auto check = m_p->checkSummaries();
        QVERIFY(check.ok() && check->ok());
    }

    // A team on one server: each rep's login is a member of the role that owns the database.
    // The first rep's open makes the pipeline as that role, so the second reaches it; each rep
    // adds and sees their own deals, works another's, and sees the team's on request.
    void twoRepsOnOneServerEachWorkTheirOwn()
    {
        if (TestStore::onServer())
            QSKIP("starts a server of its own: run once, in the file entry");
        PgServer own;
        QVERIFY(own.start().isEmpty());
        const QString error = own.administer(
            { "CREATE ROLE sales NOLOGIN", "CREATE ROLE alice LOGIN IN ROLE sales",
              "CREATE ROLE bob LOGIN IN ROLE sales", "CREATE DATABASE team OWNER sales" });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto alice = Pipeline::open(own.url("team", "alice"), Database::Mode::CreateIfMissing);
        QVERIFY2(alice.ok(), alice.ok() ? "" : qPrintable(alice.error().message));
        auto bob = Pipeline::open(own.url("team", "bob"), Database::Mode::MustExist);
        QVERIFY2(bob.ok(), bob.ok() ? "" : qPrintable(bob.error().message));
        QCOMPARE((*alice)->database().login(), "alice");
        QCOMPARE((*bob)->database().login(), "bob");
        QVERIFY((*alice)->me() != (*bob)->me());

        Deal d = sampleDeal();
        const qint64 hers = must((*alice)->addDeal(d, at("03-01T12:00")));
        d.title = QStringLiteral("Bob's fleet");
        const qint64 his = must((*bob)->addDeal(d, at("03-01T12:05")));
        const QDateTime now = at("03-02T10:00");
        const auto listed = [&now](const Pipeline &p) {
            QList<qint64> out;
            for (const DealRow &r : *p.rows(now))
                out << r.deal.id;
            return out;
        };
        QCOMPARE(listed(**alice), QList<qint64> { hers });
        QCOMPARE(listed(**bob), QList<qint64> { his });
        QVERIFY((*alice)
                    ->logTouch(hers, TouchKind::Note, at("03-01T13:00"), "First call booked", {},
                               at("03-01T13:00"))
                    .ok());
        // Bob works Alice's deal: the note is on it, and it stays hers.
        QVERIFY((*bob)
                    ->logTouch(hers, TouchKind::Note, at("03-02T09:00"), "Covered for Alice", {},
                               at("03-02T09:00"))
                    .ok());
        QCOMPARE((*alice)->deal(hers)->owner, (*alice)->me());
        QCOMPARE(listed(**alice), QList<qint64> { hers });
        // The note says who wrote it; what Alice recorded herself is hers.
        const auto history = (*alice)->history(hers);
        QVERIFY(history.ok() && !history->touches.isEmpty());
        QCOMPARE(history->touches.last().note, "Covered for Alice");
        QCOMPARE(history->touches.last().rep, (*bob)->me());
        QCOMPARE(history->touches.first().rep, (*alice)->me());
        (*bob)->setScope(Pipeline::Scope::Team);
        QCOMPARE(listed(**bob), (QList<qint64> { hers, his }));

        // Each rep's identity, signature and mail account are their own; the working time
        // and the rule are the team's. So is the place each one's inbox was read to.
        QVERIFY((*alice)->setSetting("rep.name", "Alice Adams").ok());
        QVERIFY((*alice)->setSetting("mail.user", "alice@sales.example").ok());
        QVERIFY((*alice)->setSetting("work.hours", "08:00-16:00").ok());
        QVERIFY((*bob)->reloadSettings().ok());
        QCOMPARE((*bob)->settings().repName, "");
        QCOMPARE((*bob)->settings().mailUser, "");
        QCOMPARE((*bob)->settings().workStart, QTime(8, 0));
        QVERIFY((*bob)->setSetting("rep.name", "Bob Brown").ok());
        QVERIFY((*alice)->reloadSettings().ok());
        QCOMPARE((*alice)->settings().repName, "Alice Adams");
        QCOMPARE((*alice)->settings().mailUser, "alice@sales.example");
        QCOMPARE((*bob)->settings().repName, "Bob Brown");
        QVERIFY((*alice)->setMailSeen("INBOX", MailSeen { 7, 42 }).ok());
        QCOMPARE((*bob)->mailSeen("INBOX")->lastUid, 0);
        QCOMPARE((*alice)->mailSeen("INBOX")->lastUid, 42);
        // The pipeline's tables are the team role's, not the first rep's.
        {
            QSqlDatabase raw = TestStore::addConnection("raw-team", own.url("team"));
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(
                q.exec("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'"));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), "sales");
            QVERIFY(!q.next());
        }
        QSqlDatabase::removeDatabase("raw-team");
        // A login outside the team's role is told why it cannot read the pipeline.
        QVERIFY(own.administer({ "CREATE ROLE carol LOGIN" }).isEmpty());
        auto carol = Pipeline::open(own.url("team", "carol"), Database::Mode::MustExist);
        QVERIFY(!carol.ok());
        QVERIFY2(carol.error().message.contains("the login carol may not read this pipeline"),
                 qPrintable(carol.error().message));
    }

    // A pipeline one login made on a server before reps existed: upgraded by whoever opens it
    // first, its deals stay the login's that made it; that login keeps working it when the
    // database is later given to the team's role.
    void aServerPipelineFromBeforeRepsStaysItsMakers()
    {
        if (TestStore::onServer())
            QSKIP("starts a server of its own: run once, in the file entry");
        PgServer own;
        QVERIFY(own.start().isEmpty());
        QVERIFY(
            own.administer({ "CREATE ROLE sales NOLOGIN", "CREATE ROLE alice LOGIN IN ROLE sales",
                             "CREATE DATABASE legacy OWNER alice" })
                .isEmpty());
        {
            // Schema 8, as the version before reps left it, made by Alice's login.
            QSqlDatabase raw = TestStore::addConnection("raw-legacy", own.url("legacy", "alice"));
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            for (const char *statement : postgresBaseline())
                QVERIFY2(q.exec(QString::fromUtf8(statement)), qPrintable(q.lastError().text()));
            for (const char *row :
                 { "INSERT INTO schema_version (id, version) VALUES (1, 8)",
                   "INSERT INTO organizations (name, created_at) VALUES ('Acme', 0)",
                   "INSERT INTO deals (title, organization_id, stage_id, currency, created_at, "
                   "updated_at, stage_changed_at) VALUES ('Fleet', 1, 1, 'EUR', 0, 0, 0)" })
                QVERIFY2(q.exec(row), qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase("raw-legacy");
        // The server's administrator opens it first (a check, say).
        {
            auto admin = Pipeline::open(own.url("legacy"), Database::Mode::MustExist);
            QVERIFY2(admin.ok(), admin.ok() ? "" : qPrintable(admin.error().message));
            const auto reps = (*admin)->reps();
            QCOMPARE(reps->first().login, "alice");
            QCOMPARE((*admin)->deal(1)->owner, reps->first().id);
            QVERIFY((*admin)->me() != reps->first().id);
        }
        QVERIFY(own.administer({ "ALTER DATABASE legacy OWNER TO sales" }).isEmpty());
        auto alice = Pipeline::open(own.url("legacy", "alice"), Database::Mode::MustExist);
        QVERIFY2(alice.ok(), alice.ok() ? "" : qPrintable(alice.error().message));
        QCOMPARE((*alice)->rows(at("03-02T10:00"))->size(), 1);
    }

    // A file copied to a server whose copier's login the file also holds as another rep:
    // which of the two the copier is cannot be told, so nothing is copied. Another rep's own
    // settings on the target stay theirs.
    void aCopyNeverMakesTwoRepsOne()
    {
        if (!TestStore::onServer())
            QSKIP("only a server's target has a login");
        const QString file = m_dir.filePath("two-reps-source.sqlite");
        auto source = Pipeline::open(file, Database::Mode::CreateIfMissing);
        QVERIFY(source.ok());
        must((*source)->addDeal(sampleDeal(), at("03-01T12:00")));
        QVERIFY(m_p->setSetting("rep.name", "Copier").ok());
        {
            QSqlDatabase raw = TestStore::addConnection("raw-target", m_p->database().path());
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec("INSERT INTO reps (login, created_at) VALUES ('bob', 0)"));
            QVERIFY(q.exec("INSERT INTO rep_settings (rep, key, value) SELECT id, 'rep.name', "
                           "'Bob Brown' FROM reps WHERE login = 'bob'"));
        }
        QSqlDatabase::removeDatabase("raw-target");
        // Bob's settings on the target stay; the copier's are the file's.
        QVERIFY((*source)->setSetting("rep.name", "Robin Rep").ok());
        const auto copied = m_p->copyFrom(**source);
        QVERIFY2(copied.ok(), copied.ok() ? "" : qPrintable(copied.error().message));
        QCOMPARE(m_p->settings().repName, "Robin Rep");
        {
            QSqlDatabase raw = TestStore::addConnection("raw-target", m_p->database().path());
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec("SELECT value FROM rep_settings s JOIN reps r ON r.id = s.rep "
                           "WHERE r.login = 'bob' AND s.key = 'rep.name'"));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), "Bob Brown");
        }
        QSqlDatabase::removeDatabase("raw-target");

        // A second file whose other rep has the copier's login: refused, nothing written.
        const QString other = m_dir.filePath("ambiguous-source.sqlite");
        auto ambiguous = Pipeline::open(other, Database::Mode::CreateIfMissing);
        QVERIFY(ambiguous.ok());
        {
            QSqlDatabase raw = TestStore::addConnection("raw-source", other);
            QVERIFY(raw.open());
            QVERIFY(QSqlQuery(raw).exec(QStringLiteral("INSERT INTO reps (login, created_at) "
                                                       "VALUES ('%1', 0)")
                                            .arg(m_p->database().login())));
        }
        QSqlDatabase::removeDatabase("raw-source");
        auto target = Pipeline::open(TestStore::newLocation(m_dir, "never.sqlite"),
                                     Database::Mode::CreateIfMissing);
        QVERIFY(target.ok());
        const auto refused = (*target)->copyFrom(**ambiguous);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Refused);
        QVERIFY2(refused.error().message.contains("would become one rep's"),
                 qPrintable(refused.error().message));
    }

    // Copying a pipeline keeps whose deal is whose: the copier's own deals are the copier's
    // there too, another rep's stay that rep's (found by login, or added).
    void aCopyKeepsTheOwners()
    {
        {
            QSqlDatabase raw = TestStore::addConnection("raw-reps", m_p->database().path());
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec("INSERT INTO reps (login, created_at) VALUES ('bob', 0)"));
        }
        QSqlDatabase::removeDatabase("raw-reps");
        const qint64 bob = m_p->reps()->last().id;
        const qint64 mine = add();
        Deal given = sampleDeal();
        given.owner = bob;
        const qint64 theirs = must(m_p->addDeal(given, at("03-01T12:00")));
        QVERIFY(m_p->setSetting("rep.name", "Robin Rep").ok());
        QVERIFY(m_p->setMailSeen("INBOX", MailSeen { 3, 17 }).ok());

        auto target = Pipeline::open(TestStore::newLocation(m_dir, "copy-target.sqlite"),
                                     Database::Mode::CreateIfMissing);
        QVERIFY(target.ok());
        const auto copied = (*target)->copyFrom(*m_p);
        QVERIFY2(copied.ok(), copied.ok() ? "" : qPrintable(copied.error().message));
        QCOMPARE((*target)->deal(mine)->owner, (*target)->me());
        const auto reps = (*target)->reps();
        const auto bobThere = std::find_if(reps->cbegin(), reps->cend(),
                                           [](const Rep &r) { return r.login == "bob"; });
        QVERIFY(bobThere != reps->cend());
        QCOMPARE((*target)->deal(theirs)->owner, bobThere->id);
        QCOMPARE((*target)->rows(at("03-02T10:00"))->size(), 1);
        // The copier's own settings and inbox place are the copier's there.
        QCOMPARE((*target)->settings().repName, "Robin Rep");
        QCOMPARE((*target)->mailSeen("INBOX")->lastUid, 17);
    }

    void dealRoundTrip()
    {
        QSignalSpy added(m_p.get(), &Pipeline::dealsChanged);
        const qint64 id = add();
        QCOMPARE(added.size(), 1);
        const auto d = m_p->deal(id);
        QVERIFY(d);
        const Deal e = sampleDeal();
        QCOMPARE(d->title, e.title);
        QCOMPARE(d->organization, e.organization);
        QCOMPARE(d->stage, "Lead");
        QCOMPARE(toString(d->status), toString(DealStatus::Open));
        QCOMPARE(d->valueCents, e.valueCents);
        QCOMPARE(d->currency, e.currency);
        QCOMPARE(d->valueSummary, e.valueSummary);
        QCOMPARE(toString(d->cost), toString(FollowUpCost::High));
        QCOMPARE(d->policy.cycles, std::optional<int>(2));
        QCOMPARE(d->policy.slotDays, std::optional<int>());
        QCOMPARE(d->contact.name, e.contact.name);
        QCOMPARE(d->contact.email, e.contact.email);
        QCOMPARE(d->contact.phone, e.contact.phone);
        QCOMPARE(d->contact.mobile, e.contact.mobile);
        QCOMPARE(d->contact.reception, e.contact.reception);
        QCOMPARE(d->contact.tz, e.contact.tz);
        QCOMPARE(d->contact.language, "de");
        QCOMPARE(d->stakeholders, 1);
        QCOMPARE(d->createdAt, at("03-01T12:00"));
    }

    // Out of memory (or a bug) in the middle of an edit the undo stack records: nothing of it
    // stays, the next recording holds its own change only, and changes are announced again.
    void aThrowWhileRecordingLeavesNothingBehind()
    {
        const qint64 id = add();
        const int touchesBefore = int(must(m_p->activity().touches(id)).size());
        QVERIFY_THROWS_EXCEPTION(std::bad_alloc, (void)m_p->record([&]() -> Status {
            (void)m_p->logTouch(id, TouchKind::Note, at("03-03T10:00"), "lost", {},
                                at("03-03T10:00"));
            throw std::bad_alloc();
        }));
        QCOMPARE(int(must(m_p->activity().touches(id)).size()), touchesBefore);
        QSignalSpy announced(m_p.get(), &Pipeline::dealsChanged);
        const auto change = m_p->record([&]() -> Status {
            auto logged = m_p->logTouch(id, TouchKind::Note, at("03-03T11:00"), "kept", {},
                                        at("03-03T11:00"));
            return logged ? success() : Status(logged.error());
        });
        QVERIFY(change.ok());
        QCOMPARE(announced.size(), 1);
        QCOMPARE(int(must(m_p->activity().touches(id)).size()), touchesBefore + 1);
        // Reverting it takes back that note alone.
        QVERIFY(m_p->revert(*change).ok());
        QCOMPARE(int(must(m_p->activity().touches(id)).size()), touchesBefore);
        QVERIFY(
            m_p->logTouch(id, TouchKind::Note, at("03-03T12:00"), "after", {}, at("03-03T12:00"))
                .ok());
        QCOMPARE(announced.size(), 3);
    }

    void updateMovesStageAndRecordsIt()
    {
        const qint64 id = add();
        QSignalSpy changed(m_p.get(), &Pipeline::dealsChanged);
        const Deal before = *m_p->deal(id);
        Deal d = before;
        d.stageId = found(m_p->deals().stageByName("Proposal")).id;
        d.materialDelivered = true;
        d.contact.mobile = QStringLiteral("+49 171 1111111");
        QVERIFY(m_p->editDeal(id, before, d, at("03-03T10:00")).ok());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().constFirst().value<QList<qint64>>(), QList<qint64> { id });
        const auto after = m_p->deal(id);
        QCOMPARE(after->stage, "Proposal");
        QVERIFY(after->materialDelivered);
        QCOMPARE(after->contact.mobile, "+49 171 1111111");
        QCOMPARE(after->stageChangedAt, at("03-03T10:00"));
        const auto touches = must(m_p->activity().touches(id));
        QCOMPARE(touches.size(), 1);
        QCOMPARE(toString(touches.constFirst().kind), toString(TouchKind::StageChanged));
        QCOMPARE(touches.constFirst().note, "Lead → Proposal");
    }

    void badInputIsRefusedAndNothingWritten_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("an email without @") << "email"
                                            << "jana.acme.example"
                                            << "'jana.acme.example' is not an email";
        QTest::newRow("an unknown time zone") << "tz"
                                              << "Europe/Atlantis"
                                              << "'Europe/Atlantis' is not a known time zone";
        QTest::newRow("a phone with letters") << "phone"
                                              << "call me"
                                              << "'call me' is not a phone number";
        QTest::newRow("a currency of four letters") << "currency"
                                                    << "EURO"
                                                    << "'EURO' is not a currency";
        QTest::newRow("an empty title") << "title"
                                        << ""
                                        << "needs a title";
        QTest::newRow("a language name") << "language"
                                         << "German"
                                         << "'German' is not a language";
        QTest::newRow("a newline in the title") << "title"
                                                << "Fleet\nDrop table"
                                                << "control character";
    }
    void badInputIsRefusedAndNothingWritten()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        Deal d = sampleDeal();
        if (field == "email")
            d.contact.email = value;
        if (field == "tz")
            d.contact.tz = value;
        if (field == "phone")
            d.contact.phone = value;
        if (field == "currency")
            d.currency = value;
        if (field == "title")
            d.title = value;
        if (field == "language")
            d.contact.language = value;
        auto id = m_p->addDeal(d, at("03-01T12:00"));
        QVERIFY(!id.ok());
        QCOMPARE(int(id.error().kind), int(ErrorKind::Input));
        QVERIFY2(id.error().message.contains(message), qPrintable(id.error().message));
        QCOMPARE(*m_p->deals().count(), 0);
    }

    void meetingsAndTouchesRoundTrip()
    {
        const qint64 id = add();
        auto m =
            m_p->setMeeting(id, at("03-05T10:00"), "America/New_York", 45,
                            "Pricing; rollout, \"phase 2\"", Channel::Video, at("03-02T09:00"));
        QVERIFY(m.ok());
        const auto stored = must(m_p->activity().scheduledMeeting(id));
        QVERIFY(stored);
        QCOMPARE(stored->start, at("03-05T10:00"));
        QCOMPARE(stored->tz, "America/New_York");
        QCOMPARE(stored->minutes, 45);
        QCOMPARE(toString(stored->channel), toString(Channel::Video));
        QCOMPARE(stored->agenda, "Pricing; rollout, \"phase 2\"");
        QCOMPARE(stored->sequence, 0);
        QVERIFY(stored->uid.endsWith("@ninetouch"));

        auto t = m_p->logTouch(id, TouchKind::Recap, {}, "sent from Outlook",
                               "Hi Jana,\nsee you Thursday.", at("03-02T09:05"));
        QVERIFY(t.ok());
        const auto touches = must(m_p->activity().touches(id));
        QCOMPARE(toString(touches.last().kind), toString(TouchKind::Recap));
        QCOMPARE(touches.last().at, at("03-02T09:05"));
        QCOMPARE(touches.last().note, "sent from Outlook");
        QCOMPARE(touches.last().body, "Hi Jana,\nsee you Thursday.");
        QCOMPARE(touches.last().meetingId, stored->id);
    }

    void rescheduleKeepsUidAndRaisesSequence()
    {
        const qint64 id = add();
        const Meeting first = *m_p->setMeeting(id, at("03-05T10:00"), {}, 30, "Pricing",
                                               Channel::Phone, at("03-02T09:00"));
        const Meeting moved =
            *m_p->setMeeting(id, at("03-06T11:00"), {}, 30, {}, Channel::Phone, at("03-03T09:00"));
        QCOMPARE(moved.id, first.id);
        QCOMPARE(moved.uid, first.uid);
        QCOMPARE(moved.sequence, 1);
        QCOMPARE(moved.agenda, "Pricing");
        QCOMPARE(must(m_p->activity().meetings(id)).size(), 1);
        QCOMPARE(m_p->cadence(id, at("03-03T09:01"))->cycle, 1);
    }

    void missedMeetingProposesTheSameEventLater()
    {
        const qint64 id = add();
        const Meeting first = *m_p->setMeeting(id, at("03-05T10:00"), {}, 30, "Pricing",
                                               Channel::Phone, at("03-02T09:00"));
        auto outcome = m_p->meetingMissed(id, int(PhoneLine::Direct) | int(PhoneLine::Mobile),
                                          at("03-05T10:05"));
        QVERIFY(outcome.ok());
        QVERIFY(outcome->proposed);
        QCOMPARE(outcome->proposed->start, at("03-09T10:00"));
        QCOMPARE(outcome->proposed->uid, first.uid);
        QCOMPARE(outcome->proposed->sequence, 1);
        QCOMPARE(outcome->proposed->agenda, "Pricing");
        const auto touches = must(m_p->activity().touches(id));
        QCOMPARE(toString(touches.at(1).kind), toString(TouchKind::Call));
        QCOMPARE(toString(touches.at(1).outcome), "missed");
        QCOMPARE(touches.at(1).tried, int(PhoneLine::Direct) | int(PhoneLine::Mobile));
        QCOMPARE(touches.at(2).slot, at("03-09T10:00"));
        QVERIFY(touches.at(2).proposed);
        const Cadence c = *m_p->cadence(id, at("03-05T10:06"));
        QCOMPARE(c.cycle, 2);
        QCOMPARE(c.touches, 1);
        // This deal's override is two cycles: the next miss dues the break-up instead.
        auto last = m_p->meetingMissed(id, 0, at("03-09T10:05"));
        QVERIFY(last.ok());
        QVERIFY(!last->proposed);
        QVERIFY(last->breakupDue);
        QVERIFY(!must(m_p->activity().scheduledMeeting(id)));
    }

    // The no-show dialog shows what recording the miss will do: both ask the rule the same way,
    // every cycle, up to the break-up.
    void aMissedCallDoesWhatItsPreviewSaid()
    {
        const qint64 id = add(); // two cycles, by the deal's own setting
        QVERIFY(
            m_p->setMeeting(id, at("03-05T10:00"), {}, 30, {}, Channel::Phone, at("03-02T09:00"))
                .ok());
        QDateTime now = at("03-05T10:05");
        for (int cycle = 1; cycle <= 2; ++cycle) {
            const MissedPreview preview = must(m_p->previewMissed(id, now));
            QCOMPARE(preview.deal.id, id);
            const MissedOutcome outcome = must(m_p->meetingMissed(id, 0, now));
            QCOMPARE(outcome.breakupDue, preview.breakupDue);
            QCOMPARE(outcome.breakupDue, cycle == 2);
            QCOMPARE(outcome.proposed.has_value(), !preview.breakupDue);
            if (outcome.proposed) {
                QCOMPARE(outcome.proposed->start, preview.proposed);
                QCOMPARE(outcome.proposed->uid, preview.meeting.uid);
                now = preview.proposed.addSecs(5 * 60);
            }
        }
        // Nothing left to miss: the preview says so as the write would.
        QVERIFY(!m_p->previewMissed(id, now).ok());
        QVERIFY(m_p->previewMissed(id, now).error().message.contains("no meeting scheduled"));
    }

    // Read once, decide once, write once: the walk of a missed call through the store.
    void aMissedCallReadsTheDealOnce()
    {
        if (TestStore::onServer())
            QSKIP("counted through SQLite's statement trace; the pipeline's walk is the same on "
                  "both engines");
        const qint64 id = add();
        QVERIFY(
            m_p->setMeeting(id, at("03-05T10:00"), {}, 30, {}, Channel::Phone, at("03-02T09:00"))
                .ok());
        QStringList statements;
        {
            const StatementTrace trace(m_p->database().path(), &statements);
            QVERIFY(m_p->meetingMissed(id, 0, at("03-05T10:05")).ok());
        }
        const auto count = [&](const char *pattern) {
            return int(
                std::count_if(statements.cbegin(), statements.cend(), [&](const QString &sql) {
                    return sql.contains(QRegularExpression(
                        QLatin1String(pattern), QRegularExpression::CaseInsensitiveOption));
                }));
        };
        // The write's last step keeps the deal's cadence summary: it reads the history as
        // written, once, and stores one summary. The operation is what comes before.
        const qsizetype summaryStep =
            std::find_if(statements.cbegin(), statements.cend(),
                         [](const QString &sql) { return sql.contains("FROM summary_mark"); })
            - statements.cbegin();
        QVERIFY(summaryStep < statements.size());
        const QStringList summary = statements.mid(summaryStep);
        statements = statements.mid(0, summaryStep);
        const auto inSummary = [&](const char *pattern) {
            return summary
                .filter(QRegularExpression(QLatin1String(pattern),
                                           QRegularExpression::CaseInsensitiveOption))
                .size();
        };
        const QString summaryWalk = summary.join(QLatin1Char('\n'));
        QVERIFY2(inSummary("^\\s*SELECT.*\\bFROM deals\\b") == 1, qPrintable(summaryWalk));
        QVERIFY2(inSummary("^\\s*SELECT.*\\bFROM touches\\b") == 1, qPrintable(summaryWalk));
        QVERIFY2(inSummary("INTO deal_summary\\b") == 1, qPrintable(summaryWalk));
        const QString walk = statements.join(QLatin1Char('\n'));
        QVERIFY2(count("^\\s*SELECT") > 0, qPrintable(walk)); // the trace sees the reads
        QVERIFY2(count("^\\s*SELECT.*\\bFROM deals\\b") == 1, qPrintable(walk));
        QVERIFY2(count("^\\s*SELECT.*\\bFROM meetings\\b.*\\bdeal_id = \\?") == 1,
                 qPrintable(walk));
        QVERIFY2(count("^\\s*SELECT.*\\bFROM touches\\b") == 1, qPrintable(walk));
        QVERIFY2(count("^\\s*UPDATE meetings\\b") == 1, qPrintable(walk));
        QVERIFY2(count("^\\s*INSERT INTO meetings\\b") == 1, qPrintable(walk));
        QVERIFY2(count("^\\s*INSERT INTO touches\\b") == 2, qPrintable(walk));
        // One envelope: the operation opens no write inside its own.
        QVERIFY2(count("^\\s*BEGIN") == 1 && count("^\\s*SAVEPOINT") == 0, qPrintable(walk));
    }

    // Every operation is one write: one transaction, with no write opened inside it (an
    // operation made of others, like a reschedule by an out-of-office or an email sent with its
    // invite, shares their work, not their envelopes).
    void everyOperationIsOneWrite_data()
    {
        QTest::addColumn<QString>("operation");
        for (const char *op :
             { "add", "edit", "move", "meeting", "reschedule", "held", "missed", "away",
               "sent-with-invite", "log", "won", "lost", "reopen", "remove", "stage", "bounced",
               "settings", "template", "template-reset" })
            QTest::newRow(op) << QString::fromLatin1(op);
    }
    void everyOperationIsOneWrite()
    {
        QFETCH(QString, operation);
        if (TestStore::onServer())
            QSKIP("counted through SQLite's statement trace; the pipeline's walk is the same on "
                  "both engines");
        const qint64 id = add();
        const QDateTime set = at("03-02T09:00");
        QVERIFY(m_p->setMeeting(id, at("03-05T10:00"), {}, 30, {}, Channel::Phone, set).ok());
        const Deal before = *m_p->deal(id);
        const qint64 fresh = operation == "meeting" ? add() : id; // a deal with no meeting yet
        QStringList statements;
        Status s = success();
        {
            const StatementTrace trace(m_p->database().path(), &statements);
            if (operation == "add") {
                s = m_p->addDeal(sampleDeal(), set).ok() ? success() : Status(refusal("add"));
            } else if (operation == "edit") {
                Deal edited = before;
                edited.title = QStringLiteral("Fleet tracking, phase 2");
                s = m_p->editDeal(id, before, edited, set);
            } else if (operation == "move") {
                s = m_p->moveStage(id, found(m_p->deals().stageByName("Demo")).id, set);
            } else if (operation == "meeting" || operation == "reschedule") {
                s = m_p->setMeeting(fresh, at("03-06T11:00"), {}, 30, {}, Channel::Phone, set).ok()
                    ? success()
                    : Status(refusal("meeting"));
            } else if (operation == "held") {
                s = m_p->meetingHeld(id, at("03-05T10:30"));
            } else if (operation == "missed") {
                s = m_p->meetingMissed(id, 0, at("03-05T10:05")).ok() ? success()
                                                                      : Status(refusal("missed"));
            } else if (operation == "away") {
                auto note = m_p->prospectAway(id, QDate(2026, 3, 9), "Jana", set);
                s = note.ok() && note->contains("moves") ? success() : Status(refusal("away"));
            } else if (operation == "sent-with-invite") {
                s = m_p->recordSent(id, TouchKind::Recap, "Thanks for the call", true, set);
            } else if (operation == "log") {
                s = m_p->logTouch(id, TouchKind::Note, {}, "called", {}, set).ok()
                    ? success()
                    : Status(refusal("log"));
            } else if (operation == "won") {
                s = m_p->markWon(id, set);
            } else if (operation == "lost") {
                s = m_p->markLost(id, "chose a competitor", set);
            } else if (operation == "reopen") {
                QVERIFY(m_p->markWon(id, set).ok());
                statements.clear();
                s = m_p->reopen(id, set);
            } else if (operation == "remove") {
                s = m_p->removeDeal(id);
            } else if (operation == "stage") {
                s = m_p->addStage(QStringLiteral("Pilot %1").arg(id)).ok()
                    ? success()
                    : Status(refusal("stage"));
            } else if (operation == "bounced") {
                s = m_p->flagBounced(id, "550 no such user", set);
            } else if (operation == "settings") {
                Settings edited = m_p->settings();
                edited.policy.cycles = 4;
                edited.workEnd = QTime(18, 0);
                s = m_p->saveSettings(m_p->settings(), edited);
            } else if (operation == "template") {
                s = m_p->saveTemplate(StepKind::Recap, "en", { "Recap", "Thanks" });
            } else if (operation == "template-reset") {
                s = m_p->resetTemplate(StepKind::Recap, "en");
            }
        }
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        const QString walk = statements.join(QLatin1Char('\n'));
        const auto starts = [&](const char *word) {
            return std::count_if(statements.cbegin(), statements.cend(), [&](const QString &sql) {
                return sql.startsWith(QLatin1String(word));
            });
        };
        QVERIFY2(starts("BEGIN") == 1, qPrintable(walk));
        QVERIFY2(starts("SAVEPOINT") == 0, qPrintable(walk));
        QVERIFY2(starts("INSERT") + starts("UPDATE") + starts("DELETE") > 0, qPrintable(walk));
    }

    // A history written as it happened (the demo): checked where the rules still apply, and
    // all of it or none.
    void aHistoryIsCheckedAndWrittenWholeOrNotAtAll()
    {
        const qint64 someoneElses = add();
        QVERIFY(m_p->setMeeting(someoneElses, at("03-05T10:00"), {}, 30, "Pricing", Channel::Phone,
                                at("03-02T09:00"))
                    .ok());
        const int before = int(must(m_p->deals().list()).size());
        QSignalSpy announced(m_p.get(), &Pipeline::dealsChanged);
        const qint64 lead = found(m_p->deals().stageByName("Lead")).id;
        // A deal without a title is refused as addDeal refuses it; what was written before it
        // in the same history goes too.
        Status s = m_p->writeHistory([&](HistoryWriter &history) -> Status {
            Deal first = sampleDeal();
            first.stageId = lead;
            if (auto added = history.addDeal(first); !added)
                return added.error();
            Deal untitled = sampleDeal();
            untitled.stageId = lead;
            untitled.title.clear();
            auto second = history.addDeal(untitled);
            return second ? success() : Status(second.error());
        });
        QVERIFY(!s.ok());
        QVERIFY2(s.error().field == Field::Title, qPrintable(s.error().message));
        // Nor is a deal without a stage.
        s = m_p->writeHistory([&](HistoryWriter &history) -> Status {
            auto stageless = history.addDeal(sampleDeal());
            return stageless ? success() : Status(stageless.error());
        });
        QVERIFY(!s.ok());
        QCOMPARE(s.error().field, Field::Stage);
        QCOMPARE(int(must(m_p->deals().list()).size()), before);
        QCOMPARE(announced.size(), 0);
        // The past of a deal the rep already has is not rewritten.
        s = m_p->writeHistory([&](HistoryWriter &history) -> Status {
            Touch t;
            t.dealId = someoneElses;
            t.kind = TouchKind::Note;
            t.at = at("02-01T10:00");
            auto touched = history.addTouch(t);
            return touched ? success() : Status(touched.error());
        });
        QVERIFY(!s.ok());
        QCOMPARE(must(m_p->activity().touches(someoneElses)).size(), 1); // its meeting set
        // Nor is another deal's meeting, passed off as one of the history's deals.
        s = m_p->writeHistory([&](HistoryWriter &history) -> Status {
            Deal d = sampleDeal();
            d.stageId = lead;
            auto mine = history.addDeal(d);
            if (!mine)
                return mine.error();
            Meeting theirs = *must(m_p->activity().scheduledMeeting(someoneElses));
            theirs.dealId = *mine;
            theirs.agenda = QStringLiteral("rewritten");
            return history.updateMeeting(theirs, at("02-01T10:00"));
        });
        QVERIFY(!s.ok());
        QCOMPARE(must(m_p->activity().scheduledMeeting(someoneElses))->agenda, "Pricing");
        // A whole history: written, backdated as given, announced once.
        qint64 id = 0;
        s = m_p->writeHistory([&](HistoryWriter &history) -> Status {
            Deal d = sampleDeal();
            d.stageId = lead;
            d.createdAt = d.updatedAt = d.stageChangedAt = at("01-05T09:00");
            auto added = history.addDeal(d);
            if (!added)
                return added.error();
            id = *added;
            Touch t;
            t.dealId = id;
            t.kind = TouchKind::Note;
            t.at = at("01-06T10:00");
            t.note = QStringLiteral("First call");
            auto touched = history.addTouch(t);
            return touched ? success() : Status(touched.error());
        });
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        QCOMPARE(m_p->deal(id)->createdAt, at("01-05T09:00"));
        QCOMPARE(must(m_p->activity().touches(id)).constFirst().at, at("01-06T10:00"));
        QCOMPARE(announced.size(), 1);
    }

    // Several operations as one write: all or none, announced once; an operation refused
    // inside takes back only its own rows.
    void aBatchIsOneWrite()
    {
        const qint64 a = add();
        const qint64 b = add();
        QSignalSpy announced(m_p.get(), &Pipeline::dealsChanged);
        Status s = m_p->batch([&]() -> Status {
            if (auto n = m_p->logTouch(a, TouchKind::Note, {}, "one", {}, at("03-02T09:00")); !n)
                return n.error();
            // Refused (nothing scheduled): its own rows go, the batch goes on.
            if (m_p->meetingHeld(b, at("03-02T09:00")).ok())
                return refusal("held without a meeting");
            return m_p->markWon(b, at("03-02T09:00"));
        });
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        QCOMPARE(announced.size(), 1);
        QCOMPARE(must(m_p->activity().touches(a)).size(), 1);
        QCOMPARE(toString(m_p->deal(b)->status), toString(DealStatus::Won));
        // A batch that fails writes nothing.
        s = m_p->batch([&]() -> Status {
            if (Status n = m_p->reopen(b, at("03-02T10:00")); !n)
                return n;
            return refusal("and then something failed");
        });
        QVERIFY(!s.ok());
        QCOMPARE(toString(m_p->deal(b)->status), toString(DealStatus::Won));
        QCOMPARE(announced.size(), 1);
    }

    void proposedSlotAvoidsOtherDealsMeetings()
    {
        const qint64 a = add();
        const qint64 b = add();
        QVERIFY(m_p->setMeeting(b, at("03-09T10:00"), {}, 60, {}, Channel::Phone, at("03-02T09:00"))
                    .ok());
        QVERIFY(m_p->setMeeting(a, at("03-05T10:00"), {}, 30, {}, Channel::Phone, at("03-02T09:00"))
                    .ok());
        auto outcome = m_p->meetingMissed(a, 0, at("03-05T10:05"));
        QCOMPARE(outcome->proposed->start, at("03-09T11:00"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("message");
        QTest::newRow("missed before the meeting starts") << "missed-early"
                                                          << "before it starts";
        QTest::newRow("held with no meeting scheduled") << "held-none"
                                                        << "no meeting scheduled";
        QTest::newRow("missed with no meeting scheduled") << "missed-none"
                                                          << "no meeting scheduled";
        QTest::newRow("won twice") << "won-twice"
                                   << "already won";
        QTest::newRow("lost twice") << "lost-twice"
                                    << "already lost";
        QTest::newRow("reopen an open deal") << "reopen-open"
                                             << "already open";
        QTest::newRow("break-up with no pursuit running")
            << "breakup-none"
            << "only for a prospect who has not answered";
        QTest::newRow("a meeting on a lost deal") << "meeting-lost"
                                                  << "reopen it first";
    }
    void refusals()
    {
        QFETCH(QString, action);
        QFETCH(QString, message);
        const qint64 id = add();
        const QDateTime now = at("03-02T09:00");
        Status s = success();
        if (action == "missed-early") {
            QVERIFY(m_p->setMeeting(id, at("03-05T10:00"), {}, 30, {}, Channel::Phone, now).ok());
            auto r = m_p->meetingMissed(id, 0, at("03-05T09:59"));
            s = r.ok() ? success() : Status(r.error());
        } else if (action == "held-none") {
            s = m_p->meetingHeld(id, now);
        } else if (action == "missed-none") {
            auto r = m_p->meetingMissed(id, 0, now);
            s = r.ok() ? success() : Status(r.error());
        } else if (action == "won-twice") {
            QVERIFY(m_p->markWon(id, now).ok());
            s = m_p->markWon(id, now);
        } else if (action == "lost-twice") {
            QVERIFY(m_p->markLost(id, "chose a competitor", now).ok());
            s = m_p->markLost(id, "again", now);
        } else if (action == "reopen-open") {
            s = m_p->reopen(id, now);
        } else if (action == "breakup-none") {
            auto r = m_p->logTouch(id, TouchKind::Breakup, {}, {}, {}, now);
            s = r.ok() ? success() : Status(r.error());
        } else if (action == "meeting-lost") {
            QVERIFY(m_p->markLost(id, "budget cut", now).ok());
            auto r = m_p->setMeeting(id, at("03-05T10:00"), {}, 30, {}, Channel::Phone, now);
            s = r.ok() ? success() : Status(r.error());
        }
        QVERIFY(!s.ok());
        QCOMPARE(int(s.error().kind), int(ErrorKind::Refused));
        QVERIFY2(s.error().message.contains(message), qPrintable(s.error().message));
    }

    void earlyBreakupCancelsTheMeeting()
    {
        const qint64 id = add();
        const Meeting m =
            *m_p->setMeeting(id, at("03-05T10:00"), {}, 30, {}, Channel::Phone, at("03-02T09:00"));
        QVERIFY(m_p->logTouch(id, TouchKind::Breakup, {}, {}, "text", at("03-03T09:00")).ok());
        const auto meetings = must(m_p->activity().meetings(id));
        QCOMPARE(meetings.size(), 1);
        QCOMPARE(toString(meetings.constFirst().status), toString(MeetingStatus::Cancelled));
        QCOMPARE(meetings.constFirst().sequence, m.sequence + 1);
        const Cadence c = *m_p->cadence(id, at("03-03T09:01"));
        QCOMPARE(toString(c.state), "awaiting-decision");
        QVERIFY(c.steps.constFirst().cancel);
    }

    void lostAfterBreakupNeedsNoReasonAndSetsReengageTask()
    {
        const qint64 id = add();
        QVERIFY(
            m_p->setMeeting(id, at("03-05T10:00"), {}, 30, {}, Channel::Phone, at("03-02T09:00"))
                .ok());
        // Without a break-up email a reason is required.
        Status noReason = m_p->markLost(id, {}, at("03-03T09:00"));
        QVERIFY(!noReason.ok());
        QCOMPARE(int(noReason.error().kind), int(ErrorKind::Input));
        QVERIFY(m_p->logTouch(id, TouchKind::Breakup, {}, {}, {}, at("03-03T09:00")).ok());
        QVERIFY(m_p->markLost(id, {}, at("03-11T09:00")).ok());
        const auto d = m_p->deal(id);
        QCOMPARE(d->lostReason, "no response after the break-up rule");
        QCOMPARE(d->closedAt, at("03-11T09:00"));
        const auto tasks = must(m_p->activity().tasks(id));
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(toString(tasks.constFirst().kind), "reengage");
        QCOMPARE(tasks.constFirst().due, at("07-09T09:00")); // 120 days later, a Thursday
        // A re-engage email closes it; reopening clears what is left.
        QVERIFY(m_p->logTouch(id, TouchKind::Reengage, {}, {}, {}, at("07-09T10:00")).ok());
        QVERIFY(!must(m_p->activity().tasks(id)).constFirst().isOpen());
        QVERIFY(m_p->reopen(id, at("07-10T10:00")).ok());
        QCOMPARE(toString(m_p->deal(id)->status), toString(DealStatus::Open));
        QCOMPARE(m_p->deal(id)->lostReason, QString());
    }

    void reopenClearsOpenReengageTask()
    {
        const qint64 id = add();
        QVERIFY(m_p->markLost(id, "budget frozen", at("03-03T09:00")).ok());
        QCOMPARE(must(m_p->activity().tasks(id)).size(), 1);
        QVERIFY(m_p->reopen(id, at("03-04T09:00")).ok());
        QCOMPARE(must(m_p->activity().tasks(id)).size(), 0);
    }

    void settingsRoundTripAndRefuseBadValues_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("stored");
        QTest::newRow("rep name") << "rep.name"
                                  << "Kim Lee"
                                  << "Kim Lee";
        QTest::newRow("rep email") << "rep.email"
                                   << "kim@example.com"
                                   << "kim@example.com";
        QTest::newRow("signature with a newline") << "rep.signature"
                                                  << "Kim\\nSales"
                                                  << "Kim\nSales";
        QTest::newRow("currency upper-cased") << "rep.currency"
                                              << "usd"
                                              << "USD";
        QTest::newRow("work days") << "work.days"
                                   << "mon,tue,wed,thu"
                                   << "mon,tue,wed,thu";
        QTest::newRow("work hours") << "work.hours"
                                    << "08:30-16:00"
                                    << "08:30-16:00";
        QTest::newRow("holidays") << "holidays"
                                  << "2026-12-25,2026-12-24"
                                  << "2026-12-24,2026-12-25";
        QTest::newRow("cycles") << "cadence.cycles"
                                << "4"
                                << "4";
        QTest::newRow("reminder days") << "cadence.reminder_days"
                                       << "2"
                                       << "2";
        QTest::newRow("deadline days") << "cadence.deadline_days"
                                       << "3"
                                       << "3";
        QTest::newRow("re-engage days") << "cadence.reengage_days"
                                        << "90"
                                        << "90";
        QTest::newRow("slot days") << "cadence.slot_days"
                                   << "3"
                                   << "3";
        QTest::newRow("bad time zone") << "rep.tz"
                                       << "Mars/Olympus"
                                       << "";
        QTest::newRow("bad hours") << "work.hours"
                                   << "17:00-09:00"
                                   << "";
        QTest::newRow("bad day") << "work.days"
                                 << "mon,funday"
                                 << "";
        QTest::newRow("bad holiday") << "holidays"
                                     << "2026-02-30"
                                     << "";
        QTest::newRow("re-engage too soon") << "cadence.reengage_days"
                                            << "30"
                                            << "";
        QTest::newRow("cycles not a number") << "cadence.cycles"
                                             << "three"
                                             << "";
        QTest::newRow("bad email") << "rep.email"
                                   << "kim"
                                   << "";
    }
    void settingsRoundTripAndRefuseBadValues()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, stored);
        const QString before = m_p->settings().value(key);
        Status s = m_p->setSetting(key, value);
        if (stored.isEmpty()) {
            QVERIFY(!s.ok());
            QCOMPARE(int(s.error().kind), int(ErrorKind::Input));
            QVERIFY2(s.error().message.contains(value.section(',', -1)),
                     qPrintable(s.error().message));
            QCOMPARE(m_p->settings().value(key), before);
        } else {
            QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        }
        // Read back from the file by another connection, not from memory.
        auto reader = Database::open(m_p->database().path(), Database::Mode::MustExist);
        QVERIFY(reader.ok());
        const auto reloaded = SettingsRepository(**reader).load();
        QCOMPARE(reloaded->value(key), stored.isEmpty() ? before : stored);
    }

    void stagesRoundTrip()
    {
        const DealRepository &deals = m_p->deals();
        QSignalSpy changed(m_p.get(), &Pipeline::stagesChanged);
        QStringList names;
        for (const Stage &s : deals.stages().value())
            names << s.name;
        QCOMPARE(names, QStringList({ "Lead", "Qualified", "Demo", "Proposal", "Negotiation" }));
        QVERIFY(m_p->addStage("Contract").ok());
        const qint64 contract = found(deals.stageByName("contract")).id; // without case
        QVERIFY(m_p->renameStage(contract, "Signature").ok());
        QList<qint64> ids;
        for (const Stage &s : deals.stages().value())
            ids.prepend(s.id);
        QVERIFY(m_p->reorderStages(ids).ok());
        QCOMPARE(deals.stages()->first().name, "Signature");
        QCOMPARE(deals.stages()->last().name, "Lead");
        // A stage with deals cannot go; an empty one can. A new deal goes into the first stage.
        QCOMPARE(m_p->deal(add())->stage, "Signature");
        const Status kept = m_p->removeStage(contract);
        QVERIFY(!kept.ok());
        QVERIFY2(kept.error().message.contains("'Signature' still has 1 deal"),
                 qPrintable(kept.error().message));
        QVERIFY(m_p->removeStage(found(deals.stageByName("Lead")).id).ok());
        QCOMPARE(deals.stages()->size(), 5);
        QVERIFY(!must(deals.stageByName("Lead")));
        QCOMPARE(changed.size(), 4); // add, rename, reorder, remove; not the refused one
    }

    void stageNamesAreChecked_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << "  "
                               << "needs a name";
        QTest::newRow("taken, in any case") << "demo"
                                            << "a stage 'Demo' already";
        QTest::newRow("with a line break") << "Demo\nX"
                                           << "control character";
    }
    void stageNamesAreChecked()
    {
        QFETCH(QString, name);
        QFETCH(QString, message);
        auto added = m_p->addStage(name);
        QVERIFY(!added.ok());
        QVERIFY2(added.error().message.contains(message), qPrintable(added.error().message));
        const Status renamed = m_p->renameStage(found(m_p->deals().stageByName("Lead")).id, name);
        QVERIFY(!renamed.ok());
        QCOMPARE(m_p->deals().stages()->size(), 5);
        QVERIFY(must(m_p->deals().stageByName("Lead")));
        // Renaming a stage to its own name, in another case, is allowed.
        QVERIFY(m_p->renameStage(found(m_p->deals().stageByName("Lead")).id, "LEAD").ok());
    }

    void anEditWritesOnlyWhatTheRepChanged()
    {
        const qint64 id = add();
        const Deal seen = *m_p->deal(id); // what the form showed
        auto cli = Pipeline::open(m_p->database().path(), Database::Mode::MustExist);
        QVERIFY(cli.ok());
        Deal theirs = seen;
        theirs.valueCents = 424200;
        theirs.valueSummary = "Saves two people a day.";
        QVERIFY((*cli)->editDeal(id, seen, theirs, at("03-03T10:00")).ok());
        Deal mine = seen;
        mine.title = "Fleet tracking, phase 2";
        QVERIFY(m_p->editDeal(id, seen, mine, at("03-03T10:05")).ok());
        const Deal saved = *m_p->deal(id);
        QCOMPARE(saved.title, "Fleet tracking, phase 2");
        QCOMPARE(saved.valueCents, 424200);
        QCOMPARE(saved.valueSummary, "Saves two people a day.");
        // The same field changed on both sides: refused, naming it; nothing written.
        Deal again = saved;
        again.valueCents = 500000;
        const Status refused = m_p->editDeal(id, seen, again, at("03-03T10:06"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().conflicts, QList<Field> { Field::Value });
        QCOMPARE(m_p->deal(id)->valueCents, 424200);
    }

    // Another program's write reaches a watching pipeline within a second, on a file and on a
    // server; its own write does not come back to it as someone else's.
    void anotherProgramsWriteArrivesWithinASecond()
    {
        const qint64 id = add();
        m_p->watch(250);
        QSignalSpy changed(m_p.get(), &Pipeline::dealsChanged);
        QVERIFY(retitle(*m_p, id, "Fleet tracking, mine", at("03-03T10:00")).ok());
        const int afterOwn = int(changed.size()); // the write's own announcement
        QTest::qWait(700);
        QCOMPARE(int(changed.size()), afterOwn);

        auto cli = Pipeline::open(m_p->database().path(), Database::Mode::MustExist);
        QVERIFY(cli.ok());
        QElapsedTimer clock;
        clock.start();
        QVERIFY(retitle(**cli, id, "Fleet tracking, theirs", at("03-03T10:05")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() > afterOwn, 1000);
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(changed.last().at(0).value<QList<qint64>>(), QList<qint64> { id });
        QCOMPARE(m_p->deal(id)->title, "Fleet tracking, theirs");
    }

    // A server says at once when another program committed: no wait for the next look.
    void aServerAnnouncesAWriteAtOnce()
    {
        if (!TestStore::onServer())
            QSKIP("a file has no notifications; its watch looks every interval");
        const qint64 id = add();
        m_p->watch(60000); // no look by the clock during this test
        QSignalSpy changed(m_p.get(), &Pipeline::dealsChanged);
        QVERIFY(retitle(*m_p, id, "Fleet tracking, mine", at("03-03T10:00")).ok());
        const int afterOwn = int(changed.size());
        QTest::qWait(300); // its own commit's notice is not news
        QCOMPARE(int(changed.size()), afterOwn);
        auto cli = Pipeline::open(m_p->database().path(), Database::Mode::MustExist);
        QVERIFY(cli.ok());
        QVERIFY(retitle(**cli, id, "Fleet tracking, theirs", at("03-03T10:05")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() > afterOwn, 2000);
        QCOMPARE(m_p->deal(id)->title, "Fleet tracking, theirs");
    }

    // The server goes away under a watching pipeline: it says so once, looks for the server
    // off its thread, and when the server is back it connects again by itself and reads what
    // was written meanwhile.
    void aWatchingPipelineComesBackWithItsServer()
    {
        if (TestStore::onServer())
            QSKIP("starts and stops a server of its own: run once, in the file entry");
        PgServer own;
        QVERIFY(own.start().isEmpty());
        QVERIFY(own.createDatabase("sales").isEmpty());
        const QString url = own.url("sales");
        auto p = Pipeline::open(url, Database::Mode::CreateIfMissing);
        QVERIFY(p.ok());
        const qint64 id = must((*p)->addDeal(sampleDeal(), at("03-03T09:00")));
        (*p)->watch(100);
        QSignalSpy failed(p->get(), &Pipeline::readFailed);
        QSignalSpy recovered(p->get(), &Pipeline::readRecovered);
        QSignalSpy changed(p->get(), &Pipeline::dealsChanged);

        own.kill();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 3000);
        QVERIFY((*p)->database().isLost());
        QTest::qWait(1500); // it keeps looking, and says it once
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().at(0).value<Error>().message.contains("connects again by itself"));

        QVERIFY(own.start().isEmpty());
        {
            auto cli = Pipeline::open(url, Database::Mode::MustExist);
            QVERIFY(cli.ok());
            QVERIFY(retitle(**cli, id, "Fleet tracking, while away", at("03-03T10:05")).ok());
        }
        QTRY_COMPARE_WITH_TIMEOUT(recovered.size(), 1, 5000);
        QVERIFY(!(*p)->database().isLost());
        QCOMPARE((*p)->deal(id)->title, "Fleet tracking, while away");
        QVERIFY(!changed.isEmpty());
        const Status back = retitle(**p, id, "Fleet tracking, back", at("03-03T10:10"));
        QVERIFY2(back.ok(),
                 back.ok() ? "" : qPrintable(back.error().message + back.error().detail));
    }

    // The password the rep typed was changed on the server while it was away: the pipeline
    // says so when the server is back (each look, in the server's refusal), instead of
    // waiting in silence, and never takes its own old password for a way in again.
    void aPasswordChangedWhileTheServerWasAwayIsSaid()
    {
        if (TestStore::onServer())
            QSKIP("starts and stops a server of its own: run once, in the file entry");
        PgServer own;
        QVERIFY(own.start().isEmpty());
        QVERIFY(own.createDatabase("sales").isEmpty());
        QVERIFY(own.addPasswordLogin("rep", "first secret", "sales").isEmpty());
        const QString url = own.url("sales", "rep");
        const auto location = ServerLocation::parse(url);
        QVERIFY(location.ok());
        qunsetenv("PGPASSWORD");
        QTemporaryDir home;
        qputenv("PGPASSFILE", home.filePath("pgpass").toLocal8Bit()); // none
        ServerPassword::remember(*location, QStringLiteral("first secret")); // typed
        auto p = Pipeline::open(url, Database::Mode::CreateIfMissing);
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
        (*p)->watch(100);
        QSignalSpy failed(p->get(), &Pipeline::readFailed);
        QSignalSpy recovered(p->get(), &Pipeline::readRecovered);

        // The administrator changes it; the session the app holds stays signed in until the
        // server goes away.
        QVERIFY(own.administer({ "ALTER ROLE rep PASSWORD 'second secret'" }).isEmpty());
        own.kill();
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 3000);
        QVERIFY(failed.constFirst().at(0).value<Error>().message.contains("connects again"));
        QVERIFY(own.start().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(failed.size() >= 2, 8000);
        const Error refused = failed.constLast().at(0).value<Error>();
        QCOMPARE(int(refused.field), int(Field::DatabasePassword));
        QVERIFY2(refused.message.contains("refused the password typed for rep"),
                 qPrintable(refused.message));
        QVERIFY(!refused.message.contains("secret"));
        QVERIFY(recovered.isEmpty());
        QVERIFY((*p)->database().isLost());
        // The refused password was forgotten: a write asks for nothing and is refused at once.
        QVERIFY(!ServerPassword::remembered(*location));
        const auto write = (*p)->addDeal(sampleDeal(), at("03-03T09:05"));
        QVERIFY(!write.ok());
        QVERIFY2(write.error().message.contains("is lost"), qPrintable(write.error().message));
        qunsetenv("PGPASSFILE");
    }

    void settingsSavedWriteOnlyWhatTheRepChanged()
    {
        const Settings seen = m_p->settings(); // what the settings dialog showed
        auto cli = Pipeline::open(m_p->database().path(), Database::Mode::MustExist);
        QVERIFY(cli.ok());
        QVERIFY((*cli)->setSetting("rep.name", "Kim Weber").ok());
        QVERIFY((*cli)->setSetting("work.hours", "08:00-16:00").ok());
        // The rep changed the currency and typed the same hours: the other program's name and
        // hours stay.
        Settings mine = seen;
        QVERIFY(mine.set("rep.currency", "chf").ok());
        QVERIFY(mine.set("work.hours", "08:00-16:00").ok());
        QVERIFY(m_p->saveSettings(seen, mine).ok());
        QCOMPARE(m_p->settings().currency, "CHF");
        QCOMPARE(m_p->settings().repName, "Kim Weber");
        QCOMPARE(m_p->settings().value("work.hours"), "08:00-16:00");
        // The same setting changed on both sides to different values: refused, naming it;
        // nothing of the edit written, not even the setting nobody else touched.
        Settings again = seen;
        QVERIFY(again.set("rep.name", "Alex Morgan").ok());
        QVERIFY(again.set("cadence.cycles", "4").ok());
        const Status refused = m_p->saveSettings(seen, again);
        QVERIFY(!refused.ok());
        QCOMPARE(int(refused.error().kind), int(ErrorKind::Refused));
        QCOMPARE(refused.error().conflicts, QList<Field> { Field::RepName });
        QVERIFY(m_p->refresh().ok());
        QCOMPARE(m_p->settings().repName, "Kim Weber");
        QCOMPARE(m_p->settings().policy.cycles, seen.policy.cycles);
        // The conflicting setting seen again, the rep's value is kept on purpose; what the
        // other program saved besides (currency, hours) stays.
        Settings seenAgain = seen;
        QVERIFY(seenAgain.take(m_p->settings(), "rep.name").ok());
        QVERIFY(m_p->saveSettings(seenAgain, again).ok());
        QCOMPARE(m_p->settings().repName, "Alex Morgan");
        QCOMPARE(m_p->settings().policy.cycles, 4);
        QCOMPARE(m_p->settings().currency, "CHF");
        QCOMPARE(m_p->settings().value("work.hours"), "08:00-16:00");
    }

    void settingsBuiltInCodeAreCheckedAsTypedOnesAre_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("hours backwards") << int(Field::WorkHours) << "17:00-09:00";
        QTest::newRow("no working day") << int(Field::WorkDays) << "at least one working day";
        QTest::newRow("unknown zone") << int(Field::RepTimeZone) << "Mars/Olympus";
        QTest::newRow("bad email") << int(Field::RepEmail) << "kim@";
        QTest::newRow("too many cycles") << int(Field::DefaultCycles) << "";
        QTest::newRow("a line in the user") << int(Field::MailUser) << "";
    }
    void settingsBuiltInCodeAreCheckedAsTypedOnesAre()
    {
        QFETCH(int, field);
        QFETCH(QString, message);
        const Settings seen = m_p->settings();
        Settings edited = seen;
        QVERIFY(edited.set("rep.currency", "USD").ok()); // a good change beside the bad one
        switch (Field(field)) {
        case Field::WorkHours:
            edited.workStart = QTime(17, 0);
            edited.workEnd = QTime(9, 0);
            break;
        case Field::WorkDays:
            edited.workDays.clear();
            break;
        case Field::RepTimeZone:
            edited.repTz = "Mars/Olympus";
            break;
        case Field::RepEmail:
            edited.repEmail = "kim@";
            break;
        case Field::DefaultCycles:
            edited.policy.cycles = 60;
            break;
        default:
            edited.mailUser = "kim\nBcc: x@example.com"; // one line only
            break;
        }
        const Status refused = m_p->saveSettings(seen, edited);
        QVERIFY(!refused.ok());
        QCOMPARE(int(refused.error().kind), int(ErrorKind::Input));
        QCOMPARE(int(refused.error().field), field);
        QVERIFY2(refused.error().message.contains(message), qPrintable(refused.error().message));
        auto reader = Database::open(m_p->database().path(), Database::Mode::MustExist);
        QVERIFY(reader.ok());
        QCOMPARE(SettingsRepository(**reader).load()->currency, seen.currency); // none written
    }

    void whatAnotherProgramWritesIsAnnounced()
    {
        const qint64 id = add();
        QVERIFY(m_p->refresh().ok());
        auto cli = Pipeline::open(m_p->database().path(), Database::Mode::MustExist);
        QVERIFY(cli.ok());
        QSignalSpy deals(m_p.get(), &Pipeline::dealsChanged);
        QSignalSpy settings(m_p.get(), &Pipeline::settingsChanged);
        QVERIFY((*cli)->logTouch(id, TouchKind::Reply, {}, {}, {}, at("03-03T10:00")).ok());
        QVERIFY((*cli)->setSetting("rep.tz", "America/New_York").ok());
        QCOMPARE(deals.size(), 0); // nothing until the file is looked at
        QVERIFY(m_p->refresh().ok());
        QCOMPARE(deals.size(), 1);
        QCOMPARE(deals.constFirst().constFirst().value<QList<qint64>>(), QList<qint64> { id });
        QCOMPARE(settings.size(), 1);
        QCOMPARE(m_p->settings().value("rep.tz"), "America/New_York"); // the engine follows
        QCOMPARE(m_p->engine().calendar().zone().id(), "America/New_York");
        QVERIFY(m_p->refresh().ok());
        QCOMPARE(deals.size(), 1); // each change announced once
    }

    void evaluateAllMatchesSingleEvaluation()
    {
        const qint64 a = add();
        const qint64 b = add();
        QVERIFY(m_p->setMeeting(a, at("03-05T10:00"), {}, 30, {}, Channel::Phone, at("03-02T09:00"))
                    .ok());
        QVERIFY(
            m_p->logTouch(b, TouchKind::Note, {}, "called reception", {}, at("03-02T09:30")).ok());
        const auto all = m_p->evaluateAll(at("03-03T09:00"));
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        for (const DealStatusView &v : *all) {
            const Cadence single = *m_p->cadence(v.history.deal.id, at("03-03T09:00"));
            QCOMPARE(toString(v.cadence.state), toString(single.state));
            QCOMPARE(v.cadence.steps, single.steps);
        }
    }
};

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
