// Result types for core operations that can fail: a value or a message a person can act on.
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace NineTouch {

// What kind of failure: the CLI maps these to its exit codes 1, 2 and 3.
enum class ErrorKind {
    Input = 1, // bad usage or bad input; nothing was written
    Storage = 2, // the database cannot be used
    Refused = 3, // valid, but the rules say no
};

struct Error
{
    ErrorKind kind = ErrorKind::Input;
    QString message;
};

inline Error inputError(const QString &message)
{
    return { ErrorKind::Input, message };
}
inline Error storageError(const QString &message)
{
    return { ErrorKind::Storage, message };
}
inline Error refusal(const QString &message)
{
    return { ErrorKind::Refused, message };
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

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    // By value from a temporary: `for (x : f().value())` then owns what it iterates.
    T value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T operator*() && { return std::move(*this).value(); }
    const T *operator->() const { return &value(); }

    T value_or(T fallback) &&
    {
        return ok() ? std::get<T>(std::move(m_data)) : std::move(fallback);
    }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

using Status = Result<std::monostate>;
inline Status success()
{
    return std::monostate {};
}

} // namespace NineTouch
