// The differential scenarios: pursuits in time, each with what the rule says at one moment.
// tst_cadenceengine checks the replay against them; tst_summaries checks that a summary kept in
// the file says the same as the replay for each.
#pragma once

#include "historyscript.h"

#include <QTest>

namespace TestSupport {

// The usual pursuit, step by step, in Europe/Berlin (2026-03-02 is a Monday).
inline const QString cycle1 = QStringLiteral(
    "new@03-01T12:00; set@03-02T09:00>03-05T10:00; recap@03-02T09:05; invite@03-02T09:06; "
    "reminder@03-04T09:10");
inline const QString cycle2 = cycle1
    + QStringLiteral("; miss@03-05T10:01>03-09T10:00; missed-call@03-05T10:30; invite@03-05T10:31; "
                     "reminder@03-06T09:10");
inline const QString cycle3 = cycle2
    + QStringLiteral("; miss@03-09T10:01>03-11T10:00; missed-call@03-09T10:30; invite@03-09T10:31; "
                     "reminder@03-10T09:10");
inline const QString lastMissed = cycle3 + QStringLiteral("; miss@03-11T10:01");
inline const QString brokenUp = lastMissed + QStringLiteral("; breakup@03-11T10:30");

// Columns: script, now, options ("cycles=N": the deal's own cycles), state, cycle, touches,
// nextKind, nextDue.
inline void addPursuits()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("now");
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("cycle");
    QTest::addColumn<int>("touches");
    QTest::addColumn<QString>("nextKind");
    QTest::addColumn<QString>("nextDue");

    // clang-format off
    QTest::newRow("a new lead has set-meeting due since it was created")
        << "new@03-02T09:00" << "03-02T10:00" << "" << "no-meeting" << 0 << 0 << "set-meeting" << "03-02T09:00";
    QTest::newRow("setting the meeting starts cycle 1 with the recap due at once")
        << "new@03-01T12:00; set@03-02T09:00>03-05T10:00" << "03-02T09:01" << "" << "engaged" << 1 << 0 << "recap" << "03-02T09:00";
    QTest::newRow("recap and invite sent: the reminder is due one business day before, at 09:00")
        << "new@03-01T12:00; set@03-02T09:00>03-05T10:00; recap@03-02T09:05; invite@03-02T09:06" << "03-02T10:00" << "" << "engaged" << 1 << 0 << "reminder" << "03-04T09:00";
    QTest::newRow("the reminder counts as the first touch; the call is due at the meeting's start")
        << cycle1 << "03-04T10:00" << "" << "engaged" << 1 << 1 << "call" << "03-05T10:00";
    QTest::newRow("short notice: no reminder in that cycle")
        << "new@03-01T12:00; set@03-04T16:00>03-05T10:00; recap@03-04T16:01; invite@03-04T16:02" << "03-04T16:05" << "" << "engaged" << 1 << 0 << "call" << "03-05T10:00";
    QTest::newRow("a missed call starts cycle 2 with two touches and the missed-call email due")
        << cycle1 + "; miss@03-05T10:01>03-09T10:00" << "03-05T10:05" << "" << "silent" << 2 << 2 << "missed-call" << "03-05T10:01";
    QTest::newRow("after the first missed-call email a deal is in cycle 2 with 3 touches")
        << cycle1 + "; miss@03-05T10:01>03-09T10:00; missed-call@03-05T10:30" << "03-05T10:35" << "" << "silent" << 2 << 3 << "invite" << "03-05T10:01";
    QTest::newRow("cycle 2 has no recap: the missed-call email restated the time")
        << cycle2 << "03-06T10:00" << "" << "silent" << 2 << 4 << "call" << "03-09T10:00";
    QTest::newRow("cycle 3 after the second missed-call email: six touches")
        << cycle2 + "; miss@03-09T10:01>03-11T10:00; missed-call@03-09T10:30" << "03-09T10:35" << "" << "silent" << 3 << 6 << "invite" << "03-09T10:01";
    QTest::newRow("the last cycle's missed call dues the break-up email, not a new slot")
        << lastMissed << "03-11T10:05" << "" << "silent" << 3 << 8 << "breakup" << "03-11T10:01";
    QTest::newRow("the break-up email is the ninth touch; the deal awaits the decision")
        << brokenUp << "03-12T09:00" << "" << "awaiting-decision" << 3 << 9 << "mark-lost" << "03-18T17:00";
    QTest::newRow("still awaiting at the very deadline")
        << brokenUp << "03-18T17:00" << "" << "awaiting-decision" << 3 << 9 << "mark-lost" << "03-18T17:00";
    QTest::newRow("past the deadline without an answer: past-rule, mark-lost")
        << brokenUp << "03-18T17:01" << "" << "past-rule" << 3 << 9 << "mark-lost" << "03-18T17:00";
    QTest::newRow("out of office until after the deadline: its business days count from the day back")
        << brokenUp + "; away@03-12T09:30>03-23T09:00" << "03-12T10:00" << "" << "awaiting-decision" << 3 << 9 << "mark-lost" << "03-30T17:00";
    QTest::newRow("an out-of-office already over moves nothing")
        << brokenUp + "; away@03-12T09:30>03-10T09:00" << "03-12T10:00" << "" << "awaiting-decision" << 3 << 9 << "mark-lost" << "03-18T17:00";
    QTest::newRow("the break-up email waits for the first day back")
        << lastMissed + "; away@03-11T10:02>03-16T09:00" << "03-11T10:05" << "" << "silent" << 3 << 8 << "breakup" << "03-16T09:00";
    QTest::newRow("an out-of-office is never a sign of life: the pursuit goes on")
        << cycle2 + "; away@03-06T12:00>03-07T09:00" << "03-06T12:05" << "" << "silent" << 2 << 4 << "call" << "03-09T10:00";
    QTest::newRow("an answer after an out-of-office: the next pursuit waits for nothing")
        << lastMissed + "; away@03-11T10:02>03-30T09:00; reply@03-12T09:00; set@03-12T09:30>03-16T10:00; recap@03-12T09:35; invite@03-12T09:36; miss@03-16T10:01>03-18T10:00; missed-call@03-16T10:30; miss@03-18T10:01>03-20T10:00; missed-call@03-18T10:30; miss@03-20T10:01" << "03-20T10:05" << "" << "silent" << 3 << 5 << "breakup" << "03-20T10:01";
    QTest::newRow("an answer to the break-up before the deadline re-warms the deal")
        << brokenUp + "; reply@03-13T11:00" << "03-13T12:00" << "" << "no-meeting" << 0 << 0 << "set-meeting" << "03-13T11:00";
    QTest::newRow("an answer after the deadline, deal still open, re-warms it too")
        << brokenUp + "; reply@03-20T11:00" << "03-20T12:00" << "" << "no-meeting" << 0 << 0 << "set-meeting" << "03-20T11:00";
    QTest::newRow("re-warmed deal: the next meeting starts a new pursuit at cycle 1")
        << brokenUp + "; reply@03-13T11:00; set@03-13T11:30>03-18T14:00" << "03-13T12:00" << "" << "engaged" << 1 << 0 << "recap" << "03-13T11:30";
    QTest::newRow("a reply in cycle 1 keeps the meeting, which becomes cycle 1 of a new pursuit")
        << cycle1 + "; reply@03-04T12:00" << "03-04T12:05" << "" << "engaged" << 1 << 0 << "call" << "03-05T10:00";
    QTest::newRow("a reply in cycle 2 resets the count; the scheduled meeting is cycle 1")
        << cycle2 + "; reply@03-06T12:00" << "03-06T12:05" << "" << "engaged" << 1 << 0 << "call" << "03-09T10:00";
    QTest::newRow("a reply in cycle 3 resets the count too")
        << cycle3 + "; reply@03-10T12:00" << "03-10T12:05" << "" << "engaged" << 1 << 0 << "call" << "03-11T10:00";
    QTest::newRow("a reply with no meeting scheduled: set the next meeting")
        << lastMissed + "; reply@03-11T12:00" << "03-11T12:05" << "" << "no-meeting" << 0 << 0 << "set-meeting" << "03-11T12:00";
    QTest::newRow("a meeting held mid-pursuit ends it: set the next meeting")
        << cycle2 + "; held@03-09T10:30" << "03-09T10:35" << "" << "no-meeting" << 0 << 0 << "set-meeting" << "03-09T10:30";
    QTest::newRow("a held meeting then a new one: cycle 1, recap due again")
        << cycle2 + "; held@03-09T10:30; set@03-09T10:40>03-12T10:00" << "03-09T10:45" << "" << "engaged" << 1 << 0 << "recap" << "03-09T10:40";
    QTest::newRow("a reminder sent twice in a cycle counts once")
        << cycle1 + "; reminder@03-04T15:00" << "03-04T15:05" << "" << "engaged" << 1 << 1 << "call" << "03-05T10:00";
    QTest::newRow("the call overdue within one business day is not yet past the rule")
        << cycle1 << "03-06T16:59" << "" << "engaged" << 1 << 1 << "call" << "03-05T10:00";
    QTest::newRow("the call overdue by more than one business day is past the rule")
        << cycle1 << "03-06T17:01" << "" << "past-rule" << 1 << 1 << "call" << "03-05T10:00";
    QTest::newRow("the missed-call email left over a weekend is past the rule on Tuesday")
        << cycle1 + "; miss@03-06T10:01>03-10T10:00" << "03-09T16:00" << "" << "silent" << 2 << 2 << "missed-call" << "03-06T10:01";
    QTest::newRow("set-meeting left undone never makes a deal past the rule")
        << "new@01-05T09:00" << "03-02T10:00" << "" << "no-meeting" << 0 << 0 << "set-meeting" << "01-05T09:00";
    QTest::newRow("a per-deal override of two cycles dues the break-up after the second call")
        << cycle2 + "; miss@03-09T10:01" << "03-09T10:05" << "cycles=2" << "silent" << 2 << 5 << "breakup" << "03-09T10:01";
    QTest::newRow("a per-deal override of four cycles proposes a fourth slot")
        << lastMissed + ">03-13T10:00" << "03-11T10:05" << "cycles=4" << "silent" << 4 << 8 << "missed-call" << "03-11T10:01";
    QTest::newRow("a lost deal has no cadence steps until its re-engage task")
        << brokenUp + "; lost@03-19T09:00; task@07-17T09:00" << "03-19T10:00" << "" << "lost" << 3 << 9 << "reengage" << "07-17T09:00";
    QTest::newRow("a deal lost with a meeting scheduled still owes the prospect a cancellation")
        << cycle1 + "; lost@03-04T12:00; task@07-02T09:00" << "03-04T12:05" << "" << "lost" << 1 << 1 << "invite" << "03-04T12:00";
    QTest::newRow("a re-engage email closes the task")
        << brokenUp + "; lost@03-19T09:00; task@07-17T09:00; reengage@07-17T09:30" << "07-17T10:00" << "" << "lost" << 3 << 9 << "" << "";
    QTest::newRow("reopening a lost deal starts over: set the next meeting")
        << brokenUp + "; lost@03-19T09:00; task@07-17T09:00; reopen@07-20T09:00" << "07-20T09:05" << "" << "no-meeting" << 0 << 0 << "set-meeting" << "07-20T09:00";
    QTest::newRow("a meeting set after the break-up email means an answer: a new pursuit at cycle 1")
        << brokenUp + "; set@03-13T11:00>03-18T14:00" << "03-13T11:05" << "" << "engaged" << 1 << 0 << "recap" << "03-13T11:00";
    QTest::newRow("that new pursuit has no deadline left: a missed call in it starts cycle 2")
        << brokenUp + "; set@03-13T11:00>03-18T14:00; recap@03-13T11:10; invite@03-13T11:11; miss@03-18T14:01>03-20T14:00" << "03-18T14:05" << "" << "silent" << 2 << 1 << "missed-call" << "03-18T14:01";
    QTest::newRow("reopening a won deal keeps its meeting as cycle 1, and its call counts")
        << cycle1 + "; won@03-04T12:00; reopen@03-04T13:00; miss@03-05T10:01>03-09T10:00" << "03-05T10:05" << "" << "silent" << 2 << 1 << "missed-call" << "03-05T10:01";
    QTest::newRow("a won deal has nothing left to do")
        << cycle1 + "; won@03-04T12:00" << "03-04T12:05" << "" << "won" << 1 << 1 << "" << "";
    // clang-format on
}

} // namespace TestSupport
