#include "screenshot.h"

#include "composerdialog.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "names.h"
#include "pipeline.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QRegularExpression>

using namespace NineTouch;
using NineTouchUi::MainWindow;

Result<ScreenshotView> ScreenshotView::parse(const QString &text)
{
    ScreenshotView view;
    view.text = text;
    const QStringList parts = text.split(QLatin1Char(':'));
    const QString kind = parts.constFirst();
    bool ok = parts.size() >= 2;
    const qint64 id = ok ? parts.at(1).toLongLong(&ok) : 0;
    if (kind == QLatin1String("composer")) {
        const auto step = parts.size() == 3 ? stepKindFromString(parts.at(2)) : std::nullopt;
        if (!ok || id <= 0 || !step)
            return inputError(QApplication::translate("main",
                                                      "--view %1: use composer:ID:STEP with a "
                                                      "deal id and recap, reminder, "
                                                      "missed-call, breakup or reengage.")
                                  .arg(text));
        view.kind = Kind::Composer;
        view.dealId = id;
        view.step = *step;
        return view;
    }
    if (kind == QLatin1String("import") && text.size() > 7) {
        view.kind = Kind::Import;
        view.file = text.mid(7);
        return view;
    }
    if (kind == QLatin1String("deal") && ok && id > 0
        && (parts.size() == 2 || (parts.size() == 3 && parts.at(2) == QLatin1String("details")))) {
        view.kind = parts.size() == 3 ? Kind::DealDetails : Kind::Deal;
        view.dealId = id;
        return view;
    }
    const std::pair<const char *, Kind> plain[] = { { "board", Kind::Board },
                                                    { "queue", Kind::Queue },
                                                    { "welcome", Kind::Welcome } };
    for (const auto &[name, k] : plain) {
        if (text == QLatin1String(name)) {
            view.kind = k;
            return view;
        }
    }
    return inputError(QApplication::translate("main",
                                              "--view %1 is not a view: use board, deal:ID, "
                                              "deal:ID:details, composer:ID:STEP, queue, "
                                              "welcome or import:FILE.")
                          .arg(text));
}

Result<QSize> ScreenshotView::parseSize(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{3,4})x(\\d{3,4})$"));
    const auto wxh = shape.match(text);
    const QSize size =
        wxh.hasMatch() ? QSize(wxh.captured(1).toInt(), wxh.captured(2).toInt()) : QSize();
    // Smaller, the window would not be what was asked for: it keeps its minimum size.
    if (!size.isValid() || size.width() < minimumSize.width()
        || size.height() < minimumSize.height())
        return inputError(QApplication::translate("main",
                                                  "--size %1: use width x height in pixels, "
                                                  "from %2x%3 up, like 1366x768.")
                              .arg(text)
                              .arg(minimumSize.width())
                              .arg(minimumSize.height()));
    return size;
}

Result<QPixmap> renderScreenshot(MainWindow &window, Pipeline &pipeline, const ScreenshotView &view,
                                 const QSize &size)
{
    using Kind = ScreenshotView::Kind;
    window.resize(size);
    window.show();
    QWidget *subject = &window;
    std::unique_ptr<QDialog> dialog;
    const auto now = [&window] {
        return window.now();
    };
    const auto noSuchDeal = [&] {
        return inputError(QApplication::translate("main", "--view %1: there is no deal %2.")
                              .arg(view.text)
                              .arg(view.dealId));
    };
    switch (view.kind) {
    case Kind::Board:
        break;
    case Kind::Deal:
    case Kind::DealDetails:
        if (!pipeline.deal(view.dealId))
            return noSuchDeal();
        window.selectDeal(view.dealId);
        if (view.kind == Kind::DealDetails)
            window.action(MainWindow::Action::Details)->trigger();
        break;
    case Kind::Queue:
        if (auto *queue = window.findChild<QDockWidget *>(QStringLiteral("dayQueue"))) {
            queue->show();
            window.resizeDocks({ queue }, { 420 }, Qt::Vertical);
        }
        window.action(MainWindow::Action::GoToQueue)->trigger();
        break;
    case Kind::Welcome:
        window.showWelcome();
        break;
    case Kind::Composer: {
        if (!pipeline.deal(view.dealId))
            return noSuchDeal();
        window.selectDeal(view.dealId);
        dialog = std::make_unique<NineTouchUi::ComposerDialog>(
            pipeline, window.undoController(), view.dealId, view.step, now, &window);
        dialog->resize(size);
        break;
    }
    case Kind::Import: {
        // The import dialog over a file, as a rep sees it after choosing one.
        auto importer = std::make_unique<NineTouchUi::ImportDialog>(
            pipeline, window.undoController(), now, &window);
        if (!importer->openFile(view.file) && importer->problems().isEmpty())
            return inputError(QApplication::translate("main", "--view %1: cannot read that file.")
                                  .arg(view.text));
        importer->resize(std::min(size.width(), 1100), std::min(size.height(), 700));
        dialog = std::move(importer);
        break;
    }
    }
    if (dialog) {
        dialog->show();
        subject = dialog.get();
    }
    window.checkCalls();
    QApplication::processEvents();
    QApplication::processEvents();
    return subject->grab();
}
