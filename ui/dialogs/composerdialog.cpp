#include "composerdialog.h"

#include "commands.h"
#include "credentials.h"
#include "fieldeditdialog.h"
#include "fieldlabels.h"
#include "filedialogs.h"
#include "mailrunner.h"
#include "mailsender.h"
#include "names.h"
#include "privatefile.h"
#include "prospectformat.h"
#include "settingsdialog.h"
#include "spellhighlighter.h"
#include "zonecatalog.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace NineTouchUi {

using namespace NineTouch;

namespace {

constexpr int freeEmail = -1; // the step box's entry for an email outside the rule

QString stepTitle(StepKind s)
{
    switch (s) {
    case StepKind::Recap:
        return ComposerDialog::tr("Recap");
    case StepKind::Reminder:
        return ComposerDialog::tr("Reminder");
    case StepKind::MissedCall:
        return ComposerDialog::tr("Missed call");
    case StepKind::Breakup:
        return ComposerDialog::tr("Break-up");
    case StepKind::Reengage:
        return ComposerDialog::tr("Re-engage");
    default:
        return CadenceEngine::stepLabel(Step { s, {}, false });
    }
}

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    const Status s = PrivateFile::write(path, data);
    if (!s)
        *error = s.error().message;
    return s.ok();
}

// A free email starts from a greeting and the signature, in the contact's language; one that
// carries the calendar invite says so.
QString freeBody(const QString &language, bool invite)
{
    if (invite)
        return language == QLatin1String("de")
            ? QStringLiteral("{{contact.greeting}},\n\nwie vereinbart sprechen "
                             "wir wieder am {{meeting.date}} um {{meeting.time}}. "
                             "{{invite.note}}\n\nViele Grüße\n{{rep.signature}}\n")
            : QStringLiteral("{{contact.greeting}},\n\nas agreed, we will speak "
                             "again on {{meeting.date}} at {{meeting.time}}. "
                             "{{invite.note}}\n\nBest regards,\n{{rep.signature}}\n");
    return language == QLatin1String("de")
        ? QStringLiteral("{{contact.greeting}},\n\n\n\nViele Grüße\n"
                         "{{rep.signature}}\n")
        : QStringLiteral("{{contact.greeting}},\n\n\n\nBest regards,\n"
                         "{{rep.signature}}\n");
}

QString freeSubject(const QString &language, bool invite)
{
    if (!invite)
        return {};
    return language == QLatin1String("de") ? QStringLiteral("Einladung: {{deal.topic}}")
                                           : QStringLiteral("Invitation: {{deal.topic}}");
}

} // namespace

ComposerDialog::ComposerDialog(Pipeline &pipeline, UndoController &undo, qint64 dealId,
                               std::optional<StepKind> step, std::function<QDateTime()> clock,
                               QWidget *parent)
    : QDialog(parent)
    , m_pipeline(pipeline)
    , m_undo(undo)
    , m_builder(pipeline)
    , m_dealId(dealId)
    , m_clock(std::move(clock))
    , m_step(new QComboBox)
    , m_notice(new QLabel)
    , m_recipient(new QLabel)
    , m_subject(new QLineEdit)
    , m_body(new QPlainTextEdit)
    , m_spell(new SpellHighlighter(m_body->document()))
    , m_preview(new QTextBrowser)
    , m_problems(new QVBoxLayout)
    , m_message(new QLabel)
    , m_insert(new QPushButton(tr("Insert &placeholder")))
    , m_saveTemplate(new QPushButton(tr("Save as my &template")))
    , m_resetTemplate(new QPushButton(tr("&Reset to default")))
    , m_copy(new QPushButton(tr("&Copy")))
    , m_mailto(new QPushButton(tr("Open in &mail app")))
    , m_eml(new QPushButton(tr("Save .&eml…")))
    , m_ics(new QPushButton(tr("Save .&ics…")))
    , m_sent(new QPushButton(tr("Mark as &sent")))
    , m_send(new QPushButton(tr("Sen&d")))
{
    const auto deal = pipeline.deal(dealId);
    m_language = deal ? deal->contact.language : QStringLiteral("en");
    m_templateSet = deal ? Templates::setFor(deal->contact) : QStringLiteral("en");
    setWindowTitle(tr("Compose · %1").arg(deal ? deal->title : QString()));
    if (deal) {
        // The language and the country whose conventions the drafts follow, in the app's
        // words: "reads German (Austria)", "Sprache: Deutsch (Österreich)".
        const QLocale reads = ProspectFormat::localeFor(deal->contact, pipeline.settings());
        const QString country = ZoneCatalog::countryName(
            QLocale::territoryToCode(reads.territory()),
            QLocale().language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en"));
        const QString language = languageLabel(deal->contact.language);
        m_recipient->setText(
            tr("To <b>%1</b> &lt;%2&gt; · reads %3")
                .arg(deal->contact.name.toHtmlEscaped(), deal->contact.email.toHtmlEscaped(),
                     (country.isEmpty() ? language : tr("%1 (%2)").arg(language, country))
                         .toHtmlEscaped()));
        m_spell->setLanguage(m_language, QLocale::territoryToCode(reads.territory()));
    }

    for (StepKind s : DraftBuilder::emailSteps())
        m_step->addItem(stepTitle(s), int(s));
    m_step->addItem(tr("Free email (logged as a note)"), freeEmail);
    m_body->setTabChangesFocus(false);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_message->setWordWrap(true);
    m_notice->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_message->setObjectName(QStringLiteral("message"));
    m_notice->setStyleSheet(QStringLiteral("QLabel { background: palette(alternate-base); "
                                           "border-left: 4px solid #e0a030; padding: 6px; }"));
    m_notice->hide();

    // Named buttons: for accessibility tools and tests.
    const std::pair<QPushButton *, const char *> names[] = {
        { m_copy, "copy" }, { m_mailto, "mailto" }, { m_eml, "eml" },
        { m_ics, "ics" },   { m_sent, "sent" },     { m_saveTemplate, "saveTemplate" },
        { m_send, "send" },
    };
    for (const auto &[button, name] : names)
        button->setObjectName(QLatin1String(name));

    auto *placeholderMenu = new QMenu(this);
    for (const auto &[name, label] : TemplateRenderer::placeholders()) {
        placeholderMenu->addAction(
            QStringLiteral("%1  {{%2}}").arg(label, name), this, [this, name = name] {
                m_body->insertPlainText(QStringLiteral("{{") + name + QStringLiteral("}}"));
                m_body->setFocus();
            });
    }
    m_insert->setMenu(placeholderMenu);

    auto *editor = new QWidget;
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->addRow(tr("&Email"), m_step);
    form->addRow(tr("S&ubject"), m_subject);
    editorLayout->addLayout(form);
    editorLayout->addWidget(m_body, 1);
    auto *templateButtons = new QHBoxLayout;
    templateButtons->addWidget(m_insert);
    templateButtons->addStretch();
    templateButtons->addWidget(m_saveTemplate);
    templateButtons->addWidget(m_resetTemplate);
    editorLayout->addLayout(templateButtons);

    // What keeps the draft from going out: each problem wrapped in full, with its fix.
    auto *problemsBox = new QWidget;
    problemsBox->setLayout(m_problems);
    m_problems->setContentsMargins(0, 0, 0, 0);
    auto *problemsScroll = new QScrollArea;
    problemsScroll->setWidget(problemsBox);
    problemsScroll->setWidgetResizable(true);
    problemsScroll->setFrameShape(QFrame::NoFrame);
    problemsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    problemsScroll->setMinimumHeight(QFontMetrics(font()).height() * 4);

    auto *previewPane = new QWidget;
    auto *previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(new QLabel(tr("<b>Preview</b> — what the prospect reads")));
    previewLayout->addWidget(m_preview, 3);
    previewLayout->addWidget(new QLabel(tr("<b>Before it can go out</b>")));
    previewLayout->addWidget(problemsScroll, 1);

    auto *split = new QSplitter;
    split->addWidget(editor);
    split->addWidget(previewPane);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *actions = new QHBoxLayout;
    for (QPushButton *b : { m_copy, m_mailto, m_eml, m_ics })
        actions->addWidget(b);
    actions->addStretch();
    actions->addWidget(m_sent);
    actions->addWidget(m_send);
    auto *close = new QPushButton(tr("Close"));
    m_close = close;
    actions->addWidget(close);
    m_sent->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_recipient);
    layout->addWidget(m_notice);
    layout->addWidget(split, 1);
    layout->addWidget(m_message);
    layout->addLayout(actions);

    connect(m_step, &QComboBox::currentIndexChanged, this, &ComposerDialog::loadTemplate);
    connect(m_subject, &QLineEdit::textChanged, this, &ComposerDialog::refresh);
    connect(m_body, &QPlainTextEdit::textChanged, this, &ComposerDialog::refresh);
    connect(m_copy, &QPushButton::clicked, this, &ComposerDialog::copy);
    connect(m_mailto, &QPushButton::clicked, this, &ComposerDialog::openInMailApp);
    connect(m_eml, &QPushButton::clicked, this, &ComposerDialog::saveEml);
    connect(m_ics, &QPushButton::clicked, this, &ComposerDialog::saveIcs);
    connect(m_sent, &QPushButton::clicked, this, [this] {
        if (markAsSent())
            accept();
    });
    connect(m_send, &QPushButton::clicked, this, &ComposerDialog::sendNow);
    connect(m_saveTemplate, &QPushButton::clicked, this, &ComposerDialog::saveTemplate);
    connect(m_resetTemplate, &QPushButton::clicked, this, &ComposerDialog::resetTemplate);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    // Fixed elsewhere (a setting, a field of the deal): the draft follows.
    connect(&pipeline, &Pipeline::dealsChanged, this, [this](const QList<qint64> &ids) {
        if (ids.contains(m_dealId))
            refresh();
    });
    connect(&pipeline, &Pipeline::settingsChanged, this, &ComposerDialog::refresh);

    // Open on what the rule has due; else say what to do instead and offer a free email.
    std::optional<StepKind> open = step;
    if (!open) {
        if (auto due = m_builder.dueEmail(dealId, m_clock())) {
            open = due->step;
            m_inviteDue = due->invite;
            if (!open) {
                m_notice->setText(due->instead);
                m_notice->show();
            }
        }
    }
    selectStep(open);
    loadTemplate();
    resize(1100, 700);
}

void ComposerDialog::selectStep(std::optional<StepKind> step)
{
    const int index = m_step->findData(step ? int(*step) : freeEmail);
    if (index >= 0 && index != m_step->currentIndex())
        m_step->setCurrentIndex(index); // loads the template
}

bool ComposerDialog::isFreeEmail() const
{
    return m_step->currentData().toInt() == freeEmail;
}

QString ComposerDialog::notice() const
{
    return m_notice->isVisible() || !m_notice->isHidden() ? m_notice->text() : QString();
}

EmailTemplate ComposerDialog::currentTemplate() const
{
    EmailTemplate t;
    t.step = isFreeEmail() ? StepKind::Recap : StepKind(m_step->currentData().toInt());
    t.language = m_templateSet;
    t.subject = m_subject->text();
    t.body = m_body->toPlainText();
    return t;
}

void ComposerDialog::loadTemplate()
{
    const QSignalBlocker a(m_subject);
    const QSignalBlocker b(m_body);
    m_message->clear();
    m_saveTemplate->setEnabled(!isFreeEmail());
    m_resetTemplate->setEnabled(!isFreeEmail());
    if (isFreeEmail()) {
        m_subject->setText(freeSubject(m_language, m_inviteDue));
        m_body->setPlainText(freeBody(m_language, m_inviteDue));
        refresh();
        return;
    }
    const auto found =
        m_builder.templates().get(StepKind(m_step->currentData().toInt()), m_templateSet);
    if (!found) {
        showMessage(errorText(found.error()), true);
        return;
    }
    m_subject->setText(found->subject);
    m_body->setPlainText(found->body);
    refresh();
}

void ComposerDialog::refresh()
{
    const QDateTime now = m_clock();
    Result<Draft> built = isFreeEmail()
        ? m_builder.buildFree(m_dealId, m_subject->text(), m_body->toPlainText(), now)
        : [&] {
              EmailTemplate t = currentTemplate();
              // Compared with the rep's template, is this text the rep's own typing?
              const auto stored = m_builder.templates().get(t.step, m_templateSet);
              t.custom = !stored || stored->subject != t.subject || stored->body != t.body
                  || stored->custom;
              return m_builder.build(m_dealId, t, now);
          }();
    if (!built) {
        m_draft = Draft {};
        m_draft.problems << Problem { errorText(built.error()), Field::None, true };
    } else {
        m_draft = std::move(built).value();
    }
    m_preview->setHtml(
        QStringLiteral("<p><b>%1</b> %2 &lt;%3&gt;<br/><b>%4</b> %5</p><hr/><pre "
                       "style='white-space: pre-wrap; font-family: sans-serif'>%6</pre>")
            .arg(tr("To:"), m_draft.toName.toHtmlEscaped(), m_draft.toEmail.toHtmlEscaped(),
                 tr("Subject:"), m_draft.subject.toHtmlEscaped(), m_draft.body.toHtmlEscaped()));
    showProblems();
    // Nothing leaves the composer unless it is ready: not copied, not opened, not saved.
    const bool ready = m_draft.ready();
    for (QPushButton *b : { m_copy, m_eml, m_sent })
        b->setEnabled(ready && !m_sending);
    // Send needs an account; without one it says where to set it up.
    const bool account = !m_pipeline.settings().mailSmtp.isEmpty();
    m_send->setEnabled(ready && account && !m_sending);
    // With an account, sending is what the rep came for; without, marking it sent.
    m_send->setDefault(account);
    m_sent->setDefault(!account);
    m_send->setToolTip(account ? tr("Send it now from %1 through your mail account, with the "
                                    "invitation when it has one.")
                                     .arg(m_pipeline.settings().repEmail)
                               : tr("Set up your mail account in the settings (Mail) to send "
                                    "from NineTouch."));
    m_ics->setEnabled(ready && m_draft.invite.has_value() && !m_sending);
    const bool tooLong = m_draft.mailto().size() > Email::mailtoLimit;
    m_mailto->setEnabled(ready && !tooLong && !m_sending);
    const QString note =
        tr("Too long for a mail link (mail apps cut links of about 2,000 characters): "
           "copy it or save it as .eml instead.");
    m_mailto->setToolTip(tooLong ? note : QString());
    if (ready && tooLong)
        showMessage(note);
    else if (m_message->text() == note)
        m_message->clear();
}

void ComposerDialog::showProblems()
{
    while (QLayoutItem *item = m_problems->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto row = [this](const QString &text, const QColor &color, Field fix) {
        auto *line = new QWidget;
        auto *l = new QHBoxLayout(line);
        l->setContentsMargins(0, 0, 0, 0);
        auto *label = new QLabel(text);
        label->setWordWrap(true);
        label->setStyleSheet(QStringLiteral("color: %1").arg(color.name()));
        label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        l->addWidget(label, 1);
        const bool setting = fix >= Field::RepName && fix <= Field::DefaultSlotDays;
        if (setting || FieldEditDialog::canEdit(fix)) {
            auto *button = new QPushButton(tr("Fix…"));
            button->setToolTip(tr("Change %1").arg(fieldLabel(fix)));
            connect(button, &QPushButton::clicked, this, [this, fix] { this->fix(fix); });
            l->addWidget(button, 0, Qt::AlignTop);
        }
        m_problems->addWidget(line);
    };
    if (m_draft.problems.isEmpty())
        row(tr("Ready to send."), QColor(0x2e, 0x9d, 0x5b), Field::None);
    for (const Problem &p : std::as_const(m_draft.problems))
        row(p.text, p.blocking ? QColor(0xd6, 0x45, 0x45) : QColor(0xb0, 0x70, 0x10), p.fix);
    m_problems->addStretch();
}

void ComposerDialog::fix(Field field)
{
    if (field >= Field::RepName && field <= Field::DefaultSlotDays) {
        SettingsDialog settings(m_pipeline, m_undo, this);
        settings.focus(field);
        settings.exec();
    } else if (FieldEditDialog::canEdit(field)) {
        const auto deal = m_pipeline.deal(m_dealId);
        if (!deal) {
            showMessage(errorText(deal.error()), true);
            return;
        }
        FieldEditDialog edit(m_pipeline, m_undo, *deal, field, m_clock(), this);
        edit.exec();
        if (field == Field::Language || field == Field::Address) {
            if (const auto now = m_pipeline.deal(m_dealId)) {
                m_language = now->contact.language;
                m_templateSet = Templates::setFor(now->contact);
            }
            loadTemplate(); // the template of the contact's language, with du or Sie
            return;
        }
    }
    refresh();
}

void ComposerDialog::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #d64545") : QString());
    m_message->setText(text);
}

void ComposerDialog::copy()
{
    if (!m_draft.ready())
        return;
    // Copied text carries no attachment: it says the invitation follows separately.
    QApplication::clipboard()->setText(m_draft.sentText(false));
    m_inviteTravelled = false;
    showMessage(m_draft.invite ? tr("Copied: subject and text are on the clipboard. The text says "
                                    "the calendar invitation follows: save the .ics and send it "
                                    "too.")
                               : tr("Copied: subject and text are on the clipboard."));
}

void ComposerDialog::openInMailApp()
{
    if (!m_draft.ready())
        return;
    if (!QDesktopServices::openUrl(QUrl(m_draft.mailto(), QUrl::StrictMode))) {
        showMessage(tr("No mail app answered the link: copy the text or save it as .eml instead."),
                    true);
        return;
    }
    m_inviteTravelled = false;
    showMessage(m_draft.invite ? tr("Opened in your mail app. The text says the calendar "
                                    "invitation follows: save the .ics and send it too.")
                               : tr("Opened in your mail app."));
}

void ComposerDialog::saveEml()
{
    if (!m_draft.ready())
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialogs::saveFile(
        this, tr("Save the draft"), dir + QStringLiteral("/draft.eml"), tr("Email drafts (*.eml)"));
    if (path.isEmpty())
        return;
    QString error;
    if (writeFile(path, Email::toEml(m_draft.message(m_clock())), &error)) {
        m_inviteIncluded = m_inviteIncluded || m_draft.invite.has_value();
        m_inviteTravelled = true;
        showMessage(tr("Saved %1: open it in your mail client to send it.")
                        .arg(QDir::toNativeSeparators(path)));
    } else
        showMessage(tr("Cannot save %1: %2").arg(path, error), true);
}

void ComposerDialog::saveIcs()
{
    if (!m_draft.ready() || !m_draft.invite)
        return;
    auto ics = IcsWriter::write(*m_draft.invite);
    if (!ics) {
        showMessage(errorText(ics.error()), true);
        return;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        FileDialogs::saveFile(this, tr("Save the invite"), dir + QStringLiteral("/invite.ics"),
                              tr("Calendar invites (*.ics)"));
    if (path.isEmpty())
        return;
    QString error;
    if (writeFile(path, *ics, &error)) {
        m_inviteIncluded = true;
        showMessage(tr("Saved %1: attach it to the email.").arg(QDir::toNativeSeparators(path)));
    } else
        showMessage(tr("Cannot save %1: %2").arg(path, error), true);
}

QString ComposerDialog::message() const
{
    return m_message->text();
}

void ComposerDialog::reject()
{
    if (!m_sending) // a message on its way is seen through: it may already have left
        QDialog::reject();
}

void ComposerDialog::sendNow()
{
    if (!m_draft.ready() || m_sending)
        return;
    const QDateTime now = m_clock();
    NineTouch::Draft draft = m_draft;
    draft.dealId = m_dealId;
    auto mail = MailSender::prepare(draft, isFreeEmail(), now);
    if (!mail) {
        showMessage(errorText(mail.error()), true);
        return;
    }
    const Settings &s = m_pipeline.settings();
    auto account = MailAccount::fromSettings(s, {}, MailAccount::Need::Sending);
    if (!account) {
        showMessage(errorText(account.error()), true);
        return;
    }
    auto password = MailCredentials::password(account->user);
    if (!password) {
        showMessage(errorText(password.error()), true);
        return;
    }
    account->password = *password;
    setSending(true);
    showMessage(tr("Sending to %1…").arg(mail->to));
    MailRunner::run<Status>(
        this,
        [account = *account, raw = mail->raw, to = mail->to] {
            return MailTransport::send(account, { to }, raw, MailRunner::stopFlag());
        },
        [this, mail = *mail](Status sent) {
            setSending(false);
            if (!sent) {
                showMessage(errorText(sent.error()), true);
                m_message->setToolTip(sent.error().detail);
                return;
            }
            if (Status recorded = MailSender::record(m_pipeline, mail, m_clock()); !recorded) {
                showMessage(tr("Sent, but not recorded on the timeline: %1")
                                .arg(errorText(recorded.error())),
                            true);
                return;
            }
            m_outcome = tr("Sent to %1: %2").arg(mail.to, mail.subject);
            accept();
        });
}

void ComposerDialog::setSending(bool sending)
{
    m_sending = sending;
    m_close->setEnabled(!sending);
    m_step->setEnabled(!sending);
    refresh();
}

bool ComposerDialog::markAsSent()
{
    if (!m_draft.ready())
        return false;
    Status s = success();
    if (isFreeEmail()) {
        // Outside the rule: on the timeline as a note with the exact text, never as a step;
        // the invite it carried is the rule's step, logged when it really travelled.
        const bool invite = m_inviteIncluded && m_draft.invite.has_value();
        s = m_undo.push(std::make_unique<SendCommand>(
            m_pipeline, m_dealId, TouchKind::Note,
            m_draft.sentText(m_inviteTravelled.value_or(m_inviteIncluded)), invite, m_clock(),
            tr("Email: %1").arg(m_draft.subject)));
    } else {
        const auto kind = touchKindFor(m_draft.step);
        if (!kind)
            return false;
        // The invite is logged only when it really travelled with this email.
        const bool invite = m_inviteIncluded && m_draft.invite.has_value();
        s = m_undo.push(std::make_unique<SendCommand>(
            m_pipeline, m_dealId, *kind,
            m_draft.sentText(m_inviteTravelled.value_or(m_inviteIncluded)), invite, m_clock()));
    }
    if (!s) {
        showMessage(errorText(s.error()), true);
        return false;
    }
    // The text promised an invite that did not go with it: say what is left to do.
    m_outcome = !isFreeEmail() && m_draft.invite && !m_inviteIncluded
        ? tr("Recorded as sent: “%1”. The calendar invite did not go with it: Compose opens on "
             "it next.")
              .arg(m_draft.subject)
        : tr("Recorded as sent: %1").arg(m_draft.subject);
    return true;
}

void ComposerDialog::saveTemplate()
{
    if (isFreeEmail())
        return;
    Status s = m_builder.templates().save(currentTemplate());
    showMessage(s ? tr("Saved as your %1 template (%2).")
                        .arg(stepTitle(currentTemplate().step), m_templateSet)
                  : errorText(s.error()),
                !s);
}

void ComposerDialog::resetTemplate()
{
    if (isFreeEmail())
        return;
    Status s = m_builder.templates().reset(currentTemplate().step, m_templateSet);
    if (!s) {
        showMessage(errorText(s.error()), true);
        return;
    }
    loadTemplate();
    showMessage(tr("Back to the default template."));
}

} // namespace NineTouchUi
