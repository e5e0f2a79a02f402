// ninetouch: the desktop app. Opens the rep's database (or --db), shows the main window, or
// renders one view to a PNG with --screenshot and exits.
#include "demogenerator.h"
#include "fieldlabels.h"
#include "instancelock.h"
#include "mainwindow.h"
#include "names.h"
#include "pipeline.h"
#include "screenshot.h"
#include "serverlocation.h"
#include "serverpage.h"
#include "serversignin.h"
#include "translations.h"
#include "validation.h"
#include "zonecatalog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace NineTouch;
using NineTouch::PipelineModel;

namespace {

int fail(bool interactive, const QString &message)
{
    if (interactive)
        QMessageBox::critical(nullptr, QStringLiteral("NineTouch"), message);
    QTextStream(stderr) << message << Qt::endl;
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    // A screenshot, the help and the version need no display (ninetouch --version over ssh).
    bool screenshot = false;
    for (int i = 1; i < argc; ++i) {
        for (const char *noWindow :
             { "--screenshot", "--help", "-h", "--help-all", "--version", "-v" })
            screenshot = screenshot || std::strcmp(argv[i], noWindow) == 0;
    }
    if (screenshot && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("NineTouch"));
    QApplication::setApplicationName(QStringLiteral("NineTouch"));
    QApplication::setApplicationDisplayName(QStringLiteral("NineTouch"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.ninetouch.NineTouch"));

    // The language: --language, else the rep's choice in the settings, else the system's. Read
    // before the parser, whose help texts are translated.
    QString language = QSettings().value(QStringLiteral("ui/language")).toString();
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg.startsWith("--language="))
            language = QString::fromLocal8Bit(arg.mid(11));
        else if (arg == "--language" && i + 1 < argc)
            language = QString::fromLocal8Bit(argv[i + 1]);
    }
    const QString spoken = NineTouch::installTranslations(app, language);
    // A German app on an English (or C) system writes its dates and numbers the German way
    // too; an English app keeps the system's formats. Drafts follow the contact, not this.
    if (spoken != QLatin1String("en") && QLocale::system().language() != QLocale(spoken).language())
        QLocale::setDefault(QLocale(spoken));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Break up with cold deals on purpose."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(
        QStringLiteral("db"),
        QApplication::translate("main", "The database (default: your data location)."),
        QStringLiteral("FILE"));
    const QCommandLineOption now(
        QStringLiteral("now"),
        QApplication::translate("main", "Pretend it is this time (ISO 8601)."),
        QStringLiteral("ISO8601"));
    const QCommandLineOption shot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render a view to a PNG and exit."),
        QStringLiteral("FILE.png"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main",
                                "Open a fresh demo pipeline, in a file of its own (your "
                                "pipeline is not touched)."));
    const QCommandLineOption size(
        QStringLiteral("size"),
        QApplication::translate("main", "With --screenshot: the window size (default 1366x768)."),
        QStringLiteral("WxH"), QStringLiteral("1366x768"));
    const QCommandLineOption view(
        QStringLiteral("view"),
        QApplication::translate(
            "main",
            "With --screenshot: board, deal:ID, deal:ID:details, composer:ID:STEP, queue, "
            "welcome or import:FILE."),
        QStringLiteral("VIEW"), QStringLiteral("board"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QApplication::translate("main",
                                "The language of the app: en or de (default: as set in "
                                "the settings, else the system's)."),
        QStringLiteral("CODE"));
    parser.addOptions({ db, now, shot, view, size, demo, languageOption });
    parser.process(app);
    const bool interactive = !parser.isSet(shot);
    if (parser.isSet(languageOption)
        && !NineTouch::availableLanguages().contains(parser.value(languageOption)))
        return fail(interactive,
                    QApplication::translate("main",
                                            "--language: '%1' is not one NineTouch "
                                            "speaks; use %2.")
                        .arg(parser.value(languageOption),
                             NineTouch::availableLanguages().join(QStringLiteral(" or "))));
    // What to render is checked before anything is opened.
    const auto shotView = ScreenshotView::parse(parser.value(view));
    const auto shotSize = ScreenshotView::parseSize(parser.value(size));
    if (!interactive && !shotView)
        return fail(false, NineTouchUi::errorText(shotView.error()));
    if (!interactive && !shotSize)
        return fail(false, NineTouchUi::errorText(shotSize.error()));
    if (parser.isSet(demo) && parser.isSet(db))
        return fail(interactive,
                    QApplication::translate("main", "--demo makes its own file: leave out --db."));

    // Only the rep's own pipeline at its default place (and the demo) is created when missing;
    // a file named with --db must be one. Without either, the server chosen in the settings
    // (an empty database there becomes the rep's pipeline).
    const QString server =
        parser.isSet(demo) || parser.isSet(db) ? QString() : NineTouchUi::chosenServer();
    QString path = parser.isSet(demo) ? Database::defaultPath(QStringLiteral("demo.sqlite"))
        : parser.isSet(db)            ? parser.value(db)
        : !server.isEmpty()           ? server
                                      : Database::defaultPath();
    // A server's database named with --db was made for NineTouch by its administrator: an empty
    // one becomes the rep's pipeline (a mistyped name does not exist there, and another
    // program's database is refused).
    auto mode = parser.isSet(db) && !Database::isServer(path) ? Database::Mode::MustExist
                                                              : Database::Mode::CreateIfMissing;
    if (!parser.isSet(db))
        QDir().mkpath(QFileInfo(Database::defaultPath()).absolutePath());
    // One desktop instance per database; the CLI may still read alongside.
    std::shared_ptr<QLockFile> lock;
    const auto lockFor = [&](const QString &location) -> Status {
        if (!interactive)
            return success();
        lock.reset();
        // A server's database has no folder of its own here: its lock is in the app's data
        // folder, named after its address.
        QString lockBeside = QFileInfo(location).absoluteFilePath();
        if (Database::isServer(location)) {
            lockBeside = Database::defaultPath(
                QStringLiteral("server-")
                + QString::fromLatin1(
                    QCryptographicHash::hash(location.toUtf8(), QCryptographicHash::Sha1).toHex()));
            QDir().mkpath(QFileInfo(lockBeside).absolutePath());
        }
        auto locked = InstanceLock::acquire(lockBeside);
        if (!locked)
            return locked.error();
        lock = *locked;
        return success();
    };
    if (Status locked = lockFor(path); !locked)
        return fail(interactive, NineTouchUi::errorText(locked.error()));
    if (parser.isSet(demo)) {
        // Fresh every time, dated around now.
        for (const char *suffix : { "", "-wal", "-shm" })
            QFile::remove(path + QLatin1String(suffix));
    }
    // The zones the deal form lists are gathered beside the pipeline's first read (40 ms of
    // ICU and zone files).
    const std::future<void> zones = ZoneCatalog::prepare();
    // The integrity check runs beside the first frame (below), for a screenshot as for the app:
    // a screenshot of a damaged file fails once the check has said so.
    // A server that asks for a password the app has not got: the rep is asked (a screenshot
    // never asks).
    // The server of the settings out of reach, or its sign-in cancelled: the rep is offered the
    // file on this computer for this run.
    auto asked = interactive ? NineTouchUi::openAtStart(path, mode, !server.isEmpty(),
                                                        [&](const QString &local) {
                                                            path = local;
                                                            return lockFor(local);
                                                        })
                             : std::optional(Pipeline::open(path, mode, Database::Check::Deferred));
    if (!asked)
        return 1; // the rep cancelled: nothing to say
    auto pipeline = std::move(*asked);
    if (!pipeline) {
        QString message = NineTouchUi::errorText(pipeline.error());
        const QFileInfo file(path);
        if (mode == Database::Mode::MustExist && !Database::isServer(path) && !file.isSymLink()
            && (!file.exists() || file.size() == 0))
            message += QLatin1Char(' ')
                + QApplication::translate("main",
                                          "Start NineTouch without --db to use your own "
                                          "pipeline, or create the file with ninetouch-cli "
                                          "--db FILE init.");
        return fail(interactive, message);
    }
    // The integrity check runs beside the first frame, on its own read-only connection.
    Status integrity = success();
    // Waited for on every way out of main, before `integrity` goes away.
    const auto joined = [](QThread *thread) {
        thread->wait();
        delete thread;
    };
    const std::unique_ptr<QThread, decltype(joined)> checker(
        QThread::create([&integrity, file = (*pipeline)->database().path()] {
            integrity = Database::quickCheck(file);
        }),
        joined);
    checker->start();

    PipelineModel::Clock clock;
    if (parser.isSet(now)) {
        auto fixed = parseDateTime(Field::Now, parser.value(now), (*pipeline)->settings().zone());
        if (!fixed)
            return fail(interactive, QStringLiteral("--now: ") + fixed.error().message);
        const QDateTime t = fixed->toUTC();
        clock = [t] {
            return t;
        };
    }
    if (parser.isSet(demo)) {
        const QDateTime at = clock ? clock() : QDateTime::currentDateTimeUtc();
        if (auto made = DemoGenerator(**pipeline, 7).generate(60, at); !made)
            return fail(interactive, NineTouchUi::errorText(made.error()));
    }
    NineTouchUi::MainWindow window(**pipeline, clock);
    window.setDemo(parser.isSet(demo));
    window.setUnattended(!interactive);
    auto checked = [&]() -> bool {
        checker->wait();
        return bool(integrity);
    };

    if (!interactive) {
        auto picture = renderScreenshot(window, **pipeline, *shotView, *shotSize);
        // A damaged or unreadable file gives no picture: the check says best what is wrong.
        if (!checked())
            return fail(false, NineTouchUi::errorText(integrity.error()));
        if (const auto &error = window.readError())
            return fail(false, NineTouchUi::errorText(*error));
        if (!picture)
            return fail(false, NineTouchUi::errorText(picture.error()));
        const QString file = parser.value(shot);
        if (!picture->save(file, "PNG"))
            return fail(
                false,
                QApplication::translate("main", "Cannot write the screenshot %1.").arg(file));
        return 0;
    }
    window.show();
    window.watchInbox(); // the rep's answers arrive by themselves (when an account is set up)
    // The check usually finishes before the window shows: look at it once the event loop runs,
    // whether it finished already or finishes later.
    bool judged = false;
    const auto judge = [&] {
        if (std::exchange(judged, true))
            return;
        if (!integrity) {
            // Nothing more is written to a damaged file.
            QMessageBox::critical(&window, QStringLiteral("NineTouch"),
                                  NineTouchUi::errorText(integrity.error()));
            QApplication::exit(2);
            return;
        }
        // The file is sound: the cadence summaries are made now when a new rule, new settings
        // or an older version left them behind (else the next write does it).
        (void)(*pipeline)->bringSummariesCurrent();
    };
    QObject::connect(checker.get(), &QThread::finished, &window, judge, Qt::QueuedConnection);
    if (checker->isFinished())
        QTimer::singleShot(0, &window, judge);
    return app.exec();
}
