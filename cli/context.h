// What a CLI command works with: its arguments, the output, the pipeline on the --db file, the
// moment it acts at (--now), and the ways it prints.
#pragma once

#include "arguments.h"
#include "jsonview.h"
#include "pipeline.h"

#include <QJsonValue>
#include <QTextStream>

#include <memory>

namespace NineTouch::Cli {

class Context final
{
    Q_DECLARE_TR_FUNCTIONS(CliRunner)
    Q_DISABLE_COPY_MOVE(Context)

public:
    Context(Arguments args, QTextStream &out, QTextStream &err)
        : m_args(std::move(args))
        , m_out(out)
        , m_err(err)
    {
    }

    const Arguments &args() const { return m_args; }
    std::optional<QString> option(const char *name) const { return m_args.option(name); }
    QString word(qsizetype i) const { return m_args.word(i); }
    bool json() const { return m_args.flag("json"); }
    QTextStream &out() { return m_out; }
    // Warnings for the rep (stderr): what was done, but might not be what was meant.
    void warn(const QStringList &warnings);

    // Opens --db (or the default file) and reads --now.
    Status open(Database::Mode mode, Database::Check check);
    Pipeline &pipeline() { return *m_pipeline; }
    const JsonView &view() const { return *m_view; }
    const QDateTime &now() const { return m_now; }

    // The deal id in word i.
    Result<qint64> dealId(qsizetype i) const;
    // A time given with an option, in the rep's zone unless it names its offset.
    Result<QDateTime> time(const char *option, Field field) const;

    void print(const QJsonValue &value);
    // The deal as text or, with --json, as the contract's object.
    Status printDeal(qint64 id);
    // Written whole or not at all.
    Status writeFile(const QString &what, const QString &path, const QByteArray &data);

private:
    Arguments m_args;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Pipeline> m_pipeline;
    std::unique_ptr<JsonView> m_view;
    QDateTime m_now;
};

} // namespace NineTouch::Cli
