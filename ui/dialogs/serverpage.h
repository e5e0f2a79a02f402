// The settings' "Server" tab: where this computer's NineTouch keeps the pipeline it opens at
// start (a file here, or a database on a PostgreSQL server), a test of the server's address,
// and moving the open pipeline there. The choice belongs to this computer, not to the
// pipeline: it is kept in the app's own settings (QSettings), like the language.
#pragma once

#include "result.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;

namespace NineTouch {
class Pipeline;
}

namespace NineTouchUi {

// The server the app opens at start when no --db is given; empty: the file on this computer.
QString chosenServer();

class ServerPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ServerPage(NineTouch::Pipeline &open, QWidget *parent = nullptr);

    // The address as typed, checked (empty: the file on this computer).
    NineTouch::Result<QString> typed() const;
    // Saves the typed address as the one to open from the next start; true when it changed.
    bool save();
    QLineEdit *address() const { return m_address; }
    QLabel *result() const { return m_result; }

    // Connects to the typed server (asking for its password when it wants one) and says what
    // it holds.
    void test();
    // Copies the open pipeline into the typed server's database, which must hold no deals.
    void moveThere();
    // Takes the typed server's password out of the keyring and out of this process.
    void forgetPassword();

private:
    void say(bool good, const QString &text);
    // The typed address, checked and not empty; else said, and nothing.
    std::optional<QString> addressTyped();
    // The server's pipeline, signed in to (asking for the password); else said, or cancelled.
    std::unique_ptr<NineTouch::Pipeline> signIn(const QString &address);

    NineTouch::Pipeline &m_open;
    QLineEdit *m_address;
    QLabel *m_result;
};

} // namespace NineTouchUi
