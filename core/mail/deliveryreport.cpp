#include "deliveryreport.h"

#include <QRegularExpression>

namespace NineTouch::DeliveryReport {

namespace {

constexpr int maxLines = 4000;
constexpr int maxAddresses = 50;

QString oneLine(const QString &text, int max)
{
    QString s = text.simplified();
    if (s.size() > max)
        s = s.left(max) + QChar(0x2026);
    return s;
}

const QRegularExpression &addressPattern()
{
    static const QRegularExpression re(
        QStringLiteral("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}"
                       "[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+"));
    return re;
}

QRegularExpression caseless(const char *pattern)
{
    return QRegularExpression(QString::fromUtf8(pattern),
                              QRegularExpression::CaseInsensitiveOption
                                  | QRegularExpression::MultilineOption
                                  | QRegularExpression::UseUnicodePropertiesOption);
}

} // namespace

QString addressOf(const QString &value)
{
    // The address type comes first ("rfc822;", "utf-8;"); some servers add angle brackets.
    QString s = value.contains(QLatin1Char(';')) ? value.section(QLatin1Char(';'), 1) : value;
    const QRegularExpressionMatch m = addressPattern().match(s);
    if (!m.hasMatch())
        return {};
    QString address = m.captured(0).toLower();
    while (address.startsWith(QLatin1Char('.')))
        address.remove(0, 1);
    return address;
}

void readStatusFields(const QByteArray &fields, Status &status)
{
    QString original, final, action, code, diagnostic;
    auto flush = [&] {
        const QString recipient = !original.isEmpty() ? original : final;
        if (!recipient.isEmpty()) {
            ++status.recipients;
            const QString a = action.toLower();
            const bool failed = a.startsWith(QLatin1String("failed"))
                || a.startsWith(QLatin1String("expired"))
                || (a.isEmpty() && code.startsWith(QLatin1Char('5')));
            if (failed && !status.failed.contains(recipient)
                && status.failed.size() < maxAddresses) {
                status.failed << recipient;
                if (status.reason.isEmpty())
                    status.reason = oneLine(code + QLatin1Char(' ') + diagnostic, 300);
            }
        }
        original.clear();
        final.clear();
        action.clear();
        code.clear();
        diagnostic.clear();
    };

    // Header-like lines; a continuation (leading white space) belongs to the field before.
    QList<QByteArray> lines = fields.split('\n');
    QString *last = nullptr;
    for (int i = 0; i < lines.size() && i < maxLines; ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty()) {
            flush();
            last = nullptr;
            continue;
        }
        if ((line.startsWith(' ') || line.startsWith('\t')) && last) {
            *last += QLatin1Char(' ') + QString::fromUtf8(line).trimmed();
            continue;
        }
        last = nullptr;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QString value = QString::fromUtf8(line.mid(colon + 1)).trimmed();
        if (name == "original-recipient") {
            // A second recipient field in the same group starts the next group.
            if (!original.isEmpty() || !final.isEmpty())
                flush();
            original = addressOf(value);
        } else if (name == "final-recipient") {
            if (!final.isEmpty())
                flush();
            final = addressOf(value);
        } else if (name == "action") {
            action = value;
        } else if (name == "status") {
            code = value.section(QLatin1Char(' '), 0, 0);
        } else if (name == "diagnostic-code") {
            diagnostic =
                value.contains(QLatin1Char(';')) ? value.section(QLatin1Char(';'), 1) : value;
            last = &diagnostic;
        }
    }
    flush();
}

bool isRoleAddress(const QString &address)
{
    const QString local = address.section(QLatin1Char('@'), 0, 0).toLower();
    if (address.isEmpty())
        return false;
    if (local.isEmpty())
        return true; // "<@>": no mailbox at all
    static const QRegularExpression role(QStringLiteral(
        "^(mailer[-_.]?daemon|post[-_.]?master|mail[-_.]?delivery[-_.]?(system|subsystem)?|"
        "no[-_.]?reply|do[-_.]?not[-_.]?reply|dont[-_.]?reply|bounces?|bounce[-+_.].*|"
        "microsoftexchange[0-9a-f]{32}|listserv|majordomo|mailman|ezmlm|sympa|"
        ".+-bounces?(\\+.*)?|"
        "noreply[-_.+].*|.+[-_.]noreply|no-reply[-_.+].*|"
        "dmarc[-_.]?(reports?|noreply|no-reply|support)?|.*dmarc.*report.*|"
        "fbl|feedback[-_.]?loop|feedbackloop|arf|abuse[-_.]?reports?|"
        "gwia|mail\\.delivery\\.system)$"));
    return role.match(local).hasMatch();
}

bool isListManagerAddress(const QString &address)
{
    static const QRegularExpression manager(
        QStringLiteral("^(owner-.+|.+-(owner|request|admin)(\\+.*)?)@"),
        QRegularExpression::CaseInsensitiveOption);
    return manager.match(address).hasMatch();
}

bool isMailSystemName(const QString &displayName)
{
    static const QRegularExpression name =
        caseless("^\\W*(mail delivery (system|subsystem)|mailer[- ]daemon|microsoft outlook|"
                 "microsoft exchange|internet mail delivery|postmaster|system ?administrator|"
                 "mail administrator|interscan notification|content[- ]filter.*|"
                 "courier mail server.*|.*\\.gwia\\.gateway|.*list server.*|barracuda.*)\\W*$");
    return name.match(displayName.trimmed()).hasMatch();
}

Verdict verdictOf(const QString &subject, const QString &text)
{
    // Delays and successes first: their texts often say what would happen on failure.
    static const QRegularExpression delaySubject =
        caseless("(delayed mail|delivery delayed|delivery incomplete|\\(delay\\)|warning: could "
                 "not send|delivery status notification: delayed|delivery has been delayed|"
                 "mail delivery delayed|warning: message .* delayed|verz[öo]gert|"
                 "retrasad|retard|ritardat|vertraagd|still being retried)");
    static const QRegularExpression successSubject =
        caseless("(successful mail delivery|return receipt|^delivered:|^relayed:|"
                 "^zugestellt:|^remis :|delivery status notification \\(success\\)|"
                 "delivery status notification: (relayed|delivered|expanded)|"
                 "delivery report)");
    static const QRegularExpression failureSubject =
        caseless("(undeliver|undelivered|unzustellbar|non remis|non recapitabile|onbestelbaar|"
                 "no se puede entregar|no entregado|non d[ée]livr|failure notice|"
                 "delivery (status notification \\(failure\\)|failure|has failed|failed)|"
                 "mail delivery failed|mail delivery failure|returned mail|returning message|"
                 "delivery status notification: (error|failed)|message status - undeliverable|"
                 "could not be delivered|delivery failure|rejected|blocked|not listed|"
                 "email delivery failure|unsolicited|not member|undeliverable|"
                 "nondeliverable|mail system error)");
    static const QRegularExpression failureText =
        caseless("(could not be delivered|couldn't be delivered|wasn't able to deliver|"
                 "was not able to deliver|permanent (fatal )?error|permanent failure|"
                 "has given up|i've given up|delivery (to the following )?recipients?( or groups)? "
                 "(has )?failed|delivery has failed|failed permanently|address not found|"
                 "user unknown|unknown user|no such user|mailbox unavailable|"
                 "not listed in|did not reach|could not deliver|undeliverable|undelivered|"
                 "unzustellbar|konnte nicht zugestellt|ist fehlgeschlagen|"
                 "n'a pas pu [êe]tre (remis|distribu)|non remis|"
                 "no se (ha )?pud(o|ieron) entregar|non [èe] stato possibile recapitare|"
                 "non recapitabile|kon niet worden bezorgd|rejected|blocked|not permitted|"
                 "not a member|only subscribers|not authorized|message expired|"
                 "retry timeout exceeded|giving up|unrouteable|host not found|"
                 "domain not found|name server|delivery failure|"
                 "(?<![0-9.])5\\.[0-9]{1,3}\\.[0-9]{1,3}(?![0-9.]))");
    static const QRegularExpression delayText =
        caseless("(will (continue to )?(try|retry)|still (being )?retried|not yet been delivered|"
                 "delivery (attempts )?will continue|no action is required|is delayed|"
                 "has been delayed|temporarily deferred|warning message only)");
    if (successSubject.match(subject).hasMatch())
        return Verdict::Success;
    if (delaySubject.match(subject).hasMatch())
        return Verdict::Delay;
    if (failureSubject.match(subject).hasMatch())
        return Verdict::Failure;
    if (delayText.match(text).hasMatch() && !text.contains(QLatin1String("permanent")))
        return Verdict::Delay;
    if (failureText.match(text).hasMatch())
        return Verdict::Failure;
    return Verdict::Unknown;
}

namespace {

// A line that starts a block of header fields: "Name: value" followed by another such line
// or a continuation.
const QRegularExpression &headerLine()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9-]{0,60}:"));
    return re;
}

const QRegularExpression &startOfOriginalMarker()
{
    static const QRegularExpression re = caseless(
        "^\\W*(-+ ?)?(below this line is a copy of the message|this is a copy of the message|"
        "the header of the original message is following|original message follows|"
        "(un)?sent message (follows|below)|returned message|original message headers|"
        "original message header|undelivered message headers|message headers follow|"
        "possibly truncated original message follows|enclosed is a copy|"
        "copy of the original message|the original message was|headers of the original|"
        "ursprüngliche nachricht|urspr[üu]ngliche nachrichtenkopfzeilen|original-nachricht|"
        "en-têtes du message d'origine|message d'origine|encabezados del mensaje original|"
        "mensaje original|intestazioni del messaggio originale|messaggio originale|"
        "oorspronkelijke berichtkoppen|oorspronkelijk bericht|included message|"
        "rejected message|the message you sent|text of the message)");
    return re;
}

// Where the quoted original's header block starts: the first line of two or more header
// lines in a row that include a From, To, Subject or Message-ID.
qsizetype headerBlockStart(const QStringList &lines, qsizetype from)
{
    static const QRegularExpression key =
        caseless("^(from|to|cc|subject|message-id|date|return-path|received):");
    const qsizetype end = std::min<qsizetype>(lines.size(), maxLines);
    for (qsizetype i = from; i + 1 < end; ++i) {
        if (!headerLine().match(lines.at(i)).hasMatch())
            continue;
        int fields = 0;
        bool keyed = false;
        qsizetype j = i;
        for (; j < end && j < i + 40; ++j) {
            const QString &l = lines.at(j);
            if (l.isEmpty())
                break;
            if (l.startsWith(QLatin1Char(' ')) || l.startsWith(QLatin1Char('\t')))
                continue;
            if (!headerLine().match(l).hasMatch())
                break;
            ++fields;
            keyed = keyed || key.match(l).hasMatch();
        }
        if (fields >= 3 && keyed)
            return i;
        // A block that starts inside this one has fewer of the same fields: skip past it.
        i = std::max(i, j - 1);
    }
    return -1;
}

} // namespace

QString withoutOriginal(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    qsizetype end = lines.size();
    for (qsizetype i = 0; i < lines.size() && i < maxLines; ++i) {
        if (startOfOriginalMarker().match(lines.at(i)).hasMatch()) {
            end = i;
            break;
        }
    }
    if (const qsizetype block = headerBlockStart(lines, 0); block >= 0 && block < end)
        end = block;
    return lines.mid(0, end).join(QLatin1Char('\n'));
}

QString inlineOriginalHeaders(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    const qsizetype start = headerBlockStart(lines, 0);
    if (start < 0)
        return {};
    QStringList block;
    for (qsizetype i = start; i < lines.size() && i < start + 200; ++i) {
        if (lines.at(i).trimmed().isEmpty())
            break;
        block << lines.at(i);
    }
    return block.join(QLatin1Char('\n'));
}

QStringList recipientsOfHeaders(const QString &headers)
{
    QStringList out;
    QString field;
    const auto take = [&] {
        static const QRegularExpression recipientField = caseless("^(to|cc):");
        if (recipientField.match(field).hasMatch()) {
            auto it = addressPattern().globalMatch(field.mid(field.indexOf(QLatin1Char(':')) + 1));
            while (it.hasNext() && out.size() < maxAddresses) {
                const QString a = it.next().captured(0).toLower();
                if (!out.contains(a))
                    out << a;
            }
        }
        field.clear();
    };
    const QStringList lines = headers.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size() && i < maxLines; ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            break;
        if (line.startsWith(QLatin1Char(' ')) || line.startsWith(QLatin1Char('\t'))) {
            field += QLatin1Char(' ') + line.trimmed();
            continue;
        }
        take();
        field = line;
    }
    take();
    return out;
}

QString listAddressOf(const QString &sender)
{
    static const QRegularExpression manager(
        QStringLiteral("^(?:owner-(.+)|(.+?)-(?:owner|admin|bounces?|request)(?:\\+.*)?)@(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = manager.match(sender);
    if (!m.hasMatch())
        return {};
    const QString list = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
    return (list + QLatin1Char('@') + m.captured(3)).toLower();
}

QStringList failedAddresses(const QString &noticeText, const QStringList &originalRecipients,
                            const QStringList &exclude)
{
    QStringList named;
    auto it = addressPattern().globalMatch(noticeText);
    while (it.hasNext() && named.size() < maxAddresses) {
        QString a = it.next().captured(0).toLower();
        while (a.startsWith(QLatin1Char('.')))
            a.remove(0, 1);
        if (a.isEmpty() || named.contains(a) || exclude.contains(a) || isRoleAddress(a)
            || isListManagerAddress(a))
            continue;
        named << a;
    }
    QStringList known;
    for (const QString &a : std::as_const(named)) {
        if (originalRecipients.contains(a))
            known << a;
    }
    if (!known.isEmpty())
        return known;
    if (!named.isEmpty())
        return named;
    QStringList recipients;
    for (const QString &a : originalRecipients) {
        if (!exclude.contains(a) && !isRoleAddress(a))
            recipients << a;
    }
    return recipients;
}

} // namespace NineTouch::DeliveryReport
