// The break-up rule, pursuit by pursuit: each row replays a deal's history through time.
#include "cadenceengine.h"
#include "historyscript.h"
#include "meetingtimes.h"
#include "names.h"
#include "pursuits.h"

#include <QTest>

using namespace NineTouch;
using namespace TestSupport;

class TestCadenceEngine : public QObject
{
    Q_OBJECT

private:
    WorkCalendar berlinCalendar(QSet<QDate> holidays = {}) const
    {
        return WorkCalendar(berlin(), { 1, 2, 3, 4, 5 }, QTime(9, 0), QTime(17, 0),
                            std::move(holidays));
    }

private slots:
    void pursuit_data();
    void pursuit();
    void stepsOfFirstCycle();
    void rescheduleDuesInviteAndReminderAgain();
    void earlyBreakupDuesCancelInvite();
    void dueTimes_data();
    void dueTimes();
    void urgency_data();
    void urgency();
    void proposeSlot_data();
    void proposeSlot();
    void meetingConflicts_data();
    void meetingConflicts();
    void effortIsCounted();
    void staleAfterThirtyDays_data();
    void staleAfterThirtyDays();
};

void TestCadenceEngine::pursuit_data()
{
    addPursuits();
}

void TestCadenceEngine::pursuit()
{
    QFETCH(QString, script);
    QFETCH(QString, now);
    QFETCH(QString, options);
    QFETCH(QString, state);
    QFETCH(int, cycle);
    QFETCH(int, touches);
    QFETCH(QString, nextKind);
    QFETCH(QString, nextDue);

    HistoryScript s(script);
    if (options.startsWith(QLatin1String("cycles=")))
        s.history().deal.policy.cycles = options.mid(7).toInt();
    const WorkCalendar cal = berlinCalendar();
    const CadenceEngine engine(CadencePolicy {}, cal);
    const Cadence c = engine.evaluate(s.history(), at(now));

    QCOMPARE(toString(c.state), state);
    QCOMPARE(c.cycle, cycle);
    QCOMPARE(c.touches, touches);
    QCOMPARE(c.maxTouches, s.history().deal.policy.appliedTo({}).cycles * 3);
    const auto next = c.nextStep();
    QCOMPARE(next ? toString(next->kind) : QString(), nextKind);
    if (!nextDue.isEmpty())
        QCOMPARE(next->due, at(nextDue));
    QVERIFY(!c.recommendation.isEmpty());
}

void TestCadenceEngine::stepsOfFirstCycle()
{
    HistoryScript s(QStringLiteral("new@03-01T12:00; set@03-02T09:00>03-05T10:00"));
    const WorkCalendar cal = berlinCalendar();
    const Cadence c =
        CadenceEngine({}, cal).evaluate(s.history(), at(QStringLiteral("03-02T09:01")));
    QList<Step> expected { { StepKind::Recap, at(QStringLiteral("03-02T09:00")), {} },
                           { StepKind::Invite, at(QStringLiteral("03-02T09:00")), {} },
                           { StepKind::Reminder, at(QStringLiteral("03-04T09:00")), {} },
                           { StepKind::Call, at(QStringLiteral("03-05T10:00")), {} } };
    QCOMPARE(c.steps, expected);
}

void TestCadenceEngine::rescheduleDuesInviteAndReminderAgain()
{
    HistoryScript s(cycle1 + QStringLiteral("; set@03-04T11:00>03-10T15:00"));
    const WorkCalendar cal = berlinCalendar();
    const Cadence c =
        CadenceEngine({}, cal).evaluate(s.history(), at(QStringLiteral("03-04T11:05")));
    QCOMPARE(c.cycle, 1); // a reschedule adds no cycle
    QCOMPARE(c.touches, 1);
    QList<Step> expected { { StepKind::Invite, at(QStringLiteral("03-04T11:00")), {} },
                           { StepKind::Reminder, at(QStringLiteral("03-09T09:00")), {} },
                           { StepKind::Call, at(QStringLiteral("03-10T15:00")), {} } };
    QCOMPARE(c.steps, expected);
    QCOMPARE(s.history().meetings.constFirst().sequence, 1);
}

void TestCadenceEngine::earlyBreakupDuesCancelInvite()
{
    HistoryScript s(cycle2 + QStringLiteral("; breakup@03-06T11:00"));
    const WorkCalendar cal = berlinCalendar();
    const Cadence c =
        CadenceEngine({}, cal).evaluate(s.history(), at(QStringLiteral("03-06T11:05")));
    QCOMPARE(toString(c.state), "awaiting-decision");
    QCOMPARE(c.steps.size(), 2);
    QCOMPARE(c.steps.at(0), (Step { StepKind::Invite, at(QStringLiteral("03-06T11:00")), true }));
    QCOMPARE(toString(c.steps.at(1).kind), "mark-lost");

    HistoryScript sent(cycle2 + QStringLiteral("; breakup@03-06T11:00; invite@03-06T11:10"));
    const Cadence after =
        CadenceEngine({}, cal).evaluate(sent.history(), at(QStringLiteral("03-06T11:15")));
    QCOMPARE(after.steps.size(), 1);
    QCOMPARE(toString(after.steps.at(0).kind), "mark-lost");
}

void TestCadenceEngine::dueTimes_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("from");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("expected");

    QTest::newRow("reminder for a Monday meeting is due Friday 09:00")
        << "reminder"
        << "03-09T10:00" << 1 << "03-06T09:00";
    QTest::newRow("reminder two business days ahead") << "reminder"
                                                      << "03-05T10:00" << 2 << "03-03T09:00";
    QTest::newRow("reminder skips a holiday") << "reminder"
                                              << "04-07T10:00" << 1 << "04-02T09:00";
    QTest::newRow("deadline five business days later, end of day")
        << "deadline"
        << "03-11T10:30" << 5 << "03-18T17:00";
    QTest::newRow("a 24-hour deadline is one business day") << "deadline"
                                                            << "03-06T10:30" << 1 << "03-09T17:00";
    QTest::newRow("deadline over Easter Monday") << "deadline"
                                                 << "04-02T10:00" << 1 << "04-07T17:00";
    QTest::newRow("re-engage 120 days out, on a business day")
        << "reengage"
        << "03-19T09:00" << 120 << "07-17T09:00";
    QTest::newRow("re-engage landing on a Saturday moves to Monday")
        << "reengage"
        << "03-20T09:00" << 120 << "07-20T09:00";
}

void TestCadenceEngine::dueTimes()
{
    QFETCH(QString, what);
    QFETCH(QString, from);
    QFETCH(int, days);
    QFETCH(QString, expected);
    const WorkCalendar cal = berlinCalendar({ QDate(2026, 4, 3), QDate(2026, 4, 6) });
    const CadenceEngine engine({}, cal);
    QDateTime due;
    if (what == QLatin1String("reminder"))
        due = engine.reminderDue(at(from), days);
    else if (what == QLatin1String("deadline"))
        due = engine.decisionDeadline(at(from), days);
    else
        due = engine.reengageDue(at(from), days);
    QCOMPARE(due, at(expected));
}

void TestCadenceEngine::urgency_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("due");
    QTest::addColumn<QString>("now");
    QTest::addColumn<QString>("expected");
    // Working hours 09:00-17:00, Monday to Friday; 2026-03-06 is a Friday.
    // clang-format off
    QTest::newRow("a step on a later day is planned") << "recap" << "03-05T10:00" << "03-04T16:00" << "planned";
    QTest::newRow("later the same day") << "call" << "03-05T10:00" << "03-05T08:00" << "today";
    QTest::newRow("from its due time it is due, not overdue") << "recap" << "03-05T10:00" << "03-05T10:00" << "due";
    QTest::newRow("due until its working day ends") << "recap" << "03-05T10:00" << "03-05T17:00" << "due";
    QTest::newRow("overdue once its working day has ended") << "recap" << "03-05T10:00" << "03-05T17:01" << "overdue";
    QTest::newRow("overdue through the next business day") << "recap" << "03-05T10:00" << "03-06T17:00" << "overdue";
    QTest::newRow("past the rule after a business day of grace") << "recap" << "03-05T10:00" << "03-06T17:01" << "past-rule";
    QTest::newRow("due after hours: due until the next working day ends") << "recap" << "03-05T19:00" << "03-06T16:00" << "due";
    QTest::newRow("due on Friday evening: still due on Monday") << "missed-call" << "03-06T18:00" << "03-09T12:00" << "due";
    QTest::newRow("due on Friday evening: overdue and past the rule at Monday's end") << "missed-call" << "03-06T18:00" << "03-09T17:01" << "past-rule";
    QTest::newRow("setting the next meeting is never past the rule") << "set-meeting" << "03-02T10:00" << "03-20T10:00" << "overdue";
    QTest::newRow("a passed deadline is past the rule at once") << "mark-lost" << "03-18T17:00" << "03-18T17:01" << "past-rule";
    QTest::newRow("before the deadline confirming lost is planned") << "mark-lost" << "03-18T17:00" << "03-17T10:00" << "planned";
    // clang-format on
}

void TestCadenceEngine::urgency()
{
    QFETCH(QString, step);
    QFETCH(QString, due);
    QFETCH(QString, now);
    QFETCH(QString, expected);
    const WorkCalendar cal = berlinCalendar();
    const CadenceEngine engine({}, cal);
    const Step s { *stepKindFromString(step), at(due) };
    QCOMPARE(toString(engine.urgency(s, at(now))), expected);
    QVERIFY(engine.urgency(std::nullopt, at(now)) == Urgency::None);
}

void TestCadenceEngine::proposeSlot_data()
{
    QTest::addColumn<QString>("repTz");
    QTest::addColumn<QString>("meetingTz");
    QTest::addColumn<QString>("missed");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QStringList>("busy");
    QTest::addColumn<QString>("expected");

    const QString B = QStringLiteral("Europe/Berlin");
    const QString NY = QStringLiteral("America/New_York");
    // clang-format off
    QTest::newRow("two business days later at the same time")
        << B << B << "2026-03-05T10:00+01:00" << 30 << QStringList() << "2026-03-09T10:00+01:00";
    QTest::newRow("over a weekend")
        << B << B << "2026-03-06T10:00+01:00" << 30 << QStringList() << "2026-03-10T10:00+01:00";
    QTest::newRow("over a holiday (Good Friday and Easter Monday)")
        << B << B << "2026-04-02T10:00+02:00" << 30 << QStringList() << "2026-04-08T10:00+02:00";
    QTest::newRow("collision: right after the other meeting")
        << B << B << "2026-03-05T10:00+01:00" << 30 << QStringList { "2026-03-09T09:45+01:00/45" } << "2026-03-09T10:30+01:00";
    QTest::newRow("collisions back to back: after the last of them")
        << B << B << "2026-03-05T10:00+01:00" << 30 << QStringList { "2026-03-09T10:00+01:00/30", "2026-03-09T10:30+01:00/60" } << "2026-03-09T11:30+01:00";
    QTest::newRow("collision near the end of the day: next business day at the start")
        << B << B << "2026-03-05T16:30+01:00" << 30 << QStringList { "2026-03-09T16:15+01:00/30" } << "2026-03-10T09:00+01:00";
    QTest::newRow("the whole meeting must fit in working hours")
        << B << B << "2026-03-05T16:45+01:00" << 30 << QStringList() << "2026-03-10T09:00+01:00";
    QTest::newRow("spring forward in Berlin keeps 10:00 local")
        << B << B << "2026-03-26T10:00+01:00" << 30 << QStringList() << "2026-03-30T10:00+02:00";
    QTest::newRow("fall back in Berlin keeps 10:00 local")
        << B << B << "2026-10-22T10:00+02:00" << 30 << QStringList() << "2026-10-26T10:00+01:00";
    QTest::newRow("spring forward in New York keeps 10:00 local")
        << NY << NY << "2026-03-05T10:00-05:00" << 30 << QStringList() << "2026-03-09T10:00-04:00";
    QTest::newRow("a contact in New York keeps 09:00 New York time")
        << B << NY << "2026-03-05T09:00-05:00" << 30 << QStringList() << "2026-03-09T09:00-04:00";
    // Both sides' hours: 09:00 in Berlin is 04:00 in New York; the slot waits for the
    // contact's morning, which is the rep's afternoon.
    QTest::newRow("a contact's time outside the rep's hours moves to the first hour both work")
        << B << NY << "2026-03-05T12:30-05:00" << 30 << QStringList() << "2026-03-10T09:00-04:00";
    QTest::newRow("a Singapore contact is never proposed the rep's morning (their night)")
        << B << "Asia/Singapore" << "2026-03-05T16:00+08:00" << 60 << QStringList() << "2026-03-09T16:00+08:00";
    QTest::newRow("Singapore: a late slot moves to the next hour both work, not their midnight")
        << B << "Asia/Singapore" << "2026-03-05T17:30+08:00" << 30 << QStringList() << "2026-03-10T16:00+08:00";
    QTest::newRow("a collision in the one shared hour: the next day's shared hour")
        << B << "Asia/Singapore" << "2026-03-05T16:00+08:00" << 60 << QStringList { "2026-03-09T09:30+01:00/30" } << "2026-03-10T16:00+08:00";
    QTest::newRow("no hour both work (Honolulu): the rep's hours alone")
        << B << "Pacific/Honolulu" << "2026-03-05T09:00-10:00" << 30 << QStringList() << "2026-03-09T22:00-10:00";
    // clang-format on
}

void TestCadenceEngine::proposeSlot()
{
    QFETCH(QString, repTz);
    QFETCH(QString, meetingTz);
    QFETCH(QString, missed);
    QFETCH(int, minutes);
    QFETCH(QStringList, busy);
    QFETCH(QString, expected);

    const WorkCalendar cal(QTimeZone(repTz.toUtf8()), { 1, 2, 3, 4, 5 }, QTime(9, 0), QTime(17, 0),
                           { QDate(2026, 4, 3), QDate(2026, 4, 6) });
    const CadenceEngine engine({}, cal);
    Meeting m;
    m.start = at(missed);
    m.tz = meetingTz;
    m.minutes = minutes;
    QList<Meeting> others;
    for (const QString &b : busy) {
        Meeting o;
        o.start = at(b.section(QLatin1Char('/'), 0, 0));
        o.minutes = b.section(QLatin1Char('/'), 1).toInt();
        others.append(o);
    }
    const QDateTime slot = engine.proposeSlot(m, others, 2);
    QCOMPARE(slot.toTimeZone(QTimeZone(meetingTz.toUtf8())).toString(Qt::ISODate),
             at(expected).toTimeZone(QTimeZone(meetingTz.toUtf8())).toString(Qt::ISODate));
}

void TestCadenceEngine::effortIsCounted()
{
    HistoryScript s(cycle2 + QStringLiteral("; held@03-09T10:30"));
    s.history().deal.stakeholders = 3;
    s.history().touches.last().minutes = 45;
    const WorkCalendar cal = berlinCalendar();
    const Cadence c =
        CadenceEngine({}, cal).evaluate(s.history(), at(QStringLiteral("03-09T11:00")));
    QCOMPARE(c.effort.touches, 7); // recap, 2 invites, 2 reminders, the call, the missed-call email
    QCOMPARE(c.effort.callAttempts, 1);
    QCOMPARE(c.effort.meetingsHeld, 1);
    QCOMPARE(c.effort.callMinutes, 45);
    QCOMPARE(c.effort.stakeholders, 3);
}

void TestCadenceEngine::staleAfterThirtyDays_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("now");
    QTest::addColumn<bool>("stale");
    QTest::addColumn<bool>("breakupNow");
    QTest::addColumn<QString>("cost");

    QTest::newRow("29 days in a stage is not stale") << "new@03-01T09:00"
                                                     << "03-30T09:00" << false << false << "low";
    QTest::newRow("30 days in a stage with no answer is stale")
        << "new@03-01T09:00"
        << "03-31T09:00" << true << false << "low";
    QTest::newRow("a stage change resets the clock") << "new@03-01T09:00; stage@03-20T09:00"
                                                     << "03-31T09:00" << false << false << "low";
    QTest::newRow("a reply resets the clock") << "new@03-01T09:00; reply@03-20T09:00"
                                              << "03-31T09:00" << false << false << "low";
    QTest::newRow("touches from the rep do not reset it")
        << "new@01-01T09:00; set@03-02T09:00>03-05T10:00; recap@03-02T09:05; reminder@03-04T09:10"
        << "03-04T10:00" << true << false << "low";
    QTest::newRow("high cost, material delivered, one silent cycle: break up now")
        << cycle1 + "; miss@03-05T10:01>03-09T10:00"
        << "03-05T11:00" << false << true << "high+material";
    QTest::newRow("high cost without the material: the rule runs its course")
        << cycle1 + "; miss@03-05T10:01>03-09T10:00"
        << "03-05T11:00" << false << false << "high";
    QTest::newRow("low cost with the material: the rule runs its course")
        << cycle1 + "; miss@03-05T10:01>03-09T10:00"
        << "03-05T11:00" << false << false << "low+material";
    QTest::newRow("high cost and material but no cycle missed yet: keep going")
        << cycle1 << "03-04T11:00" << false << false << "high+material";
}

void TestCadenceEngine::staleAfterThirtyDays()
{
    QFETCH(QString, script);
    QFETCH(QString, now);
    QFETCH(bool, stale);
    QFETCH(bool, breakupNow);
    QFETCH(QString, cost);
    HistoryScript s(script);
    s.history().deal.cost =
        cost.startsWith(QLatin1String("high")) ? FollowUpCost::High : FollowUpCost::Low;
    s.history().deal.materialDelivered = cost.endsWith(QLatin1String("material"));
    const WorkCalendar cal = berlinCalendar();
    const Cadence c = CadenceEngine({}, cal).evaluate(s.history(), at(now));
    QCOMPARE(c.stale, stale);
    QCOMPARE(c.breakupNow, breakupNow);
    if (breakupNow) // advice only: the cadence itself is unchanged
        QCOMPARE(toString(c.nextStep()->kind), "missed-call");
}

// What is said about a meeting's time: each side's working days and hours on its own clock, and
// the rep's other meetings. The rep works 09:00-17:00 Monday to Friday in Berlin.
void TestCadenceEngine::meetingConflicts_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("start");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QString>("expected");
    const QString B = QStringLiteral("Europe/Berlin");
    const QString SG = QStringLiteral("Asia/Singapore");
    // clang-format off
    QTest::newRow("a working hour for both") << B << "2026-03-05T10:00+01:00" << 30 << "";
    QTest::newRow("Sunday 03:30 in Singapore: the rep's Saturday night, their Sunday")
        << SG << "2026-03-08T03:30+08:00" << 30 << "rep-day-off,prospect-day-off";
    QTest::newRow("the rep's late morning is Singapore's evening")
        << SG << "2026-03-05T11:00+01:00" << 30 << "prospect-off-hours";
    QTest::newRow("16:00 in Singapore is 09:00 in Berlin: fine for both")
        << SG << "2026-03-05T16:00+08:00" << 60 << "";
    QTest::newRow("running past the end of the rep's day")
        << B << "2026-03-05T16:45+01:00" << 30 << "rep-off-hours";
    QTest::newRow("a holiday of the rep's (Good Friday)")
        << B << "2026-04-03T10:00+02:00" << 30 << "rep-day-off";
    QTest::newRow("on top of another deal's meeting")
        << B << "2026-03-06T11:15+01:00" << 30 << "overlap";
    QTest::newRow("right after it: no overlap") << B << "2026-03-06T11:30+01:00" << 30 << "";
    // clang-format on
}

void TestCadenceEngine::meetingConflicts()
{
    QFETCH(QString, zone);
    QFETCH(QString, start);
    QFETCH(int, minutes);
    QFETCH(QString, expected);
    const WorkCalendar cal(berlin(), { 1, 2, 3, 4, 5 }, QTime(9, 0), QTime(17, 0),
                           { QDate(2026, 4, 3) });
    Meeting other;
    other.dealId = 2;
    other.start = at("2026-03-06T11:00+01:00");
    other.minutes = 30;
    const MeetingTimes times(cal, QTimeZone(zone.toUtf8()));
    QStringList kinds;
    for (const MeetingConflict &c : times.conflicts(at(start), minutes, { other })) {
        switch (c.kind) {
        case MeetingConflict::Kind::RepDayOff:
            kinds << "rep-day-off";
            break;
        case MeetingConflict::Kind::RepOffHours:
            kinds << "rep-off-hours";
            break;
        case MeetingConflict::Kind::ProspectDayOff:
            kinds << "prospect-day-off";
            break;
        case MeetingConflict::Kind::ProspectOffHours:
            kinds << "prospect-off-hours";
            break;
        case MeetingConflict::Kind::Overlap:
            kinds << "overlap";
            QCOMPARE(c.other.dealId, 2);
            break;
        }
    }
    QCOMPARE(kinds.join(','), expected);
}

QTEST_GUILESS_MAIN(TestCadenceEngine)
#include "tst_cadenceengine.moc"
