#include "serverlogin.h"

#include "serverlocation.h"

#include <libpq-fe.h>

#include <QByteArrayList>

namespace NineTouch::ServerLogin {

namespace {

// libpq's keywords and values for location, as ServerLocation::connectOptions() gives them
// to Qt's driver (a password only when one is given).
struct Parameters
{
    QByteArrayList keys;
    QByteArrayList values;
    void add(const char *key, const QString &value)
    {
        if (value.isEmpty())
            return;
        keys << QByteArray(key);
        values << value.toUtf8();
    }
    template<typename F> auto with(F f) const
    {
        std::vector<const char *> k, v;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            k.push_back(keys.at(i).constData());
            v.push_back(values.at(i).constData());
        }
        k.push_back(nullptr);
        v.push_back(nullptr);
        return f(k.data(), v.data());
    }
};

Parameters parameters(const ServerLocation &l, const std::optional<QString> &password)
{
    Parameters p;
    p.add("host", l.host);
    p.add("port", l.port > 0 ? QString::number(l.port) : QString());
    p.add("user", l.user);
    p.add("dbname", l.database);
    p.add("sslmode", l.sslMode);
    p.add("sslrootcert", l.sslRootCert);
    p.add("connect_timeout", QString::number(l.connectTimeout));
    p.add("application_name", QStringLiteral("NineTouch"));
    if (password)
        p.add("password", *password);
    return p;
}

} // namespace

bool isUp(const ServerLocation &location)
{
    return parameters(location, std::nullopt).with([](const char *const *k, const char *const *v) {
        return PQpingParams(k, v, 0) == PQPING_OK;
    });
}

Failure diagnose(const ServerLocation &location, const std::optional<QString> &password)
{
    return parameters(location, password).with([&](const char *const *k, const char *const *v) {
        PGconn *connection = PQconnectdbParams(k, v, 0);
        Failure failure = Failure::Other;
        if (!connection)
            return failure;
        if (PQstatus(connection) == CONNECTION_OK)
            failure = Failure::None;
        else if (PQconnectionNeedsPassword(connection))
            failure = Failure::NeedsPassword;
        else if (PQconnectionUsedPassword(connection))
            failure = Failure::PasswordRefused;
        PQfinish(connection);
        return failure;
    });
}

} // namespace NineTouch::ServerLogin
