// Everything the rep can do from a menu, a toolbar, the deal panel or a shortcut. The main
// window owns the application's actions; DealActions owns those on the current deal.
#pragma once

namespace NineTouchUi {

enum class Action {
    // The application's
    NewDeal,
    Import,
    Export,
    Demo,
    Settings,
    CheckInbox,
    Quit,
    Undo,
    Redo,
    Find,
    ShowClosed,
    GoToQueue,
    GoToBoard,
    // On the current deal (DealActions)
    Details,
    Meeting,
    Held,
    NoShow,
    Compose,
    Reply,
    Note,
    Invite,
    Won,
    Lost,
    Reopen,
    Delete,
    Count
};

constexpr bool isDealAction(Action a)
{
    return a >= Action::Details && a < Action::Count;
}

} // namespace NineTouchUi
