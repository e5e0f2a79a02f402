#include "names.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace NineTouch {

namespace {

template<typename E, size_t N> using Table = std::array<std::pair<E, const char *>, N>;

constexpr Table<DealStatus, 3> dealStatusNames {
    { { DealStatus::Open, "open" }, { DealStatus::Won, "won" }, { DealStatus::Lost, "lost" } }
};
constexpr Table<FollowUpCost, 2> costNames { { { FollowUpCost::Low, "low" },
                                               { FollowUpCost::High, "high" } } };
constexpr Table<MeetingStatus, 4> meetingStatusNames { { { MeetingStatus::Scheduled, "scheduled" },
                                                         { MeetingStatus::Held, "held" },
                                                         { MeetingStatus::Missed, "missed" },
                                                         { MeetingStatus::Cancelled,
                                                           "cancelled" } } };
constexpr Table<Channel, 3> channelNames {
    { { Channel::Phone, "phone" }, { Channel::Video, "video" }, { Channel::InPerson, "in-person" } }
};
constexpr Table<TouchKind, 18> touchNames { {
    { TouchKind::Recap, "recap" },
    { TouchKind::Invite, "invite" },
    { TouchKind::Reminder, "reminder" },
    { TouchKind::Call, "call" },
    { TouchKind::MissedCall, "missed-call" },
    { TouchKind::Breakup, "breakup" },
    { TouchKind::Reply, "reply" },
    { TouchKind::Reengage, "reengage" },
    { TouchKind::Note, "note" },
    { TouchKind::MeetingSet, "meeting-set" },
    { TouchKind::MeetingMoved, "meeting-moved" },
    { TouchKind::MeetingHeld, "meeting-held" },
    { TouchKind::MeetingCancelled, "meeting-cancelled" },
    { TouchKind::StageChanged, "stage-changed" },
    { TouchKind::Won, "won" },
    { TouchKind::Lost, "lost" },
    { TouchKind::Reopened, "reopened" },
    { TouchKind::Away, "away" },
} };
constexpr Table<StepKind, 9> stepNames { {
    { StepKind::SetMeeting, "set-meeting" },
    { StepKind::Recap, "recap" },
    { StepKind::Invite, "invite" },
    { StepKind::Reminder, "reminder" },
    { StepKind::Call, "call" },
    { StepKind::MissedCall, "missed-call" },
    { StepKind::Breakup, "breakup" },
    { StepKind::MarkLost, "mark-lost" },
    { StepKind::Reengage, "reengage" },
} };
constexpr Table<CadenceState, 7> stateNames { {
    { CadenceState::NoMeeting, "no-meeting" },
    { CadenceState::Engaged, "engaged" },
    { CadenceState::Silent, "silent" },
    { CadenceState::AwaitingDecision, "awaiting-decision" },
    { CadenceState::PastRule, "past-rule" },
    { CadenceState::Lost, "lost" },
    { CadenceState::Won, "won" },
} };

constexpr Table<CallOutcome, 3> callOutcomeNames { { { CallOutcome::None, "" },
                                                     { CallOutcome::Attempted, "attempted" },
                                                     { CallOutcome::Missed, "missed" } } };
constexpr Table<TaskKind, 1> taskKindNames { { { TaskKind::Reengage, "reengage" } } };
constexpr Table<Urgency, 6> urgencyNames { { { Urgency::PastRule, "past-rule" },
                                             { Urgency::Overdue, "overdue" },
                                             { Urgency::Due, "due" },
                                             { Urgency::Today, "today" },
                                             { Urgency::Planned, "planned" },
                                             { Urgency::None, "none" } } };

template<typename E, size_t N> QString nameOf(const Table<E, N> &table, E value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return QLatin1String(name);
    }
    Q_UNREACHABLE();
    return {};
}

template<typename E, size_t N> std::optional<E> valueOf(const Table<E, N> &table, QStringView text)
{
    for (const auto &[e, name] : table) {
        if (text == QLatin1String(name))
            return e;
    }
    return std::nullopt;
}

template<typename E, size_t N>
std::optional<E> valueOfUtf8(const Table<E, N> &table, std::string_view text)
{
    for (const auto &[e, name] : table) {
        if (text == name)
            return e;
    }
    return std::nullopt;
}

} // namespace

std::optional<DealStatus> dealStatusFromUtf8(std::string_view s)
{
    return valueOfUtf8(dealStatusNames, s);
}
std::optional<FollowUpCost> costFromUtf8(std::string_view s)
{
    return valueOfUtf8(costNames, s);
}
std::optional<MeetingStatus> meetingStatusFromUtf8(std::string_view s)
{
    return valueOfUtf8(meetingStatusNames, s);
}
std::optional<Channel> channelFromUtf8(std::string_view s)
{
    return valueOfUtf8(channelNames, s);
}
std::optional<CallOutcome> callOutcomeFromUtf8(std::string_view s)
{
    return valueOfUtf8(callOutcomeNames, s);
}
std::optional<TaskKind> taskKindFromUtf8(std::string_view s)
{
    return valueOfUtf8(taskKindNames, s);
}

QString toString(DealStatus v)
{
    return nameOf(dealStatusNames, v);
}
QString toString(FollowUpCost v)
{
    return nameOf(costNames, v);
}
QString toString(MeetingStatus v)
{
    return nameOf(meetingStatusNames, v);
}
QString toString(Channel v)
{
    return nameOf(channelNames, v);
}
QString toString(TouchKind v)
{
    return nameOf(touchNames, v);
}
QString toString(StepKind v)
{
    return nameOf(stepNames, v);
}
QString toString(CadenceState v)
{
    return nameOf(stateNames, v);
}
QString toString(CallOutcome v)
{
    return nameOf(callOutcomeNames, v);
}
QString toString(TaskKind v)
{
    return nameOf(taskKindNames, v);
}
QString toString(Urgency v)
{
    return nameOf(urgencyNames, v);
}

std::optional<DealStatus> dealStatusFromString(QStringView s)
{
    return valueOf(dealStatusNames, s);
}
std::optional<FollowUpCost> costFromString(QStringView s)
{
    return valueOf(costNames, s);
}
std::optional<MeetingStatus> meetingStatusFromString(QStringView s)
{
    return valueOf(meetingStatusNames, s);
}
std::optional<Channel> channelFromString(QStringView s)
{
    return valueOf(channelNames, s);
}
std::optional<TouchKind> touchKindFromString(QStringView s)
{
    return valueOf(touchNames, s);
}
std::optional<StepKind> stepKindFromString(QStringView s)
{
    return valueOf(stepNames, s);
}
std::optional<CadenceState> cadenceStateFromString(QStringView s)
{
    return valueOf(stateNames, s);
}
std::optional<CallOutcome> callOutcomeFromString(QStringView s)
{
    return valueOf(callOutcomeNames, s);
}
std::optional<TaskKind> taskKindFromString(QStringView s)
{
    return valueOf(taskKindNames, s);
}

bool isLoggable(TouchKind k)
{
    return k <= TouchKind::Note;
}

bool isOutbound(TouchKind k)
{
    switch (k) {
    case TouchKind::Recap:
    case TouchKind::Invite:
    case TouchKind::Reminder:
    case TouchKind::Call:
    case TouchKind::MissedCall:
    case TouchKind::Breakup:
    case TouchKind::Reengage:
        return true;
    default:
        return false;
    }
}

QString Contact::greetingName() const
{
    if (!firstName.trimmed().isEmpty())
        return firstName.trimmed();
    // "Müller, Jana" greets Jana.
    const QString given = name.contains(QLatin1Char(','))
        ? name.section(QLatin1Char(','), 1).trimmed()
        : name.trimmed();
    const QStringList words = given.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // "Herr Müller" and "Mrs Jones" give no first name: they are greeted as written ("Hallo
    // Herr Müller,"); "Mr John Smith" greets John. Academic titles ("Dr.", "Prof") are skipped.
    static const QStringList courtesy { QStringLiteral("herr"), QStringLiteral("frau"),
                                        QStringLiteral("mr"),   QStringLiteral("mrs"),
                                        QStringLiteral("ms"),   QStringLiteral("miss"),
                                        QStringLiteral("mx"),   QStringLiteral("sir") };
    static const QStringList academic { QStringLiteral("dr"), QStringLiteral("prof") };
    const auto bare = [](const QString &w) {
        return w.toLower().remove(QLatin1Char('.'));
    };
    QStringList rest;
    bool formal = false;
    for (const QString &w : words) {
        if (rest.isEmpty() && courtesy.contains(bare(w))) {
            formal = true;
            continue;
        }
        if (rest.isEmpty() && (academic.contains(bare(w)) || w.endsWith(QLatin1Char('.'))))
            continue;
        rest << w;
    }
    if (formal && rest.size() <= 1)
        return given;
    return rest.isEmpty() ? given : rest.constFirst();
}

QString Contact::familyName() const
{
    // "Müller, Jana" is Müller.
    if (name.contains(QLatin1Char(',')))
        return name.section(QLatin1Char(','), 0, 0).simplified();
    const QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() <= 1)
        return words.value(0);
    // The family name starts at its particle ("von der Heide", "van Dijk", "de la Cruz"), else
    // it is the last word.
    static const QStringList particles { QStringLiteral("von"),   QStringLiteral("van"),
                                         QStringLiteral("zu"),    QStringLiteral("vom"),
                                         QStringLiteral("de"),    QStringLiteral("del"),
                                         QStringLiteral("della"), QStringLiteral("da"),
                                         QStringLiteral("di"),    QStringLiteral("le"),
                                         QStringLiteral("la") };
    for (qsizetype i = 1; i < words.size() - 1; ++i) {
        if (particles.contains(words.at(i)))
            return words.mid(i).join(QLatin1Char(' '));
    }
    return words.constLast();
}

AddressForm Contact::effectiveAddress() const
{
    const bool german = language == QLatin1String("de");
    switch (address) {
    case AddressForm::Usual:
        return german ? AddressForm::Formal : AddressForm::FirstName;
    case AddressForm::Du:
        return german ? AddressForm::Du : AddressForm::FirstName;
    case AddressForm::Formal:
    case AddressForm::FirstName:
        break;
    }
    return address;
}

QString toString(AddressForm v)
{
    switch (v) {
    case AddressForm::Usual:
        return {};
    case AddressForm::Formal:
        return QStringLiteral("formal");
    case AddressForm::FirstName:
        return QStringLiteral("first-name");
    case AddressForm::Du:
        return QStringLiteral("du");
    }
    return {};
}

std::optional<AddressForm> addressFormFromString(QStringView s)
{
    for (AddressForm f :
         { AddressForm::Usual, AddressForm::Formal, AddressForm::FirstName, AddressForm::Du }) {
        if (s == toString(f))
            return f;
    }
    if (s == u"usual")
        return AddressForm::Usual;
    return std::nullopt;
}

std::optional<TouchKind> touchKindFor(StepKind k)
{
    switch (k) {
    case StepKind::Recap:
        return TouchKind::Recap;
    case StepKind::Invite:
        return TouchKind::Invite;
    case StepKind::Reminder:
        return TouchKind::Reminder;
    case StepKind::Call:
        return TouchKind::Call;
    case StepKind::MissedCall:
        return TouchKind::MissedCall;
    case StepKind::Breakup:
        return TouchKind::Breakup;
    case StepKind::Reengage:
        return TouchKind::Reengage;
    case StepKind::SetMeeting:
    case StepKind::MarkLost:
        break;
    }
    return std::nullopt;
}

QString stageLabel(const QString &stored)
{
    // The names the first migration creates (core/store/migrations.cpp).
    static const char *const defaults[] = {
        QT_TRANSLATE_NOOP("Stage", "Lead"),        QT_TRANSLATE_NOOP("Stage", "Qualified"),
        QT_TRANSLATE_NOOP("Stage", "Demo"),        QT_TRANSLATE_NOOP("Stage", "Proposal"),
        QT_TRANSLATE_NOOP("Stage", "Negotiation"),
    };
    for (const char *name : defaults) {
        if (stored == QLatin1String(name))
            return QCoreApplication::translate("Stage", name);
    }
    return stored;
}

QString languageLabel(const QString &code)
{
    if (code == QLatin1String("en"))
        return QCoreApplication::translate("Language", "English");
    if (code == QLatin1String("de"))
        return QCoreApplication::translate("Language", "German");
    return code;
}

QString startingStageOf(const QString &name)
{
    // The starting stages' German names, as the German translation shows them
    // (tst_translations holds the two the same).
    static const std::pair<const char *, const char *> german[] = {
        { "Interessent", "Lead" }, { "Qualifiziert", "Qualified" },  { "Demo", "Demo" },
        { "Angebot", "Proposal" }, { "Verhandlung", "Negotiation" },
    };
    const QString n = name.trimmed();
    for (const auto &[de, stored] : german) {
        if (n.compare(QString::fromUtf8(de), Qt::CaseInsensitive) == 0
            || n.compare(QLatin1String(stored), Qt::CaseInsensitive) == 0)
            return QLatin1String(stored);
    }
    return {};
}

QString stageChangeLabel(const QString &note)
{
    static const QString arrow = QStringLiteral(" → ");
    const QStringList parts = note.split(arrow);
    if (parts.size() != 2)
        return note;
    return stageLabel(parts.at(0)) + arrow + stageLabel(parts.at(1));
}

} // namespace NineTouch
