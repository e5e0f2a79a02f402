#include "importdialog.h"

#include "commands.h"
#include "fieldlabels.h"
#include "filedialogs.h"
#include "names.h"
#include "zonebox.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace NineTouchUi {

using namespace NineTouch;

ImportDialog::ImportDialog(Pipeline &pipeline, UndoController &undo,
                           std::function<QDateTime()> clock, QWidget *parent)
    : QDialog(parent)
    , m_pipeline(pipeline)
    , m_undo(undo)
    , m_clock(std::move(clock))
    , m_file(new QLineEdit)
    , m_layout(new QLabel)
    , m_language(new QComboBox)
    , m_zone(createZoneBox())
    , m_columns(new QTableWidget(0, 3))
    , m_summary(new QLabel)
    , m_error(new QLabel)
    , m_rows(new QTreeWidget)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Import deals"));
    auto *intro = new QLabel(tr("Bring your deals from a CSV file: NineTouch's own export, or the "
                                "deals export of Pipedrive, HubSpot or Salesforce. Nothing is "
                                "written until you import, and Undo takes an import back."));
    intro->setWordWrap(true);
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("No file chosen"));
    auto *chooseButton = new QPushButton(tr("&Choose…"));
    connect(chooseButton, &QPushButton::clicked, this, &ImportDialog::choose);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(chooseButton);
    m_layout->setWordWrap(true);

    // What new contacts get where the file says nothing of them (no language or zone column, no
    // country, no phone number of a country): the rep's choice, else English and the rep's zone.
    m_language->addItem(tr("English (German for German column names)"), QString());
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("German"), QStringLiteral("de"));
    m_language->setAccessibleName(tr("Language of contacts without one"));
    connect(m_language, &QComboBox::activated, this, &ImportDialog::defaultsEdited);
    m_zone->setItemText(0, QString());
    m_zone->lineEdit()->setPlaceholderText(
        tr("Yours (%1)").arg(QString::fromUtf8(m_pipeline.settings().zone().id())));
    const QString why = tr("A contact's language and time zone come from the file first: its "
                           "columns, its country, the country of its phone number. These two "
                           "decide only where nothing in the file does.");
    m_language->setToolTip(why);
    m_zone->setToolTip(m_zone->toolTip() + QLatin1Char('\n') + why);
    m_zone->setAccessibleName(tr("Time zone of contacts without one"));
    m_zone->setMinimumContentsLength(28);
    m_zone->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_zone, &QComboBox::activated, this, &ImportDialog::defaultsEdited);
    connect(m_zone->lineEdit(), &QLineEdit::editingFinished, this, &ImportDialog::defaultsEdited);
    auto *defaults = new QFormLayout;
    defaults->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    defaults->addRow(tr("Where nothing says, contacts &read:"), m_language);
    defaults->addRow(tr("Where nothing says, their time &zone is:"), m_zone);

    m_columns->setHorizontalHeaderLabels(
        { tr("Column in the file"), tr("First value"), tr("Imported as") });
    m_columns->verticalHeader()->hide();
    m_columns->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_columns->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_columns->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->setAccessibleName(tr("Columns"));

    m_summary->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #d64545"));
    m_error->hide();
    m_rows->setHeaderLabels({ tr("Row"), tr("Deal"), tr("What happens") });
    m_rows->setRootIsDecorated(false);
    m_rows->setAccessibleName(tr("Rows updated or skipped"));
    m_rows->header()->setSectionResizeMode(2, QHeaderView::Stretch);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_layout);
    layout->addLayout(defaults);
    layout->addWidget(m_columns, 3);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_rows, 2);
    layout->addWidget(m_buttons);
    resize(860, 620);
}

void ImportDialog::choose()
{
    const QString dir = m_path.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)
        : QFileInfo(m_path).absolutePath();
    const QString path = FileDialogs::openFile(this, tr("Import deals"), dir,
                                               tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool ImportDialog::openFile(const QString &path)
{
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_outcome.reset();
    m_plan = {};
    m_columns->setRowCount(0);
    m_rows->clear();
    auto file = TextFile::read(path);
    auto plan = file ? DealImport::read(*file) : Result<DealImport::Plan>(file.error());
    if (!plan) {
        m_layout->clear();
        m_summary->clear();
        m_error->setText(plan.error().message);
        m_error->show();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return false;
    }
    m_plan = *plan;
    const QString separator = m_plan.separator == u'\t' ? tr("tabs")
        : m_plan.separator == u';'                      ? tr("semicolons")
                                                        : tr("commas");
    m_layout->setText(tr("<b>%1</b> export · %2 · fields separated by %3 · %n row(s)", nullptr,
                         int(m_plan.rows.size()))
                          .arg(m_plan.format == DealImport::Format::Csv
                                   ? tr("A CSV")
                                   : DealImport::formatName(m_plan.format),
                               m_plan.encoding, separator));
    fillColumns();
    defaultsEdited(); // the language and zone chosen, then what the file will do
    return true;
}

void ImportDialog::fillColumns()
{
    m_columns->setRowCount(int(m_plan.headers.size()));
    const QList<ImportField> fields = DealImport::allFields();
    for (int c = 0; c < m_plan.headers.size(); ++c) {
        const QString header = m_plan.headers.at(c).trimmed();
        m_columns->setItem(
            c, 0, new QTableWidgetItem(header.isEmpty() ? tr("(column %1)").arg(c + 1) : header));
        QString example;
        for (const QStringList &row : std::as_const(m_plan.rows)) {
            example = row.value(c).simplified();
            if (!example.isEmpty())
                break;
        }
        m_columns->setItem(c, 1, new QTableWidgetItem(example));
        auto *combo = new QComboBox;
        for (ImportField f : fields)
            combo->addItem(DealImport::fieldLabel(f), int(f));
        combo->setCurrentIndex(combo->findData(int(m_plan.fields.value(c))));
        combo->setAccessibleName(tr("Import column %1 as").arg(header));
        connect(combo, &QComboBox::activated, this,
                [this, c, combo] { mapColumn(c, ImportField(combo->currentData().toInt())); });
        m_columns->setCellWidget(c, 2, combo);
    }
}

void ImportDialog::mapColumn(int column, ImportField field)
{
    if (column < 0 || column >= m_plan.fields.size())
        return;
    // A field goes to one column: another column that had it gives it up.
    if (field != ImportField::Ignore) {
        for (ImportField &f : m_plan.fields) {
            if (f == field)
                f = ImportField::Ignore;
        }
    }
    m_plan.fields[column] = field;
    for (int c = 0; c < m_plan.fields.size(); ++c) {
        if (auto *combo = qobject_cast<QComboBox *>(m_columns->cellWidget(c, 2)))
            combo->setCurrentIndex(combo->findData(int(m_plan.fields.at(c))));
    }
    recompute();
}

void ImportDialog::setContactDefaults(const QString &language, const QString &tz)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    m_zone->setCurrentText(tz);
    defaultsEdited();
}

void ImportDialog::defaultsEdited()
{
    if (Status s = DealImport::setContactDefaults(m_plan, m_language->currentData().toString(),
                                                  m_zone->currentText());
        !s) {
        m_outcome.reset();
        m_rows->clear();
        m_error->setText(tr("Time zone: %1").arg(s.error().message));
        m_error->show();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    if (m_zone->currentText() != m_plan.tz)
        m_zone->setCurrentText(m_plan.tz); // "Wien" → Europe/Vienna
    if (!m_plan.headers.isEmpty())
        recompute();
}

void ImportDialog::recompute()
{
    m_rows->clear();
    auto outcome = DealImport::prepare(m_plan, m_pipeline, m_clock());
    if (!outcome) {
        m_outcome.reset();
        m_summary->clear();
        m_error->setText(outcome.error().message);
        m_error->show();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    m_outcome = *outcome;
    m_error->hide();
    QStringList lines;
    lines << tr("Will create %1, update %2 and skip %3 deals.")
                 .arg(outcome->created)
                 .arg(outcome->updated)
                 .arg(outcome->skipped);
    if (!outcome->newStages.isEmpty()) {
        QStringList placed;
        for (qsizetype i = 0; i < outcome->newStages.size(); ++i) {
            const QString after = outcome->newStagesAfter.value(i);
            placed << (after.isEmpty()
                           ? tr("%1 (first)").arg(outcome->newStages.at(i))
                           : tr("%1 (after %2)").arg(outcome->newStages.at(i), stageLabel(after)));
        }
        lines << tr("New stages (rename or move them in Settings ▸ Stages): %1.")
                     .arg(placed.join(QStringLiteral(", ")));
    }
    const QStringList unused = m_plan.unusedColumns();
    if (!unused.isEmpty())
        lines << tr("Not imported: %1.").arg(unused.join(QStringLiteral(", ")));
    lines << outcome->notes;
    m_summary->setText(lines.join(QLatin1Char('\n')));
    for (const auto &r : outcome->rows) {
        if (r.action == DealImport::RowOutcome::Action::Create)
            continue;
        auto *item = new QTreeWidgetItem(
            { QString::number(r.line), r.title,
              (r.action == DealImport::RowOutcome::Action::Update ? tr("Updated: %1")
                                                                  : tr("Skipped: %1"))
                  .arg(r.reason) });
        item->setToolTip(2, r.reason);
        m_rows->addTopLevelItem(item);
    }
    m_rows->setVisible(m_rows->topLevelItemCount() > 0);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canImport());
}

bool ImportDialog::canImport() const
{
    return m_outcome && (m_outcome->created + m_outcome->updated) > 0;
}

QString ImportDialog::summary() const
{
    return m_summary->text();
}

QStringList ImportDialog::newStages() const
{
    return m_outcome ? m_outcome->newStages : QStringList();
}

QString ImportDialog::problems() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ImportDialog::accept()
{
    if (!canImport())
        return;
    const int total = m_outcome->created + m_outcome->updated;
    // A large file shows its progress and can be cancelled; nothing is written then.
    QProgressDialog progress(tr("Importing %n deal(s)…", nullptr, total), tr("Cancel"), 0, total,
                             this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    auto command =
        std::make_unique<ImportCommand>(m_pipeline, m_outcome->batch, QFileInfo(m_path).fileName(),
                                        m_clock(), [&progress](int done, int) {
                                            progress.setValue(done);
                                            QApplication::processEvents();
                                            return !progress.wasCanceled();
                                        });
    const ImportCommand *running = command.get();
    const Status s = m_undo.push(std::move(command));
    progress.reset();
    if (!s) {
        recompute(); // against the database as it is now
        m_error->setText(errorText(s.error()));
        m_error->show();
        return;
    }
    m_imported = running->counts();
    QDialog::accept();
}

} // namespace NineTouchUi
