// The floor for start-up measurements: a Qt Widgets hello world that renders itself to a PNG
// the way `ninetouch --screenshot` does, so the difference is NineTouch's own cost. Given a
// pipeline file, it also shows SQLite's own board-style aggregate over it (deals counted and
// summed per stage), the least any board of that file reads.
//   bench_hello OUT.png [FILE.sqlite]
#include <QApplication>
#include <QLabel>
#include <QSqlDatabase>
#include <QSqlQuery>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QString text = QStringLiteral("Hello");
    if (argc > 2) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
        db.setDatabaseName(QString::fromLocal8Bit(argv[2]));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return 1;
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT stage_id, status, count(*), sum(value_cents) "
                                   "FROM deals GROUP BY stage_id, status")))
            return 1;
        while (q.next())
            text += QStringLiteral("\n%1 %2: %3 deals, %4")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString());
    }
    QLabel label(text);
    label.resize(1366, 768);
    label.show();
    QApplication::processEvents();
    return label.grab().save(
               argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/dev/null"), "PNG")
        ? 0
        : 1;
}
