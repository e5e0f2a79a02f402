#include "context.h"

#include "privatefile.h"
#include "validation.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace NineTouch::Cli {

Status Context::open(Database::Mode mode, Database::Check check)
{
    const QString path = option("db").value_or(Database::defaultPath());
    if (mode != Database::Mode::MustExist && !option("db")) {
        // The app's data location may not exist yet on a new machine.
        QDir().mkpath(QFileInfo(path).absolutePath());
    }
    auto opened = Pipeline::open(path, mode, check);
    if (!opened) {
        Error e = opened.error();
        const QFileInfo file(path);
        if (mode != Database::Mode::CreateIfMissing && !Database::isServer(path)
            && !file.isSymLink() && (!file.exists() || file.size() == 0))
            e.message += tr(" Create it with 'ninetouch-cli --db %1 init'.").arg(path);
        return e;
    }
    m_pipeline = std::move(opened).value();
    // Never a blocked meeting for a zone this machine lacks: said once, and the machine's used.
    if (const QString note = m_pipeline->settings().zoneNote(); !note.isEmpty())
        QTextStream(stderr) << tr("Note: %1").arg(note) << Qt::endl;
    if (m_args.flag("team"))
        m_pipeline->setScope(Pipeline::Scope::Team);
    m_view = std::make_unique<JsonView>(*m_pipeline);
    if (auto now = option("now")) {
        auto parsed = parseDateTime(Field::Now, *now, m_pipeline->settings().zone());
        if (!parsed)
            return parsed.error();
        m_now = parsed->toUTC();
    } else {
        m_now = QDateTime::currentDateTimeUtc();
    }
    return success();
}

Result<qint64> Context::dealId(qsizetype i) const
{
    const QString text = word(i);
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (text.isEmpty())
        return inputError(tr("A deal id is needed (see 'deal list')."));
    if (!ok || id <= 0)
        return inputError(
            tr("'%1' is not a deal id; ids are whole numbers (see 'deal list').").arg(text));
    return id;
}

Result<QDateTime> Context::time(const char *name, Field field) const
{
    const auto text = option(name);
    if (!text)
        return QDateTime();
    return parseDateTime(field, *text, m_pipeline->settings().zone());
}

void Context::warn(const QStringList &warnings)
{
    for (const QString &w : warnings)
        m_err << tr("Warning: %1").arg(w) << '\n';
    m_err.flush();
}

void Context::print(const QJsonValue &v)
{
    m_out << QString::fromUtf8(v.isArray()
                                   ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented)
                                   : QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented));
}

Status Context::printDeal(qint64 id)
{
    auto h = m_pipeline->history(id);
    if (!h)
        return h.error();
    const Cadence c = m_pipeline->engine().evaluate(*h, m_now);
    if (json())
        print(m_view->deal(*h, c));
    else
        m_out << m_view->text(*h, c);
    return success();
}

Status Context::writeFile(const QString &what, const QString &path, const QByteArray &data)
{
    if (Status s = PrivateFile::write(path, data); !s)
        return inputError(tr("%1: %2").arg(what, s.error().message));
    return success();
}

} // namespace NineTouch::Cli
