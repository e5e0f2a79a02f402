// ninetouch-cli's commands over the core (docs/cli.md is the contract).
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace NineTouch {

class CliRunner final
{
    Q_DECLARE_TR_FUNCTIONS(CliRunner)

public:
    enum Exit { Done = 0, BadInput = 1, StorageFailure = 2, Refused = 3, MailFailure = 4 };

    CliRunner(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {
    }

    // args: without the program name. Returns the exit code.
    int run(const QStringList &args);

    static QString usage();

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace NineTouch
