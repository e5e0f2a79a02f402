#include "failure.h"

#include "fieldlabels.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace NineTouchUi {

void sayFailure(QWidget *parent, const NineTouch::Status &status)
{
    if (status)
        return;
    if (!status.error().detail.isEmpty())
        qWarning("%s", qPrintable(status.error().detail));
    QMessageBox::warning(parent, QStringLiteral("NineTouch"), errorText(status.error()));
}

} // namespace NineTouchUi
