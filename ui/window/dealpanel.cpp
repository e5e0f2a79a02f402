#include "dealpanel.h"

#include "cadencecolors.h"
#include "carddelegate.h"
#include "commands.h"
#include "dealform.h"
#include "names.h"
#include "roles.h"

#include <QGridLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace NineTouchUi {

using namespace NineTouch;

namespace {

QString glyph(const QString &kind)
{
    if (kind == QLatin1String("call"))
        return QStringLiteral("☎");
    if (kind.startsWith(QLatin1String("meeting")) || kind == QLatin1String("set-meeting"))
        return QStringLiteral("◉");
    if (kind == QLatin1String("reply"))
        return QStringLiteral("↩");
    if (kind == QLatin1String("note"))
        return QStringLiteral("✎");
    if (kind == QLatin1String("won"))
        return QStringLiteral("✓");
    if (kind == QLatin1String("lost") || kind == QLatin1String("mark-lost"))
        return QStringLiteral("✗");
    if (kind == QLatin1String("stage-changed"))
        return QStringLiteral("→");
    if (kind == QLatin1String("reopened"))
        return QStringLiteral("↺");
    return QStringLiteral("✉"); // the emails and the invite
}

// A timeline row: a round icon per kind, what happened, when; planned steps in grey italics.
class TimelineDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    const WorkCalendar *calendar = nullptr;

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
        const QString kind = index.data(Roles::Kind).toString();
        const QFontMetrics fm(option.font);
        const int d = fm.height() + 6;
        const QRect icon(option.rect.left() + 6, option.rect.top() + (option.rect.height() - d) / 2,
                         d, d);
        QColor c = kind == QLatin1String("reply") || kind == QLatin1String("meeting-held")
                || kind == QLatin1String("won")
            ? stateColor(CadenceState::Engaged)
            : kind == QLatin1String("breakup") || kind == QLatin1String("lost")
            ? stateColor(CadenceState::PastRule)
            : kind == QLatin1String("call") ? stateColor(CadenceState::Silent)
                                            : QColor(0x3b, 0x7d, 0xd8);
        if (planned)
            c = urgencyColor(Urgency::Planned);
        p->setPen(planned ? QPen(c, 1.5, Qt::DashLine) : Qt::NoPen);
        p->setBrush(planned ? Qt::NoBrush : QBrush(tint(c, pal, 0.3)));
        p->drawEllipse(icon);
        p->setPen(planned ? c : pal.color(QPalette::Text));
        p->drawText(icon, Qt::AlignCenter, glyph(kind));

        const QRect text = option.rect.adjusted(d + 16, 5, -6, -5);
        QFont title = option.font;
        title.setBold(!planned);
        title.setItalic(planned);
        p->setFont(title);
        p->setPen(planned ? secondaryText(pal) : pal.color(QPalette::Text));
        const QDateTime when = index.data(Roles::When).toDateTime();
        const QString whenText = calendar
            ? QLocale().toString(calendar->toLocal(when), QStringLiteral("ddd d MMM yyyy, HH:mm"))
            : QString();
        p->drawText(QRect(text.left(), text.top(), text.width(), fm.height()),
                    Qt::AlignLeft | Qt::AlignVCenter, index.data(Qt::DisplayRole).toString());
        p->setFont(option.font);
        p->setPen(secondaryText(pal));
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

} // namespace

DealPanel::DealPanel(PipelineModel &model, QUndoStack &undo, const QList<QAction *> &actions,
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
    m_state->setTextFormat(Qt::RichText);
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
    delegate->calendar = &model.pipeline().engine().calendar();
    m_timelineView->setModel(&m_timeline);
    m_timelineView->setItemDelegate(delegate);
    m_timelineView->setAccessibleName(tr("Touch timeline"));
    m_text->setPlaceholderText(tr("Select a sent email to read the exact text."));
    m_text->setMinimumHeight(QFontMetrics(font()).height() * 3);
    connect(m_timelineView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &i) {
                const QString text = i.data(Roles::Text).toString();
                m_text->setPlainText(text.isEmpty() ? i.data(Roles::StepDetail).toString() : text);
            });
    auto *timelinePage = new QSplitter(Qt::Vertical);
    timelinePage->addWidget(m_timelineView);
    timelinePage->addWidget(m_text);
    timelinePage->setStretchFactor(0, 3);
    timelinePage->setStretchFactor(1, 1);

    auto *detailsPage = new QWidget;
    auto *dl = new QVBoxLayout(detailsPage);
    dl->addWidget(m_form);
    dl->addWidget(m_formError);
    dl->addWidget(m_save, 0, Qt::AlignRight);
    dl->addStretch();
    auto *detailsScroll = new QScrollArea;
    detailsScroll->setWidget(detailsPage);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(timelinePage, tr("&Timeline"));
    m_tabs->addTab(detailsScroll, tr("D&etails"));
    m_save->setEnabled(false);
    connect(m_form, &DealForm::edited, this, [this] { m_save->setEnabled(true); });
    connect(m_save, &QPushButton::clicked, this, &DealPanel::save);

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
        if (id == m_dealId)
            refresh();
    });
    connect(&model, &PipelineModel::reloaded, this, &DealPanel::refresh);
}

void DealPanel::setDeal(qint64 dealId)
{
    if (dealId == m_dealId)
        return;
    m_dealId = dealId;
    m_formError->hide();
    m_save->setEnabled(false);
    refresh();
    if (const auto *v = m_model.view(dealId)) {
        m_form->setStages(m_model.pipeline().deals().stages().value());
        m_form->setDeal(v->history.deal);
    }
}

void DealPanel::showDetails()
{
    m_tabs->setCurrentIndex(1);
}

void DealPanel::refresh()
{
    const DealStatusView *v = m_model.view(m_dealId);
    m_empty->setVisible(!v);
    m_body->setVisible(v);
    if (!v)
        return;
    const Deal &d = v->history.deal;
    const Cadence &c = v->cadence;
    m_title->setText(d.title);
    m_subtitle->setText(QStringLiteral("%1 · %2 · %3")
                            .arg(d.organization, d.contact.name,
                                 QLocale().toString(double(d.valueCents) / 100.0, 'f', 0)
                                     + QLatin1Char(' ') + d.currency));
    const QColor color = stateColor(c.state);
    m_state->setText(QStringLiteral("<span style='background:%1; color:white; "
                                    "padding:2px'>&nbsp;%2&nbsp;</span>&nbsp; %3 · %4")
                         .arg(color.name(), toString(c.state), d.stage.toHtmlEscaped(),
                              tr("Cycle %1/%2 · Touch %3/%4")
                                  .arg(c.cycle)
                                  .arg(c.cycles)
                                  .arg(c.touches)
                                  .arg(c.maxTouches)));
    const QString advice = c.recommendation.isEmpty()
        ? m_model.pipeline().engine().recommend(c, v->history)
        : c.recommendation;
    m_recommendation->setText(c.breakupNow ? QStringLiteral("<b>%1</b>").arg(advice.toHtmlEscaped())
                                           : advice);
    m_effort->setText(tr("Effort so far: %1, %2, %3 call minutes, %4, %5.")
                          .arg(tr("%n touch(es)", nullptr, c.effort.touches),
                               tr("%n call attempt(s)", nullptr, c.effort.callAttempts))
                          .arg(c.effort.callMinutes)
                          .arg(tr("%n meeting(s) held", nullptr, c.effort.meetingsHeld),
                               tr("%n stakeholder(s)", nullptr, c.effort.stakeholders)));
    QString meeting = tr("No meeting scheduled.");
    for (const Meeting &m : v->history.meetings) {
        if (m.status == MeetingStatus::Scheduled) {
            const QDateTime local = m_model.pipeline().engine().calendar().toLocal(m.start);
            meeting = tr("Next meeting: %1 (%2 min)%3")
                          .arg(QLocale().toString(local, QStringLiteral("dddd d MMMM, HH:mm")))
                          .arg(m.minutes)
                          .arg(m.agenda.isEmpty() ? QString() : QStringLiteral(" — ") + m.agenda);
        }
    }
    m_meeting->setText(meeting);
    m_timeline.setDeal(v->history, c, m_model.pipeline().engine().calendar());
    m_timelineView->scrollToBottom();
}

void DealPanel::save()
{
    const DealStatusView *v = m_model.view(m_dealId);
    if (!v)
        return;
    auto edited = m_form->deal(v->history.deal);
    Status s = edited ? Status(success()) : Status(edited.error());
    if (s) {
        const Deal d = *edited;
        Pipeline &p = m_model.pipeline();
        const QDateTime now = m_model.now();
        s = DealCommand::run(m_undo, p, m_dealId, tr("Edit %1").arg(d.title),
                             [&p, d, now] { return p.updateDeal(d, now); });
    }
    // A refused edit stays in the form, with the reason.
    m_formError->setVisible(!s);
    if (!s) {
        m_formError->setText(s.error().message);
        return;
    }
    m_save->setEnabled(false);
    m_form->setDeal(m_model.view(m_dealId)->history.deal);
}

} // namespace NineTouchUi
