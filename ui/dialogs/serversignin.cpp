#include "serversignin.h"

#include "serverlocation.h"
#include "serverpassword.h"

#include <QCheckBox>
#include <QDialogButtonBox>
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

} // namespace NineTouchUi
