// The call alert: the prospect to call now, as agreed, with their numbers, and the buttons for
// what happened (Call held, No answer…, Open deal). It follows the day queue: a call logged, by
// the rep or the CLI, leaves it. A call coming due is announced once (callDue).
#pragma once

#include <QFrame>
#include <QSet>

class QLabel;
class QPushButton;

namespace NineTouch {
class DayQueueModel;
class PipelineModel;
} // namespace NineTouch

namespace NineTouchUi {

class CallAlert final : public QFrame
{
    Q_OBJECT

public:
    CallAlert(NineTouch::PipelineModel &model, NineTouch::DayQueueModel &queue,
              QWidget *parent = nullptr);

    // Looks at the queue again: shows the latest call due, or hides.
    void check();
    // The deal whose call is shown (0: none).
    qint64 dealId() const { return m_dealId; }
    // What the alert says, as rich text (empty when hidden).
    QString text() const;

signals:
    // A call came due for the first time: for the tray and the task bar.
    void callDue(const QString &title, const QString &message);
    void heldClicked(qint64 dealId);
    void noAnswerClicked(qint64 dealId);
    void openClicked(qint64 dealId);
    // The alert's text was clicked: show that deal.
    void dealClicked(qint64 dealId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    NineTouch::PipelineModel &m_model;
    NineTouch::DayQueueModel &m_queue;
    QLabel *m_text;
    QList<QPushButton *> m_buttons;
    qint64 m_dealId = 0;
    // Deal and due time (ms since the epoch) of the calls already announced.
    QSet<std::pair<qint64, qint64>> m_announced;
};

} // namespace NineTouchUi
