// --screenshot: one view of the app, as a rep would see it, rendered to a picture. Used to look
// at what is built (docs, reviews) without a display.
#pragma once

#include "result.h"
#include "types.h"

#include <QPixmap>
#include <QSize>

namespace NineTouch {
class Pipeline;
}

namespace NineTouchUi {
class MainWindow;
}

struct ScreenshotView
{
    enum class Kind {
        Board,
        Deal, // the deal panel on dealId
        DealDetails, // …with its details open
        Queue, // the day queue, tall
        Welcome, // the first run's page
        Composer, // the composer on dealId's step
        Import, // the import dialog over file
    };
    Kind kind = Kind::Board;
    qint64 dealId = 0;
    NineTouch::StepKind step = NineTouch::StepKind::Recap;
    QString file;
    QString text; // as given

    // --view's words: board, deal:ID, deal:ID:details, composer:ID:STEP, queue, welcome or
    // import:FILE. A refusal names the option and what it takes.
    static NineTouch::Result<ScreenshotView> parse(const QString &text);
    // --size: width x height in pixels ("1366x768"), at least minimumSize.
    static constexpr QSize minimumSize { 800, 600 };
    static NineTouch::Result<QSize> parseSize(const QString &text);
};

// Shows view in window at size and grabs it, once the window and its dialogs are painted.
NineTouch::Result<QPixmap> renderScreenshot(NineTouchUi::MainWindow &window,
                                            NineTouch::Pipeline &pipeline,
                                            const ScreenshotView &view, const QSize &size);
