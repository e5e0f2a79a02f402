// Prints how long the board's path takes on a 10,000-deal demo: reading every deal's history
// from SQLite and evaluating the cadence engine. A benchmark, not a test: it prints figures.
//
//   bench_pipeline [--deals N] [--runs R] [--db FILE]
#include "boardfiltermodel.h"
#include "demogenerator.h"
#include "pipeline.h"
#include "pipelinemodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace NineTouch;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

long peakRssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("deals"), QStringLiteral("Deals in the demo."),
                       QStringLiteral("N"), QStringLiteral("10000") });
    parser.addOption({ QStringLiteral("runs"), QStringLiteral("Timed runs."), QStringLiteral("R"),
                       QStringLiteral("7") });
    parser.addOption({ QStringLiteral("db"),
                       QStringLiteral("Use this database instead of a new demo."),
                       QStringLiteral("FILE") });
    parser.process(app);
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QString path = parser.isSet(QStringLiteral("db"))
        ? parser.value(QStringLiteral("db"))
        : dir.filePath(QStringLiteral("bench.sqlite"));
    const QDateTime now =
        QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone("Europe/Berlin")).toUTC();
    auto opened = Pipeline::open(path, Database::Mode::CreateIfMissing);
    if (!opened) {
        out << opened.error().message << Qt::endl;
        return 2;
    }
    Pipeline &p = **opened;
    if (!parser.isSet(QStringLiteral("db"))) {
        (void)p.setSetting(QStringLiteral("rep.tz"), QStringLiteral("Europe/Berlin"));
        QElapsedTimer t;
        t.start();
        auto made =
            DemoGenerator(p, 7).generate(parser.value(QStringLiteral("deals")).toInt(), now);
        if (!made) {
            out << made.error().message << Qt::endl;
            return 2;
        }
        out << QStringLiteral("demo: %1 deals generated in %2 ms\n").arg(*made).arg(t.elapsed());
    }

    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    QList<double> readAndEvaluate, readAndEvaluateFull, readOnly, engineOnly;
    qsizetype touches = 0, deals = 0;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        // Exactly what the board's model runs at start-up.
        auto all = p.evaluateAll(now, {}, CadenceEngine::Detail::Brief);
        readAndEvaluate << t.nsecsElapsed() / 1e6;
        deals = all->size();

        t.restart();
        auto full =
            p.evaluateAll(now); // with every recommendation written out (CLI: deal list, report)
        readAndEvaluateFull << t.nsecsElapsed() / 1e6;

        t.restart();
        auto histories = p.activity().histories(*p.deals().list());
        readOnly << t.nsecsElapsed() / 1e6;
        touches = 0;
        for (const DealHistory &h : *histories)
            touches += h.touches.size();

        t.restart();
        int engaged = 0;
        for (const DealHistory &h : *histories)
            engaged += p.engine().evaluate(h, now, CadenceEngine::Detail::Brief).state
                == CadenceState::Engaged;
        engineOnly << t.nsecsElapsed() / 1e6;
        Q_UNUSED(engaged);
    }
    out << QStringLiteral("deals: %1, touches: %2, runs: %3 (median)\n")
               .arg(deals)
               .arg(touches)
               .arg(runs);
    out << QStringLiteral("read from SQLite + evaluate (board path): %1 ms   target < 150 ms\n")
               .arg(median(readAndEvaluate), 0, 'f', 1);
    out << QStringLiteral("same, with recommendation texts (CLI):    %1 ms\n")
               .arg(median(readAndEvaluateFull), 0, 'f', 1);
    out << QStringLiteral("read from SQLite only:                    %1 ms\n")
               .arg(median(readOnly), 0, 'f', 1);
    out << QStringLiteral("cadence engine only:                      %1 ms   target < 20 ms\n")
               .arg(median(engineOnly), 0, 'f', 1);
    // Typing in the search field: every column re-filters its share of the deals.
    {
        PipelineModel model(p, [now] { return now; });
        (void)model.reload();
        QList<BoardFilterModel *> columns;
        for (const Stage &s : p.deals().stages().value()) {
            auto *c = new BoardFilterModel(s.id, &model);
            c->setSourceModel(&model);
            columns << c;
        }
        QList<double> typing;
        const QStringList keystrokes { QStringLiteral("a"),   QStringLiteral("ac"),
                                       QStringLiteral("acm"), QStringLiteral("acme"),
                                       QStringLiteral("acm"), QStringLiteral("ac"),
                                       QStringLiteral("a"),   QString() };
        for (int r = 0; r < runs; ++r) {
            for (const QString &text : keystrokes) {
                QElapsedTimer t;
                t.start();
                for (BoardFilterModel *c : std::as_const(columns))
                    c->setSearch(text);
                typing << t.nsecsElapsed() / 1e6;
            }
        }
        out << QStringLiteral("search keystroke, all columns re-filtered:  %1 ms   target < 16 ms "
                              "(one frame)\n")
                   .arg(median(typing), 0, 'f', 1);
    }
    out << QStringLiteral("peak memory: %1 MiB\n").arg(peakRssKiB() / 1024.0, 0, 'f', 1);
    return 0;
}
