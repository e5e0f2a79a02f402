// The app's small dialogs as a rep types into them: times typed over what is shown, a meeting
// set from typed text, the reasons a deal is lost.
#include "commands.h"
#include "datefield.h"
#include "dealform.h"
#include "lostdialog.h"
#include "meetingdialogs.h"
#include "pipelinefixture.h"
#include "settingsdialog.h"
#include "timefield.h"
#include "zonebox.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

using namespace NineTouch;
using namespace NineTouchUi;
using namespace TestSupport;

class TestDialogs : public QObject
{
    Q_OBJECT

private slots:
    void timesAsRepsTypeThem_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QTime>("time");
        QTest::newRow("with a colon") << "14:30" << QTime(14, 30);
        QTest::newRow("digits only") << "1430" << QTime(14, 30);
        QTest::newRow("with a dot") << "14.30" << QTime(14, 30);
        QTest::newRow("an hour") << "9" << QTime(9, 0);
        QTest::newRow("afternoon, US style") << "2:30 pm" << QTime(14, 30);
        QTest::newRow("noon, US style") << "12 PM" << QTime(12, 0);
        QTest::newRow("midnight, US style") << "12:15 am" << QTime(0, 15);
        QTest::newRow("German style") << "14:30 Uhr" << QTime(14, 30);
        QTest::newRow("not a time") << "soon" << QTime();
        QTest::newRow("no such hour") << "25:00" << QTime();
        QTest::newRow("no such minute") << "14:75" << QTime();
        QTest::newRow("13 pm") << "13 pm" << QTime();
    }
    void timesAsRepsTypeThem()
    {
        QFETCH(QString, typed);
        QFETCH(QTime, time);
        QCOMPARE(TimeField::parse(typed).value_or(QTime()), time);
    }

    // Dates read whole, as the rep writes them, or refused with the reason: never another day.
    void datesAsRepsTypeThem_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("problem");
        const QDate none;
        QTest::newRow("as the field writes it") << "en_GB"
                                                << "Mon 30 Nov 2026" << QDate(2026, 11, 30) << "";
        QTest::newRow("without the weekday") << "en_GB"
                                             << "30 Nov 2026" << QDate(2026, 11, 30) << "";
        QTest::newRow("the month in full") << "en_GB"
                                           << "30 November 2026" << QDate(2026, 11, 30) << "";
        QTest::newRow("American order with a comma") << "en_US"
                                                     << "Nov 30, 2026" << QDate(2026, 11, 30) << "";
        QTest::newRow("American numbers") << "en_US"
                                          << "11/30/2026" << QDate(2026, 11, 30) << "";
        QTest::newRow("British numbers") << "en_GB"
                                         << "30/11/26" << QDate(2026, 11, 30) << "";
        QTest::newRow("ISO") << "en_GB"
                             << "2026-11-30" << QDate(2026, 11, 30) << "";
        QTest::newRow("no year: the next such day") << "en_GB"
                                                    << "5 Jan" << QDate(2027, 1, 5) << "";
        QTest::newRow("German, as the field writes it")
            << "de_DE"
            << "Mo. 30 Nov. 2026" << QDate(2026, 11, 30) << "";
        QTest::newRow("German numbers") << "de_DE"
                                        << "30.11.2026" << QDate(2026, 11, 30) << "";
        QTest::newRow("German, day and month") << "de_DE"
                                               << "30.12." << QDate(2026, 12, 30) << "";
        QTest::newRow("German words") << "de_DE"
                                      << "Montag, 30. November 2026" << QDate(2026, 11, 30) << "";
        QTest::newRow("English in a German app") << "de_DE"
                                                 << "Mon 30 Nov 2026" << QDate(2026, 11, 30) << "";
        QTest::newRow("the wrong weekday")
            << "en_GB"
            << "Tue 30 Nov 2026" << none << "is a Monday, not a Tuesday";
        QTest::newRow("no such day") << "en_GB"
                                     << "31 Nov 2026" << none << "is not a date";
        QTest::newRow("words") << "en_GB"
                               << "next Tuesday" << none << "is not a date";
        QTest::newRow("nothing") << "en_GB"
                                 << "" << none << "Type the date";
    }
    void datesAsRepsTypeThem()
    {
        QFETCH(QString, language);
        QFETCH(QString, typed);
        QFETCH(QDate, date);
        QFETCH(QString, problem);
        const DateField::Reading r = DateField::read(typed, QDate(2026, 12, 5), QLocale(language));
        QCOMPARE(r.date, date);
        QVERIFY2(r.problem.contains(problem), qPrintable(r.problem));
        if (date.isValid()) // what the field writes, it reads back
            QCOMPARE(DateField::read(DateField::written(date, QLocale(language)), date,
                                     QLocale(language))
                         .date,
                     date);
    }

    // What OK refused is said until the rep edits the field it was about, then it goes: a
    // corrected date never stays under a red "is not a date".
    void aRefusalGoesWhenTheRepCorrectsIt()
    {
        PipelineFixture f;
        const qint64 id = f.addDeal("Fleet tracking");
        MeetingDialog dialog(*f.pipeline, id, at("03-02T09:00"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *date = dialog.findChild<DateField *>();
        QVERIFY(date);
        date->selectAll();
        QTest::keyClicks(date, "Wed 913 Mar 2026");
        dialog.accept();
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        QLabel *error = nullptr;
        for (QLabel *l : dialog.findChildren<QLabel *>()) {
            if (l->isVisible() && l->objectName() != "timeWarning"
                && l->styleSheet().contains("d64545"))
                error = l;
        }
        QVERIFY2(error, "no error shown for a date that is none");
        date->selectAll();
        QTest::keyClicks(date, "Wed 11 Mar 2026");
        QVERIFY2(error->isHidden(), qPrintable(error->text()));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    // The time typed is checked as the rep types: a Sunday night is said in amber; a
    // working hour says nothing; the meeting can still be set.
    void anOddHourIsSaidAsTheRepTypes()
    {
        PipelineFixture f;
        const qint64 id = f.addDeal("Fleet tracking");
        MeetingDialog dialog(*f.pipeline, id, at("03-02T09:00"));
        auto *warning = dialog.findChild<QLabel *>("timeWarning");
        auto *date = dialog.findChild<DateField *>();
        auto *time = dialog.findChild<TimeField *>();
        QVERIFY(warning && date && time);
        QVERIFY(warning->isHidden()); // the dialog's own proposal is a working hour
        date->selectAll();
        QTest::keyClicks(date, "Sun 8 Mar 2026");
        QVERIFY(!warning->isHidden());
        QVERIFY2(warning->text().contains("not one of your working days"),
                 qPrintable(warning->text()));
        date->selectAll();
        QTest::keyClicks(date, "Mon 9 Mar 2026");
        time->setCurrentText("03:30");
        QVERIFY2(warning->text().contains("outside your working hours"),
                 qPrintable(warning->text()));
        time->setCurrentText("10:00");
        QVERIFY(warning->isHidden());
        time->setCurrentText("03:30");
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted)); // said, not refused
    }

    // The trial's case: "Mon 30 Nov 2026" typed over the date shown was saved as 30 December.
    void aDateTypedOverTheShownOneIsTaken()
    {
        PipelineFixture f;
        const qint64 id = f.addDeal("Fleet tracking");
        MeetingDialog dialog(*f.pipeline, id, at("03-02T09:00"));
        auto *date = dialog.findChild<DateField *>();
        QVERIFY(date);
        date->selectAll();
        QTest::keyClicks(date, "Mon 30 Nov 2026");
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.start().toTimeZone(QTimeZone("Europe/Berlin")).date(), QDate(2026, 11, 30));
        // A weekday that is not the date's is said, and nothing is set.
        MeetingDialog again(*f.pipeline, id, at("03-02T09:00"));
        auto *d2 = again.findChild<DateField *>();
        d2->selectAll();
        QTest::keyClicks(d2, "Tue 30 Nov 2026");
        again.accept();
        QVERIFY(again.result() != int(QDialog::Accepted));
        QVERIFY(!again.start().isValid());
        QLabel *error = nullptr;
        for (QLabel *l : again.findChildren<QLabel *>()) {
            if (l->text().contains("not a Tuesday"))
                error = l;
        }
        QVERIFY(error);
    }

    void aTimeTypedOverTheShownOneIsTaken()
    {
        PipelineFixture f;
        const qint64 id = f.addDeal("Fleet tracking");
        MeetingDialog dialog(*f.pipeline, id, at("03-02T09:00"));
        auto *time = dialog.findChild<TimeField *>();
        QVERIFY(time);
        time->lineEdit()->selectAll();
        QTest::keyClicks(time->lineEdit(), "1430");
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.start().toTimeZone(QTimeZone("Europe/Berlin")).time(), QTime(14, 30));
        // Nonsense is said, not replaced by the default.
        MeetingDialog again(*f.pipeline, id, at("03-02T09:00"));
        auto *t2 = again.findChild<TimeField *>();
        t2->lineEdit()->selectAll();
        QTest::keyClicks(t2->lineEdit(), "half past two");
        again.accept();
        QVERIFY(again.result() != int(QDialog::Accepted));
        QVERIFY(!again.start().isValid());
    }

    // A new contact's language follows the zone the rep picks until the rep picks one; an
    // existing deal's language never changes by itself.
    void aNewContactsLanguageFollowsTheZone()
    {
        DealForm form;
        Deal fresh;
        form.setDeal(fresh);
        auto *zone = form.findChild<QComboBox *>("timeZone");
        auto *language = form.findChild<QComboBox *>("language");
        QVERIFY(zone && language);
        zone->setCurrentText("Europe/Vienna");
        QCOMPARE(language->currentData().toString(), "de");
        zone->setCurrentText("America/New_York");
        QCOMPARE(language->currentData().toString(), "en");
        // Chosen by the rep: kept.
        language->setCurrentIndex(language->findData("de"));
        emit language->activated(language->currentIndex());
        zone->setCurrentText("Europe/London");
        QCOMPARE(language->currentData().toString(), "de");
        // An existing deal: as it is.
        Deal existing;
        existing.id = 7;
        existing.contact.language = "en";
        existing.contact.tz = "Europe/London";
        form.setDeal(existing);
        zone->setCurrentText("Europe/Berlin");
        QCOMPARE(language->currentData().toString(), "en");
    }

    // How the emails will address the contact shows in the form as the rep sets it: the
    // greeting and, in German, Sie or du; what the form gives back is what was chosen.
    void theFormShowsHowTheEmailsOpen()
    {
        DealForm form;
        Deal d;
        d.id = 3;
        d.contact.name = "Jana Müller";
        d.contact.language = "de";
        form.setDeal(d);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        auto *greeting = form.findChild<QLabel *>("greeting");
        auto *address = form.findChild<QComboBox *>("address");
        auto *salutation = form.findChild<QComboBox *>("salutation");
        QVERIFY(greeting && address && salutation);
        QVERIFY2(greeting->text().contains("“Guten Tag Jana Müller,” and say Sie"),
                 qPrintable(greeting->text()));
        salutation->lineEdit()->setFocus();
        QTest::keyClicks(salutation->lineEdit(), "Frau");
        QVERIFY2(greeting->text().contains("“Guten Tag Frau Müller,”"),
                 qPrintable(greeting->text()));
        address->setFocus();
        QTest::keyClick(address, Qt::Key_End); // du, the last choice
        QVERIFY2(greeting->text().contains("“Hallo Jana,” and say du"),
                 qPrintable(greeting->text()));
        const auto back = form.deal(d);
        QVERIFY(back.ok());
        QCOMPARE(back->contact.salutation, "Frau");
        QVERIFY(back->contact.address == AddressForm::Du);
        // Another deal shows its own.
        Deal other;
        other.contact.name = "Sam Carter";
        other.contact.language = "en";
        form.setDeal(other);
        QVERIFY2(greeting->text().contains("“Hi Sam,”"), qPrintable(greeting->text()));
        QCOMPARE(salutation->currentText(), QString());
    }

    // The zone field finds a zone by a city or a country as a rep types it, lists the places in
    // its popup, and keeps the zone's id; a name that stands for one zone becomes its id.
    void theZoneFieldFindsCitiesAndCountries_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("listed");
        QTest::addColumn<QString>("kept");
        QTest::newRow("a zone's city") << "New York"
                                       << "America/New_York"
                                       << "America/New_York";
        QTest::newRow("a city in another's zone") << "Munich"
                                                  << "Europe/Berlin"
                                                  << "Europe/Berlin";
        QTest::newRow("German, umlaut written out") << "Muenchen"
                                                    << "Europe/Berlin"
                                                    << "Europe/Berlin";
        QTest::newRow("a German city name") << "Wien"
                                            << "Europe/Vienna"
                                            << "Europe/Vienna";
        QTest::newRow("a country of many zones: listed, not chosen") << "United States"
                                                                     << "America/Chicago"
                                                                     << "United States";
    }
    void theZoneFieldFindsCitiesAndCountries()
    {
        QFETCH(QString, typed);
        QFETCH(QString, listed);
        QFETCH(QString, kept);
        QWidget window;
        QComboBox *zone = createZoneBox(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        zone->setFocus();
        QTest::keyClicks(zone->lineEdit(), typed);
        QCompleter *completer = zone->completer();
        QStringList shown;
        for (int row = 0; row < completer->completionCount(); ++row) {
            completer->setCurrentRow(row);
            shown << completer->currentCompletion();
        }
        QVERIFY2(shown.contains(listed), qPrintable(shown.join(", ")));
        // The popup names the place: a city and its country, in the app's language.
        completer->setCurrentRow(int(shown.indexOf(listed)));
        const QString label =
            completer->popup()->model()->index(completer->currentRow(), 0).data().toString();
        QVERIFY2(label.contains(" · ") && label.endsWith(listed), qPrintable(label));
        completer->popup()->hide();
        emit zone->lineEdit()->editingFinished();
        QCOMPARE(zone->currentText(), kept);
    }

    void settingsSavedElsewhereAreNeverOverwritten()
    {
        PipelineFixture f;
        QUndoStack stack;
        UndoController undo(stack);
        SettingsDialog d(*f.pipeline, undo);
        d.show();
        auto *name = d.findChild<QLineEdit *>("rep.name");
        auto *currency = d.findChild<QLineEdit *>("rep.currency");
        auto *error = d.findChild<QLabel *>("settingsError");
        QVERIFY(name && currency && error);
        // While the dialog is open, the CLI changes the name.
        QVERIFY(f.other()->setSetting("rep.name", "Kim Weber").ok());
        currency->setText("chf");
        d.accept();
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QVERIFY(f.pipeline->refresh().ok());
        QCOMPARE(f.pipeline->settings().currency, "CHF");
        QCOMPARE(f.pipeline->settings().repName, "Kim Weber"); // not put back

        SettingsDialog again(*f.pipeline, undo);
        again.show();
        QVERIFY(f.other()->setSetting("rep.name", "Sam Lee").ok());
        QVERIFY(f.other()->setSetting("holidays", "2026-12-24").ok()); // not in conflict
        again.findChild<QLineEdit *>("rep.name")->setText("Alex Morgan");
        again.findChild<QSpinBox *>("cadence.cycles")->setValue(4);
        again.accept();
        QVERIFY(again.isVisible()); // refused: the dialog stays with what the rep typed
        auto *said = again.findChild<QLabel *>("settingsError");
        QVERIFY2(said->isVisible() && said->text().contains("Your name (now “Sam Lee”)"),
                 qPrintable(said->text()));
        QCOMPARE(again.findChild<QLineEdit *>("rep.name")->text(), "Alex Morgan");
        QCOMPARE(f.pipeline->settings().repName, "Sam Lee");
        QCOMPARE(f.pipeline->settings().policy.cycles, 3); // nothing of the edit written
        // OK again: the rep keeps their own on purpose.
        again.accept();
        QVERIFY(!again.isVisible());
        QCOMPARE(f.pipeline->settings().repName, "Alex Morgan");
        QCOMPARE(f.pipeline->settings().policy.cycles, 4);
        QCOMPARE(f.pipeline->settings().value("holidays"), "2026-12-24"); // theirs stays
    }

    void lostReasons()
    {
        LostDialog before("Fleet tracking", false);
        before.choose(0); // the break-up reason is not offered before the break-up
        QVERIFY(before.reason().isEmpty());
        before.choose(2);
        QCOMPARE(before.reason(), "No budget");
        before.setDetails("  frozen until   Q3 ");
        QCOMPARE(before.reason(), "No budget: frozen until Q3");
        LostDialog after("Fleet tracking", true);
        QCOMPARE(after.reason(), Pipeline::breakupLostReason());
        after.choose(5); // Other: the rep's own words
        QVERIFY(after.reason().isEmpty());
        after.setDetails("Merged with a competitor");
        QCOMPARE(after.reason(), "Merged with a competitor");
        QVERIFY(after.minimumSizeHint().width() >= 360 || after.minimumWidth() >= 360);
    }
};

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
