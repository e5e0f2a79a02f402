// Installs NineTouch's translations. The language is the rep's choice in the app's settings,
// else the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); English when NineTouch does not
// speak it. English carries the plural forms ("1 deal", "2 deals"). Qt's own texts (OK,
// Cancel, the file dialog) come from Qt's translations when the system has them.
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace NineTouch {

// The languages NineTouch speaks, as codes: "en", "de".
QStringList availableLanguages();
// A language's own name ("English", "Deutsch").
QString languageName(const QString &code);
// The language the system asks for, when NineTouch speaks it, else "en".
QString systemLanguage();

// language: a code from availableLanguages(), or empty for the system's. Returns the code
// installed.
QString installTranslations(QCoreApplication &app, const QString &language = QString());

} // namespace NineTouch
