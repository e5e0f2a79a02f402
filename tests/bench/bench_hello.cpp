// The floor for start-up measurements: a Qt Widgets hello world that renders itself to a PNG
// the way `ninetouch --screenshot` does, so the difference is NineTouch's own cost.
#include <QApplication>
#include <QLabel>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLabel label(QStringLiteral("Hello"));
    label.resize(1280, 800);
    label.show();
    QApplication::processEvents();
    return label.grab().save(
               argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/dev/null"), "PNG")
        ? 0
        : 1;
}
