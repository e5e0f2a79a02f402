// A PostgreSQL server's password, where NineTouch finds it: never in the address, the settings
// or the database (docs/server.md, "The password").
//
// Database::open first connects as libpq does by itself (a login that needs no password, or
// one given by PGPASSWORD or ~/.pgpass). When the server asks for a password it has not got,
// it takes the one the rep typed in this process (remember()), else the one kept in the
// system's keyring under keyringKey(). The CLI never asks; the app asks the rep when the
// error's field is Field::DatabasePassword, and opens again.
#pragma once

#include "result.h"

#include <optional>

namespace NineTouch {

struct ServerLocation;

namespace ServerPassword {

// "PostgreSQL rep@db.example.com:5432/sales" (under the keyring's service "NineTouch"): who
// logs in where, as libpq resolves it (no user in the address: PGUSER, else the login name).
QString keyringKey(const ServerLocation &location);
// Who logs in: the address's user, else PGUSER, else this computer's login name.
QString loginOf(const ServerLocation &location);

// What the rep typed, kept in this process's memory for every connection to the server (the
// app's later connections, a reconnect); forgotten when refused.
void remember(const ServerLocation &location, const QString &password);
void forgetRemembered(const ServerLocation &location);
std::optional<QString> remembered(const ServerLocation &location);

enum class Source { Remembered, Keyring };
struct Found
{
    QString password;
    Source source;
};
// The password typed in this process, else the keyring's; nothing when neither has one. A
// keyring that does not answer or refuses is an error naming where else to put it.
Result<std::optional<Found>> lookUp(const ServerLocation &location);

// Whether a Field::DatabasePassword error is a password the server refused (rather than one
// it asked for and NineTouch had none of).
bool wasRefused(const Error &error);

// Keeps the password in the system's keyring; an error when no keyring answers.
Status keep(const ServerLocation &location, const QString &password);
Status forget(const ServerLocation &location);

} // namespace ServerPassword

} // namespace NineTouch
