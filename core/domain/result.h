// Result types for core operations that can fail: a value, or an error a person can act on.
#pragma once

#include "fields.h"

#include <QList>
#include <QString>

#include <functional>
#include <utility>
#include <variant>

namespace NineTouch {

// What kind of failure: the CLI maps these to its exit codes 1 to 4.
enum class ErrorKind {
    Input = 1, // bad usage or bad input; nothing was written
    Storage = 2, // the database cannot be used
    Refused = 3, // valid, but the rules say no (or someone else changed it meanwhile)
    Mail = 4, // the rep's mail server could not be reached or said no; nothing was recorded
};

struct Error
{
    ErrorKind kind = ErrorKind::Input;
    // What is wrong and what to do, in the domain's words: never a CLI flag, SQL text or an
    // internal key. When field is set, the message is written to follow the field's name.
    QString message;
    Field field = Field::None;
    // Technical detail (SQLite's own words) for the CLI's stderr and the app's log.
    QString detail;
    // Fields someone else changed while the rep was editing them.
    QList<Field> conflicts;

    // The message as a front end shows it: "<field's name>: <message>", or the message alone
    // when the field has no name there (a message without a field is a whole sentence).
    // As a person reads it: named by its field in the reader's words, with what came from
    // outside made printable (see printable()).
    QString text(const std::function<QString(Field)> &fieldName) const
    {
        const QString name = field == Field::None ? QString() : fieldName(field);
        return printable(name.isEmpty() ? message : name + QStringLiteral(": ") + message);
    }

    // Control characters from input (an escape sequence in a CSV cell) shown as \xNN instead of
    // acting on the terminal, and a quoted value longer than a line cut in the middle.
    static QString printable(const QString &text);
};

inline Error inputError(const QString &message)
{
    return { ErrorKind::Input, message, Field::None, {}, {} };
}
inline Error inputError(Field field, const QString &message)
{
    return { ErrorKind::Input, message, field, {}, {} };
}
inline Error storageError(const QString &message, const QString &detail = {})
{
    return { ErrorKind::Storage, message, Field::None, detail, {} };
}
// A storage error about one of the rep's fields (the database's file or address, its password).
inline Error storageError(Field field, const QString &message, const QString &detail = {})
{
    return { ErrorKind::Storage, message, field, detail, {} };
}
inline Error refusal(const QString &message)
{
    return { ErrorKind::Refused, message, Field::None, {}, {} };
}
inline Error mailError(const QString &message, const QString &detail = {})
{
    return { ErrorKind::Mail, message, Field::None, detail, {} };
}

template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    // Only after a check: a programmer error otherwise.
    const T &value() const &
    {
        Q_ASSERT(ok());
        return std::get<T>(m_data);
    }
    T &value() &
    {
        Q_ASSERT(ok());
        return std::get<T>(m_data);
    }
    // By value from a temporary: `for (x : f().value())` then owns what it iterates.
    T value() &&
    {
        Q_ASSERT(ok());
        return std::get<T>(std::move(m_data));
    }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    T operator*() && { return std::move(*this).value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const
    {
        Q_ASSERT(!ok());
        return std::get<Error>(m_data);
    }

private:
    std::variant<T, Error> m_data;
};

using Status = Result<std::monostate>;
inline Status success()
{
    return std::monostate {};
}

} // namespace NineTouch
