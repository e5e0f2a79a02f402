#include "inboxindicator.h"

#include "cadencecolors.h"
#include "commands.h"
#include "fieldlabels.h"
#include "pipelinemodel.h"
#include "reptext.h"

#include <QLocale>

namespace NineTouchUi {

using namespace NineTouch;

InboxIndicator::InboxIndicator(Pipeline &pipeline, PipelineModel &model, UndoController &undo,
                               QWidget *parent)
    : QToolButton(parent)
    , m_pipeline(pipeline)
    , m_model(model)
    , m_undo(undo)
    , m_inbox(pipeline, [&model] { return model.now(); })
{
    setObjectName(QStringLiteral("inboxStatus"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(this, &QToolButton::clicked, this, &InboxIndicator::readNow);
    connect(&m_inbox, &InboxWatcher::statusChanged, this, &InboxIndicator::showStatus);
    connect(&m_inbox, &InboxWatcher::finished, this, &InboxIndicator::read);
    showStatus(m_inbox.status());
}

void InboxIndicator::start(int intervalMs)
{
    m_inbox.start(intervalMs);
}

void InboxIndicator::readNow()
{
    if (m_inbox.status().state == InboxStatus::State::NotSetUp)
        emit setUpRequested();
    else
        m_inbox.checkNow();
}

void InboxIndicator::showStatus(const InboxStatus &status)
{
    // Today's time alone, another day's with its day ("Thu 5 Mar, 10:00").
    const auto when = [this](const QDateTime &at) {
        const QTimeZone zone = m_pipeline.settings().zone();
        const QDateTime local = at.toTimeZone(zone);
        return local.date() == m_model.now().toTimeZone(zone).date() ? RepText::time(local.time())
                                                                     : RepText::dayTime(local);
    };
    QString text;
    QString tip;
    QString color;
    switch (status.state) {
    case InboxStatus::State::NotSetUp:
        text = tr("Inbox: not set up");
        tip = tr("Set up your mail account (Settings, Mail) and NineTouch sees answers arrive: a "
                 "reply from a prospect restarts the pursuit by itself.");
        break;
    case InboxStatus::State::Idle:
        text = tr("Inbox: not read yet");
        tip = tr("Click to read the inbox now (F5).");
        break;
    case InboxStatus::State::Checking:
        text = tr("Inbox: reading…");
        break;
    case InboxStatus::State::Done: {
        text = tr("Inbox read at %1").arg(when(status.lastSuccess));
        const SyncReport &r = status.last;
        tip = tr("Last look: %n new message(s)", nullptr, r.read) + QStringLiteral(", ")
            + tr("%n recorded on deals", nullptr, int(r.recorded.size())) + QStringLiteral(".\n")
            + tr("Read again every few minutes; click to read now (F5).");
        break;
    }
    case InboxStatus::State::Failed:
        text = status.lastSuccess.isValid()
            ? tr("Inbox not read (last read at %1)").arg(when(status.lastSuccess))
            : tr("Inbox not read");
        tip = errorText(status.error) + QStringLiteral("\n") + tr("Click to try again (F5).");
        color = urgencyColor(Urgency::PastRule).name();
        break;
    }
    setText(text);
    setToolTip(tip);
    setStyleSheet(color.isEmpty() ? QString() : QStringLiteral("color: %1").arg(color));
    const bool busy = status.state == InboxStatus::State::Checking;
    setEnabled(!busy);
    emit busyChanged(busy);
}

QStringList InboxIndicator::moveAway(const QList<MailRecord> &recorded)
{
    // An out-of-office that says when its writer is back: the deal's call and deadline wait
    // for that day, as a change the rep can undo (Edit, Undo).
    QStringList moved;
    for (const MailRecord &r : recorded) {
        if (!r.backOn.isValid())
            continue;
        auto note = std::make_shared<QString>();
        if (Status s = m_undo.push(std::make_unique<ProspectAwayCommand>(
                m_pipeline, r.dealId, r.backOn, r.who, m_model.now(), note));
            !s) {
            emit message(errorText(s.error()), 15000);
            continue;
        }
        if (!note->isEmpty())
            moved << *note;
    }
    return moved;
}

void InboxIndicator::read(const QList<MailRecord> &recorded)
{
    if (m_inbox.status().state == InboxStatus::State::Failed) {
        emit message(tr("The inbox was not read: %1").arg(errorText(m_inbox.status().error)),
                     15000);
        return;
    }
    const QStringList moved = moveAway(recorded);
    // Answers are what the rep needs to hear of: a pursuit ends, a deal is alive again.
    QStringList answers;
    for (const MailRecord &r : recorded) {
        if (r.kind != TouchKind::Reply)
            continue;
        const DealRow *v = m_model.view(r.dealId);
        answers << (v ? v->deal.title : QString::number(r.dealId));
    }
    answers.removeDuplicates();
    if (answers.isEmpty()) {
        // What moved says more than a count of notes.
        if (!moved.isEmpty())
            emit message(moved.join(QLatin1Char(' ')), 30000);
        else if (!recorded.isEmpty())
            emit message(tr("From the inbox: %n note(s) recorded", nullptr, int(recorded.size())),
                         10000);
        return;
    }
    const QString text = tr("%n answer(s) arrived: %1", nullptr, int(answers.size()))
                             .arg(QLocale().createSeparatedList(answers));
    emit message(text, 30000);
    emit answersArrived(text);
}

} // namespace NineTouchUi
