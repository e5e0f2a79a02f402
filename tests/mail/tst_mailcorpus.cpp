// Real-world mail, one row per message of tests/data/mail/ (manifest.tsv says what each one
// is): bounces of every common mail server and gateway, delay and success notices, read
// receipts, abuse reports, list managers and challenge-responses, out-of-office replies in
// six languages with and without a return date, and replies written in real mail clients.
// Each row checks what IncomingMail reads (the kind, the failed addresses, the first day back),
// then what MailSync makes of it on a pipeline whose deals wait on those people: a bounce flags
// exactly the failed addresses, nothing automatic is ever a sign of life, and an out-of-office
// with a date moves the call and the decision deadline past the return, once.
#include "incomingmail.h"
#include "mailsync.h"
#include "pipelinefixture.h"

#include <QFile>
#include <QTest>

using namespace NineTouch;
using namespace TestSupport;
using Kind = IncomingMail::Kind;

namespace {

const QString corpus = QStringLiteral(NINETOUCH_TEST_DATA "/mail/");

QString kindName(Kind k)
{
    switch (k) {
    case Kind::Message:
        return QStringLiteral("message");
    case Kind::AutoReply:
        return QStringLiteral("auto-reply");
    case Kind::Bounce:
        return QStringLiteral("bounce");
    case Kind::CalendarReply:
        return QStringLiteral("calendar reply");
    case Kind::Notice:
        return QStringLiteral("notice");
    }
    return {};
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QByteArray readCorpus(const QString &file)
{
    QFile f(corpus + file);
    require(f.open(QIODevice::ReadOnly), "cannot read", f.fileName());
    return f.readAll();
}

// The corpus's scenario: the rep's recap of Monday 9 March 2026 (Message-ID
// <recap-1@ninetouch.example>) to each of these people, and a call agreed for Thursday 12 March
// at 10:00 Berlin time. A second deal of the same person is past its break-up email.
struct Scenario
{
    PipelineFixture f;
    struct People
    {
        qint64 call = 0; // the deal with the call on the 12th
        qint64 breakup = 0; // the deal whose break-up went out on the 9th
    };
    QHash<QString, People> deals;
    qint64 bystander = 0;
    const QDateTime now = at(QStringLiteral("03-09T15:00"));
    const QDateTime call = at(QStringLiteral("03-12T10:00"));

    qint64 addDeal(const QString &email, const QString &title)
    {
        Deal d;
        d.title = title;
        d.organization = email.section(QLatin1Char('@'), 1);
        d.contact.name = email.section(QLatin1Char('@'), 0, 0);
        d.contact.email = email;
        d.contact.tz = QStringLiteral("Europe/Berlin");
        d.valueSummary = QStringLiteral("Saves a quarter.");
        d.stageId = found(f.pipeline->deals().stageByName(QStringLiteral("Lead"))).id;
        return must(f.pipeline->addDeal(d, at(QStringLiteral("03-02T09:00"))));
    }

    explicit Scenario(const QStringList &people)
    {
        Pipeline &p = *f.pipeline;
        const QString recap = QStringLiteral("<recap-1@ninetouch.example>");
        for (const QString &email : people) {
            People d;
            d.call = addDeal(email, email + QStringLiteral(" (call)"));
            must(p.setMeeting(d.call, call, QStringLiteral("Europe/Berlin"), 30, {}, Channel::Phone,
                              at(QStringLiteral("03-09T09:00"))));
            must(p.logTouch(d.call, TouchKind::Recap, at(QStringLiteral("03-09T09:00")), {}, {},
                            at(QStringLiteral("03-09T09:00")), recap));
            d.breakup = addDeal(email, email + QStringLiteral(" (break-up)"));
            must(p.setMeeting(d.breakup, at(QStringLiteral("03-03T10:00")),
                              QStringLiteral("Europe/Berlin"), 30, {}, Channel::Phone,
                              at(QStringLiteral("03-02T09:00"))));
            must(p.logTouch(d.breakup, TouchKind::Breakup, at(QStringLiteral("03-09T09:00")), {},
                            {}, at(QStringLiteral("03-09T09:00")), recap));
            deals.insert(email, d);
        }
        bystander = addDeal(QStringLiteral("someone.else@acme.example"), QStringLiteral("Other"));
    }

    SyncReport sync(const QByteArray &raw, qint64 uid)
    {
        ParsedBatch batch { MailSeen { 1, uid }, { IncomingMail::parse(raw) }, false };
        SyncReport report = must(
            MailSync::record(*f.pipeline, batch, QStringLiteral("sam@ninetouch.example"), now));
        report.recorded << must(MailSync::applyAway(*f.pipeline, report.recorded, now));
        return report;
    }

    DealHistory history(qint64 id) const { return must(f.pipeline->history(id)); }
    Cadence cadence(qint64 id) const { return must(f.pipeline->cadence(id, now)); }
    QDateTime callOf(qint64 id) const
    {
        for (const Meeting &m : history(id).meetings) {
            if (m.status == MeetingStatus::Scheduled)
                return m.start;
        }
        return {};
    }
    int count(TouchKind kind) const
    {
        int n = 0;
        for (const auto &d : deals) {
            for (qint64 id : { d.call, d.breakup }) {
                for (const Touch &t : history(id).touches)
                    n += t.kind == kind;
            }
        }
        for (const Touch &t : history(bystander).touches)
            n += t.kind == kind;
        return n;
    }
};

// The first day back the rule waits for: from backOn, the first Monday to Friday.
QDate firstWorkingDay(QDate d)
{
    while (d.dayOfWeek() > 5)
        d = d.addDays(1);
    return d;
}

} // namespace

class TestMailCorpus : public QObject
{
    Q_OBJECT

private slots:
    void classification_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expect");
        QTest::addColumn<QStringList>("addresses");
        QTest::addColumn<QDate>("backOn");
        QFile manifest(corpus + QStringLiteral("manifest.tsv"));
        QVERIFY2(manifest.open(QIODevice::ReadOnly), qPrintable(manifest.fileName()));
        int rows = 0;
        bool header = true;
        while (!manifest.atEnd()) {
            const QString line = QString::fromUtf8(manifest.readLine()).trimmed();
            if (header || line.isEmpty()) {
                header = false;
                continue;
            }
            const QStringList f = line.split(QLatin1Char('\t'));
            QVERIFY2(f.size() >= 4, qPrintable(line));
            QTest::newRow(qPrintable(f.at(0)))
                << f.at(0) << f.at(1) << f.at(2).split(QLatin1Char(','), Qt::SkipEmptyParts)
                << QDate::fromString(f.at(3), Qt::ISODate);
            ++rows;
        }
        QVERIFY2(rows >= 200, "the corpus lost messages");
    }
    void classification()
    {
        QFETCH(QString, file);
        QFETCH(QString, expect);
        QFETCH(QStringList, addresses);
        QFETCH(QDate, backOn);
        QFile f(corpus + file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const IncomingMail m = IncomingMail::parse(f.readAll());
        QVERIFY(m.readable);
        const QString seen = kindName(m.kind);
        if (expect == QLatin1String("bounce")) {
            QCOMPARE(seen, kindName(Kind::Bounce));
            QCOMPARE(sorted(m.bouncedAddresses), sorted(addresses));
            QVERIFY(!m.bounceReason.trimmed().isEmpty());
        } else if (expect == QLatin1String("not-failure")) {
            QCOMPARE(seen, kindName(Kind::Notice));
            QCOMPARE(m.fromAddress, addresses.value(0));
        } else if (expect == QLatin1String("automatic")) {
            // Never a sign of life, never a return date.
            QVERIFY2(m.kind == Kind::Notice || m.kind == Kind::AutoReply, qPrintable(seen));
            QVERIFY(!m.backOn.isValid());
            QCOMPARE(m.fromAddress, addresses.value(0));
        } else if (expect == QLatin1String("autoreply")) {
            QCOMPARE(seen, kindName(Kind::AutoReply));
            QCOMPARE(m.backOn, backOn);
            QCOMPARE(m.fromAddress, addresses.value(0));
        } else if (expect == QLatin1String("reply")) {
            QCOMPARE(seen, kindName(Kind::Message));
            QCOMPARE(m.fromAddress, addresses.value(0));
            QVERIFY(!m.references.isEmpty());
        } else {
            QFAIL(qPrintable(QStringLiteral("unknown expectation %1").arg(expect)));
        }
    }

    // A colleague's out-of-office, threaded on our email to the contact, is a note on the
    // contact's deals; only the contact's own absence moves the contact's call.
    void aColleaguesAbsenceMovesNothing()
    {
        Scenario s({ QStringLiteral("jana.mueller@rheinwerk.example") });
        const Scenario::People jana =
            s.deals.value(QStringLiteral("jana.mueller@rheinwerk.example"));
        const QDateTime deadline = s.cadence(jana.breakup).deadline;
        const SyncReport report =
            s.sync(readCorpus(QStringLiteral("autoreplies/zimbra-de-wieder-im-haus.eml")), 1);
        QCOMPARE(report.recorded.size(), 2); // a note on each of Jana's deals
        for (const MailRecord &r : report.recorded)
            QVERIFY(r.kind == TouchKind::Note && !r.backOn.isValid());
        QCOMPARE(s.callOf(jana.call), s.call);
        QCOMPARE(s.cadence(jana.breakup).deadline, deadline);
        QCOMPARE(s.count(TouchKind::Away), 0);
    }

    void onTheDeals_data() { classification_data(); }
    void onTheDeals()
    {
        QFETCH(QString, file);
        QFETCH(QString, expect);
        QFETCH(QStringList, addresses);
        QFETCH(QDate, backOn);
        Scenario s(addresses);
        const Cadence breakupBefore = s.cadence(s.deals.value(addresses.value(0)).breakup);
        QVERIFY(breakupBefore.deadline.isValid());
        const QByteArray raw = readCorpus(file);
        const SyncReport report = s.sync(raw, 1);

        // Only a person's own answer is a sign of life.
        QCOMPARE(s.count(TouchKind::Reply), expect == QLatin1String("reply") ? 2 : 0);
        // A bounce flags exactly the failed addresses; nothing else is flagged.
        for (auto it = s.deals.cbegin(); it != s.deals.cend(); ++it) {
            const bool flagged = !must(s.f.pipeline->deal(it->call)).contact.bounced.isEmpty();
            QCOMPARE(flagged, expect == QLatin1String("bounce"));
        }
        QVERIFY(must(s.f.pipeline->deal(s.bystander)).contact.bounced.isEmpty());
        QCOMPARE(s.history(s.bystander).touches.size(), 0);
        if (expect == QLatin1String("bounce")) {
            QCOMPARE(sorted(report.bounced), sorted(addresses));
            return;
        }
        if (expect == QLatin1String("reply"))
            return; // the answer ended both pursuits: nothing waits for a day back

        const Scenario::People deals = s.deals.value(addresses.value(0));
        if (!backOn.isValid()) {
            // Nothing moves: the call, the deadline, no out-of-office entry.
            QCOMPARE(s.callOf(deals.call), s.call);
            QCOMPARE(s.cadence(deals.breakup).deadline, breakupBefore.deadline);
            QCOMPARE(s.count(TouchKind::Away), 0);
            return;
        }
        // The call keeps its time of day on the first working day back; the deadline counts
        // its business days from that day; the timeline says so on both deals.
        // A call on the first day back itself stays where it is.
        const QDate back = firstWorkingDay(backOn);
        const bool callMoves = back > s.call.date();
        QCOMPARE(s.callOf(deals.call),
                 callMoves ? at(back.toString(Qt::ISODate) + QStringLiteral("T10:00")) : s.call);
        const Cadence after = s.cadence(deals.breakup);
        QVERIFY2(after.deadline > breakupBefore.deadline,
                 qPrintable(after.deadline.toString(Qt::ISODate)));
        QVERIFY(after.deadline > at(back.toString(Qt::ISODate) + QStringLiteral("T18:00")));
        QCOMPARE(s.count(TouchKind::Away), 2);
        QCOMPARE(s.count(TouchKind::MeetingMoved), callMoves ? 1 : 0);

        // A second copy of the same reply (another Message-ID) moves nothing again.
        QByteArray copy = raw;
        copy.replace("Message-ID: <", "Message-ID: <copy-");
        copy.replace("Message-Id: <", "Message-Id: <copy-");
        const QDateTime call = s.callOf(deals.call);
        const SyncReport again = s.sync(copy, 2);
        QCOMPARE(s.callOf(deals.call), call);
        QCOMPARE(s.cadence(deals.breakup).deadline, after.deadline);
        QCOMPARE(s.count(TouchKind::Away), 2);
        QCOMPARE(s.count(TouchKind::MeetingMoved), callMoves ? 1 : 0);
        QCOMPARE(again.recorded.size(), 2); // the two notes of the copy, no move
        for (const MailRecord &r : again.recorded)
            QVERIFY(r.kind == TouchKind::Note);
    }
};

QTEST_GUILESS_MAIN(TestMailCorpus)
#include "tst_mailcorpus.moc"
