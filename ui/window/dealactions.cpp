#include "dealactions.h"

#include "commands.h"
#include "composerdialog.h"
#include "drafts.h"
#include "failure.h"
#include "fieldlabels.h"
#include "filedialogs.h"
#include "icswriter.h"
#include "lostdialog.h"
#include "meetingdialogs.h"
#include "pipelinemodel.h"
#include "privatefile.h"
#include "reptext.h"

#include <QAction>
#include <QDir>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QWidget>

namespace NineTouchUi {

using namespace NineTouch;

namespace {

bool hasScheduled(const DealHistory *h)
{
    return h && std::any_of(h->meetings.cbegin(), h->meetings.cend(), [](const Meeting &m) {
               return m.status == MeetingStatus::Scheduled;
           });
}

} // namespace

DealActions::DealActions(Pipeline &pipeline, PipelineModel &model, UndoController &undo,
                         QWidget *window)
    : QObject(window)
    , m_pipeline(pipeline)
    , m_model(model)
    , m_undo(undo)
    , m_window(window)
{
    connect(add(Action::Details, tr("Edit &details"), QKeySequence(Qt::Key_F2), nullptr),
            &QAction::triggered, this, &DealActions::detailsRequested);
    add(Action::Meeting, tr("Set &meeting…"), QKeySequence(tr("Ctrl+M")), &DealActions::setMeeting);
    add(Action::Held, tr("Meeting &held"), QKeySequence(tr("Ctrl+H")), &DealActions::meetingHeld);
    add(Action::NoShow, tr("N&o-show…"), QKeySequence(tr("Ctrl+Shift+M")), &DealActions::noShow);
    add(Action::Compose, tr("&Compose…"), QKeySequence(tr("Ctrl+E")), &DealActions::compose);
    add(Action::Reply, tr("Log &reply…"), QKeySequence(tr("Ctrl+R")), &DealActions::logReply);
    add(Action::Note, tr("Add &note…"), QKeySequence(tr("Ctrl+Shift+N")), &DealActions::addNote);
    connect(add(Action::Invite, tr("Send &invite…"), QKeySequence(tr("Ctrl+I")), nullptr),
            &QAction::triggered, this, [this] { sendInvite(m_deal, false); });
    add(Action::Won, tr("Mark &won"), QKeySequence(tr("Ctrl+Shift+W")), &DealActions::markWon);
    add(Action::Lost, tr("Mark &lost…"), QKeySequence(tr("Ctrl+Shift+L")), &DealActions::markLost);
    add(Action::Reopen, tr("Re&open"), QKeySequence(tr("Ctrl+Shift+O")), &DealActions::reopen);
    add(Action::Delete, tr("&Delete deal…"), QKeySequence(tr("Ctrl+Shift+Del")),
        &DealActions::deleteDeal);

    // The panel's buttons carry short words (the menus keep the long ones), so the panel leaves
    // the board its five stages on a laptop screen, in German too.
    const std::pair<Action, QString> buttonWords[] = {
        { Action::Meeting, tr("Set meeting", "deal panel button") },
        { Action::Held, tr("Held", "deal panel button: the meeting was held") },
        { Action::NoShow, tr("No-show", "deal panel button") },
        { Action::Compose, tr("Compose", "deal panel button") },
        { Action::Reply, tr("Reply", "deal panel button: log a reply") },
        { Action::Note, tr("Note", "deal panel button: add a note") },
        { Action::Won, tr("Won", "deal panel button: mark won") },
        { Action::Lost, tr("Lost", "deal panel button: mark lost") },
        { Action::Reopen, tr("Reopen", "deal panel button") },
    };
    for (const auto &[id, words] : buttonWords) {
        action(id)->setIconText(words);
        action(id)->setToolTip(action(id)->text().remove(QLatin1Char('&')) + QStringLiteral(" (")
                               + action(id)->shortcut().toString(QKeySequence::NativeText)
                               + QLatin1Char(')'));
    }
    connect(&m_model, &PipelineModel::dealUpdated, this, &DealActions::update);
    connect(&m_undo.stack(), &QUndoStack::indexChanged, this, &DealActions::update);
    update();
}

QAction *DealActions::add(Action id, const QString &text, const QKeySequence &key,
                          void (DealActions::*slot)())
{
    auto *a = new QAction(text, m_window);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WindowShortcut);
    if (slot)
        connect(a, &QAction::triggered, this, slot);
    m_actions[size_t(id)] = a;
    m_window->addAction(a);
    return a;
}

QAction *DealActions::action(Action a) const
{
    return m_actions[size_t(a)];
}

QList<QAction *> DealActions::panelActions() const
{
    QList<QAction *> list;
    for (Action a : { Action::Meeting, Action::Held, Action::NoShow, Action::Compose, Action::Reply,
                      Action::Note, Action::Won, Action::Lost, Action::Reopen })
        list << action(a);
    return list;
}

void DealActions::setDeal(qint64 dealId)
{
    m_deal = dealId;
    update();
}

void DealActions::update()
{
    const DealRow *v = m_model.view(m_deal);
    const bool open = v && v->deal.status == DealStatus::Open;
    // The meetings are the history's: read for the selected deal only.
    const auto h = open ? m_model.history(m_deal) : nullptr;
    const bool scheduled = hasScheduled(h.get());
    const bool started = scheduled && !v->cadence.steps.isEmpty()
        && std::any_of(h->meetings.cbegin(), h->meetings.cend(), [&](const Meeting &m) {
                             return m.status == MeetingStatus::Scheduled && m.start <= now();
                         });
    action(Action::Meeting)->setEnabled(open);
    action(Action::Meeting)->setText(scheduled ? tr("Move &meeting…") : tr("Set &meeting…"));
    action(Action::Held)->setEnabled(open && scheduled);
    action(Action::NoShow)->setEnabled(open && started);
    action(Action::Compose)->setEnabled(v);
    action(Action::Invite)->setEnabled(open && scheduled);
    action(Action::Reply)->setEnabled(v);
    action(Action::Note)->setEnabled(v);
    action(Action::Details)->setEnabled(v);
    action(Action::Won)->setEnabled(open);
    action(Action::Lost)->setEnabled(open);
    action(Action::Reopen)->setEnabled(v && !open);
    action(Action::Delete)->setEnabled(v);
}

QDateTime DealActions::now() const
{
    return m_model.now();
}

Status DealActions::run(std::unique_ptr<EditCommand> command)
{
    return m_undo.push(std::move(command));
}

void DealActions::report(const Status &status)
{
    sayFailure(m_window, status);
}

Status DealActions::moveStage(qint64 dealId, qint64 toStageId)
{
    const DealRow *v = m_model.view(dealId);
    if (!v || v->deal.stageId == toStageId)
        return success();
    const auto stages = m_pipeline.stages();
    if (!stages)
        return stages.error();
    const auto to = std::find_if(stages->cbegin(), stages->cend(),
                                 [toStageId](const Stage &s) { return s.id == toStageId; });
    if (to == stages->cend())
        return success(); // a column removed meanwhile
    return run(std::make_unique<MoveStageCommand>(m_pipeline, v->deal, *to, now()));
}

void DealActions::doStep(qint64 dealId, StepKind kind, bool cancel)
{
    setDeal(dealId);
    switch (kind) {
    case StepKind::SetMeeting:
        setMeeting();
        break;
    case StepKind::Invite:
        sendInvite(dealId, cancel);
        break;
    case StepKind::Call:
        callNow(dealId);
        break;
    case StepKind::MarkLost:
        markLost();
        break;
    case StepKind::Recap:
    case StepKind::Reminder:
    case StepKind::MissedCall:
    case StepKind::Breakup:
    case StepKind::Reengage:
        openComposer(dealId, kind);
        break;
    }
}

void DealActions::setMeeting()
{
    const qint64 id = m_deal;
    if (!id)
        return;
    MeetingDialog dialog(m_pipeline, id, now(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool moves = hasScheduled(m_model.history(id).get());
    report(run(std::make_unique<SetMeetingCommand>(m_pipeline, id,
                                                   MeetingInput { dialog.start(), dialog.zone(),
                                                                  dialog.minutes(), dialog.agenda(),
                                                                  dialog.channel() },
                                                   moves, now())));
}

void DealActions::meetingHeld()
{
    const qint64 id = m_deal;
    const auto h = m_model.history(id);
    if (!h)
        return;
    // Held before it starts: possible (the prospect called back early), but asked.
    for (const Meeting &m : h->meetings) {
        if (m.status != MeetingStatus::Scheduled || m.start <= now())
            continue;
        QMessageBox ask(QMessageBox::Question, tr("Meeting held"),
                        tr("The meeting with %1 is set for %2, still ahead. Record it as held "
                           "now?")
                            .arg(h->deal.contact.name,
                                 RepText::meetingTime(m.start, QTimeZone(m.tz.toUtf8()),
                                                      m_pipeline.engine().calendar().zone(), true)),
                        QMessageBox::Cancel, m_window);
        ask.setInformativeText(tr("Do so when the prospect called back or met you early."));
        const QPushButton *record = ask.addButton(tr("Record as held"), QMessageBox::AcceptRole);
        ask.setDefaultButton(QMessageBox::Cancel);
        ask.exec();
        if (ask.clickedButton() != record)
            return;
    }
    const Status s = run(std::make_unique<MeetingHeldCommand>(m_pipeline, id, now()));
    report(s);
    // The rule: set the next meeting before this one ends.
    if (s
        && QMessageBox::question(m_window, tr("Meeting held"),
                                 tr("Set the next meeting now, while you are still together?"))
            == QMessageBox::Yes)
        setMeeting();
}

void DealActions::noShow()
{
    const qint64 id = m_deal;
    if (!id)
        return;
    NoShowDialog dialog(m_pipeline, id, now(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto command = std::make_unique<NoShowCommand>(m_pipeline, id, dialog.tried(),
                                                   dialog.changedSlot(), now());
    const NoShowCommand *recorded = command.get();
    const Status s = run(std::move(command));
    report(s);
    if (s)
        openComposer(id, recorded->breakupDue() ? StepKind::Breakup : StepKind::MissedCall);
}

void DealActions::logReply()
{
    const qint64 id = m_deal;
    if (!id)
        return;
    bool ok = false;
    const QString note = QInputDialog::getText(
        m_window, tr("Log reply"), tr("What did they say? (optional)"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    report(run(std::make_unique<LogCommand>(m_pipeline, id, TouchKind::Reply, note, now())));
}

void DealActions::addNote()
{
    const qint64 id = m_deal;
    if (!id)
        return;
    bool ok = false;
    const QString note =
        QInputDialog::getMultiLineText(m_window, tr("Add note"), tr("Note"), {}, &ok);
    if (!ok || note.trimmed().isEmpty())
        return;
    report(
        run(std::make_unique<LogCommand>(m_pipeline, id, TouchKind::Note, note.trimmed(), now())));
}

namespace {

// Named after the deal and the meeting: "invite-müller-logistik-gmbh-2026-03-10.ics".
QString inviteFileName(const QString &organization, const QDateTime &start, bool cancel)
{
    // Letters of any language stay ("müller-logistik-gmbh", not "m-ller-logistik-gmbh").
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    const QString name = organization.simplified().replace(separators, QStringLiteral("-"));
    return QStringLiteral("%1-%2-%3.ics")
        .arg(cancel ? QStringLiteral("cancel") : QStringLiteral("invite"),
             name.isEmpty() ? QStringLiteral("meeting") : name.toLower(),
             start.toString(QStringLiteral("yyyy-MM-dd")));
}

} // namespace

void DealActions::sendInvite(qint64 id, bool cancel)
{
    if (!id)
        return;
    const QDateTime at = now();
    DraftBuilder builder(m_pipeline);
    auto invite = builder.invite(id, cancel ? Invite::Method::Cancel : Invite::Method::Request, at);
    auto ics = invite ? IcsWriter::write(*invite) : Result<QByteArray>(invite.error());
    if (!ics) {
        report(ics.error());
        return;
    }
    // In the rep's documents (home when there are none).
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QFileInfo(dir).isDir())
        dir = QDir::homePath();
    // Copies: the model's rows may move while the file dialog waits for the rep.
    const DealRow *v = m_model.view(id);
    const QString organization = v ? v->deal.organization : QString();
    const QString contact = v ? v->deal.contact.name : tr("the prospect");
    const QString file = inviteFileName(organization, invite->start, cancel);
    const QString path = FileDialogs::saveFile(
        m_window, cancel ? tr("Save the cancellation") : tr("Save the invite"),
        dir + QLatin1Char('/') + file, tr("Calendar invites (*.ics)"));
    if (path.isEmpty())
        return;
    if (Status s = PrivateFile::write(path, *ics); !s) {
        report(s);
        return;
    }
    QMessageBox saved(QMessageBox::Information, tr("Invite saved"),
                      tr("Saved %1.").arg(QDir::toNativeSeparators(path)), QMessageBox::NoButton,
                      m_window);
    saved.setInformativeText(
        tr("Attach it to an email to %1 and send it. When it has gone out, mark it as sent: "
           "the rule then counts it.")
            .arg(contact));
    const QPushButton *sentButton = saved.addButton(tr("Mark as sent"), QMessageBox::AcceptRole);
    saved.addButton(tr("Not yet"), QMessageBox::RejectRole);
    saved.exec();
    if (saved.clickedButton() == sentButton)
        report(
            run(std::make_unique<SendCommand>(m_pipeline, id, TouchKind::Invite, QString(), false,
                                              at, cancel ? tr("cancellation") : QString())));
}

void DealActions::openComposer(qint64 dealId, std::optional<StepKind> step)
{
    ComposerDialog dialog(
        m_pipeline, m_undo, dealId, step, [this] { return now(); }, m_window);
    if (dialog.exec() == QDialog::Accepted && !dialog.outcome().isEmpty())
        emit message(dialog.outcome(), 10000);
}

void DealActions::compose()
{
    // The composer opens on the email the rule has due, or says what to do instead.
    if (m_model.view(m_deal))
        openComposer(m_deal, std::nullopt);
}

void DealActions::markWon()
{
    if (m_deal)
        report(run(std::make_unique<MarkWonCommand>(m_pipeline, m_deal, now())));
}

void DealActions::markLost()
{
    const DealRow *v = m_model.view(m_deal);
    if (!v)
        return;
    LostDialog dialog(v->deal.title, v->cadence.deadline.isValid(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    report(run(std::make_unique<MarkLostCommand>(m_pipeline, m_deal, dialog.reason(), now())));
}

void DealActions::reopen()
{
    if (m_deal)
        report(run(std::make_unique<ReopenCommand>(m_pipeline, m_deal, now())));
}

void DealActions::deleteDeal()
{
    // The whole record, kept by the command to put the deal back on undo.
    const auto h = m_model.view(m_deal) ? m_model.history(m_deal) : nullptr;
    if (!h)
        return;
    const Deal deal = h->deal;
    if (QMessageBox::question(
            m_window, tr("Delete deal"),
            tr("Delete “%1” with its whole timeline? You can undo it.").arg(deal.title))
        != QMessageBox::Yes)
        return;
    report(run(std::make_unique<DeleteDealCommand>(m_pipeline, deal)));
}

void DealActions::callNow(qint64 id)
{
    // The numbers to call are the whole record's (the history's), not the board's card.
    const auto h = m_model.view(id) ? m_model.history(id) : nullptr;
    if (!h)
        return;
    const Contact c = h->deal.contact; // a copy: the dialog below waits for the rep
    QMessageBox box(m_window);
    box.setWindowTitle(tr("Call %1").arg(c.name));
    box.setText(tr("<b>Call %1 now, as agreed.</b><br/>Direct: %2<br/>Reception: %3<br/>Mobile: %4")
                    .arg(c.name.toHtmlEscaped(), c.phone.isEmpty() ? tr("none") : c.phone,
                         c.reception.isEmpty() ? tr("none") : c.reception,
                         c.mobile.isEmpty() ? tr("none") : c.mobile));
    QPushButton *held = box.addButton(tr("They picked up: meeting held"), QMessageBox::AcceptRole);
    QPushButton *missed = box.addButton(tr("No answer: no-show…"), QMessageBox::ActionRole);
    box.addButton(tr("Later"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == held)
        meetingHeld();
    else if (box.clickedButton() == missed)
        noShow();
}

} // namespace NineTouchUi
