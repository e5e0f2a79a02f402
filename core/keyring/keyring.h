// The system's keyring (Secret Service, KWallet) through QtKeychain: one secret per key, under
// the service "NineTouch". What each answer means to the rep is said by the caller (the mail
// account, a PostgreSQL server), in its own words.
#pragma once

#include <QString>

namespace NineTouch::Keyring {

struct Answer
{
    enum Outcome {
        Found,
        NotFound, // the keyring answered: nothing is kept under this key
        Denied, // the keyring (or the rep, asked by it) did not give it out
        NoKeyring, // no keyring answered, or it failed: see detail
    };
    Outcome outcome = NoKeyring;
    QString secret; // when Found
    QString detail; // the keyring's own words, when it failed
};

// Each call waits for the keyring's answer, at most 15 seconds (a keyring that asks the rep to
// unlock it waits for them), running the calling thread's event loop meanwhile.
Answer read(const QString &key);
// Empty when kept; else the keyring's own words.
QString write(const QString &key, const QString &secret);
// Empty when removed or when nothing was kept; else the keyring's own words.
QString remove(const QString &key);

} // namespace NineTouch::Keyring
