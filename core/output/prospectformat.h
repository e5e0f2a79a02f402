// Dates, times, zones and amounts as the prospect writes them: the contact's language and
// region, never the computer's zone or locale (docs/method.md, "What the prospect reads").
#pragma once

#include "settings.h"
#include "types.h"

#include <QLocale>
#include <QTimeZone>

namespace NineTouch {

class ProspectFormat final
{
public:
    ProspectFormat(const Contact &contact, const Settings &settings);

    const QLocale &locale() const { return m_locale; }
    // The zone the contact lives in: theirs, else the rep's.
    const QTimeZone &contactZone() const { return m_contactZone; }

    // "Thursday 12 March 2026", "Thursday, March 12, 2026", "Donnerstag, 12. März 2026".
    QString date(const QDateTime &instant, const QTimeZone &zone) const;
    // "14:30", "2:30 PM", "14:30 Uhr"; with the zone named when the contact could doubt it
    // (their zone is not known, or is not the meeting's): "14:30 (Central European Time)".
    QString time(const QDateTime &instant, const QTimeZone &zone) const;
    // When something happened, as a sentence says it from now: "today", "yesterday", "on
    // Monday", "on 2 March" ("heute", "gestern", "am Montag", "am 2. März").
    QString dayFromNow(const QDateTime &then, const QDateTime &now, const QTimeZone &zone) const;
    // The zone's name at that instant, in the contact's language.
    QString zoneName(const QDateTime &instant, const QTimeZone &zone) const;
    bool namesZone(const QTimeZone &zone) const;
    // A time the clocks show twice that night (the autumn fall-back hour): named with its zone
    // ("1:30 AM (Eastern Daylight Time)"), so the prospect knows which of the two it is.
    static bool happensTwice(const QDateTime &instant, const QTimeZone &zone);
    // How an email opens, by the contact's language and AddressForm (its comma is the
    // template's): "Guten Tag Frau Müller", "Guten Tag Jana Müller" (no title known), "Hallo
    // Jana" (by first name, with Sie or du), "Dear Ms Carter", "Hi Sam"; without a name
    // "Guten Tag", "Hallo zusammen", "Hello", "Hi there".
    static QString greeting(const Contact &contact);
    // Whether the contact is addressed with du (German, AddressForm::Du).
    bool du() const { return m_contact.effectiveAddress() == AddressForm::Du; }

    // "€12,500.00", "12.500,00 €".
    QString money(qint64 cents, const QString &currency) const;

    // How the meeting happens, as the prospect reads it (a video call is never "a call I will
    // make to you"): the noun ("call", "video call", "meeting"; "Telefonat", "Videotelefonat",
    // "Treffen"), the invite's line ("Sam will call you at the agreed time."), and the
    // reminder's promise ("I will call you at exactly that time.").
    QString meetingKind(Channel channel) const;
    QString meetingHow(Channel channel, const QString &repName) const;
    QString meetingPromise(Channel channel) const;
    // What the email says of its calendar invitation: it comes with this email, or (the text
    // copied, or opened in the rep's mail app without it) it follows in a separate one.
    QString inviteNote(bool updated, bool travels) const;

    // The region whose conventions apply: the contact's, else the country of their zone, else
    // the country of the rep's zone; a combination Qt does not know falls back to the
    // language's main region.
    static QLocale localeFor(const Contact &contact, const Settings &settings);

private:
    Contact m_contact;
    QLocale m_locale;
    QTimeZone m_contactZone;
};

} // namespace NineTouch
