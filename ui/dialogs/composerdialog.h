// One email for one deal: the template (editable, with placeholders and spelling underlined), a
// live preview of what the prospect reads, everything that keeps it from going out — each with a
// way to fix it — and ways to send it: through the rep's own mail account (Send, when one is
// set up in the settings), or from the rep's mail client. It opens on the email the
// rule has due; when nothing is, it says what to do instead and offers a free email, logged as a
// note. A draft that is not ready cannot be copied, opened or saved.
#pragma once

#include "drafts.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QVBoxLayout;

namespace NineTouchUi {

class SpellHighlighter;
class UndoController;

class ComposerDialog final : public QDialog
{
    Q_OBJECT

public:
    // step: the email to open on; none: the one due today, else a free email.
    ComposerDialog(NineTouch::Pipeline &pipeline, UndoController &undo, qint64 dealId,
                   std::optional<NineTouch::StepKind> step, std::function<QDateTime()> clock,
                   QWidget *parent = nullptr);

    const NineTouch::Draft &draft() const { return m_draft; }
    QStringList problems() const { return m_draft.problemTexts(true); }
    QStringList warnings() const { return m_draft.problemTexts(false); }
    // What to do instead when the rule has no email due ("Nothing to send now. …").
    QString notice() const;
    bool isFreeEmail() const;
    void selectStep(std::optional<NineTouch::StepKind> step); // none: a free email
    SpellHighlighter *spelling() const { return m_spell; }
    bool markAsSent(); // public for tests
    // Through the rep's account, off the GUI thread; recorded once the server took it, and
    // the dialog closes. A failure says what went wrong and keeps the draft.
    void sendNow();
    bool isSending() const { return m_sending; }
    QPushButton *sendButton() const { return m_send; }
    QString message() const;
    // After the dialog was accepted: what happened, for the window's status bar.
    QString outcome() const { return m_outcome; }

    void reject() override;

private:
    void loadTemplate();
    void refresh();
    void showProblems();
    void fix(NineTouch::Field field);
    void copy();
    void openInMailApp();
    void saveEml();
    void saveIcs();
    void saveTemplate();
    void resetTemplate();
    void showMessage(const QString &text, bool error = false);
    void setSending(bool sending);
    NineTouch::EmailTemplate currentTemplate() const;

    NineTouch::Pipeline &m_pipeline;
    UndoController &m_undo;
    NineTouch::DraftBuilder m_builder;
    qint64 m_dealId;
    std::function<QDateTime()> m_clock;
    NineTouch::Draft m_draft;
    QString m_language; // the contact's, for the spelling
    QString m_templateSet; // Templates::setFor the contact: "en", "de", "de-du"
    bool m_inviteIncluded = false; // the .eml with the invite, or the .ics, was saved
    // Which text left last: the one with the invite attached (.eml) or the one saying it
    // follows (copied, opened in the mail app). None left from here: the invite's own fate.
    std::optional<bool> m_inviteTravelled;
    bool m_sending = false;
    QString m_outcome;

    QComboBox *m_step;
    QLabel *m_notice;
    QLabel *m_recipient;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    SpellHighlighter *m_spell;
    QTextBrowser *m_preview;
    QVBoxLayout *m_problems;
    QLabel *m_message;
    QPushButton *m_insert;
    QPushButton *m_saveTemplate;
    QPushButton *m_resetTemplate;
    QPushButton *m_copy;
    QPushButton *m_mailto;
    QPushButton *m_eml;
    QPushButton *m_ics;
    QPushButton *m_sent;
    QPushButton *m_send;
    bool m_inviteDue = false; // opened for the invite the recap went out without
    QPushButton *m_close = nullptr;
};

} // namespace NineTouchUi
