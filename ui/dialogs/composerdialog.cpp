#include "composerdialog.h"

#include "commands.h"
#include "fieldlabels.h"
#include "names.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace NineTouchUi {

using namespace NineTouch;

namespace {

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
        return toString(s);
    }
}

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile f(path);
    if (f.open(QIODevice::WriteOnly) && f.write(data) == data.size() && f.commit())
        return true;
    *error = f.errorString();
    return false;
}

} // namespace

ComposerDialog::ComposerDialog(Pipeline &pipeline, UndoController &undo, qint64 dealId,
                               StepKind step, std::function<QDateTime()> clock, QWidget *parent)
    : QDialog(parent)
    , m_pipeline(pipeline)
    , m_undo(undo)
    , m_builder(pipeline)
    , m_dealId(dealId)
    , m_clock(std::move(clock))
    , m_step(new QComboBox)
    , m_subject(new QLineEdit)
    , m_body(new QPlainTextEdit)
    , m_preview(new QTextBrowser)
    , m_problems(new QListWidget)
    , m_message(new QLabel)
    , m_insert(new QPushButton(tr("Insert &placeholder")))
    , m_mailto(new QPushButton(tr("Open in &mail app")))
    , m_eml(new QPushButton(tr("Save .&eml…")))
    , m_ics(new QPushButton(tr("Save .&ics…")))
    , m_sent(new QPushButton(tr("Mark as &sent")))
{
    const auto deal = pipeline.deal(dealId);
    m_language = deal ? deal->contact.language : QStringLiteral("en");
    setWindowTitle(tr("Compose · %1").arg(deal ? deal->title : QString()));
    resize(1100, 700);

    for (StepKind s : DraftBuilder::emailSteps())
        m_step->addItem(stepTitle(s), int(s));
    m_step->setCurrentIndex(std::max(0, m_step->findData(int(step))));
    m_body->setTabChangesFocus(false);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_body->setFont(mono);
    m_problems->setMaximumHeight(QFontMetrics(font()).height() * 5);
    m_message->setWordWrap(true);

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
    form->addRow(tr("&Template"), m_step);
    form->addRow(tr("S&ubject"), m_subject);
    editorLayout->addLayout(form);
    editorLayout->addWidget(m_body, 1);
    auto *templateButtons = new QHBoxLayout;
    auto *save = new QPushButton(tr("Save as my &template"));
    auto *reset = new QPushButton(tr("&Reset to default"));
    templateButtons->addWidget(m_insert);
    templateButtons->addStretch();
    templateButtons->addWidget(save);
    templateButtons->addWidget(reset);
    editorLayout->addLayout(templateButtons);

    auto *previewPane = new QWidget;
    auto *previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(new QLabel(tr("<b>Preview</b> — what the prospect reads")));
    previewLayout->addWidget(m_preview, 1);
    previewLayout->addWidget(new QLabel(tr("<b>Before it can go out</b>")));
    previewLayout->addWidget(m_problems);

    auto *split = new QSplitter;
    split->addWidget(editor);
    split->addWidget(previewPane);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *copy = new QPushButton(tr("&Copy"));
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : { copy, m_mailto, m_eml, m_ics })
        actions->addWidget(b);
    actions->addStretch();
    actions->addWidget(m_sent);
    auto *close = new QPushButton(tr("Close"));
    actions->addWidget(close);
    m_sent->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_message);
    layout->addLayout(actions);

    connect(m_step, &QComboBox::currentIndexChanged, this, &ComposerDialog::loadTemplate);
    connect(m_subject, &QLineEdit::textChanged, this, &ComposerDialog::refresh);
    connect(m_body, &QPlainTextEdit::textChanged, this, &ComposerDialog::refresh);
    connect(copy, &QPushButton::clicked, this, &ComposerDialog::copy);
    connect(m_mailto, &QPushButton::clicked, this, &ComposerDialog::openInMailApp);
    connect(m_eml, &QPushButton::clicked, this, &ComposerDialog::saveEml);
    connect(m_ics, &QPushButton::clicked, this, &ComposerDialog::saveIcs);
    connect(m_sent, &QPushButton::clicked, this, [this] {
        if (markAsSent())
            accept();
    });
    connect(save, &QPushButton::clicked, this, &ComposerDialog::saveTemplate);
    connect(reset, &QPushButton::clicked, this, &ComposerDialog::resetTemplate);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    loadTemplate();
}

EmailTemplate ComposerDialog::currentTemplate() const
{
    EmailTemplate t;
    t.step = StepKind(m_step->currentData().toInt());
    t.language = m_language;
    t.subject = m_subject->text();
    t.body = m_body->toPlainText();
    return t;
}

void ComposerDialog::loadTemplate()
{
    const auto found =
        m_builder.templates().get(StepKind(m_step->currentData().toInt()), m_language);
    if (!found) {
        showMessage(errorText(found.error()), true);
        return;
    }
    const EmailTemplate &t = *found;
    const QSignalBlocker a(m_subject);
    const QSignalBlocker b(m_body);
    m_subject->setText(t.subject);
    m_body->setPlainText(t.body);
    m_message->clear();
    refresh();
}

QStringList ComposerDialog::problems() const
{
    return m_draft.problems;
}

void ComposerDialog::refresh()
{
    auto built = m_builder.build(m_dealId, currentTemplate(), m_clock());
    if (!built) {
        m_draft = Draft {};
        m_draft.problems << errorText(built.error());
    } else {
        m_draft = std::move(built).value();
    }
    m_preview->setHtml(
        QStringLiteral("<p><b>%1</b> %2 &lt;%3&gt;<br/><b>%4</b> %5</p><hr/><pre "
                       "style='white-space: pre-wrap; font-family: sans-serif'>%6</pre>")
            .arg(tr("To:"), m_draft.toName.toHtmlEscaped(), m_draft.toEmail.toHtmlEscaped(),
                 tr("Subject:"), m_draft.subject.toHtmlEscaped(), m_draft.body.toHtmlEscaped()));
    m_problems->clear();
    if (m_draft.problems.isEmpty()) {
        auto *ok = new QListWidgetItem(tr("Ready to send."));
        ok->setForeground(QColor(0x2e, 0x9d, 0x5b));
        m_problems->addItem(ok);
    }
    for (const QString &p : std::as_const(m_draft.problems)) {
        auto *item = new QListWidgetItem(p);
        item->setForeground(QColor(0xd6, 0x45, 0x45));
        m_problems->addItem(item);
    }
    const bool ready = m_draft.ready();
    for (QPushButton *b : { m_mailto, m_eml, m_sent })
        b->setEnabled(ready);
    m_ics->setEnabled(ready && m_draft.invite.has_value());
    const bool tooLong = m_draft.mailto().size() > Email::mailtoLimit;
    m_mailto->setEnabled(ready && !tooLong);
    const QString note =
        tr("Too long for a mail link (mail apps cut links of about 2,000 characters): "
           "copy it or save it as .eml instead.");
    m_mailto->setToolTip(tooLong ? note : QString());
    if (ready && tooLong)
        showMessage(note);
    else if (m_message->text() == note)
        m_message->clear();
}

void ComposerDialog::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #d64545") : QString());
    m_message->setText(text);
}

void ComposerDialog::copy()
{
    QApplication::clipboard()->setText(m_draft.subject + QStringLiteral("\n\n") + m_draft.body);
    showMessage(tr("Copied: subject and text are on the clipboard."));
}

void ComposerDialog::openInMailApp()
{
    if (!QDesktopServices::openUrl(QUrl(m_draft.mailto(), QUrl::StrictMode)))
        showMessage(tr("No mail app answered the link: copy the text or save it as .eml instead."),
                    true);
    else
        showMessage(
            tr("Opened in your mail app. Attach the invite (.ics) there if this step has one."));
}

void ComposerDialog::saveEml()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the draft"), dir + QStringLiteral("/draft.eml"), tr("Email drafts (*.eml)"));
    if (path.isEmpty())
        return;
    QString error;
    if (writeFile(path, Email::toEml(m_draft.message(m_clock())), &error)) {
        m_inviteIncluded = m_inviteIncluded || m_draft.invite.has_value();
        showMessage(tr("Saved %1: open it in your mail client to send it.")
                        .arg(QDir::toNativeSeparators(path)));
    } else
        showMessage(tr("Cannot save %1: %2").arg(path, error), true);
}

void ComposerDialog::saveIcs()
{
    if (!m_draft.invite)
        return;
    auto ics = IcsWriter::write(*m_draft.invite);
    if (!ics) {
        showMessage(ics.error().message, true);
        return;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the invite"),
                                                      dir + QStringLiteral("/invite.ics"),
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

bool ComposerDialog::markAsSent()
{
    if (!m_draft.ready())
        return false;
    const StepKind step = m_draft.step;
    const auto kind = touchKindFor(step);
    if (!kind)
        return false;
    // The invite is logged only when it really travelled with this email.
    const bool invite = m_inviteIncluded && m_draft.invite.has_value();
    Status s = m_undo.push(std::make_unique<SendCommand>(
        m_pipeline, m_dealId, *kind, m_draft.sentText(), invite,
        tr("sent with the %1 email").arg(stepTitle(step).toLower()), m_clock()));
    if (!s) {
        showMessage(errorText(s.error()), true);
        return false;
    }
    return true;
}

void ComposerDialog::saveTemplate()
{
    Status s = m_builder.templates().save(currentTemplate());
    showMessage(
        s ? tr("Saved as your %1 template (%2).").arg(stepTitle(currentTemplate().step), m_language)
          : errorText(s.error()),
        !s);
}

void ComposerDialog::resetTemplate()
{
    Status s = m_builder.templates().reset(currentTemplate().step, m_language);
    if (!s) {
        showMessage(errorText(s.error()), true);
        return;
    }
    loadTemplate();
    showMessage(tr("Back to the default template."));
}

} // namespace NineTouchUi
