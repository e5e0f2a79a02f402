// Why a deal was lost: the usual reasons a rep gives, and words of the rep's own. "No response
// after the break-up rule" is offered only once the break-up email went out.
#pragma once

#include <QDialog>

class QButtonGroup;
class QLineEdit;
class QRadioButton;

namespace NineTouchUi {

class LostDialog final : public QDialog
{
    Q_OBJECT

public:
    LostDialog(const QString &dealTitle, bool afterBreakup, QWidget *parent = nullptr);

    // The reason as it is recorded: the choice, with the rep's details after a colon.
    QString reason() const;
    // For tests and keyboard users: choose a reason by its position (0: the break-up rule).
    void choose(int index);
    void setDetails(const QString &text);

    static QStringList reasons();

private:
    void updateOk();

    QButtonGroup *m_group;
    QList<QRadioButton *> m_choices;
    QLineEdit *m_details;
    class QPushButton *m_ok;
};

} // namespace NineTouchUi
