// next and report: the day's work and the honest pipeline.
#include "commands.h"
#include "names.h"
#include "report.h"
#include "validation.h"

#include <QJsonArray>
#include <QJsonObject>

namespace NineTouch::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CliRunner)
};

Status next(Context &c)
{
    auto days = parseInt(Field::None, c.option("days").value_or(QStringLiteral("0")), 0, 366);
    if (!days)
        return inputError(Text::tr("--days: %1").arg(days.error().message));
    const WorkCalendar &cal = c.pipeline().engine().calendar();
    const QDate lastDay = cal.localDate(c.now()).addDays(*days);
    const QDateTime horizon = QDateTime(lastDay.addDays(1), QTime(0, 0), cal.zone()).toUTC();
    auto due = c.pipeline().stepsDue(horizon, c.now());
    if (!due)
        return due.error();
    const QList<DueStep> &items = *due;
    if (c.json()) {
        QJsonArray all;
        for (const DueStep &i : items) {
            QJsonObject o = c.view().step(i.step);
            o.insert(QStringLiteral("deal"), i.dealId);
            // The app's rule: overdue once the working day it was due has ended.
            const Urgency urgency = c.pipeline().engine().urgency(i.step, c.now());
            o.insert(QStringLiteral("overdue"), urgency <= Urgency::Overdue);
            o.insert(QStringLiteral("urgency"), toString(urgency));
            o.insert(QStringLiteral("title"), i.title);
            o.insert(QStringLiteral("contact"), i.contact);
            c.view().addOwner(o, i.owner);
            all.append(o);
        }
        c.print(all);
        return success();
    }
    if (items.isEmpty())
        c.out() << Text::tr("Nothing due. The pipeline is honest.\n");
    for (const DueStep &i : items) {
        const Urgency urgency = c.pipeline().engine().urgency(i.step, c.now());
        c.out() << cal.toLocal(i.step.due).toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
                << QStringLiteral("%1").arg(urgency == Urgency::PastRule ? Text::tr("past rule")
                                                : urgency == Urgency::Overdue ? Text::tr("overdue")
                                                : urgency == Urgency::Due     ? Text::tr("due")
                                                                              : QString(),
                                            -10)
                << QStringLiteral("%1").arg(toString(i.step.kind), -12) << "  #" << i.dealId << ' '
                << i.title << " (" << i.contact << ")" << c.view().ownerText(i.owner) << '\n';
    }
    return success();
}

Status report(Context &c)
{
    auto found = PipelineReport::of(c.pipeline(), c.now());
    if (!found)
        return found.error();
    const PipelineReport &r = *found;
    if (c.pipeline().scope() != Pipeline::Scope::Team) {
        if (c.json())
            c.print(c.view().report(r));
        else
            c.out() << c.view().reportText(r);
        return success();
    }
    // The team's: the whole, then each rep's own.
    auto reps = c.pipeline().reps();
    if (!reps)
        return reps.error();
    QJsonObject whole = c.view().report(r);
    QJsonArray each;
    QString text = c.view().reportText(r);
    for (const Rep &rep : std::as_const(*reps)) {
        auto own = PipelineReport::of(c.pipeline(), c.now(), rep.id);
        if (!own)
            return own.error();
        QJsonObject o = c.view().report(*own);
        c.view().addOwner(o, rep.id);
        each.append(o);
        const QString who = rep.id == c.pipeline().me()
            ? (rep.login.isEmpty() ? Text::tr("You") : Text::tr("%1 (you)").arg(rep.login))
            : rep.login;
        text += QLatin1Char('\n') + who + QStringLiteral(": ") + c.view().reportText(*own);
    }
    whole.insert(QStringLiteral("reps"), each);
    if (c.json())
        c.print(whole);
    else
        c.out() << text;
    return success();
}

} // namespace

QList<Command> queueCommands()
{
    return {
        { QStringLiteral("next"),
          { QStringLiteral("days") },
          Database::Mode::MustExist,
          next,
          Database::Check::Deferred },
        { QStringLiteral("report"),
          {},
          Database::Mode::MustExist,
          report,
          Database::Check::Deferred },
    };
}

} // namespace NineTouch::Cli
