// The time-zone field: an editable list of IANA zones that finds a zone by city or country, in
// English or German ("Munich", "Wien", "New York", "Deutschland"), and keeps the zone's id as
// its text. A name typed that stands for one zone becomes that zone's id when the field is left.
#pragma once

#include <QComboBox>

namespace NineTouchUi {

QComboBox *createZoneBox(QWidget *parent = nullptr);

// Countries by their names in the app's language, for a region choice: (name, two-letter code).
QList<std::pair<QString, QString>> countriesByName();

} // namespace NineTouchUi
