// The first run: what NineTouch does in three sentences, the rep's details the emails need
// (name, email, signature, time zone, working week; prefilled from the system), and three ways
// to start: a first deal, an import, or the demo pipeline in a file of its own.
#pragma once

#include "pipeline.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace NineTouchUi {

class WorkDaysBox;
class WorkHoursBox;

class WelcomePage final : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(NineTouch::Pipeline &pipeline, QWidget *parent = nullptr);

    // Saves the rep's details; false, saying what is missing or wrong, when they cannot be.
    // requireContact: the name and email address are needed (a recap cannot go out without).
    bool save(bool requireContact);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *emailEdit() const { return m_email; }
    QPlainTextEdit *signatureEdit() const { return m_signature; }
    QComboBox *zoneBox() const { return m_zone; }
    QPushButton *firstDealButton() const { return m_firstDeal; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *demoButton() const { return m_demo; }
    QString errorText() const;

    // The name the system knows for the user ("Alex Morgan"), if any.
    static QString systemUserName();

signals:
    void createDealRequested();
    void importRequested();
    void demoRequested();

private:
    void showError(const QString &text, QWidget *field);

    NineTouch::Pipeline &m_pipeline;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QPlainTextEdit *m_signature;
    QComboBox *m_zone;
    WorkDaysBox *m_days;
    WorkHoursBox *m_hours;
    QLabel *m_error;
    QPushButton *m_firstDeal;
    QPushButton *m_import;
    QPushButton *m_demo;
};

} // namespace NineTouchUi
