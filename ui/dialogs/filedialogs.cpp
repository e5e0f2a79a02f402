#include "filedialogs.h"

#include "opendatabases.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileIconProvider>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QIcon>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QSortFilterProxyModel>

namespace NineTouchUi::FileDialogs {

namespace {

// Icons and type names from the file's name: Qt's default provider reads the first bytes of a
// file whose name says nothing (ninetouch.sqlite-wal), and that read opens and closes it.
class NameOnlyIcons final : public QFileIconProvider
{
public:
    using QFileIconProvider::icon;

    QIcon icon(const QFileInfo &info) const override
    {
        if (!info.isFile())
            return icon(info.isDir() ? Folder : File);
        const QMimeType mime = byName(info);
        QIcon found = QIcon::fromTheme(mime.iconName());
        if (found.isNull())
            found = QIcon::fromTheme(mime.genericIconName());
        return found.isNull() ? icon(File) : found;
    }

    QString type(const QFileInfo &info) const override
    {
        if (!info.isFile())
            return QFileIconProvider::type(info); // folders, links, drives: no file is read
        const QMimeType mime = byName(info);
        return mime.comment().isEmpty() ? mime.name() : mime.comment();
    }

private:
    QMimeType byName(const QFileInfo &info) const
    {
        return m_mimes.mimeTypeForFile(info.fileName(), QMimeDatabase::MatchExtension);
    }

    QMimeDatabase m_mimes; // thread-safe: the dialog's gatherer thread asks for icons
};

// The open database and the files SQLite keeps beside it are not the rep's to pick.
class WithoutOpenDatabases final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const auto *files = qobject_cast<const QFileSystemModel *>(sourceModel());
        if (!files)
            return true;
        const QModelIndex index = files->index(row, 0, parent);
        return files->isDir(index) || !NineTouch::OpenDatabases::contains(files->filePath(index));
    }
};

// Qt's dialog, refusing the open database's own files when their name is typed, before it
// asks whether to replace one: a rep must never be invited to answer Yes about them.
class Picker final : public QFileDialog
{
public:
    using QFileDialog::QFileDialog;

    void accept() override
    {
        const QStringList chosen = selectedFiles();
        for (const QString &path : chosen) {
            if (NineTouch::OpenDatabases::contains(path)) {
                QMessageBox::warning(
                    this, windowTitle(),
                    QCoreApplication::translate("NineTouchUi::FileDialogs",
                                                "%1 is the NineTouch database itself (or one of "
                                                "its journal files): choose another file.")
                        .arg(QFileInfo(path).fileName()));
                return;
            }
        }
        QFileDialog::accept();
    }
};

// The icons outlive the dialog (declared first), whose model asks for them until it goes.
// Set before the event loop runs: the model fetches icons only when its listing arrives.
QString run(QFileDialog &dialog, NameOnlyIcons &icons)
{
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setIconProvider(&icons);
    dialog.setProxyModel(new WithoutOpenDatabases(&dialog));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

} // namespace

QString openFile(QWidget *parent, const QString &caption, const QString &folder,
                 const QString &filter)
{
    NameOnlyIcons icons;
    Picker dialog(parent, caption, folder, filter);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return run(dialog, icons);
}

QString saveFile(QWidget *parent, const QString &caption, const QString &suggested,
                 const QString &filter)
{
    NameOnlyIcons icons;
    const QFileInfo start(suggested);
    Picker dialog(parent, caption, start.absolutePath(), filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.selectFile(start.fileName());
    return run(dialog, icons);
}

} // namespace NineTouchUi::FileDialogs
