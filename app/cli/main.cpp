// ninetouch-cli: the headless twin of the desktop app (docs/cli.md is its contract).
#include "clirunner.h"

#include "translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("NineTouch"));
    QCoreApplication::setApplicationName(QStringLiteral("NineTouch"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    NineTouch::installTranslations(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    NineTouch::CliRunner cli(out, err);
    return cli.run(app.arguments().mid(1));
}
