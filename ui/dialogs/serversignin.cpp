#include "serversignin.h"

#include "fieldlabels.h"
#include "serverlocation.h"
#include "serverpassword.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace NineTouchUi {

using namespace NineTouch;

ServerPasswordDialog::ServerPasswordDialog(const QString &serverName, const QString &login,
                                           const QString &why, QWidget *parent)
    : QDialog(parent)
    , m_password(new QLineEdit)
    , m_keep(new QCheckBox(tr("&Keep it in the system's keyring")))
{
    setWindowTitle(tr("Sign in to %1").arg(serverName));
    setMinimumWidth(QFontMetrics(font()).horizontalAdvance(QLatin1Char('x')) * 60);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Your pipeline is <b>%1</b>. The server asks for the password "
                                "of <b>%2</b>.")
                                 .arg(serverName.toHtmlEscaped(), login.toHtmlEscaped()));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    // Why it asks again: a password the server refused.
    auto *reason = new QLabel(why.left(1).toUpper() + why.mid(1));
    reason->setObjectName(QStringLiteral("reason"));
    reason->setWordWrap(true);
    reason->setStyleSheet(QStringLiteral("color: #d64545"));
    reason->setVisible(!why.isEmpty());
    layout->addWidget(reason);
    auto *form = new QFormLayout;
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("password"));
    form->addRow(tr("&Password"), m_password);
    layout->addLayout(form);
    m_keep->setChecked(true);
    m_keep->setToolTip(tr("NineTouch then opens this pipeline without asking. The password is "
                          "never written to the database or to NineTouch's settings."));
    layout->addWidget(m_keep);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Sign in"));
    ok->setEnabled(false);
    connect(m_password, &QLineEdit::textChanged, ok,
            [ok](const QString &text) { ok->setEnabled(!text.isEmpty()); });
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_password->setFocus();
}

QString ServerPasswordDialog::password() const
{
    return m_password->text();
}

bool ServerPasswordDialog::keep() const
{
    return m_keep->isChecked();
}

void ServerPasswordDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

void ServerPasswordDialog::setKeep(bool keep)
{
    m_keep->setChecked(keep);
}

std::optional<Result<std::unique_ptr<Pipeline>>>
openAsking(const QString &location, Database::Mode mode, Database::Check check, QWidget *parent)
{
    auto opened = Pipeline::open(location, mode, check);
    if (opened || opened.error().field != Field::DatabasePassword)
        return opened;
    const auto server = ServerLocation::parse(location);
    if (!server)
        return opened;
    bool keep = false;
    QString typed;
    while (!opened && opened.error().field == Field::DatabasePassword) {
        // The first asking needs no reason; a refusal says what was refused.
        ServerPasswordDialog dialog(
            server->displayName(), ServerPassword::loginOf(*server),
            ServerPassword::wasRefused(opened.error()) ? opened.error().message : QString(),
            parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        typed = dialog.password();
        keep = dialog.keep();
        ServerPassword::remember(*server, typed);
        opened = Pipeline::open(location, mode, check);
    }
    // Kept only once it worked: a password the server refused is forgotten.
    if (opened && keep) {
        if (Status kept = ServerPassword::keep(*server, typed); !kept)
            QMessageBox::warning(
                parent, QStringLiteral("NineTouch"),
                ServerPasswordDialog::tr("The pipeline is open, but %1").arg(kept.error().message));
    }
    return opened;
}

std::optional<Result<std::unique_ptr<Pipeline>>>
openAtStart(const QString &location, Database::Mode mode, bool fromSettings,
            const std::function<Status(const QString &path)> &lock, QWidget *parent)
{
    auto asked = openAsking(location, mode, Database::Check::Deferred, parent);
    if (!asked && !fromSettings)
        return std::nullopt; // nothing to say: the rep cancelled
    auto pipeline = asked ? std::move(*asked)
                          : Result<std::unique_ptr<Pipeline>>(inputError(
                              QApplication::translate("main", "You did not sign in to %1.")
                                  .arg(ServerLocation::parse(location)->displayName())));
    if (pipeline || !fromSettings)
        return pipeline;
    // The server of the settings is out of reach: the rep may work on this computer's file
    // meanwhile (the settings keep the server for the next start).
    QMessageBox box(QMessageBox::Warning, QStringLiteral("NineTouch"), errorText(pipeline.error()),
                    QMessageBox::NoButton, parent);
    QPushButton *local =
        box.addButton(QApplication::translate("main", "Open the pipeline on this computer"),
                      QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Close);
    box.exec();
    if (box.clickedButton() != local)
        return std::nullopt;
    const QString path = Database::defaultPath();
    QDir().mkpath(QFileInfo(path).absolutePath()); // the rep's own pipeline: made when missing
    if (Status locked = lock(path); !locked)
        return Result<std::unique_ptr<Pipeline>>(locked.error());
    return Pipeline::open(path, Database::Mode::CreateIfMissing, Database::Check::Deferred);
}

} // namespace NineTouchUi
