// One field of a deal edited on its own, from where a problem points at it (the composer's
// "Fix…": the value summary a break-up email needs, the contact's language). Saved as an
// undoable edit of that field alone.
#pragma once

#include "pipeline.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace NineTouchUi {

class UndoController;

class FieldEditDialog final : public QDialog
{
    Q_OBJECT

public:
    FieldEditDialog(NineTouch::Pipeline &pipeline, UndoController &undo,
                    const NineTouch::Deal &deal, NineTouch::Field field, const QDateTime &now,
                    QWidget *parent = nullptr);

    // Whether the app can edit this field here.
    static bool canEdit(NineTouch::Field field);
    void setText(const QString &text);
    void accept() override;

private:
    QString value() const;

    NineTouch::Pipeline &m_pipeline;
    UndoController &m_undo;
    NineTouch::Deal m_deal;
    NineTouch::Field m_field;
    QDateTime m_now;
    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QComboBox *m_choice = nullptr;
    QLabel *m_error;
};

} // namespace NineTouchUi
