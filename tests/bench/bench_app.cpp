// The app over a big pipeline, in process, under the offscreen platform at a laptop's
// 1366x768: the window built and its first frame painted, a search keystroke filtered and
// repainted, a card dropped on another column persisted and repainted, and the peak memory.
// Medians of RUNS; a benchmark, not a test: it prints figures (tests/bench/bench_app.sh runs
// it at several sizes beside the floor). The file is used as it is: make it with
// `ninetouch-cli demo` first.
//
//   bench_app --db FILE [--now ISO] [--runs R]
#include "boardfiltermodel.h"
#include "boardview.h"
#include "mainwindow.h"
#include "pipeline.h"
#include "pipelinemodel.h"
#include "roles.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QTextStream>

#include <algorithm>

using namespace NineTouch;
using namespace NineTouchUi;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

long procStatus(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qsizetype(qstrlen(key))).trimmed().split(' ').first().toLong();
    }
    return -1;
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Every posted event handled, the repaints included (offscreen paints on UpdateRequest).
void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(
        { QStringLiteral("db"), QStringLiteral("The pipeline (a demo)."), QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("now"), QStringLiteral("The app's clock."),
                       QStringLiteral("ISO"), QStringLiteral("2026-03-04T10:00:00+01:00") });
    parser.addOption({ QStringLiteral("runs"), QStringLiteral("Timed runs of each action."),
                       QStringLiteral("R"), QStringLiteral("9") });
    parser.addOption(
        { QStringLiteral("only"),
          QStringLiteral("Time one action only (for a profiler): search, drop or tick."),
          QStringLiteral("ACTION") });
    parser.process(app);
    QTextStream out(stdout);
    if (!parser.isSet(QStringLiteral("db"))) {
        out << "bench_app: --db FILE is needed (a demo made with ninetouch-cli demo)\n";
        return 2;
    }
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const QDateTime now =
        QDateTime::fromString(parser.value(QStringLiteral("now")), Qt::ISODate).toUTC();

    // -- start: the pipeline opened, the window built, shown and painted once -------------
    auto pipeline = Pipeline::open(parser.value(QStringLiteral("db")), Database::Mode::MustExist,
                                   Database::Check::Deferred);
    if (!pipeline) {
        out << "bench_app: " << pipeline.error().message << '\n';
        return 2;
    }
    const double opened = ms(sinceStart);
    MainWindow window(**pipeline, [now] { return now; });
    window.setUnattended(true);
    window.resize(1366, 768);
    window.show();
    settle();
    (void)window.grab();
    const double firstFrame = ms(sinceStart);
    const auto *model = qobject_cast<const PipelineModel *>(
        window.findChild<BoardView *>()->columns().first()->sourceModel());
    const qsizetype deals = model ? model->rowCount() : 0;

    // -- a search keystroke: the columns filtered, the board repainted ---------------------
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("search"));
    QList<double> keystrokes;
    const QString only = parser.value(QStringLiteral("only"));
    const auto timed = [&only](const char *action) {
        return only.isEmpty() || only == QLatin1String(action);
    };
    // The first letter, typed a second after the board appeared.
    double firstKeystroke = -1;
    if (timed("search")) {
        QElapsedTimer wait;
        wait.start();
        while (wait.elapsed() < 1000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QElapsedTimer t;
        t.start();
        search->setText(QStringLiteral("o"));
        settle();
        firstKeystroke = ms(t);
    }
    for (int i = 0; i < runs && timed("search"); ++i) {
        // Alternating one and two letters: each keystroke changes what matches.
        const QString text = i % 2 ? QStringLiteral("an") : QStringLiteral("a");
        QElapsedTimer t;
        t.start();
        search->setText(text);
        settle();
        keystrokes << ms(t);
    }
    // Typing a name on, letter by letter, from an empty field: what a rep mostly does. Each
    // letter after the first looks only at what the one before found.
    QList<double> typing;
    for (int i = 0; i < runs && timed("search"); ++i) {
        search->clear();
        settle();
        const QString name = QStringLiteral("moreau");
        for (qsizetype n = 1; n <= name.size(); ++n) {
            QElapsedTimer t;
            t.start();
            search->setText(name.left(n));
            settle();
            if (n > 1)
                typing << ms(t);
        }
    }
    search->clear();
    settle();

    // -- a drop: a card carried to the next column, persisted, the board repainted ---------
    const QList<BoardFilterModel *> columns = window.findChild<BoardView *>()->columns();
    QList<double> drops, persisted;
    for (int i = 0; i < runs && columns.size() > 1 && timed("drop"); ++i) {
        BoardFilterModel *from = columns.at(i % 2 ? 1 : 0);
        BoardFilterModel *to = columns.at(i % 2 ? 0 : 1);
        if (from->rowCount() == 0)
            break;
        const QModelIndex card = from->index(0, 0);
        const qint64 id = card.data(Roles::DealId).toLongLong();
        std::unique_ptr<QMimeData> carried(from->mimeData({ card }));
        QElapsedTimer t;
        t.start();
        to->dropMimeData(carried.get(), Qt::MoveAction, -1, 0, {});
        persisted << ms(t); // written, committed, and every model told
        settle();
        const double took = ms(t);
        const auto moved = (*pipeline)->deal(id);
        if (!moved || moved->stageId != to->stageId()) {
            out << "bench_app: the drop of deal " << id << " was not persisted\n";
            return 1;
        }
        drops << took;
    }

    // -- the clock's tick (every 30 s in the app): every card read again at the new time ----
    QList<double> ticks;
    for (int i = 1; i <= runs && timed("tick"); ++i) {
        const QDateTime later = now.addSecs(30 * i);
        QElapsedTimer t;
        t.start();
        window.setClock([later] { return later; });
        settle();
        ticks << ms(t);
    }

    out << QStringLiteral("  %1 deals on the board\n").arg(deals);
    out << QStringLiteral("  pipeline opened            %1 ms\n").arg(opened, 0, 'f', 0);
    out << QStringLiteral("  first frame painted        %1 ms (from process start)\n")
               .arg(firstFrame, 0, 'f', 0);
    if (firstKeystroke >= 0)
        out << QStringLiteral("  first search keystroke     %1 ms (1 s after the first frame)\n")
                   .arg(firstKeystroke, 0, 'f', 1);
    if (!keystrokes.isEmpty())
        out << QStringLiteral("  search keystroke           %1 ms (median of %2)\n")
                   .arg(median(keystrokes), 0, 'f', 1)
                   .arg(keystrokes.size());
    if (!typing.isEmpty())
        out << QStringLiteral("  typing on, each letter     %1 ms (median of %2)\n")
                   .arg(median(typing), 0, 'f', 1)
                   .arg(typing.size());
    if (!drops.isEmpty())
        out << QStringLiteral("  drop persisted, repainted  %1 ms (median of %2; persisted "
                              "and the models told: %3 ms)\n")
                   .arg(median(drops), 0, 'f', 1)
                   .arg(drops.size())
                   .arg(median(persisted), 0, 'f', 1);
    if (!ticks.isEmpty())
        out << QStringLiteral("  clock tick, all repainted  %1 ms (median of %2)\n")
                   .arg(median(ticks), 0, 'f', 1)
                   .arg(ticks.size());
    out << QStringLiteral("  peak memory                %1 MiB\n").arg(procStatus("VmHWM:") / 1024);
    return 0;
}
