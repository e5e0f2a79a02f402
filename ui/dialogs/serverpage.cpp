#include "serverpage.h"

#include "fieldlabels.h"
#include "pipeline.h"
#include "serverlocation.h"
#include "serverpassword.h"
#include "serversignin.h"

#include <QApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace NineTouchUi {

using namespace NineTouch;

namespace {

const QString serverKey = QStringLiteral("pipeline/server");

// The wait cursor while a blocking connection or copy runs.
struct Busy
{
    Busy() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~Busy() { QApplication::restoreOverrideCursor(); }
    Busy(const Busy &) = delete;
    Busy &operator=(const Busy &) = delete;
};

} // namespace

QString chosenServer()
{
    return QSettings().value(serverKey).toString();
}

ServerPage::ServerPage(Pipeline &open, QWidget *parent)
    : QWidget(parent)
    , m_open(open)
    , m_address(new QLineEdit(chosenServer()))
    , m_result(new QLabel)
{
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(
        tr("Keep your pipeline on a PostgreSQL server to work on it from a laptop and a desktop, "
           "or beside your team. Your administrator gives you its address."));
    intro->setWordWrap(true);
    form->addRow(intro);
    const Database &db = open.database();
    auto *now = new QLabel(db.engine() == Database::Engine::SQLite
                               ? tr("%1, a file on this computer").arg(db.path())
                               : db.displayName());
    now->setTextInteractionFlags(Qt::TextSelectableByMouse);
    now->setWordWrap(true);
    form->addRow(tr("Open now"), now);
    m_address->setObjectName(QStringLiteral("serverAddress"));
    m_address->setPlaceholderText(QStringLiteral("postgresql://you@db.example.com/sales"));
    form->addRow(tr("Server &address"), m_address);
    auto *buttons = new QHBoxLayout;
    auto *test = new QPushButton(tr("&Test the connection"));
    auto *move = new QPushButton(tr("&Move this pipeline there…"));
    move->setToolTip(tr("Copies every deal with its history, your settings and templates into "
                        "the server's database, which must hold no deals yet. This pipeline "
                        "stays as it is."));
    buttons->addWidget(test);
    buttons->addWidget(move);
    auto *forget = new QPushButton(tr("&Forget the password"));
    forget->setToolTip(tr("Takes the server's password out of your system's keyring and out of "
                          "this run of NineTouch: it is asked again at the next sign-in."));
    buttons->addWidget(forget);
    buttons->addStretch();
    form->addRow(buttons);
    m_result->setObjectName(QStringLiteral("serverResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setMinimumHeight(2 * fontMetrics().lineSpacing() + 4);
    form->addRow(m_result);
    auto *note = new QLabel(
        tr("NineTouch opens the server's pipeline from its next start; leave the address empty "
           "to open the file on this computer again. The server's password is asked once and "
           "can be kept in your system's keyring, never in NineTouch's settings. Away from this "
           "computer, NineTouch connects only with encryption, to a server whose certificate "
           "carries its name."));
    note->setWordWrap(true);
    note->setEnabled(false);
    form->addRow(note);
    connect(test, &QPushButton::clicked, this, &ServerPage::test);
    connect(move, &QPushButton::clicked, this, &ServerPage::moveThere);
    connect(forget, &QPushButton::clicked, this, &ServerPage::forgetPassword);
}

Result<QString> ServerPage::typed() const
{
    const QString address = m_address->text().trimmed();
    if (address.isEmpty())
        return address;
    if (!ServerLocation::isServer(address))
        return inputError(
            Field::DatabaseFile,
            tr("%1 is not a server's address: it starts with postgresql://.").arg(address));
    auto location = ServerLocation::parse(address);
    if (!location)
        return location.error();
    return address;
}

bool ServerPage::save()
{
    const auto address = typed();
    if (!address || *address == chosenServer())
        return false;
    if (address->isEmpty())
        QSettings().remove(serverKey);
    else
        QSettings().setValue(serverKey, *address);
    return true;
}

void ServerPage::say(bool good, const QString &text)
{
    m_result->setText(QStringLiteral("<span style='color:%1'>%2 %3</span>")
                          .arg(good ? QStringLiteral("#2e7d32") : QStringLiteral("#d64545"),
                               good ? QStringLiteral("✓") : QStringLiteral("✗"),
                               text.toHtmlEscaped()));
}

std::optional<QString> ServerPage::addressTyped()
{
    const auto address = typed();
    if (!address) {
        say(false, errorText(address.error()));
        return std::nullopt;
    }
    if (address->isEmpty()) {
        say(false, tr("Type the server's address first."));
        return std::nullopt;
    }
    return *address;
}

std::unique_ptr<Pipeline> ServerPage::signIn(const QString &address)
{
    // An empty database there becomes a pipeline, as it would at the next start. (No wait
    // cursor: the sign-in may ask for the password.)
    auto opened =
        openAsking(address, Database::Mode::CreateIfMissing, Database::Check::Deferred, this);
    if (!opened)
        return nullptr; // the rep cancelled the sign-in
    if (!*opened) {
        say(false, errorText(opened->error()));
        return nullptr;
    }
    return std::move(*opened).value();
}

void ServerPage::test()
{
    const auto address = addressTyped();
    if (!address)
        return;
    const auto there = signIn(*address);
    if (!there)
        return;
    const auto deals = there->deals().count();
    if (!deals) {
        say(false, errorText(deals.error()));
        return;
    }
    if (*deals == 0)
        say(true,
            tr("Connected to %1. It holds no deals yet: “Move this pipeline there” copies "
               "yours.")
                .arg(there->database().displayName()));
    else
        say(true,
            tr("Connected to %1. It holds %n deal(s).", nullptr, int(*deals))
                .arg(there->database().displayName()));
}

void ServerPage::moveThere()
{
    const auto address = addressTyped();
    if (!address)
        return;
    const auto deals = m_open.deals().count();
    const QString here = m_open.database().displayName();
    if (!deals) {
        say(false, errorText(deals.error()));
        return;
    }
    if (*deals == 0) {
        say(false, tr("%1 holds no deals yet: there is nothing to move.").arg(here));
        return;
    }
    if (QMessageBox::question(
            this, tr("Move this pipeline"),
            tr("Copy all %n deal(s) of %1, with their histories, your settings and templates, "
               "to the server? %1 stays as it is.",
               nullptr, int(*deals))
                .arg(here),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes)
        != QMessageBox::Yes)
        return;
    const auto there = signIn(*address);
    if (!there)
        return;
    const auto copied = [&] {
        const Busy busy;
        return there->copyFrom(m_open);
    }();
    if (!copied) {
        say(false, errorText(copied.error()));
        return;
    }
    say(true,
        tr("Copied %n deal(s) to %1. Press OK: NineTouch opens it from its next start.", nullptr,
           int(copied->value(QStringLiteral("deals"))))
            .arg(there->database().displayName()));
}

void ServerPage::forgetPassword()
{
    const auto address = addressTyped();
    if (!address)
        return;
    const auto location = ServerLocation::parse(*address);
    if (Status forgotten = ServerPassword::forget(*location); !forgotten) {
        say(false, errorText(forgotten.error()));
        return;
    }
    say(true,
        tr("NineTouch keeps no password for %1 any more: it asks at the next sign-in.")
            .arg(ServerPassword::loginOf(*location)));
}

} // namespace NineTouchUi
