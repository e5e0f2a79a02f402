// A template as it may sit in the database (first line the subject, the rest the body):
// checked, rendered, and written as an email and an invite that stay within the standards
// (no header line over 998 octets, no added header, an ICS that libical reads back).
#include "emailwriter.h"
#include "icswriter.h"
#include "templates.h"

#include <libical/ical.h>

#include <cstdlib>

using namespace NineTouch;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    EmailTemplate t;
    t.step = StepKind::Recap;
    t.language = QStringLiteral("en");
    t.subject = input.section(QLatin1Char('\n'), 0, 0);
    t.body = input.section(QLatin1Char('\n'), 1);
    (void)Templates::problems(t);
    const QHash<QString, QString> values {
        { QStringLiteral("contact.first_name"), QStringLiteral("Jana") },
        { QStringLiteral("meeting.date"), QStringLiteral("Thursday 5 March 2026") },
        { QStringLiteral("meeting.time"), QStringLiteral("10:00") },
        { QStringLiteral("rep.signature"), QStringLiteral("Alex") },
    };
    const Rendered subject = TemplateRenderer::render(t.subject, values, QStringLiteral("subject"));
    const Rendered body = TemplateRenderer::render(t.body, values, QStringLiteral("body"));

    EmailMessage m;
    m.fromName = QStringLiteral("Alex Morgan");
    m.fromEmail = QStringLiteral("alex@ninetouch.example");
    m.toName = subject.text.left(200);
    m.toEmail = QStringLiteral("jana@acme.example");
    m.subject = subject.text;
    m.body = body.text;
    m.date = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    const QByteArray eml = Email::toEml(m);
    const QByteArray headers = eml.left(eml.indexOf("\r\n\r\n"));
    for (const QByteArray &line : eml.split('\n')) {
        if (line.size() > 998)
            std::abort();
    }
    // Only our headers: a subject or name never adds one.
    for (const QByteArray &line : headers.split('\n')) {
        if (line.startsWith("Bcc:") || line.startsWith("bcc:"))
            std::abort();
    }

    Invite i;
    i.uid = QStringLiteral("fuzz@ninetouch");
    i.start = m.date;
    i.summary = subject.text;
    i.description = body.text;
    i.organizerName = m.toName;
    i.organizerEmail = m.fromEmail;
    i.attendeeName = m.toName;
    i.attendeeEmail = m.toEmail;
    if (auto ics = IcsWriter::write(i)) {
        icalcomponent *c = icalparser_parse_string(ics->constData());
        if (!c)
            std::abort();
        icalcomponent_free(c);
    }
    return 0;
}
