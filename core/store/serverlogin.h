// What Qt's PostgreSQL driver does not say about a server, asked of libpq itself: whether the
// server is up (without logging in), and why a login failed. libpq answers in flags, not in the
// server's words, which come in the server's language (lc_messages). Thread-safe: no Qt Sql,
// no keyring.
#pragma once

#include <QString>

#include <optional>

namespace NineTouch {

struct ServerLocation;

namespace ServerLogin {

// Whether the server accepts connections now (PQping: no login, no password).
bool isUp(const ServerLocation &location);

enum class Failure {
    None, // the login works
    NeedsPassword, // the server asked for a password and none was given
    PasswordRefused, // a password was given and the login failed after the server asked for it
    Other, // anything else: unreachable, no such database or login, TLS
};
// Logs in once with libpq (then closes), as Qt's driver would, to learn why it fails.
Failure diagnose(const ServerLocation &location, const std::optional<QString> &password);

} // namespace ServerLogin

} // namespace NineTouch
