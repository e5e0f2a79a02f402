#include "filterbar.h"

#include "cadenceengine.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QVBoxLayout>

namespace NineTouchUi {

using namespace NineTouch;

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_whose(new QComboBox)
    , m_search(new QLineEdit)
    , m_state(new QComboBox)
    , m_hint(new QLabel)
{
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search deals, organizations and contacts (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    // Esc in the search field clears it.
    auto *clear = new QShortcut(QKeySequence(Qt::Key_Escape), m_search);
    clear->setContext(Qt::WidgetShortcut);
    connect(clear, &QShortcut::activated, m_search, &QLineEdit::clear);

    m_whose->setObjectName(QStringLiteral("whoseDeals"));
    m_whose->addItem(tr("My deals"), false);
    m_whose->addItem(tr("The team's deals"), true);
    m_whose->setToolTip(tr("Several reps work on this pipeline: your own deals, or everyone's "
                           "with each owner's name on the card."));
    m_whose->hide();

    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->addItem(allDealsLabel(false));
    for (CadenceState s :
         { CadenceState::Engaged, CadenceState::Silent, CadenceState::AwaitingDecision,
           CadenceState::PastRule, CadenceState::NoMeeting })
        m_state->addItem(CadenceEngine::stateLabel(s), int(s));

    m_hint->setObjectName(QStringLiteral("searchHint"));
    m_hint->setTextFormat(Qt::RichText);
    m_hint->setWordWrap(true);
    m_hint->setContentsMargins(4, 2, 4, 2);
    m_hint->hide();

    auto *stateLabel = new QLabel(tr("&State:"));
    stateLabel->setBuddy(m_state);
    auto *row = new QHBoxLayout;
    row->addWidget(m_whose);
    row->addWidget(m_search, 1);
    row->addWidget(stateLabel);
    row->addWidget(m_state);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_hint);

    connect(m_search, &QLineEdit::textChanged, this, &FilterBar::searchChanged);
    connect(m_state, &QComboBox::currentIndexChanged, this, [this](int i) {
        QSet<CadenceState> states;
        if (i > 0)
            states.insert(CadenceState(m_state->itemData(i).toInt()));
        emit statesChanged(states);
    });
    connect(m_hint, &QLabel::linkActivated, this, &FilterBar::showClosedRequested);
    connect(m_whose, &QComboBox::currentIndexChanged, this,
            [this](int i) { emit teamRequested(m_whose->itemData(i).toBool()); });
}

void FilterBar::setTeamAvailable(bool available)
{
    m_whose->setVisible(available);
}

void FilterBar::showTeam(bool team)
{
    const QSignalBlocker quiet(m_whose);
    m_whose->setCurrentIndex(team ? 1 : 0);
}

bool FilterBar::showsTeam() const
{
    return m_whose->currentData().toBool();
}

QString FilterBar::searchText() const
{
    return m_search->text().trimmed();
}

void FilterBar::setSearchText(const QString &text)
{
    m_search->setText(text);
}

void FilterBar::showStates(const QSet<CadenceState> &states)
{
    const QSignalBlocker quiet(m_state);
    m_state->setCurrentIndex(states.size() == 1 ? m_state->findData(int(*states.cbegin())) : 0);
}

bool FilterBar::isFiltering() const
{
    return !searchText().isEmpty() || m_state->currentIndex() != 0;
}

QString FilterBar::allDealsLabel(bool showingClosed)
{
    return showingClosed ? tr("All deals") : tr("All open deals");
}

void FilterBar::setShowingClosed(bool showing)
{
    m_state->setItemText(0, allDealsLabel(showing));
}

void FilterBar::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void FilterBar::updateHint(int shown, int closedMatches)
{
    const QString search = searchText();
    if (!isFiltering()) {
        m_hint->hide();
        return;
    }
    QStringList parts;
    if (shown == 0)
        parts << (search.isEmpty() ? tr("No open deal is in this state.")
                                   : tr("No open deal matches “%1”.").arg(search.toHtmlEscaped()));
    if (closedMatches > 0)
        parts << tr("Also found among won and lost deals: %1. <a href=\"closed\">Show won and "
                    "lost deals</a>.")
                     .arg(closedMatches);
    m_hint->setText(parts.join(QLatin1Char(' ')));
    m_hint->setVisible(!parts.isEmpty());
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    // The search field would take Ctrl+E, Ctrl+H and the like as line-editing keys: the deal
    // shortcuts win there (but undo and redo stay the field's own).
    if (watched == m_search && event->type() == QEvent::ShortcutOverride) {
        const QKeySequence pressed(static_cast<QKeyEvent *>(event)->keyCombination());
        if (pressed == QKeySequence(QKeySequence::Undo)
            || pressed == QKeySequence(QKeySequence::Redo))
            return QWidget::eventFilter(watched, event);
        for (const QAction *a : std::as_const(m_windowShortcuts)) {
            if (a->isEnabled() && !a->shortcut().isEmpty() && a->shortcut() == pressed)
                return true; // not accepted: the window's shortcut fires
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace NineTouchUi
