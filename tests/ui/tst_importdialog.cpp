// The import dialog as a rep switching from Pipedrive uses it: the file's layout shown, the
// columns mapped (a combo per column), what will happen listed, one undoable import.
#include "commands.h"
#include "dbdump.h"
#include "importdialog.h"
#include "pipelinefixture.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace NineTouch;
using namespace NineTouchUi;
using namespace TestSupport;

class TestImportDialog : public QObject
{
    Q_OBJECT

    static QString data(const QString &name)
    {
        return QStringLiteral(NINETOUCH_TEST_DATA "/import/") + name;
    }

private slots:
    void aPipedriveExportIsPreviewedImportedAndUndone()
    {
        PipelineFixture f;
        QUndoStack stack;
        UndoController undo(stack);
        ImportDialog dialog(*f.pipeline, undo, [] { return at("05-04T10:00"); });
        QVERIFY(dialog.openFile(data("pipedrive-deals.csv")));
        QCOMPARE(DealImport::formatName(dialog.plan().format), "Pipedrive");
        QVERIFY2(dialog.summary().contains("Will create 3, update 0 and skip 0 deals."),
                 qPrintable(dialog.summary()));
        QVERIFY(!dialog.summary().contains("New stages")); // Pipedrive's read as the rep's
        QVERIFY(dialog.summary().contains("Deal - Owner"));
        QVERIFY(dialog.canImport());
        // Each column has its combo, set to what it was recognised as.
        auto *table = dialog.findChild<QTableWidget *>();
        QCOMPARE(table->rowCount(), dialog.plan().headers.size());
        auto *titleCombo = qobject_cast<QComboBox *>(table->cellWidget(1, 2));
        QCOMPARE(ImportField(titleCombo->currentData().toInt()), ImportField::Title);
        // Taking the title from another column moves it there.
        dialog.mapColumn(2, ImportField::Title); // "Deal - Owner"
        QCOMPARE(ImportField(titleCombo->currentData().toInt()), ImportField::Ignore);
        dialog.mapColumn(1, ImportField::Title);
        QCOMPARE(ImportField(titleCombo->currentData().toInt()), ImportField::Title);

        dialog.accept();
        QCOMPARE(dialog.imported().created, 3);
        QCOMPARE(must(f.pipeline->deals().list()).size(), 3);
        QCOMPARE(stack.count(), 1);
        QVERIFY(undo.undo().ok());
        QCOMPARE(must(f.pipeline->deals().list()).size(), 0);
        QCOMPARE(must(f.pipeline->stages()).size(), 5); // the new stages went too
        QVERIFY(undo.redo().ok());
        QCOMPARE(must(f.pipeline->deals().list()).size(), 3);
    }

    // A German Excel sheet: the dialog says how it read the file, before anything is written.
    void theFilesLayoutIsShown()
    {
        PipelineFixture f;
        QUndoStack stack;
        UndoController undo(stack);
        ImportDialog dialog(*f.pipeline, undo, [] { return at("05-04T10:00"); });
        QVERIFY(dialog.openFile(data("excel-de-windows1252.csv")));
        QStringList shown;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            shown << label->text();
        const QString all = shown.join('\n');
        QVERIFY2(all.contains("windows-1252") && all.contains("semicolons"), qPrintable(all));
        QVERIFY2(dialog.summary().contains("Will create 2"), qPrintable(dialog.summary()));
        // "Angebot" and "Verhandlung" are the rep's Proposal and Negotiation: no new stages.
        QVERIFY2(!dialog.summary().contains("New stages"), qPrintable(dialog.summary()));
        QVERIFY2(dialog.summary().contains("read German"), qPrintable(dialog.summary()));
        QCOMPARE(must(f.pipeline->deals().list()).size(), 0); // a preview writes nothing
    }

    // A file that says nothing of its contacts' language and zone: the summary says what they
    // get, and the rep sets both for the file with the two fields above the columns. A stage
    // the rep does not have is named with its place.
    void theRepSetsTheLanguageAndZoneForTheFile()
    {
        PipelineFixture f;
        QUndoStack stack;
        UndoController undo(stack);
        QTemporaryDir dir;
        QFile file(dir.filePath("pipedrive.csv"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Deal - Title,Organization - Name,Person - Name,Person - Email - Work,"
                   "Deal - Stage\nPilot,Acme,Jo Doe,jo@acme.example,Contact Made\n");
        file.close();
        ImportDialog dialog(*f.pipeline, undo, [] { return at("05-04T10:00"); });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.openFile(file.fileName()));
        QVERIFY2(dialog.summary().contains("read English: the file gives no language"),
                 qPrintable(dialog.summary()));
        QVERIFY2(dialog.summary().contains("in your own time zone (Europe/Berlin)"),
                 qPrintable(dialog.summary()));
        QVERIFY2(dialog.summary().contains("Contact Made (after Qualified)"),
                 qPrintable(dialog.summary()));

        QComboBox *language = nullptr;
        QComboBox *zone = nullptr;
        for (QComboBox *c : dialog.findChildren<QComboBox *>()) {
            if (c->accessibleName() == "Language of contacts without one")
                language = c;
            if (c->accessibleName() == "Time zone of contacts without one")
                zone = c;
        }
        QVERIFY(language && zone);
        // As a rep does it: the keyboard on the language, a city typed for the zone.
        language->setFocus();
        QTest::keyClick(language, Qt::Key_End); // German, the last
        QCOMPARE(language->currentData().toString(), "de");
        QVERIFY2(dialog.summary().contains("read German, as chosen for this file"),
                 qPrintable(dialog.summary()));
        zone->lineEdit()->selectAll();
        QTest::keyClicks(zone->lineEdit(), "Wien");
        zone->lineEdit()->setFocus();
        QTest::keyClick(zone->lineEdit(), Qt::Key_Tab);
        QCOMPARE(zone->currentText(), "Europe/Vienna");
        QVERIFY2(dialog.summary().contains("in Europe/Vienna, as chosen for this file"),
                 qPrintable(dialog.summary()));
        // A zone that is none stops the import, and says why.
        zone->setCurrentText("Atlantis");
        emit zone->lineEdit()->editingFinished();
        QVERIFY(!dialog.canImport());
        QVERIFY2(dialog.problems().contains("'Atlantis' is not a known time zone"),
                 qPrintable(dialog.problems()));
        zone->setCurrentText("Europe/Vienna");
        emit zone->lineEdit()->editingFinished();
        QVERIFY(dialog.canImport());

        dialog.accept();
        const Deal pilot = must(f.pipeline->deals().list()).constFirst();
        QCOMPARE(pilot.contact.language, "de");
        QCOMPARE(pilot.contact.tz, "Europe/Vienna");
        QCOMPARE(pilot.stage, "Contact Made");
        QCOMPARE(dialog.newStages(), QStringList { "Contact Made" });
    }

    // Cancelled while it runs: nothing written, nothing to undo, the dialog still open.
    void cancellingALargeImportWritesNothing()
    {
        PipelineFixture f;
        QUndoStack stack;
        UndoController undo(stack);
        QTemporaryDir dir;
        const QString path = dir.filePath("large.csv");
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("title,organization,contact,email\n");
        for (int i = 0; i < 3000; ++i)
            out.write(QStringLiteral("Deal %1,Org %1,Person %1,p%1@org.example\n").arg(i).toUtf8());
        out.close();
        ImportDialog dialog(*f.pipeline, undo, [] { return at("05-04T10:00"); });
        QVERIFY(dialog.openFile(path));
        const Dump before = dumpDatabase(f.path());
        // The rep presses Cancel on the progress as soon as it runs.
        bool cancelled = false;
        QTimer press;
        press.setInterval(0);
        QObject::connect(&press, &QTimer::timeout, &dialog, [&] {
            if (auto *progress = dialog.findChild<QProgressDialog *>()) {
                progress->cancel();
                cancelled = true;
                press.stop();
            }
        });
        press.start();
        dialog.accept();
        QVERIFY(cancelled);
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open, not accepted
        QVERIFY2(!dialog.problems().isEmpty(), "the dialog says the import did not happen");
        QCOMPARE(stack.count(), 0);
        QCOMPARE(dumpDatabase(f.path()), before);
    }

    void aFileThatCannotBeReadSaysWhyAndOffersNoImport()
    {
        PipelineFixture f;
        QUndoStack stack;
        UndoController undo(stack);
        ImportDialog dialog(*f.pipeline, undo, [] { return at("05-04T10:00"); });
        QVERIFY(!dialog.openFile("/dev/zero"));
        QVERIFY(dialog.problems().contains("not a regular file"));
        QVERIFY(!dialog.canImport());
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
