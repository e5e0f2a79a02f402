// Email templates: placeholders like {{contact.first_name|there}}, defaults in English and
// German, the rep's edits in the database.
#pragma once

#include "result.h"
#include "types.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace NineTouch {

class Pipeline;

struct EmailTemplate
{
    StepKind step = StepKind::Recap;
    QString language = QStringLiteral("en");
    QString subject;
    QString body;
    bool custom = false; // edited by the rep
};

struct Rendered
{
    QString text;
    QStringList problems; // each names the placeholder and where it stands
    QStringList missing; // the known placeholders that had no value (also among problems)
};

class TemplateRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(TemplateRenderer)

public:
    static constexpr qsizetype maxTemplateLength = 20000;
    static constexpr int maxPlaceholders = 200;

    // Every placeholder a template may use, with what it stands for.
    static const QList<std::pair<QString, QString>> &placeholders();
    static bool isKnown(const QString &name);

    // Replaces {{name}} and {{name|fallback}} with values. An unknown name, or a known one
    // with neither a value nor a fallback, is a problem; its text stays visible in the output
    // so nothing is silently dropped. Values are inserted as they are, never expanded again.
    static Rendered render(const QString &text, const QHash<QString, QString> &values,
                           const QString &where);
    // Only the unknown placeholders (for saving an edited template).
    static QStringList unknownPlaceholders(const QString &text, const QString &where);
    // A "{{" that opens no placeholder ("{{meeting.date" never closed).
    static QStringList unclosedPlaceholders(const QString &text, const QString &where);
};

// The templates a draft is rendered from: the rep's edits, else the defaults.
class Templates final
{
    Q_DECLARE_TR_FUNCTIONS(Templates)

public:
    static constexpr qsizetype maxSubjectLength = 250;
    // What is wrong with a template, whatever its origin: checked when it is saved and again
    // every time it is rendered (the database is not trusted to hold only what was checked).
    static QStringList problems(const EmailTemplate &t);
    explicit Templates(Pipeline &pipeline)
        : m_pipeline(pipeline)
    {
    }

    static const QList<StepKind> &steps(); // the steps with a template
    // The template sets, by language: "en", "de" (Sie) and "de-du" (du). A set's key is what
    // EmailTemplate::language holds and what the rep's edits are stored under.
    static const QStringList &languages();
    // The set a contact's emails are written from: by language, and du or Sie in German.
    static QString setFor(const Contact &contact);
    // The language a set is written in: "de-du" → "de".
    static QString languageOf(const QString &set);
    static EmailTemplate defaultTemplate(StepKind step, const QString &language);

    // The rep's version if edited, else the default; unknown languages fall back to English.
    Result<EmailTemplate> get(StepKind step, const QString &language) const;
    Status save(const EmailTemplate &tpl);
    Status reset(StepKind step, const QString &language);

private:
    Pipeline &m_pipeline;
};

} // namespace NineTouch
