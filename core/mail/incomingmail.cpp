// GMime's headers come first: GLib names struct members "signals", which Qt's keyword macros
// would rewrite.
#include <gmime/gmime.h>
#include <libical/ical.h>

#include "incomingmail.h"

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

// A delivery status report (RFC 3464): the recipients whose Action is "failed". Its fields
// are header-like lines in groups; only Final-Recipient, Action, Status and Diagnostic-Code
// are read.
void readDeliveryStatus(const QByteArray &report, IncomingMail &mail)
{
    QString recipient, status, diagnostic;
    bool failed = false;
    auto flush = [&] {
        if (failed && !recipient.isEmpty()) {
            mail.bouncedAddresses << recipient.toLower();
            if (mail.bounceReason.isEmpty())
                mail.bounceReason = oneLine((status + QLatin1Char(' ') + diagnostic), 300);
        }
        recipient.clear();
        status.clear();
        diagnostic.clear();
        failed = false;
    };
    const QList<QByteArray> lines = report.split('\n');
    for (int i = 0; i < lines.size() && i < 2000; ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty()) {
            flush();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QString value = QString::fromUtf8(line.mid(colon + 1)).trimmed();
        if (name == "final-recipient" || (name == "original-recipient" && recipient.isEmpty()))
            recipient = value.section(QLatin1Char(';'), -1).trimmed();
        else if (name == "action")
            failed = value.compare(QLatin1String("failed"), Qt::CaseInsensitive) == 0;
        else if (name == "status")
            status = value;
        else if (name == "diagnostic-code")
            diagnostic = value.section(QLatin1Char(';'), -1).trimmed();
    }
    flush();
    mail.bouncedAddresses.removeDuplicates();
}

struct Walk
{
    IncomingMail *mail;
    int parts = 0;
    bool report = false; // inside a multipart/report; report-type=delivery-status
};

void walk(GMimeObject *object, Walk &w, int depth)
{
    if (!object || depth > maxDepth || ++w.parts > maxParts)
        return;
    GMimeContentType *type = g_mime_object_get_content_type(object);
    if (GMIME_IS_MULTIPART(object)) {
        if (type && g_mime_content_type_is_type(type, "multipart", "report")) {
            const char *reportType = g_mime_content_type_get_parameter(type, "report-type");
            if (reportType && g_ascii_strcasecmp(reportType, "delivery-status") == 0)
                w.report = true;
        }
        auto *multipart = GMIME_MULTIPART(object);
        const int n = g_mime_multipart_get_count(multipart);
        for (int i = 0; i < n && w.parts <= maxParts; ++i)
            walk(g_mime_multipart_get_part(multipart, i), w, depth + 1);
        return;
    }
    if (GMIME_IS_MESSAGE_PART(object))
        return; // a message quoted inside (the bounced original): its headers are not ours
    if (!GMIME_IS_PART(object) || !type)
        return;
    if (g_mime_content_type_is_type(type, "text", "calendar")
        && w.mail->kind == IncomingMail::Kind::Message)
        readCalendar(content(GMIME_PART(object), maxCalendarBytes), *w.mail);
    else if (w.report
             && (g_mime_content_type_is_type(type, "message", "delivery-status")
                 || g_mime_content_type_is_type(type, "message", "global-delivery-status")))
        readDeliveryStatus(content(GMIME_PART(object), maxReportBytes), *w.mail);
}

bool isAutomatic(GMimeObject *message, const QString &subject)
{
    const QByteArray autoSubmitted = header(message, "Auto-Submitted").trimmed().toLower();
    if (!autoSubmitted.isEmpty() && autoSubmitted != "no")
        return true;
    for (const char *name :
         { "X-Autoreply", "X-Autorespond", "X-Auto-Response", "X-Autoresponder" }) {
        if (!header(message, name).isEmpty())
            return true;
    }
    const QByteArray precedence = header(message, "Precedence").trimmed().toLower();
    if (precedence == "auto_reply" || precedence == "bulk" || precedence == "junk")
        return true;
    static const QRegularExpression outOfOffice(
        QStringLiteral("^(out of (the )?office|automatic reply|auto(matic)?[ -]?reply|"
                       "autoreply|auto:|abwesenheit|automatische antwort|"
                       "r[ée]ponse automatique|absence|ausente|fuori sede|afwezig)"),
        QRegularExpression::CaseInsensitiveOption);
    return outOfOffice.match(subject.trimmed()).hasMatch();
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

    Walk w { &mail };
    walk(g_mime_message_get_mime_part(message.get()), w, 0);
    if (!mail.bouncedAddresses.isEmpty()) {
        mail.kind = Kind::Bounce;
        return mail;
    }
    if (w.report) {
        mail.kind = Kind::AutoReply; // a delay or a success notice: nothing failed, nobody wrote
        return mail;
    }
    // A calendar answer is automatic by nature but is the prospect's own decision.
    if (mail.kind == Kind::Message && isAutomatic(object, mail.subject))
        mail.kind = Kind::AutoReply;
    return mail;
}

} // namespace NineTouch
