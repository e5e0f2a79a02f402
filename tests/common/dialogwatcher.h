// Answers the modal dialogs a test provokes: every message box is closed and its text kept;
// other dialogs are handed to a function that fills and closes them. Without it a test that
// makes the app show a dialog would wait forever.
#pragma once

#include <QApplication>
#include <QDialog>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStringList>
#include <QTimer>

#include <functional>

namespace TestSupport {

class DialogWatcher final : public QObject
{
public:
    using Handler = std::function<void(QDialog *)>;

    explicit DialogWatcher(Handler other = {})
        : m_other(std::move(other))
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, &DialogWatcher::look);
        m_timer.start();
    }

    QStringList messages; // each box's text and informative text
    // Picks the button of a message box; unset or null: the box's default button.
    std::function<QAbstractButton *(QMessageBox *)> choose;

private:
    void look()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            messages << box->text() + QLatin1Char(' ') + box->informativeText();
            // The box's own answer: its default button (Yes for a question), else the first.
            QAbstractButton *answer = choose ? choose(box) : nullptr;
            if (!answer)
                answer = box->defaultButton();
            if (!answer && !box->buttons().isEmpty())
                answer = box->buttons().constFirst();
            if (answer)
                answer->click();
            else
                box->close();
            return;
        }
        if (auto *dialog = qobject_cast<QDialog *>(modal)) {
            if (m_other)
                m_other(dialog);
            else
                dialog->reject();
        }
    }

    QTimer m_timer;
    Handler m_other;
};

} // namespace TestSupport
