#include "templates.h"

#include "names.h"
#include "pipeline.h"
#include "validation.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>

namespace NineTouch {

namespace {

// {{ name }} or {{ name | fallback }}; names are dotted lower-case words.
const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(
        QStringLiteral("\\{\\{\\s*([A-Za-z0-9_.-]*)\\s*(?:\\|([^{}]*))?\\}\\}"));
    return re;
}

int lineOf(const QString &text, qsizetype offset)
{
    return int(QStringView(text).left(offset).count(QLatin1Char('\n'))) + 1;
}

} // namespace

const QList<std::pair<QString, QString>> &TemplateRenderer::placeholders()
{
    static const QList<std::pair<QString, QString>> all {
        { QStringLiteral("contact.greeting"),
          tr("How the email opens, as the contact is addressed: Guten Tag Frau Müller, Hi Sam") },
        { QStringLiteral("contact.first_name"), tr("Contact's first name") },
        { QStringLiteral("contact.name"), tr("Contact's full name") },
        { QStringLiteral("contact.email"), tr("Contact's email") },
        { QStringLiteral("organization.name"), tr("Organization") },
        { QStringLiteral("deal.topic"), tr("What the deal is about, as the prospect knows it") },
        { QStringLiteral("deal.title"), tr("Deal title (your own name for it)") },
        { QStringLiteral("deal.value"), tr("Deal value, in the prospect's conventions") },
        { QStringLiteral("deal.value_summary"), tr("What the prospect gains") },
        { QStringLiteral("meeting.date"), tr("Next meeting's date") },
        { QStringLiteral("meeting.time"), tr("Next meeting's time") },
        { QStringLiteral("meeting.timezone"), tr("Next meeting's time zone") },
        { QStringLiteral("meeting.agenda"), tr("Next meeting's agenda") },
        { QStringLiteral("meeting.kind"),
          tr("How you meet: call, video call or meeting, in the prospect's language") },
        { QStringLiteral("meeting.how"),
          tr("The invite's line: you will call, open the video call, or meet them") },
        { QStringLiteral("meeting.promise"),
          tr("The reminder's promise: I will call you, open the video call, or see you") },
        { QStringLiteral("meeting.agreed_day"),
          tr("When the next meeting was agreed: today, yesterday, on Monday") },
        { QStringLiteral("meeting.missed_date"), tr("Date of the missed call") },
        { QStringLiteral("meeting.missed_time"), tr("Time of the missed call") },
        { QStringLiteral("meeting.missed_day"),
          tr("When the call was missed: today, yesterday, on Monday") },
        { QStringLiteral("slot.date"), tr("Proposed new date") },
        { QStringLiteral("slot.time"), tr("Proposed new time") },
        { QStringLiteral("slot.timezone"), tr("Proposed time's zone") },
        { QStringLiteral("invite.note"),
          tr("The line about the calendar invitation: it comes with this email, or follows "
             "separately when you copy the text or open it in your mail app") },
        { QStringLiteral("decision.deadline"), tr("Decision deadline") },
        { QStringLiteral("rep.name"), tr("Your name") },
        { QStringLiteral("rep.email"), tr("Your email") },
        { QStringLiteral("rep.signature"), tr("Your signature") },
    };
    return all;
}

bool TemplateRenderer::isKnown(const QString &name)
{
    const auto &all = placeholders();
    return std::any_of(all.cbegin(), all.cend(), [&](const auto &p) { return p.first == name; });
}

Rendered TemplateRenderer::render(const QString &text, const QHash<QString, QString> &values,
                                  const QString &where)
{
    Rendered out;
    QStringView source(text);
    if (source.size() > maxTemplateLength) {
        out.problems << tr("The %1 is too long (%2 characters; at most %3).")
                            .arg(where)
                            .arg(source.size())
                            .arg(maxTemplateLength);
        source = source.left(maxTemplateLength);
    }
    qsizetype last = 0;
    int count = 0;
    auto it = placeholderPattern().globalMatch(source);
    while (it.hasNext()) {
        const auto m = it.next();
        out.text += source.mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString name = m.captured(1);
        const int line = lineOf(text, m.capturedStart());
        if (++count > maxPlaceholders) {
            out.problems
                << tr("The %1 has more than %2 placeholders.").arg(where).arg(maxPlaceholders);
            out.text += m.captured(0);
            break;
        }
        if (!isKnown(name)) {
            out.problems
                << tr("Unknown placeholder {{%1}} in the %2, line %3.").arg(name, where).arg(line);
            out.text += m.captured(0);
            continue;
        }
        const QString value = values.value(name).trimmed();
        if (!value.isEmpty()) {
            out.text += value;
        } else if (m.capturedLength(2) > 0) {
            out.text += m.captured(2).trimmed();
        } else {
            out.problems
                << tr("No value for {{%1}} in the %2, line %3: fill it in, or give a fallback "
                      "like {{%1|...}}.")
                       .arg(name, where)
                       .arg(line);
            out.missing << name;
            out.text += m.captured(0);
        }
    }
    out.text += source.mid(last);
    return out;
}

QStringList TemplateRenderer::unknownPlaceholders(const QString &text, const QString &where)
{
    QStringList problems;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (!isKnown(m.captured(1)))
            problems << tr("Unknown placeholder {{%1}} in the %2, line %3.")
                            .arg(m.captured(1), where)
                            .arg(lineOf(text, m.capturedStart()));
    }
    return problems;
}

QStringList TemplateRenderer::unclosedPlaceholders(const QString &text, const QString &where)
{
    QStringList problems;
    QSet<qsizetype> opened;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext())
        opened.insert(it.next().capturedStart());
    for (qsizetype i = text.indexOf(QLatin1String("{{")); i >= 0;
         i = text.indexOf(QLatin1String("{{"), i + 2)) {
        if (opened.contains(i))
            continue;
        problems << tr("A placeholder is not closed in the %1, line %2: \"%3\".")
                        .arg(where)
                        .arg(lineOf(text, i))
                        .arg(text.mid(i, 30).section(QLatin1Char('\n'), 0, 0));
        if (problems.size() >= 5)
            break;
    }
    return problems;
}

QStringList Templates::problems(const EmailTemplate &t)
{
    QStringList found;
    if (t.subject.trimmed().isEmpty())
        found << tr("The subject is empty.");
    if (t.subject.contains(QLatin1Char('\n')) || t.subject.contains(QLatin1Char('\r')))
        found << tr("The subject must be one line.");
    if (t.subject.size() > maxSubjectLength)
        found << tr("The subject is %1 characters long; keep it under %2.")
                     .arg(t.subject.size())
                     .arg(maxSubjectLength);
    for (const auto &[field, text] :
         { std::pair { tr("subject"), t.subject }, std::pair { tr("body"), t.body } }) {
        if (text.size() > TemplateRenderer::maxTemplateLength)
            found << tr("The %1 is too long (at most %2 characters).")
                         .arg(field)
                         .arg(TemplateRenderer::maxTemplateLength);
        found << TemplateRenderer::unknownPlaceholders(text, field);
        found << TemplateRenderer::unclosedPlaceholders(text, field);
    }
    return found;
}

const QList<StepKind> &Templates::steps()
{
    static const QList<StepKind> all {
        StepKind::Recap,      StepKind::Invite,  StepKind::Reminder,
        StepKind::MissedCall, StepKind::Breakup, StepKind::Reengage
    };
    return all;
}

const QStringList &Templates::languages()
{
    static const QStringList all { QStringLiteral("en"), QStringLiteral("de"),
                                   QStringLiteral("de-du") };
    return all;
}

QString Templates::setFor(const Contact &contact)
{
    if (contact.language == QLatin1String("de"))
        return contact.effectiveAddress() == AddressForm::Du ? QStringLiteral("de-du")
                                                             : QStringLiteral("de");
    return languages().contains(contact.language) ? contact.language : QStringLiteral("en");
}

QString Templates::languageOf(const QString &set)
{
    return set.section(QLatin1Char('-'), 0, 0);
}

EmailTemplate Templates::defaultTemplate(StepKind step, const QString &language)
{
    const QString lang = languages().contains(language) ? language : QStringLiteral("en");
    QFile file(QStringLiteral(":/templates/%1/%2.txt").arg(lang, toString(step)));
    EmailTemplate t;
    t.step = step;
    t.language = lang;
    if (!file.open(QIODevice::ReadOnly))
        return t; // only steps without a template: the caller checks steps()
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype firstBreak = text.indexOf(QLatin1Char('\n'));
    t.subject = text.left(firstBreak).mid(QStringLiteral("Subject:").size()).trimmed();
    t.body = text.mid(firstBreak + 1).trimmed() + QLatin1Char('\n');
    return t;
}

Result<EmailTemplate> Templates::get(StepKind step, const QString &language) const
{
    const QString lang = languages().contains(language) ? language : QStringLiteral("en");
    const auto stored = m_pipeline.templates().find(step, lang);
    if (!stored)
        return stored.error();
    if (*stored)
        return EmailTemplate { step, lang, (*stored)->subject, (*stored)->body, true };
    return defaultTemplate(step, lang);
}

Status Templates::save(const EmailTemplate &t)
{
    if (!steps().contains(t.step))
        return inputError(tr("This step of the rule has no email template."));
    if (!languages().contains(t.language))
        return inputError(tr("Templates exist in %1; '%2' is not one of them.")
                              .arg(languages().join(QStringLiteral(", ")), t.language));
    if (const QStringList found = problems(t); !found.isEmpty())
        return inputError(found.join(QLatin1Char('\n')));
    return m_pipeline.saveTemplate(t.step, t.language,
                                   StoredTemplate { t.subject.trimmed(), t.body });
}

Status Templates::reset(StepKind step, const QString &language)
{
    return m_pipeline.resetTemplate(step, language);
}

} // namespace NineTouch
