// What a mail system's notice says: which of our recipients failed, or that nothing failed
// (a delay, a success report). Real mail servers write these in two ways, both read here:
//
//   a delivery status report (RFC 3464): "message/delivery-status" fields, wherever the part
//     sits in the message; the address the rep wrote (Original-Recipient) comes first;
//   a plain text: qmail, Exim without DSN, old Postfix and Sendmail, Exchange, Yahoo, Gmail's
//     older notices, Domino, GroupWise and the security gateways. The failed address is the
//     one the text names that is also a recipient of the returned original; X-Failed-Recipients
//     (Exim) names it outright.
//
// docs/method.md ("Reading the inbox") lists the formats and the decision for each. Input is
// hostile: everything here works on bounded text and never trusts it further.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace NineTouch::DeliveryReport {

// The per-recipient fields of one or more message/delivery-status parts.
struct Status
{
    QStringList failed; // lower case, in the report's order, each once
    int recipients = 0; // recipient groups read: 0 means the fields said nothing
    QString reason; // the first failure's status and diagnostic, one line
};

// Reads delivery-status fields. Groups are split at blank lines and also where a recipient
// field repeats (some servers write no blank line between them). Action "failed" or "expired"
// fails; a group without Action fails when its Status is permanent (5.x.x).
void readStatusFields(const QByteArray &fields, Status &status);

// "rfc822; <Tom@Acme.example>" -> "tom@acme.example"; empty when no address is there.
QString addressOf(const QString &value);

// Addresses whose mail is written by software: postmaster, mailer-daemon, no-reply, list
// bounce handlers (-bounces), list servers, DMARC and feedback-loop reporters.
bool isRoleAddress(const QString &address);
// A list manager's form (vertrieb-owner@, owner-vertrieb@, sales-request@, verkoop-admin@):
// software only when the message also bears a list's marks (the caller decides).
bool isListManagerAddress(const QString &address);
// "Mail Delivery System", "Microsoft Outlook", "Internet Mail Delivery"…: a mail system's name.
bool isMailSystemName(const QString &displayName);

// Whether a notice from a mail system reports a failure (subject or text), or only a delay or
// a success; neither: it says nothing about delivery.
enum class Verdict { Unknown, Failure, Delay, Success };
Verdict verdictOf(const QString &subject, const QString &text);

// The text a person reads in a notice, without the returned original that usually follows it
// (quoted inline after a marker line, or its header block).
QString withoutOriginal(const QString &text);
// The original's header block when a notice quotes it inline; empty when it does not.
QString inlineOriginalHeaders(const QString &text);
// To and Cc of a header block (unfolded), lower case.
QStringList recipientsOfHeaders(const QString &headers);

// The list a list manager writes for: "vertrieb-owner@x" and "owner-vertrieb@x" write for
// "vertrieb@x" (Mailman, ezmlm, fml, Majordomo); empty for any other address.
QString listAddressOf(const QString &sender);

// The failed addresses of a plain notice: the addresses its text names, less the sender's
// and the rep's (exclude) and role addresses; of those, the original's recipients when it is
// known and named; else all the text names; else, when the text names none, the original's
// recipients.
QStringList failedAddresses(const QString &noticeText, const QStringList &originalRecipients,
                            const QStringList &exclude);

} // namespace NineTouch::DeliveryReport
