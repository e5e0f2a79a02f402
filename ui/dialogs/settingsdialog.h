// The rep's settings (stored in the database) and the stage list.
#pragma once

#include "mailaccount.h"
#include "pipeline.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTabWidget;

namespace NineTouchUi {

class UndoController;

class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    // Stage edits go on the undo stack at once; the other settings are saved together on OK.
    SettingsDialog(NineTouch::Pipeline &pipeline, UndoController &undo, QWidget *parent = nullptr);

    void accept() override;
    // Shows the tab of a setting and puts the cursor in it (what a "Fix…" button points at).
    void focus(NineTouch::Field field);

    // The Mail tab's result line (for tests).
    QLabel *mailResult() const { return m_mailResult; }
    void testMail();
    // The Server tab; whether OK changed the server opened at the next start.
    class ServerPage *serverPage() const { return m_server; }
    bool serverChanged() const { return m_serverChanged; }

private:
    // The settings as typed: what the rep saw when the dialog opened, with every field's text.
    NineTouch::Result<NineTouch::Settings> typed() const;
    NineTouch::Result<NineTouch::MailAccount> typedAccount() const;
    void loadStages();
    void stageAction(const QString &what);

    NineTouch::Pipeline &m_pipeline;
    UndoController &m_undo;
    // The settings the fields were filled from: what is saved is what differs from them.
    NineTouch::Settings m_base;
    QHash<QString, std::function<QString()>> m_fields; // key -> current text
    QHash<QString, QWidget *> m_widgets; // key -> its editor
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_mailResult = nullptr;
    class ServerPage *m_server = nullptr;
    bool m_serverChanged = false;
    QListWidget *m_stages;
    QLabel *m_error;
};

} // namespace NineTouchUi
