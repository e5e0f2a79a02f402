#include "commands.h"

namespace NineTouch::Cli {

const QList<Command> &commands()
{
    static const QList<Command> all = [] {
        QList<Command> table;
        for (const auto &group :
             { setupCommands(), dealCommands(), activityCommands(), queueCommands(),
               draftCommands(), exchangeCommands(), mailCommands() })
            table << group;
        return table;
    }();
    return all;
}

} // namespace NineTouch::Cli
