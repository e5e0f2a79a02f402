// Invites parsed back with libical, field by field; folding, escaping, DST gap.
#include "icswriter.h"
#include "workcalendar.h"

#include <QFile>
#include <QStringDecoder>
#include <QTest>
#include <QTimeZone>

#include <libical/ical.h>

using namespace NineTouch;

class TestIcsWriter : public QObject
{
    Q_OBJECT

    static Invite sample()
    {
        Invite i;
        i.uid = "1b4e28ba-2fa1-11d2-883f-0016d3cca427@ninetouch";
        i.sequence = 2;
        i.start = QDateTime(QDate(2026, 3, 5), QTime(10, 0), QTimeZone("Europe/Berlin"));
        i.minutes = 45;
        i.summary = "Fleet tracking: call with Alex";
        i.description = "Pricing and rollout";
        i.organizerName = "Alex Morgan";
        i.organizerEmail = "alex@ninetouch.example";
        i.attendeeName = "Jana Müller";
        i.attendeeEmail = "jana@acme.example";
        i.stamp = QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
        return i;
    }

    struct Parsed
    {
        icalcomponent *cal = nullptr;
        icalcomponent *event = nullptr;
        ~Parsed()
        {
            if (cal)
                icalcomponent_free(cal);
        }
    };
    static void parse(const QByteArray &ics, Parsed &p)
    {
        p.cal = icalparser_parse_string(ics.constData());
        QVERIFY(p.cal);
        p.event = icalcomponent_get_first_component(p.cal, ICAL_VEVENT_COMPONENT);
        QVERIFY(p.event);
    }
    static QString text(icalcomponent *c, icalproperty_kind kind)
    {
        icalproperty *p = icalcomponent_get_first_property(c, kind);
        return p ? QString::fromUtf8(icalproperty_get_value_as_string(p)) : QString();
    }

private slots:
    void requestHasWhatOutlookNeeds()
    {
        const auto ics = IcsWriter::write(sample());
        QVERIFY(ics.ok());
        Parsed p;
        parse(*ics, p);
        QCOMPARE(icalcomponent_get_method(p.cal), ICAL_METHOD_REQUEST);
        QCOMPARE(QString::fromUtf8(icalcomponent_get_uid(p.event)), sample().uid);
        QCOMPARE(icalcomponent_get_sequence(p.event), 2);
        const icaltimetype start = icalcomponent_get_dtstart(p.event);
        QVERIFY(icaltime_is_utc(start));
        QCOMPARE(qint64(icaltime_as_timet(start)), sample().start.toSecsSinceEpoch());
        QCOMPARE(text(p.event, ICAL_DTSTART_PROPERTY), "20260305T090000Z"); // 10:00 in Berlin
        QCOMPARE(text(p.event, ICAL_DTEND_PROPERTY), "20260305T094500Z");
        QCOMPARE(text(p.event, ICAL_DTSTAMP_PROPERTY), "20260302T080000Z");
        QCOMPARE(QString::fromUtf8(icalcomponent_get_summary(p.event)), sample().summary);
        QCOMPARE(QString::fromUtf8(icalcomponent_get_description(p.event)), sample().description);
        QCOMPARE(icalcomponent_get_status(p.event), ICAL_STATUS_CONFIRMED);

        icalproperty *organizer =
            icalcomponent_get_first_property(p.event, ICAL_ORGANIZER_PROPERTY);
        QVERIFY(organizer);
        QCOMPARE(QString::fromUtf8(icalproperty_get_organizer(organizer)),
                 "mailto:alex@ninetouch.example");
        icalproperty *attendee = icalcomponent_get_first_property(p.event, ICAL_ATTENDEE_PROPERTY);
        QVERIFY(attendee);
        QCOMPARE(QString::fromUtf8(icalproperty_get_attendee(attendee)),
                 "mailto:jana@acme.example");
        icalparameter *rsvp = icalproperty_get_first_parameter(attendee, ICAL_RSVP_PARAMETER);
        QVERIFY(rsvp);
        QCOMPARE(icalparameter_get_rsvp(rsvp), ICAL_RSVP_TRUE);
        icalparameter *cn = icalproperty_get_first_parameter(attendee, ICAL_CN_PARAMETER);
        QCOMPARE(QString::fromUtf8(icalparameter_get_cn(cn)), "Jana Müller");
        QVERIFY(icalcomponent_get_first_component(p.event, ICAL_VALARM_COMPONENT));
    }

    void requestMatchesTheGoldenFile()
    {
        // The exact bytes a client receives; a change here is a change Outlook sees.
        Invite i = sample();
        i.summary =
            "Fleet tracking: call with Alex Morgan (Größenänderung, Phase 2; Rollout \\ Plan)";
        i.description = "Pricing and rollout\nSecond line, with a comma; and a semicolon";
        const auto ics = IcsWriter::write(i);
        QVERIFY(ics.ok());
        QFile golden(QStringLiteral(NINETOUCH_TEST_DATA "/invite_request.ics"));
        if (qEnvironmentVariableIsSet("NINETOUCH_UPDATE_GOLDEN")) {
            QVERIFY(golden.open(QIODevice::WriteOnly));
            golden.write(*ics);
            return;
        }
        QVERIFY2(golden.open(QIODevice::ReadOnly), "tests/data/invite_request.ics is missing");
        QCOMPARE(*ics, golden.readAll());
    }

    void cancelKeepsUidWithHigherSequence()
    {
        Invite c = sample();
        c.method = Invite::Method::Cancel;
        c.sequence = 3;
        const auto ics = IcsWriter::write(c);
        QVERIFY(ics.ok());
        Parsed p;
        parse(*ics, p);
        QCOMPARE(icalcomponent_get_method(p.cal), ICAL_METHOD_CANCEL);
        QCOMPARE(icalcomponent_get_status(p.event), ICAL_STATUS_CANCELLED);
        QCOMPARE(QString::fromUtf8(icalcomponent_get_uid(p.event)), sample().uid);
        QCOMPARE(icalcomponent_get_sequence(p.event), 3);
    }

    void linesAreCrlfFoldedAndValidUtf8_data()
    {
        QTest::addColumn<QString>("summary");
        QTest::newRow("German umlauts") << QString("Größenänderung ").repeated(12);
        QTest::newRow("emoji") << QString("Rollout 🚚📦 ").repeated(15);
        QTest::newRow("CJK") << QString("会議の確認").repeated(20);
        QTest::newRow("escapes at the fold") << QString("a,b;c\\d\n").repeated(30);
        for (int shift = 0; shift < 4; ++shift) // every position of an escape against the fold
            QTest::newRow(qPrintable(QString("escape shifted by %1").arg(shift)))
                << QString(shift, 'x') + QString(";,\\").repeated(40);
    }
    void linesAreCrlfFoldedAndValidUtf8()
    {
        QFETCH(QString, summary);
        Invite i = sample();
        i.summary = summary;
        i.description = summary;
        const auto ics = IcsWriter::write(i);
        QVERIFY(ics.ok());
        QVERIFY(ics->endsWith("\r\n"));
        QList<QByteArray> lines = ics->split('\n');
        QVERIFY(lines.takeLast().isEmpty());
        for (const QByteArray &line : lines) {
            QVERIFY2(line.endsWith('\r'), line.constData());
            const QByteArray content = line.chopped(1);
            QVERIFY2(content.size() <= 75, content.constData());
            // No fold inside an escape: a line never ends in an unpaired backslash.
            qsizetype trailing = 0;
            while (trailing < content.size() && content.at(content.size() - 1 - trailing) == '\\')
                ++trailing;
            QVERIFY2(trailing % 2 == 0, content.constData());
            QStringDecoder decoder(QStringDecoder::Utf8);
            const QString decoded = decoder(content);
            QVERIFY2(!decoder.hasError(), "a line splits a UTF-8 character");
            Q_UNUSED(decoded);
        }
        Parsed p;
        parse(*ics, p);
        // Escaping round-trips: newline, comma, semicolon and backslash are text, not syntax.
        // The title is one line (a calendar shows one); the description keeps its lines.
        QCOMPARE(QString::fromUtf8(icalcomponent_get_summary(p.event)), summary.simplified());
        QCOMPARE(QString::fromUtf8(icalcomponent_get_description(p.event)), summary.trimmed());
        QCOMPARE(icalcomponent_count_properties(p.event, ICAL_X_PROPERTY), 0);
    }

    void namesCannotAddProperties()
    {
        Invite i = sample();
        i.attendeeName = "Jana\r\nATTENDEE:mailto:evil@example.com\r\nX-EVIL:1 \"quoted\"";
        const auto ics = IcsWriter::write(i);
        QVERIFY(ics.ok());
        QVERIFY(!ics->contains("\r\nX-EVIL"));
        Parsed p;
        parse(*ics, p);
        QCOMPARE(icalcomponent_count_properties(p.event, ICAL_ATTENDEE_PROPERTY), 1);
        QCOMPARE(icalcomponent_count_properties(p.event, ICAL_X_PROPERTY), 0);
    }

    void missingAddressesAreRefused()
    {
        Invite i = sample();
        i.organizerEmail.clear();
        const auto r = IcsWriter::write(i);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().field), int(Field::RepEmail));
    }

    void springForwardGapIsRefused_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<bool>("exists");
        QTest::newRow("02:30 on Berlin's spring-forward night")
            << "Europe/Berlin" << QDate(2026, 3, 29) << QTime(2, 30) << false;
        QTest::newRow("02:30 on New York's spring-forward night")
            << "America/New_York" << QDate(2026, 3, 8) << QTime(2, 30) << false;
        QTest::newRow("03:30 that night exists")
            << "Europe/Berlin" << QDate(2026, 3, 29) << QTime(3, 30) << true;
        QTest::newRow("02:30 on the fall-back night exists")
            << "Europe/Berlin" << QDate(2026, 10, 25) << QTime(2, 30) << true;
    }
    void springForwardGapIsRefused()
    {
        QFETCH(QString, zone);
        QFETCH(QDate, date);
        QFETCH(QTime, time);
        QFETCH(bool, exists);
        const auto start = IcsWriter::localStart(date, time, QTimeZone(zone.toUtf8()));
        QCOMPARE(start.ok(), exists);
        if (!exists)
            QVERIFY(start.error().message.contains("does not exist"));
        else
            QCOMPARE(start->toTimeZone(QTimeZone(zone.toUtf8())).time(), time);
    }
};

QTEST_GUILESS_MAIN(TestIcsWriter)
#include "tst_icswriter.moc"
