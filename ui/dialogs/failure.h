// A refusal or a failure, said to the rep in a message box (the technical detail goes to the
// log). Whatever was refused wrote nothing.
#pragma once

#include "result.h"

class QWidget;

namespace NineTouchUi {

// Nothing happens for a success.
void sayFailure(QWidget *parent, const NineTouch::Status &status);

} // namespace NineTouchUi
