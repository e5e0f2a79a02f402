// Drafts for a deal's step: the template rendered with the deal's values, the problems that
// keep it from being ready, and the invite it carries.
#pragma once

#include "emailwriter.h"
#include "icswriter.h"
#include "pipeline.h"
#include "templates.h"

namespace NineTouch {

struct Draft
{
    qint64 dealId = 0;
    StepKind step = StepKind::Recap;
    QString language;
    QString fromName;
    QString fromEmail;
    QString toName;
    QString toEmail;
    QString subject;
    QString body;
    QStringList problems;
    std::optional<Invite> invite; // for invite steps: recap, missed-call; a CANCEL after a break-up

    bool ready() const { return problems.isEmpty(); }
    EmailMessage message(const QDateTime &now) const;
    QString mailto() const { return Email::mailtoUrl(toEmail, subject, body); }
    // The exact text recorded on the timeline when it is marked as sent.
    QString sentText() const { return subject + QStringLiteral("\n\n") + body; }
};

class DraftBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(DraftBuilder)

public:
    explicit DraftBuilder(Pipeline &pipeline)
        : m_pipeline(pipeline)
        , m_templates(pipeline.database())
    {
    }

    // The steps that have an email draft.
    static const QList<StepKind> &emailSteps();

    // The draft from the rep's template for the contact's language.
    Result<Draft> build(qint64 dealId, StepKind step, const QDateTime &now) const;
    // The draft from a template being edited (the composer's live preview).
    Result<Draft> build(qint64 dealId, const EmailTemplate &tpl, const QDateTime &now) const;
    // The invite for the deal's scheduled meeting (REQUEST), or for the meeting a break-up
    // or a lost deal cancelled (CANCEL).
    Result<Invite> invite(qint64 dealId, Invite::Method method, const QDateTime &now) const;

    // The placeholder values for a deal at a moment, formatted for the contact.
    QHash<QString, QString> values(const DealHistory &h, const Cadence &c, StepKind step,
                                   const QDateTime &now) const;

    const Templates &templates() const { return m_templates; }
    Templates &templates() { return m_templates; }

private:
    Pipeline &m_pipeline;
    Templates m_templates;
};

} // namespace NineTouch
