// Bringing deals in from a CSV file: the file's format, encoding and separator as detected; a
// column-mapping table (guessed first, a combo per column); what will be created, updated and
// skipped, and why; then the import itself in one undoable step, with a progress bar that can
// cancel it (nothing is written on cancel or error).
#pragma once

#include "dealimport.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTreeWidget;

namespace NineTouchUi {

class UndoController;

class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(NineTouch::Pipeline &pipeline, UndoController &undo,
                 std::function<QDateTime()> clock, QWidget *parent = nullptr);

    // Reads a file (what "Choose…" does after its file dialog); false when it cannot be used.
    bool openFile(const QString &path);
    // Takes a column for a field, as the column's combo does.
    void mapColumn(int column, NineTouch::ImportField field);
    // What contacts the file says nothing about get, as the two fields above the columns set
    // it: a language ("en", "de") and a zone, each empty for "as their country says".
    void setContactDefaults(const QString &language, const QString &tz);
    bool canImport() const;
    QString summary() const; // what the summary line says
    QString problems() const; // why nothing can be imported, if so
    QStringList newStages() const; // the stages the import adds
    const NineTouch::DealImport::Plan &plan() const { return m_plan; }

    // Imports; the dialog closes when it is done. Public for tests.
    void accept() override;

    // What the last import did (after accept()).
    NineTouch::ImportCounts imported() const { return m_imported; }

private:
    void choose();
    void fillColumns();
    void recompute();
    void defaultsEdited();

    NineTouch::Pipeline &m_pipeline;
    UndoController &m_undo;
    std::function<QDateTime()> m_clock;
    QString m_path;
    NineTouch::DealImport::Plan m_plan;
    std::optional<NineTouch::DealImport::Outcome> m_outcome;
    NineTouch::ImportCounts m_imported;

    QLineEdit *m_file;
    QLabel *m_layout;
    QComboBox *m_language;
    QComboBox *m_zone;
    QTableWidget *m_columns;
    QLabel *m_summary;
    QLabel *m_error;
    QTreeWidget *m_rows;
    QDialogButtonBox *m_buttons;
};

} // namespace NineTouchUi
