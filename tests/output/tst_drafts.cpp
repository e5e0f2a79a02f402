// What the prospect reads: every step's email in English and German against golden files (the
// text, the .eml and the invite, each parsed back), the prospect's conventions, and the rule of
// what is ready to send. Regenerate the golden files with NINETOUCH_UPDATE_GOLDEN=1.
#include "drafts.h"
#include "historyscript.h"
#include "must.h"
#include "names.h"
#include "prospectformat.h"
#include "templaterepository.h"
#include "workcalendar.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <functional>

#include <libical/ical.h>

using namespace NineTouch;
using namespace TestSupport;
using TestSupport::at;

namespace {

const QString goldenDir = QStringLiteral(NINETOUCH_TEST_DATA "/drafts");

// The parts of a file that change from run to run: the Message-ID, the MIME boundaries.
QByteArray stable(QByteArray bytes)
{
    static const QRegularExpression varying(
        QStringLiteral("(Message-ID: <)[^@>]+|(=_ninetouch_(?:alt_)?)[0-9a-f]{32}"));
    QString text = QString::fromLatin1(bytes);
    text.replace(varying, QStringLiteral("\\1\\2..."));
    return text.toLatin1();
}

// Compares with the golden file, or writes it when NINETOUCH_UPDATE_GOLDEN is set.
bool matchesGolden(const QString &name, const QByteArray &bytes, QString *why)
{
    const QString path = goldenDir + QLatin1Char('/') + name;
    if (qEnvironmentVariableIsSet("NINETOUCH_UPDATE_GOLDEN")) {
        QDir().mkpath(goldenDir);
        QFile out(path);
        return out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size();
    }
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("no golden file %1").arg(path);
        return false;
    }
    const QByteArray golden = in.readAll();
    if (golden == bytes)
        return true;
    *why = QStringLiteral("%1 differs:\n--- golden\n%2\n--- now\n%3")
               .arg(name, QString::fromUtf8(golden), QString::fromUtf8(bytes));
    return false;
}

} // namespace

Q_DECLARE_METATYPE(NineTouch::Channel)

class TestDrafts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Pipeline> m_p;
    int m_n = 0;

    // An English contact in New York greeted as Sam, a German one written "Müller, Jana".
    qint64 addDeal(const QString &languageOrSet, const QString &summary = {},
                   std::optional<int> cycles = {})
    {
        // "de": Sie, greeted formally as Frau Müller; "de-du": du and her first name.
        const bool du = languageOrSet == "de-du";
        const QString language = du ? QStringLiteral("de") : languageOrSet;
        Deal d;
        d.title = language == "de" ? "Flotte – Rheinwerk" : "Fleet – Acme";
        d.topic = language == "de" ? "Flottenortung" : "the fleet tracking rollout";
        d.organization = language == "de" ? "Rheinwerk Logistik GmbH" : "Acme Logistics Inc.";
        d.contact.name = language == "de" ? "Müller, Jana" : "Sam Carter";
        d.contact.email = "prospect@acme.example";
        d.contact.tz = language == "de" ? "Europe/Berlin" : "America/New_York";
        d.contact.language = language;
        d.contact.address = du ? AddressForm::Du : AddressForm::Usual;
        d.contact.salutation = language == "de" && !du ? "Frau" : "";
        d.valueSummary = !summary.isEmpty() ? summary
            : language == "de"
            ? (du ? "Ihr senkt die Zahl der fehlgeschlagenen Zustellungen um ein Viertel."
                  : "Sie senken die Zahl der fehlgeschlagenen Zustellungen um ein Viertel.")
            : "You cut failed deliveries by a quarter within the first quarter.";
        d.policy.cycles = cycles;
        auto id = m_p->addDeal(d, at("03-01T12:00"));
        require(id.ok(), "cannot add the deal", id.ok() ? QString() : id.error().message);
        return *id;
    }

    // The deal as the rep edits it in Details.
    void changeDeal(qint64 id, const std::function<void(Deal &)> &change, const QDateTime &when)
    {
        const Deal before = *m_p->deal(id);
        Deal after = before;
        change(after);
        require(m_p->editDeal(id, before, after, when).ok(), "cannot edit the deal");
    }

    // The meeting each scenario starts from: Thursday 5 March, 10:00 in the contact's zone.
    qint64 withMeeting(const QString &language, std::optional<int> cycles = {},
                       const QString &summary = {})
    {
        const qint64 id = addDeal(language, summary, cycles);
        const QTimeZone zone(language.startsWith("de") ? "Europe/Berlin" : "America/New_York");
        const QString agenda =
            language.startsWith("de") ? "Preise und Rollout-Plan" : "Pricing and the rollout plan";
        require(m_p->setMeeting(id, at("2026-03-05T10:00", zone), {}, 30, agenda, Channel::Phone,
                                at("03-02T09:00"))
                    .ok(),
                "cannot set the meeting");
        return id;
    }

    // A deal where the step is due, and the moment it is due.
    std::pair<qint64, QDateTime> scenario(const QString &language, StepKind step)
    {
        switch (step) {
        case StepKind::Recap:
            return { withMeeting(language), at("03-02T09:10") };
        case StepKind::Reminder:
            return { withMeeting(language), at("03-04T09:05") };
        case StepKind::MissedCall: {
            const qint64 id = withMeeting(language);
            require(m_p->meetingMissed(id, 0, at("2026-03-05T17:00")).ok(), "no miss");
            return { id, at("2026-03-05T17:10") };
        }
        case StepKind::Breakup: {
            const qint64 id = withMeeting(language, 1); // one cycle: the miss dues the break-up
            require(m_p->meetingMissed(id, 0, at("2026-03-05T17:00")).ok(), "no miss");
            return { id, at("2026-03-05T17:10") };
        }
        case StepKind::Reengage: {
            const qint64 id = addDeal(language);
            require(m_p->markLost(id, "no budget", at("03-02T10:00")).ok(), "not lost");
            return { id, at("06-30T10:00") }; // 120 days later, the task's day
        }
        default:
            require(false, "no scenario for", toString(step));
            return {};
        }
    }

private slots:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto p = Pipeline::open(m_dir.filePath(QString("d%1.sqlite").arg(++m_n)),
                                Database::Mode::CreateIfMissing);
        QVERIFY(p.ok());
        m_p = std::move(p).value();
        QVERIFY(m_p->setSetting("rep.tz", "Europe/Berlin").ok());
        QVERIFY(m_p->setSetting("rep.name", "Alex Morgan").ok());
        QVERIFY(m_p->setSetting("rep.email", "alex@ninetouch.example").ok());
        QVERIFY(m_p->setSetting("rep.signature", "Alex Morgan\\nNineTouch").ok());
    }
    void cleanup() { m_p.reset(); }

    // How an email opens follows how the rep addresses the contact: German formally unless
    // told otherwise, with the family name after the salutation; by the first name with Sie or
    // du; English by the first name unless formal.
    void theGreetingFollowsTheAddress_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("salutation");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("greeting");
        QTest::newRow("German, as usual: formal, whole name") << "de"
                                                              << "Jana Müller"
                                                              << ""
                                                              << ""
                                                              << "Guten Tag Jana Müller";
        QTest::newRow("German, formal with Frau") << "de"
                                                  << "Jana Müller"
                                                  << "Frau"
                                                  << ""
                                                  << "Guten Tag Frau Müller";
        QTest::newRow("German, a family name with its particle")
            << "de"
            << "Lena von der Heide"
            << "Frau Dr."
            << "formal"
            << "Guten Tag Frau Dr. von der Heide";
        QTest::newRow("German, written family name first") << "de"
                                                           << "Müller, Jana"
                                                           << ""
                                                           << ""
                                                           << "Guten Tag Jana Müller";
        QTest::newRow("German, first name with Sie") << "de"
                                                     << "Jana Müller"
                                                     << "Frau"
                                                     << "first-name"
                                                     << "Hallo Jana";
        QTest::newRow("German, du") << "de"
                                    << "Jana Müller"
                                    << ""
                                    << "du"
                                    << "Hallo Jana";
        QTest::newRow("German, formal without a name") << "de"
                                                       << ""
                                                       << ""
                                                       << ""
                                                       << "Guten Tag";
        QTest::newRow("English, as usual: first name") << "en"
                                                       << "Sam Carter"
                                                       << "Ms"
                                                       << ""
                                                       << "Hi Sam";
        QTest::newRow("English, formal") << "en"
                                         << "Sam Carter"
                                         << "Ms"
                                         << "formal"
                                         << "Dear Ms Carter";
        QTest::newRow("English, du reads as first name") << "en"
                                                         << "Sam Carter"
                                                         << ""
                                                         << "du"
                                                         << "Hi Sam";
    }
    void theGreetingFollowsTheAddress()
    {
        QFETCH(QString, language);
        QFETCH(QString, name);
        QFETCH(QString, salutation);
        QFETCH(QString, address);
        QFETCH(QString, greeting);
        Contact c;
        c.language = language;
        c.name = name;
        c.salutation = salutation;
        c.address = *addressFormFromString(address);
        QCOMPARE(ProspectFormat::greeting(c), greeting);
    }

    // A formal greeting's title in the other language is said, not sent in silence: "Guten
    // Tag Ms Müller" to a German reader, "Dear Frau Carter" to an English one.
    void aSalutationInTheOtherLanguageIsSaid_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("salutation");
        QTest::addColumn<bool>("said");
        QTest::newRow("German reader, Ms") << "de"
                                           << "Ms" << true;
        QTest::newRow("German reader, Frau Dr.") << "de"
                                                 << "Frau Dr." << false;
        QTest::newRow("English reader, Herr") << "en"
                                              << "Herr" << true;
        QTest::newRow("English reader, Mr.") << "en"
                                             << "Mr." << false;
    }
    void aSalutationInTheOtherLanguageIsSaid()
    {
        QFETCH(QString, language);
        QFETCH(QString, salutation);
        QFETCH(bool, said);
        const auto [id, now] = scenario(language, StepKind::Recap);
        changeDeal(
            id,
            [&](Deal &d) {
                d.contact.salutation = salutation;
                d.contact.address = AddressForm::Formal;
            },
            now);
        const auto d = DraftBuilder(*m_p).build(id, StepKind::Recap, now);
        QVERIFY(d.ok());
        const bool found =
            std::any_of(d->problems.cbegin(), d->problems.cend(),
                        [](const Problem &p) { return p.fix == Field::Salutation && !p.blocking; });
        QCOMPARE(found, said);
    }

    // Sie or du, the whole email says the same: the du set, and the meeting lines that name
    // the contact ("Ich rufe dich pünktlich zu dieser Zeit an."), never a Sie inside a du email.
    void duIsSaidThroughout()
    {
        const auto [id, now] = scenario("de-du", StepKind::Reminder);
        DraftBuilder builder(*m_p);
        const auto d = builder.build(id, StepKind::Reminder, now);
        QVERIFY(d.ok());
        QVERIFY2(d->body.startsWith("Hallo Jana,"), qPrintable(d->body));
        QVERIFY2(d->body.contains("Ich rufe dich pünktlich"), qPrintable(d->body));
        static const QRegularExpression formal("\\b(Sie|Ihnen|Ihre?[mnrs]?)\\b");
        QVERIFY2(!formal.match(d->body + d->subject).hasMatch(), qPrintable(d->body));
        QCOMPARE(d->language, "de");
        // An English reader cannot be addressed with du.
        Deal english = *m_p->deal(id);
        english.contact.language = "en";
        const Status s = m_p->validate(english);
        QVERIFY(!s);
        QCOMPARE(s.error().field, Field::Address);
    }

    void everyStepInBothLanguagesMatchesItsGoldenFiles_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("step");
        // "de-du": the German set that says du, for a contact the rep addresses so.
        for (const char *language : { "en", "de", "de-du" }) {
            for (const char *step :
                 { "recap", "reminder", "missed-call", "breakup", "early-breakup", "reengage" })
                QTest::addRow("%s %s", language, step) << language << step;
        }
    }
    void everyStepInBothLanguagesMatchesItsGoldenFiles()
    {
        QFETCH(QString, language);
        QFETCH(QString, step);
        // An early break-up: after one unanswered call, the proposed meeting still ahead is
        // called off with the email (a CANCEL travels with it).
        const bool early = step == "early-breakup";
        const StepKind kind = early ? StepKind::Breakup : *stepKindFromString(step);
        const auto [id, now] =
            early ? scenario(language, StepKind::MissedCall) : scenario(language, kind);
        DraftBuilder builder(*m_p);
        auto d = builder.build(id, kind, now);
        QVERIFY(d.ok());
        QCOMPARE(d->invite.has_value(), step == "recap" || step == "missed-call" || early);
        QVERIFY2(d->ready(), qPrintable(d->problemTexts().join('\n')));
        if (d->invite) // the meeting's UID is random: a fixed one keeps the golden files stable
            d->invite->uid = "3f2a9c1e-golden@ninetouch";
        QVERIFY2(d->problemTexts(false).isEmpty(), qPrintable(d->problemTexts(false).join('\n')));
        QString why;
        const QString name = language + "-" + step;
        QVERIFY2(matchesGolden(name + ".txt", (d->sentText()).toUtf8(), &why), qPrintable(why));
        const QByteArray eml = Email::toEml(d->message(now));
        QVERIFY2(matchesGolden(name + ".eml", stable(eml), &why), qPrintable(why));
        if (d->invite) {
            const auto ics = IcsWriter::write(*d->invite);
            QVERIFY(ics.ok());
            QVERIFY2(matchesGolden(name + ".ics", stable(*ics), &why), qPrintable(why));
            icalcomponent *cal = icalparser_parse_string(ics->constData());
            QVERIFY(cal);
            QCOMPARE(icalcomponent_get_method(cal),
                     early ? ICAL_METHOD_CANCEL : ICAL_METHOD_REQUEST);
            icalcomponent_free(cal);
        }
    }

    // A video call or a meeting in person is never announced as a call the rep will make: the
    // reminder and the invite (its summary and its text) name the way they meet.
    void theWayTheyMeetIsNamedRight_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<Channel>("channel");
        QTest::addColumn<QString>("said");
        QTest::addColumn<QString>("never");
        QTest::newRow("video, en") << "en" << Channel::Video << "video call"
                                   << "call you";
        QTest::newRow("in person, en") << "en" << Channel::InPerson << "meeting"
                                       << "call you";
        QTest::newRow("phone, en") << "en" << Channel::Phone << "call you"
                                   << "video";
        QTest::newRow("video, de") << "de" << Channel::Video << "Videotelefonat"
                                   << "ruft Sie";
        QTest::newRow("in person, de") << "de" << Channel::InPerson << "Treffen"
                                       << "rufe Sie";
        QTest::newRow("phone, de") << "de" << Channel::Phone << "Telefonat"
                                   << "Video";
    }
    void theWayTheyMeetIsNamedRight()
    {
        QFETCH(QString, language);
        QFETCH(Channel, channel);
        QFETCH(QString, said);
        QFETCH(QString, never);
        const qint64 id = withMeeting(language);
        const Meeting m = *must(m_p->activity().scheduledMeeting(id));
        QVERIFY(m_p->setMeeting(id, m.start, m.tz, m.minutes, m.agenda, channel, at("03-02T09:05"))
                    .ok());
        DraftBuilder builder(*m_p);
        const auto reminder = builder.build(id, StepKind::Reminder, at("03-04T09:05"));
        QVERIFY(reminder.ok());
        const QString text = reminder->sentText();
        QVERIFY2(text.contains(said) && !text.contains(never), qPrintable(text));
        const auto recap = builder.build(id, StepKind::Recap, at("03-02T09:10"));
        QVERIFY(recap.ok() && recap->invite);
        const auto ics = IcsWriter::write(*recap->invite);
        QVERIFY(ics.ok());
        const QString unfolded = QString::fromUtf8(*ics).remove("\r\n ");
        QVERIFY2(unfolded.contains(said) && !unfolded.contains(never), qPrintable(unfolded));
    }

    // The line about the invitation is true on every way out: with the invite attached (sent,
    // .eml) it comes with the email; copied, or in a mail link, it follows separately. Nothing
    // else in the text differs.
    void theInviteLineSaysWhereTheInviteIs_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("attached");
        QTest::addColumn<QString>("apart");
        QTest::newRow("recap, en") << "en"
                                   << "recap"
                                   << "invitation comes with this email."
                                   << "invitation follows in a separate email.";
        QTest::newRow("recap, de") << "de"
                                   << "recap"
                                   << "Kalendereinladung kommt mit dieser E-Mail."
                                   << "Kalendereinladung folgt in einer eigenen E-Mail.";
        QTest::newRow("missed call, en")
            << "en"
            << "missed-call"
            << "updated calendar invitation comes with this email."
            << "updated calendar invitation follows in a separate email.";
        QTest::newRow("missed call, de")
            << "de"
            << "missed-call"
            << "aktualisierte Kalendereinladung kommt mit dieser E-Mail."
            << "aktualisierte Kalendereinladung folgt in einer eigenen E-Mail.";
    }
    void theInviteLineSaysWhereTheInviteIs()
    {
        QFETCH(QString, language);
        QFETCH(QString, step);
        QFETCH(QString, attached);
        QFETCH(QString, apart);
        const auto [id, when] = scenario(language, *stepKindFromString(step));
        const auto d = DraftBuilder(*m_p).build(id, *stepKindFromString(step), when);
        QVERIFY(d.ok() && d->invite);
        QVERIFY2(d->body.contains(attached) && !d->body.contains(apart), qPrintable(d->body));
        QVERIFY2(d->bodyApart.contains(apart) && !d->bodyApart.contains(attached),
                 qPrintable(d->bodyApart));
        QCOMPARE(QString(d->bodyApart).replace(apart, attached), d->body);
        QCOMPARE(d->sentText(false), d->subject + "\n\n" + d->bodyApart);
        // A mail link never carries the attachment.
        const QString link = QUrl::fromPercentEncoding(d->mailto().toUtf8());
        QVERIFY2(link.contains(apart) && !link.contains(attached), qPrintable(link));
        // The .eml carries the invite and the text that says so.
        const QString eml = QString::fromUtf8(Email::toEml(d->message(when)));
        QVERIFY(eml.contains("text/calendar"));
    }

    // Python's email package (policy=default) reads every golden email: an invite step is
    // multipart/mixed holding a multipart/alternative of the text and the text/calendar part
    // with its method, then the .ics; the METHOD inside matches the part's. The rest is text.
    void aRealMailParserSeesTheInviteWhereCalendarsLook_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("structure");
        const auto invite = [](const char *method) {
            return QStringLiteral("multipart/mixed[multipart/alternative[text/plain,"
                                  "text/calendar;method=%1;vcalendar=%1],"
                                  "application/ics;attachment=invite.ics;vcalendar=%1]")
                .arg(QLatin1String(method));
        };
        for (const char *language : { "en", "de" }) {
            const QString l = QLatin1String(language);
            QTest::addRow("%s recap", language) << l + "-recap" << invite("REQUEST");
            QTest::addRow("%s missed-call", language) << l + "-missed-call" << invite("REQUEST");
            QTest::addRow("%s early-breakup", language) << l + "-early-breakup" << invite("CANCEL");
            for (const char *plain : { "reminder", "breakup", "reengage" })
                QTest::addRow("%s %s", language, plain)
                    << l + "-" + QLatin1String(plain) << QStringLiteral("text/plain");
        }
    }
    void aRealMailParserSeesTheInviteWhereCalendarsLook()
    {
        QFETCH(QString, name);
        QFETCH(QString, structure);
        QProcess python;
        python.start("python3",
                     { QStringLiteral(NINETOUCH_TEST_DATA "/../output/eml_structure.py"),
                       goldenDir + "/" + name + ".eml" });
        QVERIFY2(python.waitForFinished(20000), "python3 did not answer");
        QCOMPARE(python.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(python.readAllStandardOutput()).trimmed(), structure);
    }

    void theComputersZoneNeverChangesAByte()
    {
        // The same draft rendered by ninetouch-cli under two process zones.
        const qint64 id = addDeal("de");
        Deal d = *m_p->deal(id);
        const Deal before = d;
        d.contact.tz.clear(); // a contact imported without a zone: the rep's is used
        QVERIFY(m_p->editDeal(id, before, d, at("03-01T12:00")).ok());
        QVERIFY(m_p->setMeeting(id, at("03-05T10:00"), {}, 30, "Preise", Channel::Phone,
                                at("03-02T09:00"))
                    .ok());
        const QString path = m_p->database().path();
        QByteArray outputs[2];
        int i = 0;
        for (const char *tz : { "UTC", "Asia/Tokyo" }) {
            QProcess cli;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert("TZ", tz);
            cli.setProcessEnvironment(env);
            cli.start(NINETOUCH_CLI,
                      { "--db", path, "--now", "2026-03-02T09:10:00+01:00", "--json", "draft",
                        QString::number(id), "recap" });
            QVERIFY(cli.waitForFinished(20000));
            QCOMPARE(cli.exitCode(), 0);
            outputs[i++] = cli.readAllStandardOutput();
        }
        QCOMPARE(outputs[1], outputs[0]);
        QVERIFY(outputs[0].contains("10:00 Uhr (Mitteleuropäische Normalzeit)"));
    }

    void theProspectsConventions_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("tz");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("expected");
        QTest::newRow("an English contact in Europe") << "en"
                                                      << "Europe/London"
                                                      << ""
                                                      << "on Thursday 5 March 2026 at 09:00.";
        QTest::newRow("an English contact in New York") << "en"
                                                        << "America/New_York"
                                                        << ""
                                                        << "on Thursday, March 5, 2026 at 4:00 AM.";
        QTest::newRow("a German contact") << "de"
                                          << "Europe/Berlin"
                                          << ""
                                          << "am Donnerstag, 5. März 2026 um 10:00 Uhr.";
        QTest::newRow("a German contact in Vienna") << "de"
                                                    << "Europe/Vienna"
                                                    << ""
                                                    << "am Donnerstag, 5. März 2026 um 10:00 Uhr.";
        QTest::newRow("an English contact whose region is given: the US reads 12-hour time")
            << "en"
            << "Europe/Berlin"
            << "US"
            << "on Thursday, March 5, 2026 at 10:00 AM.";
        QTest::newRow("an English contact in Tokyo: day before month, 24-hour time")
            << "en"
            << "Asia/Tokyo"
            << ""
            << "on Thursday 5 March 2026 at 18:00.";
        QTest::newRow("an English contact in Paris: day before month, 24-hour time")
            << "en"
            << "Europe/Paris"
            << ""
            << "on Thursday 5 March 2026 at 10:00.";
        QTest::newRow("a contact without a zone: the zone is named")
            << "en"
            << ""
            << ""
            << "at 10:00 (Central European Standard Time).";
    }
    void theProspectsConventions()
    {
        QFETCH(QString, language);
        QFETCH(QString, tz);
        QFETCH(QString, region);
        QFETCH(QString, expected);
        const qint64 id = addDeal(language);
        changeDeal(
            id,
            [&](Deal &d) {
                d.contact.tz = tz;
                d.contact.region = region;
            },
            at("03-01T12:00"));
        // The meeting in the contact's zone (the rep's when they have none): 10:00 Berlin.
        QVERIFY(m_p->setMeeting(id, at("03-05T10:00"), {}, 30, "Pricing", Channel::Phone,
                                at("03-02T09:00"))
                    .ok());
        const auto draft = DraftBuilder(*m_p).build(id, StepKind::Recap, at("03-02T09:10"));
        QVERIFY(draft.ok());
        QVERIFY2(draft->body.contains(expected), qPrintable(draft->body));
    }

    void theValueSummaryEndsASentence_data()
    {
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("reads");
        QTest::newRow("typed without a full stop") << "You cut failed deliveries by a quarter"
                                                   << ": You cut failed deliveries by a quarter.\n";
        QTest::newRow("with its own full stop") << "You cut failed deliveries by a quarter."
                                                << ": You cut failed deliveries by a quarter.\n";
        QTest::newRow("ending in a question") << "Fewer failed deliveries, who would not?"
                                              << ": Fewer failed deliveries, who would not?\n";
        QTest::newRow("a closing quote after the stop")
            << "In your words: \"fewer failed deliveries.\""
            << ": In your words: \"fewer failed deliveries.\"\n";
        QTest::newRow("a bracket without a stop")
            << "You save a quarter (about 40,000 a year)"
            << ": You save a quarter (about 40,000 a year).\n";
    }
    void theValueSummaryEndsASentence()
    {
        QFETCH(QString, summary);
        QFETCH(QString, reads);
        const qint64 id = withMeeting("en", {}, summary); // 10:00 in New York, 16:00 here
        QVERIFY(m_p->meetingMissed(id, 0, at("03-05T16:05")).ok());
        const auto d = DraftBuilder(*m_p).build(id, StepKind::Breakup, at("03-05T16:10"));
        QVERIFY(d.ok());
        QVERIFY2(d->ready(), qPrintable(d->problemTexts().join('\n')));
        QVERIFY2(d->body.contains(reads), qPrintable(d->body));
    }

    void aDealWithoutATopicIsNamedByItsTitleWithAWarning()
    {
        const qint64 id = withMeeting("en");
        changeDeal(
            id, [](Deal &d) { d.topic.clear(); }, at("03-02T09:05"));
        const auto d = DraftBuilder(*m_p).build(id, StepKind::Recap, at("03-02T09:10"));
        QVERIFY(d.ok());
        QVERIFY(d->invite);
        QVERIFY2(d->invite->summary.contains("Fleet – Acme"), qPrintable(d->invite->summary));
        const auto topic = std::find_if(d->problems.cbegin(), d->problems.cend(),
                                        [](const Problem &p) { return p.fix == Field::Topic; });
        QVERIFY2(topic != d->problems.cend(), qPrintable(d->problemTexts().join('\n')));
        QVERIFY(!topic->blocking);
        QVERIFY(topic->text.contains("\"Fleet – Acme\""));
        QVERIFY2(d->ready(), qPrintable(d->problemTexts().join('\n'))); // a warning only
        // With a topic, no warning.
        const auto withTopic = withMeeting("en");
        const auto e = DraftBuilder(*m_p).build(withTopic, StepKind::Recap, at("03-02T09:10"));
        QVERIFY(e.ok());
        QVERIFY(std::none_of(e->problems.cbegin(), e->problems.cend(),
                             [](const Problem &p) { return p.fix == Field::Topic; }));
    }

    void aLastFirstNameGreetsTheFirstName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("firstName");
        QTest::addColumn<QString>("greeted");
        QTest::newRow("First Last") << "Jana Müller"
                                    << ""
                                    << "Jana";
        QTest::newRow("Last, First") << "Smith, John"
                                     << ""
                                     << "John";
        QTest::newRow("Last, First Middle") << "Müller, Jana Maria"
                                            << ""
                                            << "Jana";
        QTest::newRow("a title is skipped") << "Dr. Jana Müller"
                                            << ""
                                            << "Jana";
        QTest::newRow("Herr and a last name is greeted formally") << "Herr Müller"
                                                                  << ""
                                                                  << "Herr Müller";
        QTest::newRow("Frau Dr. and a last name is greeted formally") << "Frau Dr. Weber"
                                                                      << ""
                                                                      << "Frau Dr. Weber";
        QTest::newRow("Mrs and a last name is greeted formally") << "Mrs Jones"
                                                                 << ""
                                                                 << "Mrs Jones";
        QTest::newRow("Mr with a first name greets the first name") << "Mr John Smith"
                                                                    << ""
                                                                    << "John";
        QTest::newRow("Prof without a dot is skipped") << "Prof Anna Berg"
                                                       << ""
                                                       << "Anna";
        QTest::newRow("the first name the rep gave wins") << "Müller, Johanna"
                                                          << "Hanna"
                                                          << "Hanna";
    }
    void aMissedCallEmailTheNextMorningSaysYesterday_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("said");
        QTest::newRow("en") << "en"
                            << "I called you yesterday at";
        QTest::newRow("de") << "de"
                            << "ich habe Sie gestern wie vereinbart";
    }
    void aMissedCallEmailTheNextMorningSaysYesterday()
    {
        QFETCH(QString, language);
        QFETCH(QString, said);
        const auto [id, sameDay] = scenario(language, StepKind::MissedCall);
        DraftBuilder builder(*m_p);
        const auto today = builder.build(id, StepKind::MissedCall, sameDay);
        QVERIFY(today.ok());
        QVERIFY2(!today->body.contains(said), qPrintable(today->body));
        const auto nextMorning = builder.build(id, StepKind::MissedCall, at("2026-03-06T09:30"));
        QVERIFY(nextMorning.ok());
        QVERIFY2(nextMorning->body.contains(said), qPrintable(nextMorning->body));
    }

    void aLastFirstNameGreetsTheFirstName()
    {
        QFETCH(QString, name);
        QFETCH(QString, firstName);
        QFETCH(QString, greeted);
        Contact c;
        c.name = name;
        c.firstName = firstName;
        QCOMPARE(c.greetingName(), greeted);
    }

    void theInternalTitleNeverReachesTheProspect()
    {
        const auto [id, now] = scenario("en", StepKind::Recap);
        DraftBuilder builder(*m_p);
        for (StepKind step : DraftBuilder::emailSteps()) {
            const auto d = builder.build(id, step, now);
            QVERIFY(d.ok());
            QVERIFY(!d->sentText().contains("Fleet – Acme"));
        }
        const auto invite = builder.invite(id, Invite::Method::Request, now);
        QVERIFY(!invite->summary.contains("Fleet – Acme"));
        QVERIFY(invite->summary.contains("fleet tracking rollout"));
    }

    void aTimeTheClocksShowTwiceIsNamed_data()
    {
        QTest::addColumn<QString>("tz");
        QTest::addColumn<QString>("local");
        QTest::addColumn<QString>("expected");
        QTest::newRow("New York, the first 1:30 of the fall-back night")
            << "America/New_York"
            << "2026-11-01T01:30"
            << "at 1:30 AM (Eastern Daylight Time)";
        QTest::newRow("Berlin, the first 02:30 of the fall-back night")
            << "Europe/Berlin"
            << "2026-10-25T02:30"
            << "um 02:30 Uhr (Mitteleuropäische Sommerzeit)";
        QTest::newRow("New York, the second 1:30, given with its offset")
            << "America/New_York"
            << "2026-11-01T01:30:00-05:00"
            << "at 1:30 AM (Eastern Standard Time)";
        QTest::newRow("New York, an hour later: once only, no zone") << "America/New_York"
                                                                     << "2026-11-01T02:30"
                                                                     << "at 2:30 AM.";
        QTest::newRow("New York, the spring-forward night: once only, no zone")
            << "America/New_York"
            << "2026-03-08T03:30"
            << "at 3:30 AM.";
    }
    void aTimeTheClocksShowTwiceIsNamed()
    {
        QFETCH(QString, tz);
        QFETCH(QString, local);
        QFETCH(QString, expected);
        const QString language = tz.startsWith("Europe") ? "de" : "en";
        const qint64 id = addDeal(language);
        const QTimeZone zone(tz.toUtf8());
        const QDateTime typed = QDateTime::fromString(local, Qt::ISODate);
        const QDateTime start = typed.timeSpec() == Qt::OffsetFromUTC
            ? typed.toUTC()
            : instantAt(typed.date(), typed.time(), zone); // as the rep typed it
        const QDateTime now = start.addDays(-3);
        QVERIFY(m_p->setMeeting(id, start, {}, 30, language == "de" ? "Preise" : "Pricing",
                                Channel::Phone, now)
                    .ok());
        const auto draft = DraftBuilder(*m_p).build(id, StepKind::Recap, now.addSecs(60));
        QVERIFY(draft.ok());
        QVERIFY2(draft->body.contains(expected), qPrintable(draft->body));
    }

    void textTypedInAnotherLanguageIsFlagged()
    {
        // A German contact, an English value summary: a warning that points at the summary.
        const qint64 id = addDeal("de", "You cut failed deliveries by a quarter in three months.");
        const QDateTime now = at("03-02T10:00");
        QVERIFY(m_p->setMeeting(id, at("03-05T10:00"), {}, 30, "Pricing and the rollout plan",
                                Channel::Phone, now)
                    .ok());
        const auto d = DraftBuilder(*m_p).build(id, StepKind::Recap, now.addSecs(60));
        QVERIFY(d.ok());
        QVERIFY(d->ready()); // a warning, not a refusal
        const QList<Problem> warnings = [&] {
            QList<Problem> w;
            for (const Problem &p : d->problems)
                if (!p.blocking)
                    w << p;
            return w;
        }();
        QCOMPARE(warnings.size(), 1); // the agenda: the recap does not state the summary
        QCOMPARE(int(warnings.constFirst().fix), int(Field::Agenda));
        QVERIFY(warnings.constFirst().text.contains("German"));
    }

    // The value summary a break-up restates, and a body the rep rewrote, in English to a
    // German reader: each a warning that points at what to fix.
    void theSummaryAndAnEditedBodyAreCheckedToo()
    {
        const qint64 id = withMeeting(
            "de", 1, "You cut failed deliveries by a quarter within the first three months.");
        QVERIFY(m_p->meetingMissed(id, 0, at("2026-03-05T17:00")).ok());
        const QDateTime now = at("2026-03-05T17:10");
        DraftBuilder builder(*m_p);
        const auto breakup = builder.build(id, StepKind::Breakup, now);
        QVERIFY(breakup.ok());
        const auto warnsOf = [](const Draft &d, Field field) {
            return std::any_of(d.problems.cbegin(), d.problems.cend(),
                               [field](const Problem &p) { return !p.blocking && p.fix == field; });
        };
        QVERIFY2(warnsOf(*breakup, Field::ValueSummary),
                 qPrintable(breakup->problemTexts().join('\n')));
        // The German template rewritten in English by the rep.
        EmailTemplate tpl = must(builder.templates().get(StepKind::MissedCall, "de"));
        tpl.body = "Hi {{contact.first_name}},\n\nI called you as agreed but could not reach "
                   "you. I will call you again on {{slot.date}} at {{slot.time}} instead.\n\n"
                   "Best regards,\n{{rep.signature}}\n";
        tpl.custom = true;
        const auto edited = builder.build(id, tpl, now);
        QVERIFY(edited.ok());
        QVERIFY2(
            std::any_of(edited->problems.cbegin(), edited->problems.cend(),
                        [](const Problem &p) { return !p.blocking && p.text.contains("German"); }),
            qPrintable(edited->problemTexts().join('\n')));
        // The template as shipped, in German: no such warning.
        const auto shipped = builder.build(id, StepKind::MissedCall, now);
        QVERIFY(shipped.ok());
        QVERIFY(!std::any_of(shipped->problems.cbegin(), shipped->problems.cend(),
                             [](const Problem &p) { return p.text.contains("Deutsch"); }));
    }

    // The break-up's deadline is the end of the rep's working day five business days on: a
    // prospect far east reads that day, not the next one the clock there already shows.
    void theDeadlineIsTheRulesDayWhereverTheProspectIs_data()
    {
        QTest::addColumn<QString>("tz");
        QTest::addColumn<QString>("day");
        QTest::newRow("New York, its morning") << "America/New_York"
                                               << "Thursday 12 March 2026";
        QTest::newRow("Singapore, past midnight there") << "Asia/Singapore"
                                                        << "Thursday 12 March 2026";
        QTest::newRow("Tokyo, the next morning there") << "Asia/Tokyo"
                                                       << "Thursday 12 March 2026";
    }
    void theDeadlineIsTheRulesDayWhereverTheProspectIs()
    {
        QFETCH(QString, tz);
        QFETCH(QString, day);
        const qint64 id = addDeal("en", {}, 1);
        changeDeal(
            id,
            [&](Deal &d) {
                d.contact.tz = tz;
                d.contact.region = "GB"; // one way of writing dates for every row
            },
            at("03-01T12:00"));
        QVERIFY(m_p->setMeeting(id, at("03-05T10:00"), {}, 30, "Pricing", Channel::Phone,
                                at("03-02T09:00"))
                    .ok());
        QVERIFY(m_p->meetingMissed(id, 0, at("03-05T10:05")).ok());
        const auto d = DraftBuilder(*m_p).build(id, StepKind::Breakup, at("03-05T10:10"));
        QVERIFY(d.ok());
        QVERIFY2(d->body.contains("by " + day), qPrintable(d->body));
    }

    void aShortAgendaInAnotherLanguageIsFlagged_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("agenda");
        QTest::addColumn<bool>("flagged");
        QTest::newRow("one English word to a German reader") << "de"
                                                             << "Pricing" << true;
        QTest::newRow("a short English agenda to a German reader") << "de"
                                                                   << "Pricing and rollout" << true;
        QTest::newRow("a short German agenda to a German reader") << "de"
                                                                  << "Preise und Termine" << false;
        QTest::newRow("a short German agenda to an English reader") << "en"
                                                                    << "Preise und Termine" << true;
        QTest::newRow("a short English agenda to an English reader")
            << "en"
            << "Pricing and rollout" << false;
        QTest::newRow("a word both languages use says nothing") << "de"
                                                                << "Demo" << false;
    }
    void aShortAgendaInAnotherLanguageIsFlagged()
    {
        QFETCH(QString, language);
        QFETCH(QString, agenda);
        QFETCH(bool, flagged);
        const qint64 id = addDeal(language);
        const QDateTime now = at("03-02T10:00");
        QVERIFY(m_p->setMeeting(id, at("03-05T10:00"), {}, 30, agenda, Channel::Phone, now).ok());
        const auto d = DraftBuilder(*m_p).build(id, StepKind::Recap, now.addSecs(60));
        QVERIFY(d.ok());
        const bool agendaFlagged =
            std::any_of(d->problems.cbegin(), d->problems.cend(),
                        [](const Problem &p) { return p.fix == Field::Agenda && !p.blocking; });
        QCOMPARE(agendaFlagged, flagged);
    }

    void readyOnlyWhatMakesSenseNow_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("history"); // what happened before
        QTest::addColumn<QString>("reason"); // empty: ready
        QTest::newRow("a recap with no meeting set") << "recap"
                                                     << ""
                                                     << "no meeting to recap";
        QTest::newRow("a recap once the meeting is set") << "recap"
                                                         << "set"
                                                         << "";
        QTest::newRow("a second recap for the same meeting") << "recap"
                                                             << "set,recap"
                                                             << "was sent on";
        QTest::newRow("a missed-call email while the call is still ahead") << "missed-call"
                                                                           << "set"
                                                                           << "call is still ahead";
        QTest::newRow("a missed-call email after the miss") << "missed-call"
                                                            << "set,miss"
                                                            << "";
        QTest::newRow("a second missed-call email for the same miss") << "missed-call"
                                                                      << "set,miss,missed-call"
                                                                      << "No call was missed";
        QTest::newRow("an early break-up before any call was missed") << "breakup"
                                                                      << "set"
                                                                      << "not missed a call";
        QTest::newRow("an early break-up after a missed call") << "breakup"
                                                               << "set,miss"
                                                               << "";
        QTest::newRow("a break-up with nothing set") << "breakup"
                                                     << ""
                                                     << "No pursuit";
        QTest::newRow("a second break-up email") << "breakup"
                                                 << "set,breakup"
                                                 << "already sent";
        QTest::newRow("a reminder days ahead of its due day") << "reminder"
                                                              << "set"
                                                              << "Not yet";
        QTest::newRow("a re-engage email for an open deal") << "reengage"
                                                            << "set"
                                                            << "for a lost deal";
    }
    void readyOnlyWhatMakesSenseNow()
    {
        QFETCH(QString, step);
        QFETCH(QString, history);
        QFETCH(QString, reason);
        const qint64 id = addDeal("en");
        QDateTime now = at("03-02T09:00");
        for (const QString &event : history.split(',', Qt::SkipEmptyParts)) {
            now = now.addSecs(300);
            if (event == "set") {
                QVERIFY(
                    m_p->setMeeting(id, at("03-05T10:00"), {}, 30, "Pricing", Channel::Phone, now)
                        .ok());
            } else if (event == "miss") {
                now = at("03-05T10:05");
                QVERIFY(m_p->meetingMissed(id, 0, now).ok());
            } else {
                QVERIFY(m_p->logTouch(id, *touchKindFromString(event), {}, {}, {}, now).ok());
            }
        }
        now = now.addSecs(60);
        const auto d = DraftBuilder(*m_p).build(id, *stepKindFromString(step), now);
        QVERIFY(d.ok());
        if (reason.isEmpty()) {
            QVERIFY2(d->ready(), qPrintable(d->problemTexts().join('\n')));
        } else {
            QVERIFY(!d->ready());
            QVERIFY2(d->problemTexts().constFirst().contains(reason),
                     qPrintable(d->problemTexts().join('\n')));
        }
    }

    // Blocked, and still readable: the preview says what the email would say after the call.
    void aMissedCallEmailBeforeTheCallPreviewsTheRulesSlot()
    {
        const qint64 id = withMeeting("en"); // Thursday 5 March, 10:00 New York
        const QDateTime now = at("03-02T09:10");
        const auto d = DraftBuilder(*m_p).build(id, StepKind::MissedCall, now);
        QVERIFY(d.ok());
        QVERIFY(!d->ready());
        QVERIFY2(!d->subject.contains("{{") && !d->body.contains("{{"), qPrintable(d->body));
        // Missed at 10:00 on the day, the next try two business days later at the same time.
        QVERIFY2(d->body.contains("at 10:00 AM"), qPrintable(d->body));
        QVERIFY2(d->body.contains("Monday, March 9, 2026 at 10:00 AM"), qPrintable(d->body));
    }

    void whatTheComposerOpensOn()
    {
        const qint64 id = addDeal("en");
        DraftBuilder builder(*m_p);
        auto due = builder.dueEmail(id, at("03-02T09:00"));
        QVERIFY(due.ok());
        QVERIFY(!due->step); // set the meeting first
        QVERIFY2(due->instead.startsWith("Nothing to send now."), qPrintable(due->instead));
        QVERIFY(m_p->setMeeting(id, at("03-05T10:00"), {}, 30, "Pricing", Channel::Phone,
                                at("03-02T09:05"))
                    .ok());
        due = builder.dueEmail(id, at("03-02T09:06"));
        QCOMPARE(int(*due->step), int(StepKind::Recap));
    }

    void templatesInTheDatabaseAreCheckedWhenRendered_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("problem");
        QTest::newRow("an unclosed placeholder") << "Next steps: {{meeting.date"
                                                 << "Hi {{contact.first_name|there}}"
                                                 << "A placeholder is not closed in the subject";
        QTest::newRow("an empty subject") << "   "
                                          << "Hi"
                                          << "The subject is empty.";
        QTest::newRow("a subject of two lines") << "Next\r\nBcc: evil@example.com"
                                                << "Hi"
                                                << "The subject must be one line.";
        QTest::newRow("a subject of 5,000 characters") << QString("x").repeated(5000) << "Hi"
                                                       << "characters long; keep it under 250";
        QTest::newRow("an unknown placeholder in the body") << "Next steps"
                                                            << "Hi {{contact.shoe_size}}"
                                                            << "Unknown placeholder";
    }
    void templatesInTheDatabaseAreCheckedWhenRendered()
    {
        // Written past Templates::save, as another program or an old version could have.
        QFETCH(QString, subject);
        QFETCH(QString, body);
        QFETCH(QString, problem);
        const auto [id, now] = scenario("en", StepKind::Recap);
        QVERIFY(m_p->saveTemplate(StepKind::Recap, "en", StoredTemplate { subject, body }));
        const auto d = DraftBuilder(*m_p).build(id, StepKind::Recap, now);
        QVERIFY(d.ok());
        QVERIFY(!d->ready());
        QVERIFY2(d->problemTexts(true).join('\n').contains(problem),
                 qPrintable(d->problemTexts(true).join('\n')));
        // Whatever a stored template holds, the .eml's header lines stay within RFC 5322.
        for (const QByteArray &line : Email::toEml(d->message(now)).split('\n'))
            QVERIFY(line.size() <= 998);
    }

    void aLateRecapThanksForTheRightDay_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("when");
        QTest::addColumn<QString>("expected");
        QTest::newRow("the same day") << "en"
                                      << "03-02T17:00"
                                      << "Thank you for your time today.";
        QTest::newRow("the next day") << "en"
                                      << "03-03T09:00"
                                      << "Thank you for your time yesterday.";
        QTest::newRow("am nächsten Tag") << "de"
                                         << "03-03T09:00"
                                         << "vielen Dank für Ihre Zeit gestern.";
        QTest::newRow("two days later") << "de"
                                        << "03-04T09:00"
                                        << "vielen Dank für Ihre Zeit am Montag.";
    }
    void aLateRecapThanksForTheRightDay()
    {
        QFETCH(QString, language);
        QFETCH(QString, when);
        QFETCH(QString, expected);
        const qint64 id = withMeeting(language); // agreed on Monday 2 March
        const auto d = DraftBuilder(*m_p).build(id, StepKind::Recap, at(when));
        QVERIFY(d.ok());
        QVERIFY2(d->body.contains(expected), qPrintable(d->body));
    }

    // A meeting without an agenda: the rep reads what to add, in words, never a placeholder's
    // name; the recap, reminder and missed-call emails wait for it.
    // A meeting at an hour one side does not work, or on top of another: the email still
    // goes (the rep may have agreed to it), but never as "ready" without a word.
    void aTimeOneSideDoesNotWorkIsSaid_data()
    {
        QTest::addColumn<QString>("contactZone");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QStringList>("said");
        QTest::newRow("Sunday 03:30 in Singapore")
            << "Asia/Singapore"
            << "Asia/Singapore"
            << "2026-03-08T03:30+08:00"
            << QStringList { "not one of your working days", "not a working day there" };
        QTest::newRow("the rep's afternoon, Singapore's night")
            << "Asia/Singapore"
            << "Asia/Singapore"
            << "2026-03-05T15:00+01:00" << QStringList { "outside working hours there" };
        QTest::newRow("a working hour for both") << "Europe/Berlin"
                                                 << "Europe/Berlin"
                                                 << "2026-03-05T10:00+01:00" << QStringList {};
        // Written in Singapore time, 03:00 there is 20:00 the evening before in Berlin, the
        // contact's clock and the rep's: only the rep's hours are said, never "Singapore time".
        QTest::newRow("a Berlin contact's meeting written in Singapore time")
            << "Europe/Berlin"
            << "Asia/Singapore"
            << "2026-03-05T03:00+08:00" << QStringList { "outside your working hours" };
        QTest::newRow("a New York contact: their own clock, not the meeting's")
            << "America/New_York"
            << "Asia/Singapore"
            << "2026-03-05T22:00+08:00" << QStringList {}; // 09:00 in New York, 15:00 in Berlin
    }
    void aTimeOneSideDoesNotWorkIsSaid()
    {
        QFETCH(QString, contactZone);
        QFETCH(QString, zone);
        QFETCH(QString, start);
        QFETCH(QStringList, said);
        const qint64 id = addDeal("en");
        const QDateTime now = at("03-02T10:00");
        changeDeal(
            id, [&](Deal &d) { d.contact.tz = contactZone; }, now.addSecs(-60));
        QVERIFY(m_p->setMeeting(id, at(start), zone, 30, "Pricing and the rollout plan",
                                Channel::Phone, now)
                    .ok());
        const auto d = DraftBuilder(*m_p).build(id, StepKind::Recap, now.addSecs(60));
        QVERIFY(d.ok());
        QStringList warnings;
        for (const Problem &p : d->problems) {
            QVERIFY2(!p.blocking, qPrintable(p.text));
            if (p.fix == Field::MeetingStart)
                warnings << p.text;
        }
        QCOMPARE(warnings.size(), said.size());
        for (int i = 0; i < said.size(); ++i)
            QVERIFY2(warnings.at(i).contains(said.at(i)), qPrintable(warnings.at(i)));
        QCOMPARE(d->problems.isEmpty(), said.isEmpty());
    }

    void aMissingAgendaIsAskedForInWords_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << "en";
        QTest::newRow("German") << "de";
    }
    void aMissingAgendaIsAskedForInWords()
    {
        QFETCH(QString, language);
        const qint64 id = addDeal(language);
        const QDateTime now = at("03-02T10:00");
        QVERIFY(m_p->setMeeting(id, at("03-05T10:00"), {}, 30, {}, Channel::Phone, now).ok());
        const QList<std::pair<StepKind, QDateTime>> due {
            { StepKind::Recap, now.addSecs(60) }, { StepKind::Reminder, at("03-04T09:05") }
        };
        for (const auto &[step, when] : due) {
            const auto d = DraftBuilder(*m_p).build(id, step, when);
            QVERIFY(d.ok());
            QVERIFY(!d->ready());
            const QString problems = d->problemTexts(true).join('\n');
            QVERIFY2(!problems.contains("{{") && !problems.contains("placeholder"),
                     qPrintable(problems));
            QVERIFY2(problems.contains("no agenda"), qPrintable(problems));
            QVERIFY(std::any_of(d->problems.cbegin(), d->problems.cend(), [](const Problem &p) {
                return p.fix == Field::Agenda && p.blocking;
            }));
        }
    }

    void anInviteWithoutATitleIsNotReady()
    {
        const auto [id, now] = scenario("en", StepKind::Recap);
        QVERIFY(m_p->saveTemplate(StepKind::Invite, "en", StoredTemplate { "", "Agenda" }));
        const auto d = DraftBuilder(*m_p).build(id, StepKind::Recap, now);
        QVERIFY(d.ok());
        QVERIFY(!d->ready());
        QVERIFY(d->problemTexts(true).join('\n').contains("The invite has no title"));
    }

    void breakupIsNeverReadyWithoutValueOrDeadline()
    {
        const qint64 id = addDeal("en", " ");
        Deal d = *m_p->deal(id);
        const Deal before = d;
        d.valueSummary.clear();
        QVERIFY(m_p->editDeal(id, before, d, at("03-01T12:00")).ok());
        QVERIFY(m_p->setMeeting(id, at("03-05T10:00"), {}, 30, "Pricing", Channel::Phone,
                                at("03-02T09:00"))
                    .ok());
        DraftBuilder builder(*m_p);
        auto draft = builder.build(id, StepKind::Breakup, at("03-02T09:10"));
        QVERIFY(draft.ok());
        QVERIFY(!draft->ready());
        QVERIFY(draft->problemTexts().join(' ').contains("value summary"));
        QVERIFY(std::any_of(draft->problems.cbegin(), draft->problems.cend(),
                            [](const Problem &p) { return p.fix == Field::ValueSummary; }));

        const auto [other, now] = scenario("en", StepKind::Breakup);
        EmailTemplate noDeadline = Templates::defaultTemplate(StepKind::Breakup, "en");
        noDeadline.body.replace("{{decision.deadline}}", "soon");
        draft = builder.build(other, noDeadline, now);
        QVERIFY(!draft->ready());
        QVERIFY(draft->problemTexts().join(' ').contains("{{decision.deadline}}"));
    }

    void aCancelOutranksEveryRequestSentForItsMeeting()
    {
        // The early break-up's draft carries the CANCEL before the meeting is called off.
        const qint64 id = withMeeting("en");
        DraftBuilder builder(*m_p);
        const auto request = builder.invite(id, Invite::Method::Request, at("03-02T09:10"));
        const auto draft = builder.build(id, StepKind::Breakup, at("03-03T09:00"));
        QVERIFY(draft.ok() && draft->invite);
        QCOMPARE(draft->invite->uid, request->uid);
        QVERIFY(draft->invite->sequence > request->sequence);
        // Once the break-up is logged and the meeting called off, the same number.
        QVERIFY(m_p->recordSent(id, TouchKind::Breakup, draft->sentText(), false, at("03-03T09:01"))
                    .ok());
        const auto cancel = builder.invite(id, Invite::Method::Cancel, at("03-03T09:02"));
        QCOMPARE(cancel->sequence, draft->invite->sequence);
    }

    void inviteFollowsTheMeetingAcrossReschedules()
    {
        const qint64 id = withMeeting("en");
        DraftBuilder builder(*m_p);
        const auto first = builder.invite(id, Invite::Method::Request, at("03-02T09:01"));
        QVERIFY(
            m_p->setMeeting(id, at("03-06T15:00"), {}, 30, {}, Channel::Phone, at("03-03T09:00"))
                .ok());
        const auto moved = builder.invite(id, Invite::Method::Request, at("03-03T09:01"));
        QCOMPARE(moved->uid, first->uid);
        QVERIFY(moved->sequence > first->sequence);
        QCOMPARE(moved->start, at("03-06T15:00"));
        QVERIFY(m_p->meetingMissed(id, 0, at("03-06T15:05")).ok());
        const auto proposed = builder.invite(id, Invite::Method::Request, at("03-06T15:06"));
        QCOMPARE(proposed->uid, first->uid);
        QVERIFY(proposed->sequence > moved->sequence);
    }

    void sentWithTheInviteRecordsTheInviteToo()
    {
        const auto [id, now] = scenario("de", StepKind::Recap);
        auto d = DraftBuilder(*m_p).build(id, StepKind::Recap, now);
        d.value().body += "PS: Grüße an das Team.\n"; // the rep edited the draft
        QVERIFY(m_p->recordSent(id, TouchKind::Recap, d->sentText(), true, now).ok());
        const auto touches = must(m_p->activity().touches(id));
        QCOMPARE(toString(touches.at(touches.size() - 2).kind), "recap");
        QCOMPARE(touches.at(touches.size() - 2).body, d->sentText());
        QCOMPARE(toString(touches.last().kind), "invite");
        // Nothing left to send for this meeting before the reminder.
        QCOMPARE(toString(m_p->cadence(id, now)->nextStep()->kind), "reminder");
    }
};

QTEST_GUILESS_MAIN(TestDrafts)
#include "tst_drafts.moc"
