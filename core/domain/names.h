// The stable names of the domain's enums: used in the database, the CLI and its JSON.
#pragma once

#include "types.h"

#include <QString>

#include <optional>
#include <string_view>

namespace NineTouch {

QString toString(DealStatus);
QString toString(FollowUpCost);
QString toString(MeetingStatus);
QString toString(Channel);
QString toString(TouchKind);
QString toString(StepKind);
QString toString(CadenceState);
QString toString(CallOutcome);
QString toString(TaskKind);
QString toString(Urgency);
// "", "formal", "first-name", "du" (Usual is stored as "").
QString toString(AddressForm);

std::optional<DealStatus> dealStatusFromString(QStringView);
std::optional<FollowUpCost> costFromString(QStringView);
std::optional<MeetingStatus> meetingStatusFromString(QStringView);
std::optional<Channel> channelFromString(QStringView);
std::optional<TouchKind> touchKindFromString(QStringView);
std::optional<StepKind> stepKindFromString(QStringView);
std::optional<CadenceState> cadenceStateFromString(QStringView);
std::optional<CallOutcome> callOutcomeFromString(QStringView);
std::optional<TaskKind> taskKindFromString(QStringView);
// Also "usual" for Usual.
std::optional<AddressForm> addressFormFromString(QStringView);

// Parsers for raw bytes from the store's bulk reads, without building a QString.
std::optional<DealStatus> dealStatusFromUtf8(std::string_view);
std::optional<FollowUpCost> costFromUtf8(std::string_view);
std::optional<MeetingStatus> meetingStatusFromUtf8(std::string_view);
std::optional<Channel> channelFromUtf8(std::string_view);
std::optional<CallOutcome> callOutcomeFromUtf8(std::string_view);
std::optional<TaskKind> taskKindFromUtf8(std::string_view);

// Touch kinds a rep may log by hand (`touch ID KIND`).
bool isLoggable(TouchKind);
// Touches sent to or done towards the prospect (they count as effort).
bool isOutbound(TouchKind);
// The touch that records a step as done, when the rep logs it: the recap email for the recap
// step; none for steps that are operations of their own (set-meeting, mark-lost).
std::optional<TouchKind> touchKindFor(StepKind);

// A stage's name as the rep reads it in the app: the five stages every new pipeline starts with
// in the app's language ("Proposal" → "Angebot"); a stage the rep named or renamed as typed.
// The stored name stays what scripts, the CLI and imports know.
QString stageLabel(const QString &stored);
// A stage change's note ("Lead → Demo", as recorded) with both names as the rep reads them.
QString stageChangeLabel(const QString &note);
// A contact's language as the rep reads it, in the app's language ("de" → "German",
// "Deutsch" in the German app); another code as it is.
QString languageLabel(const QString &code);
// The stored name of a starting stage named in English or German ("Angebot" → "Proposal"),
// empty for another name: a German spreadsheet's stages are the rep's own.
QString startingStageOf(const QString &name);

} // namespace NineTouch
