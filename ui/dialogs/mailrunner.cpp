#include "mailrunner.h"

#include <QCoreApplication>
#include <QPointer>

#include <atomic>

namespace NineTouchUi::MailRunner {

namespace {

std::atomic_bool stopping { false };

QList<QPointer<QThread>> &running()
{
    static QList<QPointer<QThread>> threads;
    return threads;
}

void stopAll()
{
    stopping = true;
    for (const QPointer<QThread> &t : running()) {
        if (t)
            t->wait(5000);
    }
}

} // namespace

NineTouch::MailTransport::Stop stopFlag()
{
    return &stopping;
}

void adopt(QThread *thread)
{
    static const bool hooked = [] {
        QObject::connect(qApp, &QCoreApplication::aboutToQuit, qApp, &stopAll);
        return true;
    }();
    Q_UNUSED(hooked);
    running().removeAll(nullptr);
    running() << thread;
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
}

} // namespace NineTouchUi::MailRunner
