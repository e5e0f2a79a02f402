// One email for one deal: the template (editable, with placeholders and spelling underlined), a
// live preview of what the prospect reads, everything that keeps it from going out — each with a
// way to fix it — and ways to send it from the rep's own mail client. It opens on the email the
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
    NineTouch::EmailTemplate currentTemplate() const;

    NineTouch::Pipeline &m_pipeline;
    UndoController &m_undo;
    NineTouch::DraftBuilder m_builder;
    qint64 m_dealId;
    std::function<QDateTime()> m_clock;
    NineTouch::Draft m_draft;
    QString m_language;
    bool m_inviteIncluded = false; // the .eml with the invite, or the .ics, was saved

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
};

} // namespace NineTouchUi
