// One step's email for one deal: the template (editable, with placeholders), a live preview
// of the draft, what keeps it from being ready, and ways to send it from the rep's own mail
// client. "Mark as sent" records the touch with the exact text.
#pragma once

#include "drafts.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
namespace NineTouchUi {

class UndoController;

class ComposerDialog final : public QDialog
{
    Q_OBJECT

public:
    ComposerDialog(NineTouch::Pipeline &pipeline, UndoController &undo, qint64 dealId,
                   NineTouch::StepKind step, std::function<QDateTime()> clock,
                   QWidget *parent = nullptr);

    const NineTouch::Draft &draft() const { return m_draft; }
    QStringList problems() const;
    bool markAsSent(); // public for tests

private:
    void loadTemplate();
    void refresh();
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
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QTextBrowser *m_preview;
    QListWidget *m_problems;
    QLabel *m_message;
    QPushButton *m_insert;
    QPushButton *m_mailto;
    QPushButton *m_eml;
    QPushButton *m_ics;
    QPushButton *m_sent;
};

} // namespace NineTouchUi
