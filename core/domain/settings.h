// The rep's settings: identity, working time, cadence policy; every key validated.
#pragma once

#include "result.h"
#include "types.h"
#include "workcalendar.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>
#include <QTime>

namespace NineTouch {

struct Settings
{
    Q_DECLARE_TR_FUNCTIONS(Settings)

public:
    QString repName;
    QString repEmail;
    QString repSignature;
    QString repTz; // IANA id; empty: the machine's zone
    QString currency = QStringLiteral("EUR");
    QSet<int> workDays { 1, 2, 3, 4, 5 };
    QTime workStart { 9, 0 };
    QTime workEnd { 17, 0 };
    QSet<QDate> holidays;
    CadencePolicy policy;
    // The rep's mail account (the password is never here: see core/mail/credentials.h).
    QString mailSmtp; // smtp://host:port (STARTTLS) or smtps://host:port; empty: none
    QString mailImap; // imap://host:port (STARTTLS) or imaps://host:port; empty: none
    QString mailUser;

    QTimeZone zone() const;
    // When the rep's zone is one this machine does not know (a file copied from another
    // system): what is used instead, said in words; empty otherwise.
    QString zoneNote() const;
    WorkCalendar calendar() const;

    // The keys `settings` knows, in display order, and the field each one sets.
    static const QStringList &keys();
    // The keys each rep keeps for themselves on a database several reps share: who they are,
    // their signature and their mail account. The others are the team's.
    static bool isPersonal(const QString &key);
    static Field fieldOf(const QString &key);
    // The text form of one key's value.
    QString value(const QString &key) const;
    // Parses and applies one key; a bad value leaves the settings as they were.
    Status set(const QString &key, const QString &value);
    // Takes key's value from other, checked as set() checks typed text: settings built in
    // code pass the same rules. A bad value leaves these settings as they were.
    Status take(const Settings &other, const QString &key);
};

// A mail server's address as the settings hold it: scheme smtp/smtps (or imap/imaps), a host,
// an optional port; no user, password or path. The error names field.
Status checkMailServer(Field field, const QString &url, const QString &plain, const QString &tls);

// Range checks shared by settings (DefaultCycles...) and per-deal overrides (Cycles...).
Status checkPolicyValue(Field field, int value);

} // namespace NineTouch
