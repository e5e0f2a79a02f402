// Signing in to a pipeline on a PostgreSQL server: the app asks the rep for the server's
// password when the server wants one NineTouch has not got (not in the keyring, PGPASSWORD or
// ~/.pgpass), and offers to keep it in the system's keyring once it worked.
#pragma once

#include "pipeline.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace NineTouchUi {

class ServerPasswordDialog final : public QDialog
{
    Q_OBJECT

public:
    // why: the server's refusal, in the store's words ("the server refused the password…");
    // empty at the first asking.
    ServerPasswordDialog(const QString &serverName, const QString &login, const QString &why,
                         QWidget *parent = nullptr);

    QString password() const;
    bool keep() const;
    // For tests and keyboard users.
    void setPassword(const QString &password);
    void setKeep(bool keep);

private:
    QLineEdit *m_password;
    QCheckBox *m_keep;
};

// Opens the pipeline at location (a file, or a server), asking for the server's password as
// long as the server wants one and the rep gives it. A password that worked is kept for this
// process, and in the keyring when the rep ticked it (a keyring that cannot keep it is said,
// and the pipeline opens all the same). nullopt: the rep cancelled.
std::optional<NineTouch::Result<std::unique_ptr<NineTouch::Pipeline>>>
openAsking(const QString &location, NineTouch::Database::Mode mode,
           NineTouch::Database::Check check, QWidget *parent = nullptr);

// The pipeline the app starts on: location opened as openAsking opens it. When location is the
// server chosen in the settings (fromSettings) and it is out of reach or the rep cancelled its
// sign-in, the rep is offered the pipeline on this computer for this run instead (the settings
// keep the server for the next start); lock takes that file's lock before it is opened.
// nullopt: the rep cancelled, or declined the offer; nothing was opened.
std::optional<NineTouch::Result<std::unique_ptr<NineTouch::Pipeline>>>
openAtStart(const QString &location, NineTouch::Database::Mode mode, bool fromSettings,
            const std::function<NineTouch::Status(const QString &path)> &lock,
            QWidget *parent = nullptr);

} // namespace NineTouchUi
