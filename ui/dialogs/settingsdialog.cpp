#include "settingsdialog.h"
#include "names.h"

#include "commands.h"
#include "fieldlabels.h"

#include "credentials.h"
#include "dealform.h"
#include "mailrunner.h"
#include "serverpage.h"
#include "translations.h"
#include "worktimefields.h"
#include "zonebox.h"

#include <QTimeEdit>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

#include <QTabWidget>
#include <QVBoxLayout>
#include <functional>

namespace NineTouchUi {

using namespace NineTouch;

SettingsDialog::SettingsDialog(Pipeline &pipeline, UndoController &undo, QWidget *parent)
    : QDialog(parent)
    , m_pipeline(pipeline)
    , m_undo(undo)
    , m_base(pipeline.settings())
    , m_stages(new QListWidget)
    , m_error(new QLabel)
{
    setWindowTitle(tr("Settings"));
    const Settings &s = m_base;
    auto *tabs = new QTabWidget;
    m_tabs = tabs;

    auto line = [this, &s](const QString &key) {
        auto *e = new QLineEdit(s.value(key));
        e->setObjectName(key);
        m_fields.insert(key, [e] { return e->text(); });
        m_widgets.insert(key, e);
        return e;
    };
    // The unit follows the number in the language's plural forms ("1 Werktag", "2 Werktage").
    auto spin = [this, &s](const QString &key, int min, int max,
                           const std::function<QString(int)> &suffix) {
        auto *b = new QSpinBox;
        b->setObjectName(key);
        b->setRange(min, max);
        b->setValue(s.value(key).toInt());
        if (suffix) {
            b->setSuffix(suffix(b->value()));
            connect(b, &QSpinBox::valueChanged, b, [b, suffix](int n) { b->setSuffix(suffix(n)); });
        }
        m_fields.insert(key, [b] { return QString::number(b->value()); });
        m_widgets.insert(key, b);
        return b;
    };

    auto *you = new QWidget;
    auto *youForm = new QFormLayout;
    // A tab shorter than the dialog keeps its rows together at the top.
    auto *youPage = new QVBoxLayout(you);
    youPage->addLayout(youForm);
    youPage->addStretch();
    youForm->addRow(tr("&Name"), line(QStringLiteral("rep.name")));
    youForm->addRow(tr("&Email"), line(QStringLiteral("rep.email")));
    auto *signature = new QPlainTextEdit(s.repSignature);
    signature->setMaximumHeight(QFontMetrics(font()).height() * 5);
    m_fields.insert(QStringLiteral("rep.signature"),
                    [signature] { return signature->toPlainText(); });
    m_widgets.insert(QStringLiteral("rep.signature"), signature);
    youForm->addRow(tr("&Signature"), signature);
    auto *zone = createZoneBox();
    zone->setCurrentText(s.value(QStringLiteral("rep.tz")));
    m_fields.insert(QStringLiteral("rep.tz"), [zone] { return zone->currentText(); });
    m_widgets.insert(QStringLiteral("rep.tz"), zone);
    youForm->addRow(tr("Time &zone"), zone);
    youForm->addRow(tr("&Currency"), line(QStringLiteral("rep.currency")));
    // The app's language belongs to this computer, not to the pipeline: kept in QSettings.
    m_language = new QComboBox;
    m_language->addItem(tr("As the system (%1)").arg(languageName(systemLanguage())), QString());
    for (const QString &code : availableLanguages())
        m_language->addItem(languageName(code), code);
    m_language->setCurrentIndex(std::max(
        0, m_language->findData(QSettings().value(QStringLiteral("ui/language")).toString())));
    auto *languageNote = new QLabel(tr("The app speaks it from its next start."));
    languageNote->setEnabled(false);
    auto *languageBox = new QHBoxLayout;
    languageBox->addWidget(m_language);
    languageBox->addWidget(languageNote, 1);
    auto *languageLabel = new QLabel(tr("&Language"));
    languageLabel->setBuddy(m_language);
    youForm->addRow(languageLabel, languageBox);
    tabs->addTab(you, tr("You"));

    auto *work = new QWidget;
    auto *workForm = new QFormLayout(work);
    auto *days = new WorkDaysBox(s);
    m_fields.insert(QStringLiteral("work.days"), [days] { return days->value(); });
    m_widgets.insert(QStringLiteral("work.days"), days->first());
    auto *daysLabel = new QLabel(tr("Working &days"));
    daysLabel->setBuddy(days->first());
    workForm->addRow(daysLabel, days);
    auto *hours = new WorkHoursBox(s);
    m_fields.insert(QStringLiteral("work.hours"), [hours] { return hours->value(); });
    m_widgets.insert(QStringLiteral("work.hours"), hours->start());
    auto *hoursLabel = new QLabel(tr("Working &hours"));
    hoursLabel->setBuddy(hours->start());
    workForm->addRow(hoursLabel, hours);
    auto *holidays = line(QStringLiteral("holidays"));
    holidays->setPlaceholderText(QStringLiteral("2026-12-24,2026-12-25"));
    workForm->addRow(tr("&Holidays"), holidays);
    tabs->addTab(work, tr("Working time"));

    auto *cadence = new QWidget;
    auto *cadenceForm = new QFormLayout(cadence);
    cadenceForm->addRow(tr("&Cycles before the break-up"),
                        spin(QStringLiteral("cadence.cycles"), 1, 6, {}));
    cadenceForm->addRow(tr("&Reminder"),
                        spin(QStringLiteral("cadence.reminder_days"), 1, 2,
                             [](int n) { return tr(" business day(s) before", nullptr, n); }));
    cadenceForm->addRow(tr("&Decision deadline"),
                        spin(QStringLiteral("cadence.deadline_days"), 1, 10,
                             [](int n) { return tr(" business day(s)", nullptr, n); }));
    cadenceForm->addRow(tr("Re-&engage after"),
                        spin(QStringLiteral("cadence.reengage_days"), 90, 180,
                             [](int n) { return tr(" day(s)", nullptr, n); }));
    cadenceForm->addRow(tr("Next &slot"),
                        spin(QStringLiteral("cadence.slot_days"), 1, 10,
                             [](int n) { return tr(" business day(s) later", nullptr, n); }));
    auto *hint = new QLabel(tr("Each deal can override the number of cycles in its details."));
    hint->setWordWrap(true);
    cadenceForm->addRow(hint);
    tabs->addTab(cadence, tr("Cadence"));

    auto *stages = new QWidget;
    auto *stageLayout = new QHBoxLayout(stages);
    stageLayout->addWidget(m_stages, 1);
    auto *stageButtons = new QVBoxLayout;
    for (const auto &[label, what] : { std::pair { tr("&Add…"), QStringLiteral("add") },
                                       std::pair { tr("Re&name…"), QStringLiteral("rename") },
                                       std::pair { tr("Move &up"), QStringLiteral("up") },
                                       std::pair { tr("Move do&wn"), QStringLiteral("down") },
                                       std::pair { tr("Re&move"), QStringLiteral("remove") } }) {
        auto *b = new QPushButton(label);
        connect(b, &QPushButton::clicked, this, [this, what = what] { stageAction(what); });
        stageButtons->addWidget(b);
    }
    stageButtons->addStretch();
    stageLayout->addLayout(stageButtons);
    auto *stagesPage = new QWidget;
    auto *stagesPageLayout = new QVBoxLayout(stagesPage);
    stagesPageLayout->addWidget(stages, 1);
    auto *stagesNote = new QLabel(tr("Changes to the stages apply at once; Undo (Ctrl+Z) takes "
                                     "them back."));
    stagesNote->setWordWrap(true);
    stagesPageLayout->addWidget(stagesNote);
    tabs->addTab(stagesPage, tr("Stages"));
    loadStages();

    // The rep's own mail account: NineTouch sends through it and reads its inbox for answers.
    auto *mail = new QWidget;
    auto *mailForm = new QFormLayout(mail);
    auto *mailIntro = new QLabel(
        tr("Send from NineTouch through your own mail account, and let it see answers arrive: "
           "a reply from a prospect restarts the pursuit by itself. Your provider's help pages "
           "name its servers."));
    mailIntro->setWordWrap(true);
    mailForm->addRow(mailIntro);
    auto *smtp = line(QStringLiteral("mail.smtp"));
    smtp->setPlaceholderText(QStringLiteral("smtp://mail.example.com:587"));
    mailForm->addRow(tr("&Outgoing server"), smtp);
    auto *imap = line(QStringLiteral("mail.imap"));
    imap->setPlaceholderText(QStringLiteral("imaps://mail.example.com"));
    mailForm->addRow(tr("&Incoming server"), imap);
    auto *user = line(QStringLiteral("mail.user"));
    user->setPlaceholderText(s.repEmail.isEmpty() ? tr("Your email address") : s.repEmail);
    mailForm->addRow(tr("&User name"), user);
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    if (MailCredentials::fromEnvironment()) {
        m_password->setEnabled(false);
        m_password->setPlaceholderText(tr("Given by NINETOUCH_MAIL_PASSWORD"));
    } else {
        m_password->setPlaceholderText(tr("Kept in your system's keyring; type to change it"));
    }
    mailForm->addRow(tr("&Password"), m_password);
    auto *test = new QPushButton(tr("&Test the connection"));
    m_mailResult = new QLabel;
    m_mailResult->setWordWrap(true);
    m_mailResult->setTextFormat(Qt::RichText);
    m_mailResult->setObjectName(QStringLiteral("mailResult"));
    // Room for both result lines from the start: the page does not jump when they come.
    m_mailResult->setMinimumHeight(2 * fontMetrics().lineSpacing() + 4);
    mailForm->addRow(test);
    mailForm->addRow(m_mailResult);
    auto *mailNote = new QLabel(tr("NineTouch connects only with encryption (STARTTLS or TLS), "
                                   "except to a server on this computer. It reads the inbox "
                                   "without changing it: nothing is marked read, moved or "
                                   "deleted."));
    mailNote->setWordWrap(true);
    mailNote->setEnabled(false);
    mailForm->addRow(mailNote);
    tabs->addTab(mail, tr("Mail"));
    connect(test, &QPushButton::clicked, this, &SettingsDialog::testMail);

    m_server = new ServerPage(pipeline);
    tabs->addTab(m_server, tr("Server"));

    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #d64545"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void SettingsDialog::focus(Field field)
{
    for (auto it = m_widgets.cbegin(); it != m_widgets.cend(); ++it) {
        if (Settings::fieldOf(it.key()) != field)
            continue;
        for (int t = 0; t < m_tabs->count(); ++t) {
            if (m_tabs->widget(t)->isAncestorOf(it.value()))
                m_tabs->setCurrentIndex(t);
        }
        it.value()->setFocus();
        return;
    }
}

void SettingsDialog::loadStages()
{
    m_stages->clear();
    const auto stages = m_pipeline.stages();
    if (!stages) {
        m_error->setText(errorText(stages.error()));
        m_error->show();
        return;
    }
    for (const Stage &s : *stages) {
        auto *item = new QListWidgetItem(stageLabel(s.name));
        item->setData(Qt::UserRole, s.id);
        m_stages->addItem(item);
    }
}

void SettingsDialog::stageAction(const QString &what)
{
    const int row = m_stages->currentRow();
    const qint64 id = row >= 0 ? m_stages->item(row)->data(Qt::UserRole).toLongLong() : 0;
    int select = row;
    Status s = success();
    if (what == QLatin1String("add") || what == QLatin1String("rename")) {
        const bool rename = what == QLatin1String("rename");
        if (rename && !id)
            return;
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, tr("Stage"), tr("Name"), QLineEdit::Normal,
                                  rename ? m_stages->item(row)->text() : QString(), &ok);
        if (!ok)
            return;
        if (rename) {
            s = m_undo.push(std::make_unique<StageCommand>(m_pipeline, StageCommand::Kind::Rename,
                                                           id, name.trimmed()));
        } else {
            s = m_undo.push(std::make_unique<StageCommand>(m_pipeline, StageCommand::Kind::Add, 0,
                                                           name.trimmed()));
            select = m_stages->count();
        }
    } else if (what == QLatin1String("up") || what == QLatin1String("down")) {
        select = what == QLatin1String("up") ? row - 1 : row + 1;
        if (row < 0 || select < 0 || select >= m_stages->count())
            return;
        QList<qint64> ids;
        for (int i = 0; i < m_stages->count(); ++i)
            ids << m_stages->item(i)->data(Qt::UserRole).toLongLong();
        ids.swapItemsAt(row, select);
        s = m_undo.push(std::make_unique<StageCommand>(m_pipeline, StageCommand::Kind::Reorder, 0,
                                                       QString(), ids));
    } else if (what == QLatin1String("remove") && id) {
        s = m_undo.push(std::make_unique<StageCommand>(m_pipeline, StageCommand::Kind::Remove, id,
                                                       m_stages->item(row)->text()));
    }
    m_error->setVisible(!s);
    if (!s) {
        m_error->setText(errorText(s.error()));
        return;
    }
    loadStages();
    m_stages->setCurrentRow(std::min(select, m_stages->count() - 1));
}

Result<Settings> SettingsDialog::typed() const
{
    Settings typed = m_base;
    for (auto field = m_fields.cbegin(); field != m_fields.cend(); ++field) {
        const QString text = field.value()();
        if (field.key() == QLatin1String("rep.signature")) {
            typed.repSignature = text; // as written, line breaks and all (checked when saved)
            continue;
        }
        // The box shows the zone used; a zone this machine lacks stays the file's own unless
        // the rep picks another.
        if (field.key() == QLatin1String("rep.tz") && text == m_base.value(field.key()))
            continue;
        if (Status s = typed.set(field.key(), text); !s)
            return s.error();
    }
    return typed;
}

// The account as typed (not saved yet), and its password: typed, else the keyring's.
Result<MailAccount> SettingsDialog::typedAccount() const
{
    auto edited = typed();
    if (!edited)
        return edited.error();
    const Settings &typed = *edited;
    if (typed.mailSmtp.isEmpty() && typed.mailImap.isEmpty())
        return inputError(Field::MailSmtp, tr("is empty: give at least one server."));
    const QString user = typed.mailUser.isEmpty() ? typed.repEmail : typed.mailUser;
    QString password = m_password->text();
    if (password.isEmpty()) {
        auto stored = MailCredentials::password(user);
        if (!stored)
            return stored.error();
        password = *stored;
    }
    return MailAccount::fromSettings(typed, password,
                                     typed.mailSmtp.isEmpty() ? MailAccount::Need::Reading
                                                              : MailAccount::Need::Sending);
}

void SettingsDialog::testMail()
{
    auto account = typedAccount();
    if (!account) {
        m_mailResult->setText(QStringLiteral("<span style='color:#d64545'>%1</span>")
                                  .arg(errorText(account.error()).toHtmlEscaped()));
        return;
    }
    m_mailResult->setText(tr("Connecting…"));
    using Checks = std::pair<std::optional<Status>, std::optional<Status>>;
    MailRunner::run<Checks>(
        this,
        [a = *account] {
            Checks c;
            if (!a.smtp.isEmpty())
                c.first = MailTransport::checkSmtp(a, MailRunner::stopFlag());
            if (!a.imap.isEmpty())
                c.second = MailTransport::checkImap(a, MailRunner::stopFlag());
            return c;
        },
        [this](Checks c) {
            auto line = [](const QString &what, const std::optional<Status> &s) {
                if (!s)
                    return tr("%1: not set up.").arg(what).toHtmlEscaped();
                if (*s)
                    return QStringLiteral("<span style='color:#2e7d32'>✓ %1</span>")
                        .arg(tr("%1: works.").arg(what).toHtmlEscaped());
                return QStringLiteral("<span style='color:#d64545'>✗ %1</span>")
                    .arg(tr("%1: %2").arg(what, errorText(s->error())).toHtmlEscaped());
            };
            m_mailResult->setText(line(tr("Sending"), c.first) + QStringLiteral("<br/>")
                                  + line(tr("Reading the inbox"), c.second));
        });
}

void SettingsDialog::accept()
{
    // Every changed setting is checked, then all are saved together; a refusal saves none and
    // keeps the dialog open with what was typed.
    auto edited = typed();
    if (!edited) {
        m_error->setText(errorText(edited.error()));
        m_error->show();
        return;
    }
    if (auto server = m_server->typed(); !server) {
        m_error->setText(errorText(server.error()));
        m_error->show();
        m_tabs->setCurrentWidget(m_server);
        m_server->address()->setFocus();
        return;
    }
    if (Status s = m_pipeline.saveSettings(m_base, *edited); !s) {
        QString text = errorText(s.error());
        if (!s.error().conflicts.isEmpty()) {
            // Another program saved those settings meanwhile: each is named with the value it
            // has now. OK again keeps the rep's values over those; Cancel keeps those.
            // Only those settings are taken as seen: any other one saved there meanwhile
            // stays a change the rep did not make.
            (void)m_pipeline.refresh();
            const Settings &saved = m_pipeline.settings();
            QStringList changed;
            for (const QString &key : Settings::keys()) {
                const Field field = Settings::fieldOf(key);
                if (!s.error().conflicts.contains(field))
                    continue;
                (void)m_base.take(saved, key);
                QString now = saved.value(key).simplified();
                if (now.size() > 40)
                    now = now.left(39) + QStringLiteral("…");
                changed << tr("%1 (now “%2”)").arg(fieldLabel(field), now);
            }
            text = tr("Saved elsewhere while these settings were open: %1. OK again keeps what "
                      "you typed; Cancel keeps what was saved there.")
                       .arg(QLocale().createSeparatedList(changed));
        }
        m_error->setText(text);
        m_error->show();
        return;
    }
    // The password once the settings it belongs with are saved: a refused save stores none.
    if (!m_password->text().isEmpty()) {
        const QString user = edited->mailUser.isEmpty() ? edited->repEmail : edited->mailUser;
        if (Status s = MailCredentials::store(user, m_password->text()); !s) {
            m_error->setText(errorText(s.error()));
            m_error->show();
            return;
        }
    }
    QSettings().setValue(QStringLiteral("ui/language"), m_language->currentData().toString());
    m_serverChanged = m_server->save();
    QDialog::accept();
}

} // namespace NineTouchUi
