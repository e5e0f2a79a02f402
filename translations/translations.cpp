#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace NineTouch {

void installTranslations(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("ninetouch"), QStringLiteral("_"),
                         QStringLiteral(":/i18n"))
        || translator->load(QStringLiteral("ninetouch_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

} // namespace NineTouch
