// Installs NineTouch's translations: the user's language when there is one, else English,
// which carries the plural forms ("1 deal", "2 deals").
#pragma once

class QCoreApplication;

namespace NineTouch {

void installTranslations(QCoreApplication &app);

} // namespace NineTouch
