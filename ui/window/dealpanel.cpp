#include "dealpanel.h"

#include "cadencecolors.h"
#include "carddelegate.h"
#include "commands.h"
#include "dealfields.h"
#include "dealform.h"
#include "fieldlabels.h"
#include "names.h"
#include "reptext.h"
#include "roles.h"

#include <QButtonGroup>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace NineTouchUi {

using namespace NineTouch;

namespace {

// The icon of a timeline entry: a touch, or a step still planned.
QString glyph(int kind, bool planned)
{
    if (planned) {
        switch (StepKind(kind)) {
        case StepKind::SetMeeting:
            return QStringLiteral("◉");
        case StepKind::Call:
            return QStringLiteral("☎");
        case StepKind::MarkLost:
            return QStringLiteral("✗");
        default:
            return QStringLiteral("✉");
        }
    }
    switch (TouchKind(kind)) {
    case TouchKind::Call:
        return QStringLiteral("☎");
    case TouchKind::MeetingSet:
    case TouchKind::MeetingMoved:
    case TouchKind::MeetingHeld:
    case TouchKind::MeetingCancelled:
        return QStringLiteral("◉");
    case TouchKind::Reply:
        return QStringLiteral("↩");
    case TouchKind::Note:
        return QStringLiteral("✎");
    case TouchKind::Won:
        return QStringLiteral("✓");
    case TouchKind::Lost:
        return QStringLiteral("✗");
    case TouchKind::StageChanged:
        return QStringLiteral("→");
    case TouchKind::Reopened:
        return QStringLiteral("↺");
    case TouchKind::Away:
        return QStringLiteral("✈");
    default:
        return QStringLiteral("✉"); // the emails and the invite
    }
}

QColor glyphColor(int kind, bool planned)
{
    if (planned)
        return urgencyColor(Urgency::Planned);
    switch (TouchKind(kind)) {
    case TouchKind::Reply:
    case TouchKind::MeetingHeld:
    case TouchKind::Won:
        return stateColor(CadenceState::Engaged);
    case TouchKind::Breakup:
    case TouchKind::Lost:
        return stateColor(CadenceState::PastRule);
    case TouchKind::Call:
        return stateColor(CadenceState::Silent);
    default:
        return QColor(0x3b, 0x7d, 0xd8);
    }
}

} // namespace

// A timeline row: a round icon per kind, what happened, when; planned steps in grey italics.
class TimelineDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    // The pipeline, not its calendar: the calendar is rebuilt whenever the settings change.
    const Pipeline *pipeline = nullptr;
    QDateTime now;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return QSize(200, QFontMetrics(option.font).height() * 2 + 14);
    }

    void paint(QPainter *p, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        const QPalette &pal = option.palette;
        if (option.state & QStyle::State_Selected)
            p->fillRect(option.rect, tint(pal.color(QPalette::Highlight), pal, 0.25));
        const bool planned = index.data(Roles::Planned).toBool();
        const int kind = index.data(Roles::Kind).toInt();
        const QFontMetrics fm(option.font);
        const int d = fm.height() + 6;
        const QRect icon(option.rect.left() + 6, option.rect.top() + (option.rect.height() - d) / 2,
                         d, d);
        const auto urgency = Urgency(index.data(Roles::Urgency).toInt());
        const bool pressing = planned && isPressing(urgency);
        const QColor c = pressing ? urgencyColor(urgency) : glyphColor(kind, planned);
        p->setPen(planned ? QPen(c, 1.5, Qt::DashLine) : Qt::NoPen);
        p->setBrush(planned ? Qt::NoBrush : QBrush(tint(c, pal, 0.3)));
        p->drawEllipse(icon);
        p->setPen(planned ? c : pal.color(QPalette::Text));
        p->drawText(icon, Qt::AlignCenter, glyph(kind, planned));

        const QRect text = option.rect.adjusted(d + 16, 5, -6, -5);
        QFont title = option.font;
        title.setBold(!planned);
        title.setItalic(planned);
        p->setFont(title);
        p->setPen(planned ? secondaryText(pal) : pal.color(QPalette::Text));
        const QDateTime when = index.data(Roles::When).toDateTime();
        QString whenText;
        if (pipeline) {
            const WorkCalendar *calendar = &pipeline->engine().calendar();
            const QDateTime local = calendar->toLocal(when);
            whenText = RepText::dayTime(local);
            if (local.date().year() != calendar->toLocal(now).date().year())
                whenText = QStringLiteral("%1 %2, %3")
                               .arg(RepText::day(local.date()))
                               .arg(local.date().year())
                               .arg(RepText::time(local.time()));
        }
        // The title gives way to the time beside it ("E-Mail zum verpassten Anruf gesendet").
        const int whenWidth = whenText.isEmpty() ? 0 : fm.horizontalAdvance(whenText) + 12;
        p->drawText(QRect(text.left(), text.top(), text.width() - whenWidth, fm.height()),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetrics(title).elidedText(index.data(Qt::DisplayRole).toString(),
                                                   Qt::ElideRight, text.width() - whenWidth));
        p->setFont(option.font);
        p->setPen(pressing ? urgencyText(urgency, pal) : secondaryText(pal));
        p->drawText(QRect(text.left(), text.top(), text.width(), fm.height()),
                    Qt::AlignRight | Qt::AlignVCenter, whenText);
        QString detail = index.data(Roles::StepDetail).toString();
        const QString sent = index.data(Roles::Text).toString();
        if (!sent.isEmpty())
            detail = sent.section(QLatin1Char('\n'), 0, 0); // the subject line
        p->drawText(QRect(text.left(), text.top() + fm.height() + 2, text.width(), fm.height()),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    fm.elidedText(detail, Qt::ElideRight, text.width()));
        p->restore();
    }
};

DealPanel::DealPanel(PipelineModel &model, UndoController &undo, const QList<QAction *> &actions,
                     QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_undo(undo)
    , m_title(new QLabel)
    , m_subtitle(new QLabel)
    , m_state(new QLabel)
    , m_recommendation(new QLabel)
    , m_effort(new QLabel)
    , m_meeting(new QLabel)
    , m_tabs(new QTabWidget)
    , m_timelineView(new QListView)
    , m_text(new QTextBrowser)
    , m_form(new DealForm)
    , m_formError(new QLabel)
    , m_save(new QPushButton(tr("&Save changes")))
    , m_discard(new QPushButton(tr("Disca&rd changes")))
    , m_draftNote(new QLabel)
    , m_body(new QWidget)
    , m_empty(new QLabel(tr("Select a deal on the board or in the day queue.")))
{
    QFont big = font();
    big.setPointSizeF(font().pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_recommendation->setWordWrap(true);
    m_effort->setWordWrap(true);
    m_meeting->setWordWrap(true);
    // Long organizations and German words wrap: the panel keeps its width from deal to deal,
    // and the board beside it keeps its five stages.
    m_subtitle->setWordWrap(true);
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::RichText);
    m_state->setToolTip(tr("Touches are what the rule counts in each cycle: the reminder, the "
                           "call, and the email after a missed call. The recap and the invite "
                           "prepare a meeting; they are effort, not touches."));
    m_formError->setWordWrap(true);
    m_formError->setStyleSheet(QStringLiteral("color: #d64545"));
    m_formError->hide();
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    auto *actionGrid = new QGridLayout;
    actionGrid->setSpacing(4);
    for (int i = 0; i < actions.size(); ++i) {
        auto *b = new QToolButton;
        b->setDefaultAction(actions.at(i));
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        actionGrid->addWidget(b, i / 3, i % 3);
    }

    auto *delegate = new TimelineDelegate(this);
    m_delegate = delegate;
    delegate->pipeline = &model.pipeline();
    m_timelineView->setModel(&m_timeline);
    m_timelineView->setItemDelegate(delegate);
    m_timelineView->setAccessibleName(tr("Touch timeline"));
    m_text->setPlaceholderText(tr("Select a sent email to read the exact text."));
    m_text->setMinimumHeight(QFontMetrics(font()).height() * 3);
    connect(m_timelineView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &i) {
                const QString text = i.data(Roles::Text).toString();
                if (!text.isEmpty()) {
                    m_text->setPlainText(text);
                } else if (i.data(Roles::Planned).toBool()) {
                    // A step ahead: what it is and how pressing, not only "overdue".
                    m_text->setPlainText(tr("%1 — %2. Double-click its row in the day queue, or "
                                            "use the buttons above.")
                                             .arg(i.data(Qt::DisplayRole).toString(),
                                                  i.data(Roles::StepDetail).toString()));
                } else if (const QString detail = i.data(Roles::StepDetail).toString();
                           !detail.isEmpty()) {
                    m_text->setPlainText(detail);
                } else if (i.isValid()) {
                    // Logged as done without its words (by hand, by the CLI, in the demo).
                    m_text->setPlainText(tr("%1: no text was kept for this one; it was logged "
                                            "as done, not written in NineTouch.")
                                             .arg(i.data(Qt::DisplayRole).toString()));
                } else {
                    m_text->clear();
                }
            });
    auto *timelinePage = new QSplitter(Qt::Vertical);
    timelinePage->addWidget(m_timelineView);
    timelinePage->addWidget(m_text);
    timelinePage->setStretchFactor(0, 3);
    timelinePage->setStretchFactor(1, 1);

    // The form scrolls; its buttons and any refusal stay in sight below it.
    auto *formPage = new QWidget;
    auto *fl = new QVBoxLayout(formPage);
    fl->addWidget(m_form);
    fl->addStretch();
    auto *detailsScroll = new QScrollArea;
    detailsScroll->setWidget(formPage);
    detailsScroll->setWidgetResizable(true);
    // The form narrows with the panel (its rows wrap); it never scrolls sideways.
    detailsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    auto *detailsPage = new QWidget;
    auto *dl = new QVBoxLayout(detailsPage);
    dl->setContentsMargins(0, 0, 0, 0);
    dl->addWidget(detailsScroll, 1);
    dl->addWidget(m_draftNote);
    dl->addWidget(m_formError);
    auto *formButtons = new QHBoxLayout;
    formButtons->addStretch();
    formButtons->addWidget(m_discard);
    formButtons->addWidget(m_save);
    dl->addLayout(formButtons);
    m_tabs->addTab(timelinePage, tr("&Timeline"));
    m_tabs->addTab(detailsPage, tr("D&etails"));
    m_draftNote->setWordWrap(true);
    m_draftNote->hide();
    setDirty(false);
    connect(m_form, &DealForm::edited, this, [this] { setDirty(true); });
    connect(m_save, &QPushButton::clicked, this, &DealPanel::save);
    // Enter in a field saves, as in any form.
    for (QLineEdit *e : m_form->findChildren<QLineEdit *>()) {
        connect(e, &QLineEdit::returnPressed, this, [this] {
            if (m_save->isEnabled())
                save();
        });
    }
    connect(m_discard, &QPushButton::clicked, this, &DealPanel::discard);

    auto *bl = new QVBoxLayout(m_body);
    bl->setContentsMargins(0, 0, 0, 0);
    bl->addWidget(m_title);
    bl->addWidget(m_subtitle);
    bl->addWidget(m_state);
    bl->addWidget(m_recommendation);
    bl->addWidget(m_meeting);
    bl->addWidget(m_effort);
    bl->addLayout(actionGrid);
    bl->addWidget(m_tabs, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_body);
    m_body->hide();

    connect(&model, &PipelineModel::dealUpdated, this, [this](qint64 id) {
        if (id != m_dealId)
            return;
        refresh();
        if (const auto h = m_model.history(id))
            followForm(h->deal);
    });
    connect(&model, &PipelineModel::reloaded, this, [this] {
        refresh();
        if (const auto h = m_model.history(m_dealId))
            followForm(h->deal);
    });
    // The clock moved: the cadence and timeline change, the deal's fields do not.
    connect(&model, &PipelineModel::timeMoved, this, &DealPanel::refresh);
}

void DealPanel::setDeal(qint64 dealId)
{
    if (dealId == m_dealId)
        return;
    // What the rep typed and did not save stays with that deal until saved or discarded.
    if (m_dealId && m_save->isEnabled()) {
        if (auto typed = m_form->deal(m_base))
            m_drafts.insert(m_dealId, { m_base, *typed });
    } else {
        m_drafts.remove(m_dealId);
    }
    m_dealId = dealId;
    m_empty->setText(tr("Select a deal on the board or in the day queue."));
    m_formError->hide();
    m_timelineKey.clear();
    refresh();
    m_timelineView->scrollToBottom();
    // The form edits the whole record: the history's deal, not the board's card.
    if (const auto h = m_model.view(dealId) ? m_model.history(dealId) : nullptr) {
        if (const auto stages = m_model.pipeline().stages())
            m_form->setStages(*stages);
        if (const auto reps = m_model.pipeline().reps())
            m_form->setReps(*reps, m_model.pipeline().me());
        const auto draft = m_drafts.constFind(dealId);
        if (draft != m_drafts.cend()) {
            m_base = draft->first;
            m_form->setDeal(draft->second);
            setDirty(true);
            followForm(h->deal); // what changed meanwhile shows where not typed over
            m_draftNote->setText(tr("Changes you made earlier and have not saved yet."));
            m_draftNote->show();
        } else {
            m_base = h->deal;
            m_form->setDeal(m_base);
            setDirty(false);
        }
        m_form->setEnabled(true);
    } else if (m_model.view(dealId)) {
        // The record cannot be read just now (the window says the file failed): no form to
        // edit, rather than the last deal's fields under this one's name. It fills in when the
        // file reads again (followForm).
        m_base = Deal();
        m_form->setDeal(m_base);
        m_form->setEnabled(false);
        setDirty(false);
    }
}

void DealPanel::setEmptyText(const QString &text)
{
    m_empty->setText(text);
}

QString DealPanel::emptyText() const
{
    return m_body->isVisible() ? QString() : m_empty->text();
}

void DealPanel::showDetails()
{
    m_tabs->setCurrentIndex(1);
}

void DealPanel::refresh()
{
    const DealRow *v = m_model.view(m_dealId);
    m_empty->setVisible(!v);
    m_body->setVisible(v);
    if (!v) {
        if (m_dealId)
            m_empty->setText(tr("This deal is no longer in the pipeline: it was deleted, or "
                                "the action that added it was undone."));
        return;
    }
    const DealCard &d = v->deal;
    const Cadence &c = v->cadence;
    m_title->setText(d.title);
    QString subtitle = QStringLiteral("%1 · %2 · %3")
                           .arg(d.organization, d.contact.name,
                                QLocale().toString(double(d.valueCents) / 100.0, 'f', 0)
                                    + QLatin1Char(' ') + d.currency);
    if (const QString owner = m_model.ownerLogin(d.owner); !owner.isEmpty())
        subtitle += QStringLiteral(" · ") + tr("%1's deal").arg(owner);
    m_subtitle->setText(subtitle);
    const QColor color = stateColor(c.state);
    m_state->setText(QStringLiteral("<span style='background:%1; color:white; "
                                    "padding:2px'>&nbsp;%2&nbsp;</span>&nbsp; %3 · %4")
                         .arg(color.name(), CadenceEngine::stateLabel(c.state),
                              stageLabel(d.stage).toHtmlEscaped(),
                              tr("cycle %1 of %2 · %3 of %4 touches")
                                  .arg(c.cycle)
                                  .arg(c.cycles)
                                  .arg(c.touches)
                                  .arg(c.maxTouches)));
    const QString advice = c.recommendation.isEmpty()
        ? m_model.pipeline().engine().recommend(c, d.lostReason)
        : c.recommendation;
    m_recommendation->setText(c.breakupNow ? QStringLiteral("<b>%1</b>").arg(advice.toHtmlEscaped())
                                           : advice);
    // Effort is the whole history's, in its own words: "touches" are the rule's count above.
    m_effort->setText(
        tr("Effort so far: %1, %2, %3 (%4 min in calls and meetings), %5.")
            .arg(tr("%n message(s) sent", nullptr, c.effort.touches - c.effort.callAttempts),
                 tr("%n call attempt(s)", nullptr, c.effort.callAttempts),
                 tr("%n meeting(s) held", nullptr, c.effort.meetingsHeld))
            .arg(c.effort.callMinutes)
            .arg(tr("%n stakeholder(s)", nullptr, c.effort.stakeholders)));
    // The board's rows keep no history: the open deal's is read whole (with every email's
    // exact words for the timeline) and kept by the model while it does not change.
    const auto whole = m_model.history(m_dealId);
    DealHistory unread; // the file failed: the window says so; the card's fields still show
    unread.deal.id = d.id;
    unread.deal.title = d.title;
    unread.deal.organization = d.organization;
    unread.deal.status = d.status;
    unread.deal.contact.name = d.contact.name;
    unread.deal.contact.email = d.contact.email;
    const DealHistory &h = whole ? *whole : std::as_const(unread);
    if (whole && !m_form->isEnabled())
        followForm(whole->deal); // the record reads again (at the latest by the clock's tick)
    QString meeting = tr("No meeting scheduled.");
    const WorkCalendar &calendar = m_model.pipeline().engine().calendar();
    for (const Meeting &m : h.meetings) {
        if (m.status == MeetingStatus::Scheduled) {
            meeting = tr("Next meeting: %1 (%2 min)%3")
                          .arg(RepText::meetingTime(m.start, QTimeZone(m.tz.toUtf8()),
                                                    calendar.zone(), true))
                          .arg(m.minutes)
                          .arg(m.agenda.isEmpty() ? QString() : QStringLiteral(" — ") + m.agenda);
        }
    }
    m_meeting->setText(meeting);
    // The timeline is rebuilt; the entry the rep was reading and the scroll position stay.
    const int scroll = m_timelineView->verticalScrollBar()->value();
    const QModelIndex current = m_timelineView->currentIndex();
    if (current.isValid())
        m_timelineKey = current.data(Roles::EntryKey).toString();
    if (m_timelineDeal != m_dealId)
        m_timelineKey.clear(); // another deal: nothing of the last one stays selected
    m_timelineDeal = m_dealId;
    m_delegate->now = m_model.now();
    m_timeline.setDeal(h, c, m_model.pipeline().engine(), m_model.now(),
                       [this](qint64 rep) { return m_model.ownerLogin(rep); });
    bool kept = false;
    for (int r = 0; !m_timelineKey.isEmpty() && r < m_timeline.rowCount(); ++r) {
        if (m_timeline.index(r).data(Roles::EntryKey).toString() == m_timelineKey) {
            m_timelineView->setCurrentIndex(m_timeline.index(r));
            kept = true;
            break;
        }
    }
    // The entry is gone (undone, another deal): its text goes with it.
    if (!kept) {
        m_timelineKey.clear();
        m_text->clear();
    }
    m_timelineView->verticalScrollBar()->setValue(scroll);
}

void DealPanel::setDirty(bool dirty)
{
    m_save->setEnabled(dirty);
    m_discard->setEnabled(dirty);
    if (!dirty)
        m_draftNote->hide();
}

void DealPanel::discard()
{
    m_drafts.remove(m_dealId);
    m_formError->hide();
    if (const auto h = m_model.view(m_dealId) ? m_model.history(m_dealId) : nullptr) {
        m_base = h->deal;
        m_form->setDeal(m_base);
    }
    setDirty(false);
}

void DealPanel::followForm(const Deal &current)
{
    if (!m_save->isEnabled()) {
        // Nothing typed: the form simply shows the deal as it is now.
        if (changedFields(m_base, current).isEmpty())
            return;
        if (const auto stages = m_model.pipeline().stages())
            m_form->setStages(*stages);
        if (const auto reps = m_model.pipeline().reps())
            m_form->setReps(*reps, m_model.pipeline().me());
        m_base = current;
        m_form->setDeal(m_base);
        m_form->setEnabled(true);
        return;
    }
    auto shown = m_form->deal(m_base);
    if (!shown)
        return; // a half-typed value the form cannot read yet: leave everything as typed
    // Only fields the rep has not touched, and not the one being typed in, take the new value;
    // the others keep what was typed (and the cursor where it is).
    const Field typing = m_form->focusedField();
    for (Field f : changedFields(m_base, current)) {
        const bool untouched = fieldValue(*shown, f) == fieldValue(m_base, f);
        if (!untouched || f == typing)
            continue;
        setFieldValue(m_base, f, fieldValue(current, f));
        m_form->setField(f, current);
    }
}

QString DealPanel::displayValue(Field field, const Deal &deal) const
{
    const QVariant v = fieldValue(deal, field);
    switch (field) {
    case Field::Stage:
        if (const auto stages = m_model.pipeline().stages()) {
            for (const Stage &s : *stages) {
                if (s.id == deal.stageId)
                    return stageLabel(s.name);
            }
        }
        return stageLabel(deal.stage);
    case Field::Value:
        return QLocale().toString(double(deal.valueCents) / 100.0, 'f',
                                  deal.valueCents % 100 ? 2 : 0)
            + QLatin1Char(' ') + deal.currency;
    case Field::Cost:
        return deal.cost == FollowUpCost::High ? tr("high") : tr("low");
    case Field::MaterialDelivered:
        return deal.materialDelivered ? tr("yes") : tr("no");
    case Field::Cycles:
    case Field::ReminderDays:
    case Field::DeadlineDays:
    case Field::ReengageDays:
    case Field::SlotDays:
        return v.isNull() ? tr("my setting") : QString::number(v.toInt());
    default:
        return v.toString().isEmpty() ? tr("(empty)") : v.toString();
    }
}

bool DealPanel::resolveConflicts(const QList<Field> &fields, const Deal &current, Deal &edited)
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Changed elsewhere"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *intro = new QLabel(tr("While you were editing <b>%1</b>, these fields were changed "
                                "elsewhere (by the command line or another program). Choose "
                                "which value to keep.")
                                 .arg(current.title.toHtmlEscaped()));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>Field</b>")), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Yours</b>")), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Now in the file</b>")), 0, 2);
    QList<QRadioButton *> mine;
    for (int i = 0; i < fields.size(); ++i) {
        const Field f = fields.at(i);
        auto *yours = new QRadioButton(displayValue(f, edited));
        auto *theirs = new QRadioButton(displayValue(f, current));
        auto *group = new QButtonGroup(&dialog);
        group->addButton(yours);
        group->addButton(theirs);
        yours->setChecked(true);
        grid->addWidget(new QLabel(fieldLabel(f)), i + 1, 0);
        grid->addWidget(yours, i + 1, 1);
        grid->addWidget(theirs, i + 1, 2);
        mine << yours;
    }
    layout->addLayout(grid);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    for (int i = 0; i < fields.size(); ++i) {
        const Field f = fields.at(i);
        if (!mine.at(i)->isChecked())
            setFieldValue(edited, f, fieldValue(current, f));
        // Seen now: saving writes the rep's choice over the value elsewhere.
        setFieldValue(m_base, f, fieldValue(current, f));
    }
    return true;
}

void DealPanel::save()
{
    // Nothing to save for a deal whose record is not in the form (it could not be read).
    if (!m_model.view(m_dealId) || m_base.id != m_dealId)
        return;
    auto edited = m_form->deal(m_base);
    Status s = edited ? Status(success()) : Status(edited.error());
    if (s) {
        s = m_undo.push(
            std::make_unique<EditDealCommand>(m_model.pipeline(), m_base, *edited, m_model.now()));
        if (!s && !s.error().conflicts.isEmpty()) {
            const auto now = m_model.history(m_dealId);
            if (!now)
                return;
            // A copy: the kept history may be read again while the dialog waits for the rep.
            const Deal current = now->deal;
            Deal mine = *edited;
            if (!resolveConflicts(s.error().conflicts, current, mine))
                return; // the form keeps what the rep typed
            s = m_undo.push(
                std::make_unique<EditDealCommand>(m_model.pipeline(), m_base, mine, m_model.now()));
        }
    }
    // A refused edit stays in the form, with the reason.
    m_formError->setVisible(!s);
    if (!s) {
        m_formError->setText(errorText(s.error()));
        return;
    }
    m_drafts.remove(m_dealId);
    setDirty(false);
    if (const auto saved = m_model.view(m_dealId) ? m_model.history(m_dealId) : nullptr) {
        m_base = saved->deal;
        m_form->setDeal(m_base);
    }
}

} // namespace NineTouchUi
