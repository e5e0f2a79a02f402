// What the app calls each field: the labels of its forms ("Title", "Your email"), used in every
// message it shows, so no CLI flag or internal key ever reaches the rep.
#pragma once

#include "result.h"

namespace NineTouchUi {

QString fieldLabel(NineTouch::Field field);

// An error as the app shows it: "Email: 'x' is not an email address…", with the fields
// someone else changed named by their labels. SQLite's own words stay out (they go to the log).
QString errorText(const NineTouch::Error &error);

} // namespace NineTouchUi
