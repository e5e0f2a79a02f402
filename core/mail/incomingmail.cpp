// GMime's headers come first: GLib names struct members "signals", which Qt's keyword macros
// would rewrite.
#include <gmime/gmime.h>
#include <libical/ical.h>

#include "deliveryreport.h"
#include "incomingmail.h"
#include "outofoffice.h"

#include <QRegularExpression>

#include <memory>

namespace NineTouch {

namespace {

constexpr int maxDepth = 20; // nested multiparts deeper than this are not looked into
constexpr int maxParts = 200;
constexpr qsizetype maxCalendarBytes = 256 * 1024;
constexpr qsizetype maxReportBytes = 64 * 1024;

void initOnce()
{
    static const bool done = [] {
        g_mime_init();
        return true;
    }();
    Q_UNUSED(done);
}

template<typename T> struct GUnref
{
    void operator()(T *p) const
    {
        if (p)
            g_object_unref(p);
    }
};
template<typename T> using GPtr = std::unique_ptr<T, GUnref<T>>;

// One line, no control characters, at most max characters.
QString oneLine(const QString &text, int max)
{
    QString out;
    out.reserve(std::min<qsizetype>(text.size(), max));
    for (QChar c : text) {
        if (out.size() >= max) {
            out += QChar(0x2026);
            break;
        }
        out +=
            (c.category() == QChar::Other_Control || c == QChar::LineSeparator) ? QChar(u' ') : c;
    }
    return out.simplified();
}

QString fromUtf8(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

// "<id>", however the sender wrote it ("id", "<<id", "<id"): one pair of brackets, always.
QString bracketed(const char *id)
{
    QString s = oneLine(fromUtf8(id), 998).trimmed();
    while (s.startsWith(QLatin1Char('<')))
        s.remove(0, 1);
    while (s.endsWith(QLatin1Char('>')))
        s.chop(1);
    s = s.trimmed();
    if (s.isEmpty())
        return {};
    return QLatin1Char('<') + s + QLatin1Char('>');
}

QByteArray header(GMimeObject *object, const char *name)
{
    const char *value = g_mime_object_get_header(object, name);
    return value ? QByteArray(value) : QByteArray();
}

QStringList messageIds(const char *text)
{
    QStringList ids;
    if (!text)
        return ids;
    GMimeReferences *refs = g_mime_references_parse(nullptr, text);
    if (!refs)
        return ids;
    const int n = std::min(g_mime_references_length(refs), 100);
    for (int i = 0; i < n; ++i) {
        // An empty id would match every touch that has none.
        if (const QString id = bracketed(g_mime_references_get_message_id(refs, i)); !id.isEmpty())
            ids << id;
    }
    g_mime_references_free(refs);
    return ids;
}

// A part's content, transfer-decoded, at most max bytes (0: none when bigger).
QByteArray content(GMimePart *part, qsizetype max)
{
    GMimeDataWrapper *wrapper = g_mime_part_get_content(part);
    if (!wrapper)
        return {};
    GPtr<GMimeStream> memory(g_mime_stream_mem_new());
    if (g_mime_data_wrapper_write_to_stream(wrapper, memory.get()) < 0)
        return {};
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(memory.get()));
    if (!bytes || qsizetype(bytes->len) > max)
        return {};
    return QByteArray(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
}

// An iTIP REPLY: the invitation's UID and the attendee's answer.
void readCalendar(const QByteArray &ics, IncomingMail &mail)
{
    icalcomponent *calendar = icalparser_parse_string(ics.constData());
    if (!calendar)
        return;
    if (icalcomponent_isa(calendar) == ICAL_VCALENDAR_COMPONENT
        && icalcomponent_get_method(calendar) == ICAL_METHOD_REPLY) {
        icalcomponent *event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
        const char *uid = event ? icalcomponent_get_uid(event) : nullptr;
        icalproperty *attendee =
            event ? icalcomponent_get_first_property(event, ICAL_ATTENDEE_PROPERTY) : nullptr;
        icalparameter *partstat = attendee
            ? icalproperty_get_first_parameter(attendee, ICAL_PARTSTAT_PARAMETER)
            : nullptr;
        if (uid && partstat) {
            mail.kind = IncomingMail::Kind::CalendarReply;
            mail.calendarUid = oneLine(fromUtf8(uid), 255);
            switch (icalparameter_get_partstat(partstat)) {
            case ICAL_PARTSTAT_ACCEPTED:
                mail.partstat = QStringLiteral("ACCEPTED");
                break;
            case ICAL_PARTSTAT_TENTATIVE:
                mail.partstat = QStringLiteral("TENTATIVE");
                break;
            case ICAL_PARTSTAT_DECLINED:
                mail.partstat = QStringLiteral("DECLINED");
                break;
            case ICAL_PARTSTAT_DELEGATED:
                mail.partstat = QStringLiteral("DELEGATED");
                break;
            default:
                mail.partstat = QStringLiteral("NEEDS-ACTION");
                break;
            }
        }
    }
    icalcomponent_free(calendar);
}

// A text part's words as UTF-8, whatever its charset said (Latin-1 when the charset is
// unknown or lies).
QString decodedText(GMimeObject *object, GMimeContentType *type, qsizetype max)
{
    const QByteArray bytes = content(GMIME_PART(object), max);
    if (bytes.isEmpty())
        return {};
    const char *charset = g_mime_content_type_get_parameter(type, "charset");
    if (charset && g_ascii_strcasecmp(charset, "utf-8") != 0
        && g_ascii_strcasecmp(charset, "us-ascii") != 0) {
        gsize written = 0;
        if (char *utf8 = g_convert(bytes.constData(), bytes.size(), "UTF-8", charset, nullptr,
                                   &written, nullptr)) {
            QString text = QString::fromUtf8(utf8, qsizetype(written));
            g_free(utf8);
            return text;
        }
    }
    if (g_utf8_validate(bytes.constData(), bytes.size(), nullptr))
        return QString::fromUtf8(bytes);
    return QString::fromLatin1(bytes);
}

// What a person would read of an HTML part: tags out, line breaks kept, entities decoded.
QString textOfHtml(QString html)
{
    static const QRegularExpression breaks(QStringLiteral("<(br|/p|/div|/tr|/li|/h\\d)\\b[^>]*>"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9a-fA-F]{1,6});"));
    // Style, script and head hold no words a person reads. Found with indexOf, not a regular
    // expression: hostile HTML full of openers would make one rescan to the end every time.
    for (const QLatin1String tag :
         { QLatin1String("style"), QLatin1String("script"), QLatin1String("head") }) {
        const QString open = QLatin1Char('<') + tag;
        const QString close = QLatin1String("</") + tag;
        QString kept;
        qsizetype last = 0;
        qsizetype from = 0;
        while ((from = html.indexOf(open, last, Qt::CaseInsensitive)) >= 0) {
            kept += QStringView(html).mid(last, from - last);
            const qsizetype end = html.indexOf(close, from + open.size(), Qt::CaseInsensitive);
            const qsizetype gt = end < 0 ? -1 : html.indexOf(QLatin1Char('>'), end);
            last = gt < 0 ? html.size() : gt + 1;
        }
        kept += QStringView(html).mid(last);
        html = kept;
    }
    html.replace(breaks, QStringLiteral("\n"));
    html.remove(tags);
    QString out;
    qsizetype last = 0;
    for (auto it = numeric.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        out += html.mid(last, m.capturedStart() - last);
        bool ok = false;
        const uint code = m.captured(2).toUInt(&ok, m.captured(1).isEmpty() ? 10 : 16);
        if (ok && code > 0 && code < 0x110000)
            out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        last = m.capturedEnd();
    }
    out += html.mid(last);
    out.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    out.replace(QLatin1String("&lt;"), QLatin1String("<"));
    out.replace(QLatin1String("&gt;"), QLatin1String(">"));
    out.replace(QLatin1String("&quot;"), QLatin1String("\""));
    out.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return out;
}

QStringList addressesOf(InternetAddressList *list)
{
    QStringList out;
    if (!list)
        return out;
    for (int i = 0; i < internet_address_list_length(list) && out.size() < 50; ++i) {
        InternetAddress *a = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_MAILBOX(a)) {
            const QString address =
                fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(a))).toLower();
            if (!address.isEmpty() && !out.contains(address))
                out << address;
        } else if (INTERNET_ADDRESS_IS_GROUP(a)) {
            out << addressesOf(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(a)));
        }
    }
    return out;
}

struct Walk
{
    IncomingMail *mail = nullptr;
    int parts = 0;
    qsizetype textSize = 0;
    bool report = false; // a multipart/report of any kind, or one of its machine parts
    DeliveryReport::Status status; // the delivery-status fields found anywhere
    QStringList texts; // text/plain parts outside the returned original
    QStringList htmlTexts; // text/html parts, as text: used when there is no plain text
    QStringList originalRecipients; // To and Cc of the returned original, when it is there
    QString originalFrom;
    bool original = false; // a returned original (message/rfc822 or its headers) was seen
};

constexpr qsizetype maxTextBytes = 256 * 1024;

void walk(GMimeObject *object, Walk &w, int depth)
{
    if (!object || depth > maxDepth || ++w.parts > maxParts)
        return;
    GMimeContentType *type = g_mime_object_get_content_type(object);
    if (GMIME_IS_MULTIPART(object)) {
        if (type && g_mime_content_type_is_type(type, "multipart", "report"))
            w.report = true;
        auto *multipart = GMIME_MULTIPART(object);
        const int n = g_mime_multipart_get_count(multipart);
        for (int i = 0; i < n && w.parts <= maxParts; ++i)
            walk(g_mime_multipart_get_part(multipart, i), w, depth + 1);
        return;
    }
    if (GMIME_IS_MESSAGE_PART(object)) {
        // A message quoted inside (the bounced original): its headers are not ours, but its
        // recipients say whom a notice is about.
        GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
        if (inner && !w.original) {
            w.original = true;
            w.originalRecipients =
                addressesOf(g_mime_message_get_addresses(inner, GMIME_ADDRESS_TYPE_TO))
                + addressesOf(g_mime_message_get_addresses(inner, GMIME_ADDRESS_TYPE_CC));
            w.originalRecipients.removeDuplicates();
            const QStringList from = addressesOf(g_mime_message_get_from(inner));
            w.originalFrom = from.value(0);
        }
        return;
    }
    if (!GMIME_IS_PART(object) || !type)
        return;
    if (g_mime_content_type_is_type(type, "text", "calendar")) {
        if (w.mail->kind == IncomingMail::Kind::Message)
            readCalendar(content(GMIME_PART(object), maxCalendarBytes), *w.mail);
    } else if (g_mime_content_type_is_type(type, "message", "delivery-status")
               || g_mime_content_type_is_type(type, "message", "global-delivery-status")) {
        w.report = true;
        DeliveryReport::readStatusFields(content(GMIME_PART(object), maxReportBytes), w.status);
    } else if (g_mime_content_type_is_type(type, "message", "disposition-notification")
               || g_mime_content_type_is_type(type, "message", "global-disposition-notification")
               || g_mime_content_type_is_type(type, "message", "feedback-report")) {
        w.report = true;
    } else if (g_mime_content_type_is_type(type, "text", "rfc822-headers")
               || g_mime_content_type_is_type(type, "message", "rfc822-headers")
               || g_mime_content_type_is_type(type, "message", "rfc822")
               || g_mime_content_type_is_type(type, "message", "global-headers")) {
        if (!w.original) {
            w.original = true;
            const QString headers = QString::fromUtf8(content(GMIME_PART(object), maxReportBytes));
            w.originalRecipients = DeliveryReport::recipientsOfHeaders(headers);
        }
    } else if (g_mime_content_type_is_type(type, "text", "plain")
               || g_mime_content_type_is_type(type, "text", "html")) {
        if (w.textSize >= maxTextBytes)
            return;
        const bool html = g_mime_content_type_is_type(type, "text", "html");
        QString text = decodedText(object, type, maxTextBytes - w.textSize);
        w.textSize += text.size();
        if (html)
            w.htmlTexts << textOfHtml(text);
        else
            w.texts << text;
    }
}

// A top-level multipart that holds returned messages and nothing written (Microsoft's
// complaint reports): a machine sent it.
bool onlyEnclosures(GMimeObject *top)
{
    if (!top || !GMIME_IS_MULTIPART(top))
        return false;
    auto *multipart = GMIME_MULTIPART(top);
    const int n = g_mime_multipart_get_count(multipart);
    if (n == 0)
        return false;
    for (int i = 0; i < n; ++i) {
        GMimeObject *part = g_mime_multipart_get_part(multipart, i);
        GMimeContentType *type = g_mime_object_get_content_type(part);
        if (!GMIME_IS_MESSAGE_PART(part)
            && !(type && g_mime_content_type_is_type(type, "message", "*")))
            return false;
    }
    return true;
}

// The server's words for a plain notice: the first line that carries an SMTP reply or an
// enhanced status code, else the subject.
QString plainReason(const QString &text, const QString &subject)
{
    static const QRegularExpression code(
        QStringLiteral("(\\b[45][0-9][0-9][ -]|(?<![0-9.])[45]\\.[0-9]{1,3}\\.[0-9]{1,3}(?![0-9.])|"
                       "#[45]\\.)"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size() && i < 400; ++i) {
        if (code.match(lines.at(i)).hasMatch())
            return oneLine(lines.at(i), 300);
    }
    return oneLine(subject, 300);
}

// Mail a program answered by itself, as RFC 3834 and the usual headers say.
struct Automatic
{
    bool reply = false; // a responder's reply: out of office, vacation, acknowledgement
    bool generated = false; // anything else a program wrote
    bool challenge = false; // "confirm you are human" before your mail is delivered
    bool bulk = false; // Precedence: bulk or junk
};

Automatic automaticOf(GMimeObject *message, const QString &subject, bool nullSender)
{
    Automatic a;
    const QByteArray autoSubmitted = header(message, "Auto-Submitted").trimmed().toLower();
    bool headed = false; // a header says a program wrote it
    if (!autoSubmitted.isEmpty() && !autoSubmitted.startsWith("no")) {
        headed = true;
        if (autoSubmitted.startsWith("auto-replied"))
            a.reply = true;
        else
            a.generated = true;
        a.challenge = autoSubmitted.contains("confirm");
    }
    for (const char *name : { "X-Autoreply", "X-Autorespond", "X-Auto-Response", "X-Autoresponder",
                              "X-Apple-Action", "X-Vacation" }) {
        if (!header(message, name).isEmpty())
            a.reply = headed = true;
    }
    const QByteArray precedence = header(message, "Precedence").trimmed().toLower();
    const QByteArray xPrecedence = header(message, "X-Precedence").trimmed().toLower();
    if (precedence == "auto_reply" || xPrecedence == "auto_reply")
        a.reply = headed = true;
    else if (precedence == "bulk" || precedence == "junk")
        a.bulk = true;
    // Out-of-office subjects: their usual beginnings as whole words, or "out of the office"
    // anywhere in a subject that is not itself a reply or a forward ("Re: working out of the
    // office?" is a person's).
    static const QRegularExpression outOfOffice(
        QStringLiteral("^(?!(re|aw|sv|fw|fwd|wg|tr|rv|r|antw|odp|vs)\\s*:)"
                       "(.*\\bout of (the )?office\\b|"
                       "(automatic reply|auto(matic)?[ -]?reply|autoreply|auto:|"
                       "abwesenheitsnotiz|abwesenheit|automatische antwort|"
                       "r[ée]ponse automatique|absence|absent|ausente|fuera de la oficina|"
                       "respuesta autom[áa]tica|fuori sede|fuori ufficio|risposta automatica|"
                       "in ferie|afwezig|automatisch antwoord|vakantie|annual leave|on leave|"
                       "vacation|urlaub|cong[ée]s?|vacaciones)(?=\\W|$))"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (outOfOffice.match(subject.trimmed()).hasMatch())
        a.reply = true;
    // A request to prove one is human before the mail is delivered: its subject counts only
    // when the message says it is automatic (a person may write "please confirm").
    static const QRegularExpression challenge(
        QStringLiteral("(please confirm your (message|e-?mail)|requires verification|verify#|"
                       "bestätigen sie ihre (nachricht|e-mail))"),
        QRegularExpression::CaseInsensitiveOption);
    if ((headed || nullSender) && challenge.match(subject).hasMatch())
        a.challenge = true;
    return a;
}

} // namespace

IncomingMail IncomingMail::parse(const QByteArray &raw)
{
    initOnce();
    IncomingMail mail;
    GPtr<GMimeStream> stream(
        g_mime_stream_mem_new_with_buffer(raw.constData(), size_t(raw.size())));
    GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    GPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), nullptr));
    if (!message) {
        mail.readable = false;
        return mail;
    }
    GMimeObject *object = GMIME_OBJECT(message.get());
    mail.messageId = bracketed(g_mime_message_get_message_id(message.get()));
    mail.references = messageIds(g_mime_object_get_header(object, "In-Reply-To"));
    QStringList older = messageIds(g_mime_object_get_header(object, "References"));
    std::reverse(older.begin(), older.end()); // newest first
    for (const QString &id : older) {
        if (!mail.references.contains(id))
            mail.references << id;
    }
    if (InternetAddressList *from = g_mime_message_get_from(message.get())) {
        for (int i = 0; i < internet_address_list_length(from); ++i) {
            InternetAddress *a = internet_address_list_get_address(from, i);
            if (INTERNET_ADDRESS_IS_MAILBOX(a)) {
                mail.fromAddress =
                    oneLine(
                        fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(a))),
                        320)
                        .toLower();
                mail.fromName = oneLine(fromUtf8(internet_address_get_name(a)), 200);
                break;
            }
        }
    }
    mail.subject = oneLine(fromUtf8(g_mime_message_get_subject(message.get())), 200);
    if (GDateTime *date = g_mime_message_get_date(message.get())) {
        const qint64 seconds = g_date_time_to_unix(date);
        // Dates before 1970 or after 2200 are not believed.
        if (seconds > 0 && seconds < 7258118400)
            mail.date = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    }

    Walk w;
    w.mail = &mail;
    GMimeObject *top = g_mime_message_get_mime_part(message.get());
    walk(top, w, 0);
    if (mail.kind == Kind::CalendarReply)
        return mail; // automatic by nature, but the prospect's own decision

    QString text = w.texts.join(QLatin1Char('\n'));
    if (text.trimmed().isEmpty())
        text = w.htmlTexts.join(QLatin1Char('\n'));
    const QString written = DeliveryReport::withoutOriginal(text);
    const QString returnPath = QString::fromUtf8(header(object, "Return-Path")).trimmed();
    const bool nullSender = returnPath == QLatin1String("<>");
    const Automatic automatic = automaticOf(object, mail.subject, nullSender);
    // A list manager (vertrieb-owner@, sales-request@) only with the marks of a list on the
    // message: it-admin@ or demo-request@ may well be people.
    const QByteArray precedence = header(object, "Precedence").trimmed().toLower();
    const QString sender = DeliveryReport::addressOf(QString::fromUtf8(header(object, "Sender")));
    const bool listMarks = !header(object, "List-Id").isEmpty() || precedence == "bulk"
        || precedence == "list" || precedence == "junk" || nullSender
        || DeliveryReport::isRoleAddress(DeliveryReport::addressOf(returnPath))
        || DeliveryReport::isListManagerAddress(DeliveryReport::addressOf(returnPath))
        || DeliveryReport::isRoleAddress(sender);
    // A message with no sender address has no person behind it ("MAILER-DAEMON <>"); a mail
    // system's name counts only on a message that says it is automatic.
    const bool mailSystem = mail.fromAddress.isEmpty()
        || DeliveryReport::isRoleAddress(mail.fromAddress)
        || (listMarks && DeliveryReport::isListManagerAddress(mail.fromAddress))
        || ((nullSender || automatic.generated || automatic.reply)
            && DeliveryReport::isMailSystemName(mail.fromName));

    // 1. A delivery status report, wherever it sits: its fields decide.
    if (!w.status.failed.isEmpty()) {
        mail.kind = Kind::Bounce;
        mail.bouncedAddresses = w.status.failed;
        mail.bounceReason =
            w.status.reason.isEmpty() ? plainReason(written, mail.subject) : w.status.reason;
        return mail;
    }
    if (w.status.recipients > 0) {
        mail.kind = Kind::Notice; // delayed, delivered, relayed, expanded: nothing failed
        return mail;
    }
    // The returned original's recipients: attached, or quoted inline after the notice.
    QStringList recipients = w.originalRecipients;
    if (!w.original)
        recipients =
            DeliveryReport::recipientsOfHeaders(DeliveryReport::inlineOriginalHeaders(text));
    QStringList exclude { mail.fromAddress };
    if (!w.originalFrom.isEmpty())
        exclude << w.originalFrom;
    exclude << addressesOf(g_mime_message_get_addresses(message.get(), GMIME_ADDRESS_TYPE_TO));
    // What the notice's own words name: a list manager writes about its list; otherwise the
    // addresses the text names among the original's recipients.
    const auto named = [&] {
        if (const QString list = DeliveryReport::listAddressOf(mail.fromAddress); !list.isEmpty()) {
            const QString name = list.section(QLatin1Char('@'), 0, 0);
            for (const QString &r : std::as_const(recipients)) {
                if (r.section(QLatin1Char('@'), 0, 0) == name)
                    return QStringList { r };
            }
            return QStringList { list };
        }
        return DeliveryReport::failedAddresses(mail.subject + QLatin1Char('\n') + written,
                                               recipients, exclude);
    };

    // 2. Exim names the failed addresses in a header of their own: the final address, which
    // an alias or a forward may have made of the one the rep wrote ("generated from").
    QStringList failed;
    for (const QString &value :
         QString::fromUtf8(header(object, "X-Failed-Recipients")).split(QLatin1Char(','))) {
        if (const QString a = DeliveryReport::addressOf(value); !a.isEmpty() && !failed.contains(a))
            failed << a;
    }
    if (!failed.isEmpty()) {
        bool asWritten = true;
        for (const QString &a : std::as_const(failed))
            asWritten = asWritten && (recipients.isEmpty() || recipients.contains(a));
        if (!asWritten) {
            QStringList original;
            for (const QString &a : named()) {
                if (recipients.contains(a))
                    original << a;
            }
            if (!original.isEmpty())
                failed = original;
        }
        mail.kind = Kind::Bounce;
        mail.bouncedAddresses = failed;
        mail.bounceReason = plainReason(text, mail.subject);
        return mail;
    }
    // 3. A responder's reply (out of office, vacation, acknowledgement) from a person's
    // address: a note, with the day its writer is back when it says so.
    if (automatic.reply && !mailSystem && !automatic.challenge) {
        mail.kind = Kind::AutoReply;
        const QDate day = mail.date.isValid() ? mail.date.date() : QDate();
        mail.backOn =
            OutOfOffice::firstDayBack(mail.subject + QLatin1String(".\n") + written, day,
                                      QString::fromUtf8(header(object, "Content-Language")));
        return mail;
    }
    // 4. A mail system's plain notice: failed when its words say so.
    if (mailSystem || nullSender) {
        using DeliveryReport::Verdict;
        const Verdict verdict = DeliveryReport::verdictOf(mail.subject, written);
        if (verdict == Verdict::Failure) {
            const QStringList addresses = named();
            if (!addresses.isEmpty()) {
                mail.kind = Kind::Bounce;
                mail.bouncedAddresses = addresses;
                mail.bounceReason = plainReason(written, mail.subject);
                return mail;
            }
        }
        mail.kind = Kind::Notice; // a delay, a success, or a mail system's other words
        return mail;
    }
    // 5. Anything else a machine wrote: reports, receipts, challenges, bulk mail. Precedence:
    // bulk alone marks a machine only on a message that answers nothing: some companies' mail
    // systems put it on everything, their people's answers included.
    if (w.report || automatic.challenge || automatic.generated || automatic.reply
        || (automatic.bulk && mail.references.isEmpty()) || onlyEnclosures(top)) {
        mail.kind = Kind::Notice;
        return mail;
    }
    return mail;
}

} // namespace NineTouch
