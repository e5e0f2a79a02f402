#include "callalert.h"

#include "cadencecolors.h"
#include "dayqueuemodel.h"
#include "pipelinemodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace NineTouchUi {

using namespace NineTouch;

CallAlert::CallAlert(PipelineModel &model, DayQueueModel &queue, QWidget *parent)
    : QFrame(parent)
    , m_model(model)
    , m_queue(queue)
    , m_text(new QLabel)
{
    setObjectName(QStringLiteral("callBanner"));
    setStyleSheet(QStringLiteral("QFrame#callBanner { background: %1; border-radius: 4px } "
                                 "QFrame#callBanner > QLabel { color: white; font-weight: bold }")
                      .arg(urgencyColor(Urgency::Due).darker(110).name()));
    m_text->setObjectName(QStringLiteral("callBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setCursor(Qt::PointingHandCursor);
    m_text->setToolTip(tr("Show this deal"));
    m_text->installEventFilter(this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_text, 1);
    const std::pair<const char *, QString> buttons[] = {
        { "bannerHeld", tr("Call held") },
        { "bannerNoAnswer", tr("No answer…") },
        { "bannerOpen", tr("Open deal") },
    };
    for (const auto &[name, words] : buttons) {
        auto *b = new QPushButton(words);
        b->setObjectName(QLatin1String(name));
        layout->addWidget(b);
        m_buttons << b;
    }
    connect(m_buttons[0], &QPushButton::clicked, this, [this] { emit heldClicked(m_dealId); });
    connect(m_buttons[1], &QPushButton::clicked, this, [this] { emit noAnswerClicked(m_dealId); });
    connect(m_buttons[2], &QPushButton::clicked, this, [this] { emit openClicked(m_dealId); });
    hide();
}

QString CallAlert::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void CallAlert::check()
{
    // A call comes due: announced once, and shown here until it is done. The calls are those
    // the day queue lists as due now, which it lists first: the alert and the queue agree, and
    // a change among 100,000 deals does not look through all their steps.
    // The queue's sections are read at its last rebuild (the clock's tick, every 30 s): a call
    // no longer "now" leaves the alert at once, one that just came due joins at the next tick.
    const QDateTime now = m_model.now();
    QList<qint64> due;
    QList<const DayQueueModel::Item *> fresh; // come due since the last check
    for (const auto &item : m_queue.items()) {
        if (item.section != DayQueueModel::Section::CallNow)
            break;
        if (!DayQueueModel::isCallNow(item.step, now))
            continue;
        // The rep's own calls only: in the team's view the queue lists the others' too, and
        // each rep calls their own prospects.
        const DealRow *v = m_model.view(item.dealId);
        if (!v || v->deal.owner != m_model.pipeline().me())
            continue;
        due << item.dealId;
        // Compared as numbers: a demo's day has thousands of calls due, checked at every change.
        const std::pair<qint64, qint64> key { item.dealId, item.step.due.toMSecsSinceEpoch() };
        if (!m_announced.contains(key)) {
            m_announced.insert(key);
            fresh << &item;
        }
    }
    // One announcement for the calls that came due together: the latest, with its number
    // (the whole record's, read for this one call), and how many more.
    if (!fresh.isEmpty()) {
        const qint64 id = fresh.constFirst()->dealId;
        const auto h = m_model.history(id);
        const QString phone = h ? h->deal.contact.phone : QString();
        QString message = phone.isEmpty() ? tr("As agreed.") : tr("As agreed: %1").arg(phone);
        if (fresh.size() > 1)
            message += QLatin1Char(' ')
                + tr("%n more call(s) due: see the day queue.", nullptr, int(fresh.size() - 1));
        emit callDue(tr("Call %1 now").arg(m_model.view(id)->deal.contact.name), message);
    }
    // The latest call first, as the queue lists it: the one the rep is about to make.
    const qint64 before = m_dealId;
    m_dealId = due.isEmpty() ? 0 : due.constFirst();
    // The alert moving on to another prospect under the rep's pointer (right after Call held):
    // its buttons wait a moment, so a double click never records a call on the next deal.
    if (before && m_dealId && before != m_dealId) {
        for (QPushButton *b : std::as_const(m_buttons))
            b->setEnabled(false);
        QTimer::singleShot(1500, this, [this] {
            for (QPushButton *b : std::as_const(m_buttons))
                b->setEnabled(true);
        });
    }
    const DealRow *v = m_model.view(m_dealId);
    if (!v) {
        hide();
        return;
    }
    const auto number = [](const QString &n) {
        return n.isEmpty() ? tr("none") : n.toHtmlEscaped();
    };
    // The numbers are the whole record's (the history's, kept for the deal being called). Not
    // readable just now: the alert names the call, and the window says the file failed.
    const auto h = m_model.history(m_dealId);
    QString text = h
        ? tr("☎ Call %1 (%2) now, as agreed: direct %3 · reception %4 · mobile %5")
              .arg(v->deal.contact.name.toHtmlEscaped(), v->deal.title.toHtmlEscaped(),
                   number(h->deal.contact.phone), number(h->deal.contact.reception),
                   number(h->deal.contact.mobile))
        : tr("☎ Call %1 (%2) now, as agreed.")
              .arg(v->deal.contact.name.toHtmlEscaped(), v->deal.title.toHtmlEscaped());
    if (due.size() > 1)
        text += QStringLiteral("<br/>")
            + tr("%n more call(s) due: see the day queue.", nullptr, int(due.size() - 1));
    m_text->setText(text);
    show();
}

bool CallAlert::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::MouseButtonRelease && m_dealId) {
        emit dealClicked(m_dealId);
        return true;
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace NineTouchUi
