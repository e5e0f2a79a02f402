// The cadence colours: chosen to read on light and dark palettes alike, used as accents
// (stripes, dots, chips) over the palette's own base and text colours.
#pragma once

#include "roles.h"
#include "types.h"

#include <QColor>
#include <QPalette>

namespace NineTouchUi {

inline QColor urgencyColor(NineTouch::Urgency u)
{
    switch (u) {
    case NineTouch::Urgency::PastRule:
        return QColor(0xd6, 0x45, 0x45); // red: the rule says it should be done with
    case NineTouch::Urgency::Overdue:
        return QColor(0xe0, 0x7b, 0x1f); // orange: its working day has ended
    case NineTouch::Urgency::Due:
        return QColor(0x2e, 0x9d, 0x5b); // green: do it now
    case NineTouch::Urgency::Today:
        return QColor(0x3b, 0x7d, 0xd8); // blue: later today
    case NineTouch::Urgency::Planned:
        return QColor(0x8a, 0x8f, 0x98); // grey
    case NineTouch::Urgency::None:
        return QColor(0xd9, 0xa4, 0x00); // yellow: nothing planned
    }
    return {};
}

inline QColor stateColor(NineTouch::CadenceState s)
{
    using NineTouch::CadenceState;
    switch (s) {
    case CadenceState::Engaged:
        return QColor(0x2e, 0x9d, 0x5b);
    case CadenceState::Silent:
        return QColor(0xe0, 0x9a, 0x1f);
    case CadenceState::AwaitingDecision:
        return QColor(0xc4, 0x7a, 0x0c);
    case CadenceState::PastRule:
        return QColor(0xd6, 0x45, 0x45);
    case CadenceState::NoMeeting:
        return QColor(0x7a, 0x86, 0x99);
    case CadenceState::Won:
        return QColor(0x3b, 0x7d, 0xd8);
    case CadenceState::Lost:
        return QColor(0x6b, 0x6b, 0x6b);
    }
    return {};
}

// Steps the rep should act on now: drawn in bold.
inline bool isPressing(NineTouch::Urgency u)
{
    return u == NineTouch::Urgency::PastRule || u == NineTouch::Urgency::Overdue
        || u == NineTouch::Urgency::Due;
}

// Text in an urgency's colour, dark enough to read on the palette's base.
inline QColor urgencyText(NineTouch::Urgency u, const QPalette &palette)
{
    const bool light = palette.color(QPalette::Base).lightness() > 128;
    return light ? urgencyColor(u).darker(125) : urgencyColor(u).lighter(140);
}

// A tint of c over the palette's base: chips that stay readable in both themes.
inline QColor tint(const QColor &c, const QPalette &palette, qreal amount = 0.22)
{
    const QColor base = palette.color(QPalette::Base);
    return QColor::fromRgbF(base.redF() + (c.redF() - base.redF()) * amount,
                            base.greenF() + (c.greenF() - base.greenF()) * amount,
                            base.blueF() + (c.blueF() - base.blueF()) * amount);
}

// Secondary text: between text and base.
inline QColor secondaryText(const QPalette &palette)
{
    const QColor t = palette.color(QPalette::Text);
    const QColor b = palette.color(QPalette::Base);
    return QColor::fromRgbF((t.redF() * 2 + b.redF()) / 3, (t.greenF() * 2 + b.greenF()) / 3,
                            (t.blueF() * 2 + b.blueF()) / 3);
}

} // namespace NineTouchUi
