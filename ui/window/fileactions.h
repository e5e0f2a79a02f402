// What comes into the pipeline and goes out of it: a new deal, a CSV import, the export of
// every deal, the demo pipeline in a window of its own. The actions register themselves on the
// window (File menu); each change is one command on the undo stack.
#pragma once

#include "actions.h"

#include <QDateTime>
#include <QObject>

#include <array>
#include <functional>

class QAction;
class QWidget;

namespace NineTouch {
class Pipeline;
}

namespace NineTouchUi {

class UndoController;

class FileActions final : public QObject
{
    Q_OBJECT

public:
    FileActions(NineTouch::Pipeline &pipeline, UndoController &undo, std::function<QDateTime()> now,
                QWidget *window);

    // The action for a, when it is one of these (NewDeal, Import, Export, Demo); else null.
    QAction *action(Action a) const;

    void newDeal();
    void importDeals();
    void exportDeals();
    void openDemo();

signals:
    void dealCreated(qint64 dealId);
    // An import went in: the board shows its first new stage, if any.
    void imported(const QStringList &newStages);
    void message(const QString &text, int ms);

private:
    NineTouch::Pipeline &m_pipeline;
    UndoController &m_undo;
    std::function<QDateTime()> m_now;
    QWidget *m_window;
    std::array<QAction *, size_t(Action::Count)> m_actions {};
};

} // namespace NineTouchUi
