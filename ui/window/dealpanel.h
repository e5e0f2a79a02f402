// The selected deal: fields, cadence with its recommendation and the effort spent, the
// actions, and the touch timeline with the exact text of what was sent.
#pragma once

#include "pipelinemodel.h"
#include "timelinemodel.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QUndoStack;

namespace NineTouchUi {

class DealForm;

class DealPanel final : public QWidget
{
    Q_OBJECT

public:
    DealPanel(NineTouch::PipelineModel &model, QUndoStack &undo, const QList<QAction *> &actions,
              QWidget *parent = nullptr);

    qint64 dealId() const { return m_dealId; }
    void setDeal(qint64 dealId);
    void showDetails();
    NineTouch::TimelineModel &timeline() { return m_timeline; }

private:
    void refresh();
    void save();

    NineTouch::PipelineModel &m_model;
    QUndoStack &m_undo;
    qint64 m_dealId = 0;
    NineTouch::TimelineModel m_timeline;

    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_state;
    QLabel *m_recommendation;
    QLabel *m_effort;
    QLabel *m_meeting;
    QTabWidget *m_tabs;
    QListView *m_timelineView;
    QTextBrowser *m_text;
    DealForm *m_form;
    QLabel *m_formError;
    QPushButton *m_save;
    QWidget *m_body;
    QLabel *m_empty;
};

} // namespace NineTouchUi
