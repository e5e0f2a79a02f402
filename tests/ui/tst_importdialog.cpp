// The import dialog as a rep switching from Pipedrive uses it: the file's layout shown, the
// columns mapped (a combo per column), what will happen listed, one undoable import.
#include "commands.h"
#include "importdialog.h"
#include "pipelinefixture.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
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
        QCOMPARE(dialog.plan().format, "Pipedrive");
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
