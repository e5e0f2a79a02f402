#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace NineTouch {

QStringList availableLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("de") };
}

QString languageName(const QString &code)
{
    // Written out: QLocale calls English "American English".
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    return code;
}

QString systemLanguage()
{
    // uiLanguages() lists the system's preferences in order ("de-DE", "de", "en-US"…).
    const QStringList wanted = QLocale::system().uiLanguages();
    for (const QString &tag : wanted) {
        const QString code = tag.section(QLatin1Char('-'), 0, 0).toLower();
        if (availableLanguages().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

QString installTranslations(QCoreApplication &app, const QString &language)
{
    const QString code = availableLanguages().contains(language) ? language : systemLanguage();
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral("ninetouch_") + code, QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    // Qt's standard buttons and dialogs (Debian: qt6-translations-l10n).
    if (code != QLatin1String("en")) {
        auto *qt = new QTranslator(&app);
        if (qt->load(QStringLiteral("qtbase_") + code,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    return code;
}

} // namespace NineTouch
