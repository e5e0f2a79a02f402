#include "fileactions.h"

#include "dealcsv.h"
#include "failure.h"
#include "filedialogs.h"
#include "importdialog.h"
#include "newdealdialog.h"
#include "pipeline.h"
#include "privatefile.h"

#include <QAction>
#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QWidget>

namespace NineTouchUi {

using namespace NineTouch;

FileActions::FileActions(Pipeline &pipeline, UndoController &undo, std::function<QDateTime()> now,
                         QWidget *window)
    : QObject(window)
    , m_pipeline(pipeline)
    , m_undo(undo)
    , m_now(std::move(now))
    , m_window(window)
{
    const auto add = [this](Action id, const QString &text, const QKeySequence &key,
                            void (FileActions::*slot)()) {
        auto *a = new QAction(text, m_window);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        m_actions[size_t(id)] = a;
        m_window->addAction(a);
    };
    add(Action::NewDeal, tr("&New deal…"), QKeySequence::New, &FileActions::newDeal);
    add(Action::Import, tr("&Import deals…"), QKeySequence(tr("Ctrl+Shift+I")),
        &FileActions::importDeals);
    add(Action::Export, tr("&Export deals…"), QKeySequence(tr("Ctrl+Shift+E")),
        &FileActions::exportDeals);
    add(Action::Demo, tr("Open the &demo pipeline"), QKeySequence(), &FileActions::openDemo);
}

QAction *FileActions::action(Action a) const
{
    return m_actions[size_t(a)];
}

void FileActions::newDeal()
{
    const auto stages = m_pipeline.stages();
    if (!stages) {
        sayFailure(m_window, stages.error());
        return;
    }
    NewDealDialog dialog(m_pipeline, m_undo, *stages, m_now, m_window);
    if (dialog.exec() == QDialog::Accepted)
        emit dealCreated(dialog.dealId());
}

void FileActions::importDeals()
{
    ImportDialog dialog(m_pipeline, m_undo, m_now, m_window);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString path = FileDialogs::openFile(m_window, tr("Import deals"), dir,
                                               tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    dialog.openFile(path);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ImportCounts counts = dialog.imported();
    const QStringList newStages = dialog.newStages();
    QString said = tr("Imported: %1 created, %2 updated. Edit ▸ Undo takes the import back.")
                       .arg(counts.created)
                       .arg(counts.updated);
    if (!newStages.isEmpty())
        said += QLatin1Char(' ') + tr("New stages: %1.").arg(newStages.join(QStringLiteral(", ")));
    emit message(said, 10000);
    emit imported(newStages);
}

void FileActions::exportDeals()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialogs::saveFile(
        m_window, tr("Export deals"), dir + QStringLiteral("/deals.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    // What the board shows: the rep's own deals, or the team's.
    auto deals = m_pipeline.deals().list(
        DealFilter { std::nullopt, std::nullopt, m_pipeline.listedOwner() });
    if (!deals) {
        sayFailure(m_window, deals.error());
        return;
    }
    if (Status s = PrivateFile::write(path, DealCsv::write(*deals).toUtf8()); !s) {
        sayFailure(m_window, s);
        return;
    }
    emit message(tr("Exported %n deal(s) to %1.", nullptr, int(deals->size())).arg(path), 10000);
}

void FileActions::openDemo()
{
    // A window of its own on a file of its own: the rep's pipeline is never mixed with it.
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                 { QStringLiteral("--demo") }))
        sayFailure(m_window, inputError(tr("The demo could not be started.")));
}

} // namespace NineTouchUi
