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

std::optional<DealStatus> dealStatusFromString(QStringView);
std::optional<FollowUpCost> costFromString(QStringView);
std::optional<MeetingStatus> meetingStatusFromString(QStringView);
std::optional<Channel> channelFromString(QStringView);
std::optional<TouchKind> touchKindFromString(QStringView);
std::optional<StepKind> stepKindFromString(QStringView);
std::optional<CadenceState> cadenceStateFromString(QStringView);

// Parsers for raw bytes from the store's bulk reads, without building a QString.
std::optional<DealStatus> dealStatusFromUtf8(std::string_view);
std::optional<FollowUpCost> costFromUtf8(std::string_view);
std::optional<MeetingStatus> meetingStatusFromUtf8(std::string_view);
std::optional<Channel> channelFromUtf8(std::string_view);

// Touch kinds a rep may log by hand (`touch ID KIND`).
bool isLoggable(TouchKind);
// Touches sent to or done towards the prospect (they count as effort).
bool isOutbound(TouchKind);

} // namespace NineTouch
