// The board's filters: whose deals (on a database several reps share), the search field, the
// state filter, and under them a hint that says when nothing matches or when matches are
// among won and lost deals (with a link to show them).
#pragma once

#include "types.h"

#include <QSet>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;

namespace NineTouchUi {

class FilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    QString searchText() const;
    void setSearchText(const QString &text);
    // The states chosen elsewhere (the honest header): the filter shows them, quietly.
    void showStates(const QSet<NineTouch::CadenceState> &states);
    // The search or the state filter narrows the board.
    bool isFiltering() const;
    // After the board applied the filters: shown cards, and matches among won and lost deals
    // the board hides.
    void updateHint(int shown, int closedMatches);
    void focusSearch();
    // Won and lost deals shown too: the filter's first choice says "All deals".
    void setShowingClosed(bool showing);
    // The filter's first choice, as it reads.
    static QString allDealsLabel(bool showingClosed);
    // Several reps share the database: the choice of whose deals shows.
    void setTeamAvailable(bool available);
    // The rep's own deals, or the team's (quietly: what the board shows already).
    void showTeam(bool team);
    bool showsTeam() const;
    // Shortcuts the search field leaves to the window (the deal actions), though it would
    // take them as line-editing keys.
    void setWindowShortcuts(const QList<QAction *> &actions) { m_windowShortcuts = actions; }

signals:
    void searchChanged(const QString &text);
    void statesChanged(const QSet<NineTouch::CadenceState> &states);
    void showClosedRequested();
    void teamRequested(bool team);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QComboBox *m_whose;
    QLineEdit *m_search;
    QComboBox *m_state;
    QLabel *m_hint;
    QList<QAction *> m_windowShortcuts;
};

} // namespace NineTouchUi
