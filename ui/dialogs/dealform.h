// The fields of a deal and its primary contact, for the new-deal dialog and the deal panel.
#pragma once

#include "fields.h"
#include "result.h"
#include "types.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace NineTouchUi {

class DealForm final : public QWidget
{
    Q_OBJECT

public:
    explicit DealForm(QWidget *parent = nullptr);

    void setStages(const QList<NineTouch::Stage> &stages);
    // The reps a deal can belong to, and which is the reader: the owner row shows only when
    // there is more than one.
    void setReps(const QList<NineTouch::Rep> &reps, qint64 me);
    void setDeal(const NineTouch::Deal &deal);
    // One field of deal, the others left as they are (what someone else changed meanwhile).
    void setField(NineTouch::Field field, const NineTouch::Deal &deal);
    // The field being typed in (Field::None when the form does not have the focus).
    NineTouch::Field focusedField() const;
    QWidget *editor(NineTouch::Field field) const;
    // base with the form's values applied; the value field is checked here, the rest by the
    // pipeline.
    NineTouch::Result<NineTouch::Deal> deal(const NineTouch::Deal &base) const;
    QLineEdit *titleEdit() const { return m_title; }

signals:
    void edited();

private:
    bool m_suggestLanguage = false; // a new deal whose language the rep has not chosen
    QLineEdit *m_title;
    QLineEdit *m_topic;
    QLineEdit *m_org;
    QComboBox *m_stage;
    QLineEdit *m_value;
    QLineEdit *m_currency;
    QPlainTextEdit *m_summary;
    QComboBox *m_cost;
    QCheckBox *m_material;
    QSpinBox *m_cycles; // 0: the rep's setting
    QLineEdit *m_contact;
    QLineEdit *m_firstName;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLineEdit *m_mobile;
    QLineEdit *m_reception;
    QComboBox *m_tz;
    QComboBox *m_language;
    QComboBox *m_region;
    QComboBox *m_address; // AddressForm, as toString() names it
    QComboBox *m_salutation; // editable: "Frau", "Herr", "Ms", or the rep's own
    QLabel *m_greeting; // how the emails open, as the form stands
    QComboBox *m_owner; // Rep::id; shown on a database several reps share
    QFormLayout *m_layout;
    void showGreeting();
};

} // namespace NineTouchUi
