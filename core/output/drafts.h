// Drafts for a deal's step: the template rendered with the deal's values in the prospect's
// conventions, the invite it carries, and whether it makes sense to send now. The rules of what
// is ready live here, the same for the app and the CLI (docs/method.md, "What the prospect
// reads").
#pragma once

#include "emailwriter.h"
#include "icswriter.h"
#include "pipeline.h"
#include "templates.h"

namespace NineTouch {

// Something that keeps a draft from going out (blocking), or that the rep should look at
// (a warning). fix names the value that mends it, when there is one: the app links to it.
struct Problem
{
    QString text;
    Field fix = Field::None;
    bool blocking = true;

    friend bool operator==(const Problem &, const Problem &) = default;
};

struct Draft
{
    qint64 dealId = 0;
    StepKind step = StepKind::Recap;
    bool free = false; // a free email: logged as a note, never as a step
    QString language;
    QString fromName;
    QString fromEmail;
    QString toName;
    QString toEmail;
    QString subject;
    QString body; // as it reads with the invite attached (sent, or saved as .eml)
    // As it reads when the invite does not travel with it (copied, opened in the rep's mail
    // app, printed by the CLI without --eml): its line about the invite says so.
    QString bodyApart;
    QList<Problem> problems;
    std::optional<Invite> invite; // for invite steps: recap, missed-call; a CANCEL after a break-up

    bool ready() const;
    QStringList problemTexts(bool blocking = true) const;
    EmailMessage message(const QDateTime &now) const;
    // A mail link never carries an attachment: its text says the invite follows.
    QString mailto() const { return Email::mailtoUrl(toEmail, subject, bodyApart); }
    QString text(bool inviteTravels) const { return inviteTravels ? body : bodyApart; }
    // The exact text recorded on the timeline when it is marked as sent.
    QString sentText(bool inviteTravels = true) const
    {
        return subject + QStringLiteral("\n\n") + text(inviteTravels);
    }
};

// What the composer opens on: the email the rule has due for the deal today, or why there is
// nothing to send ("the deadline passed: confirm lost").
struct DueEmail
{
    std::optional<StepKind> step;
    QString instead;
    // No step's email is due, but the calendar invite is (the recap went out without it): a
    // free email carries it.
    bool invite = false;
};

class DraftBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(DraftBuilder)

public:
    explicit DraftBuilder(Pipeline &pipeline)
        : m_pipeline(pipeline)
        , m_templates(pipeline)
    {
    }

    // The steps that have an email draft.
    static const QList<StepKind> &emailSteps();

    // The draft from the rep's template for the contact's language.
    Result<Draft> build(qint64 dealId, StepKind step, const QDateTime &now) const;
    // The draft from a template being edited (the composer's live preview).
    Result<Draft> build(qint64 dealId, const EmailTemplate &tpl, const QDateTime &now) const;
    // A free email (not a step of the rule), with the same placeholders.
    Result<Draft> buildFree(qint64 dealId, const QString &subject, const QString &body,
                            const QDateTime &now) const;
    // The invite for the deal's scheduled meeting (REQUEST), or for the meeting a break-up
    // or a lost deal cancelled (CANCEL); a CANCEL outranks every REQUEST sent for that UID.
    Result<Invite> invite(qint64 dealId, Invite::Method method, const QDateTime &now) const;

    Result<DueEmail> dueEmail(qint64 dealId, const QDateTime &now) const;
    // Why the step's email makes no sense now (empty: it does). A step is sendable when the
    // rule has it pending and due by the end of the rep's day; the break-up email also early,
    // while a pursuit runs and none was sent.
    QString whyNotNow(const DealHistory &h, const Cadence &c, StepKind step,
                      const QDateTime &now) const;

    // The placeholder values for a deal at a moment, in the contact's conventions.
    QHash<QString, QString> values(const DealHistory &h, const Cadence &c, StepKind step,
                                   const QDateTime &now) const;

    const Templates &templates() const { return m_templates; }
    Templates &templates() { return m_templates; }

private:
    // Text the rep typed in another language than the contact's (warnings).
    QList<Problem> languageProblems(const DealHistory &h, const EmailTemplate &tpl,
                                    const QString &body) const;
    Draft base(const DealHistory &h) const;
    // The calendar invite (or cancellation) the rule has open, if any.
    static const Step *pendingInvite(const Cadence &c);
    // The deal's invite travels with the draft; what stops it (other than the rule's own
    // refusal, said elsewhere) is one of its problems.
    // The body rendered as it reads when the invite does not travel with it.
    QString apart(const QString &body, QHash<QString, QString> values, const DealHistory &h,
                  StepKind step) const;
    void attachInvite(Draft &draft, Invite::Method method, const QDateTime &now) const;
    // The renderer's problems in the rep's words: a missing value the rep can fill names the
    // value (and its fix) instead of the placeholder; one the rule already explains is dropped.
    static void addRenderProblems(Draft &draft, const Rendered &rendered, bool explained);

    Pipeline &m_pipeline;
    Templates m_templates;
};

} // namespace NineTouch
