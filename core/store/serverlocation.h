// Where a pipeline on a PostgreSQL server is: the URL a rep gives as --db (libpq's own form,
// postgresql://user@host:port/dbname?sslmode=…), read and checked before anything connects.
// TLS is required off this machine, as for mail; a password never travels in the URL
// (serverpassword.h says where it comes from). docs/server.md explains each rule.
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace NineTouch {

struct ServerLocation
{
    Q_DECLARE_TR_FUNCTIONS(ServerLocation)

public:
    QString url; // as given
    QString user; // empty: libpq's default (the login name)
    // Debian's libpq's own socket folder: the local server when the address names no host.
    static constexpr const char *defaultSocketFolder = "/var/run/postgresql";

    QString host; // a name, an address or a socket folder
    int port = -1; // -1: libpq's default (5432)
    QString database;
    QString sslMode; // empty: libpq's default; verify-full off this machine
    QString sslRootCert;
    int connectTimeout = 10; // seconds

    // Whether text names a server (postgresql:// or postgres://) rather than a file.
    static bool isServer(const QString &text);
    // Reads url; a message naming what to change when it is not one NineTouch connects to.
    static Result<ServerLocation> parse(const QString &url);

    // A socket folder or a loopback address: TLS adds nothing there.
    bool isLocal() const;
    // How messages name it: "sales on db.example.com".
    QString displayName() const;
    // The options QPSQL passes on to libpq, beyond host, port, user and database.
    QString connectOptions() const;
};

} // namespace NineTouch
