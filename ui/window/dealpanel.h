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

namespace NineTouchUi {

class DealForm;
class TimelineDelegate;
class UndoController;

class DealPanel final : public QWidget
{
    Q_OBJECT

public:
    DealPanel(NineTouch::PipelineModel &model, UndoController &undo,
              const QList<QAction *> &actions, QWidget *parent = nullptr);

    qint64 dealId() const { return m_dealId; }
    void setDeal(qint64 dealId);
    // What the panel says when it shows no deal (until the next setDeal).
    void setEmptyText(const QString &text);
    QString emptyText() const;
    void showDetails();
    NineTouch::TimelineModel &timeline() { return m_timeline; }
    DealForm *form() const { return m_form; }
    // Saves the fields the rep changed; a field changed elsewhere meanwhile is put to the rep.
    void save();
    // Drops what the rep typed: the form shows the deal as it is.
    void discard();

private:
    void refresh();
    void setDirty(bool dirty);
    // The form after the deal changed (here or elsewhere): fields the rep has not touched show
    // the new values, fields being edited keep what the rep typed.
    void followForm(const NineTouch::Deal &current);
    // Which value to keep for each field changed both here and elsewhere; false: cancelled.
    bool resolveConflicts(const QList<NineTouch::Field> &fields, const NineTouch::Deal &current,
                          NineTouch::Deal &edited);
    QString displayValue(NineTouch::Field field, const NineTouch::Deal &deal) const;

    NineTouch::PipelineModel &m_model;
    UndoController &m_undo;
    qint64 m_dealId = 0;
    NineTouch::Deal m_base; // the deal as the form last showed it
    // Typed and not saved, per deal (the deal as first shown, and as typed).
    QHash<qint64, std::pair<NineTouch::Deal, NineTouch::Deal>> m_drafts;
    QString m_timelineKey; // the timeline entry the rep selected
    qint64 m_timelineDeal = 0; // the deal whose timeline is shown
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
    QPushButton *m_discard;
    QLabel *m_draftNote;
    QWidget *m_body;
    QLabel *m_empty;
    TimelineDelegate *m_delegate = nullptr;
};

} // namespace NineTouchUi
