// Mail work (network only, no database) on a thread of its own, so the window never waits for
// a server. The result comes back on the GUI thread, where it is recorded. When the app quits,
// every run still going is told to stop and is waited for.
#pragma once

#include "mailtransport.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace NineTouchUi::MailRunner {

// Raised when the app quits; work passes it to MailTransport.
NineTouch::MailTransport::Stop stopFlag();
// Keeps track of a thread until it finishes, and stops it at quit.
void adopt(QThread *thread);

// work() runs on its own thread; done(result) on context's thread, unless context is gone.
template<typename T>
void run(QObject *context, std::function<T()> work, std::function<void(T)> done)
{
    auto result = std::make_shared<std::optional<T>>();
    QThread *thread = QThread::create([work, result] { result->emplace(work()); });
    QObject::connect(thread, &QThread::finished, context, [result, done] {
        if (*result)
            done(std::move(**result));
    });
    adopt(thread);
    thread->start();
}

} // namespace NineTouchUi::MailRunner
