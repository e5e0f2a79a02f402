#include "zonebox.h"

#include "zonecatalog.h"

#include <QAbstractItemView>
#include <QCollator>
#include <QCompleter>
#include <QCoreApplication>
#include <QIdentityProxyModel>
#include <QLineEdit>
#include <QLocale>

namespace NineTouchUi {

using namespace NineTouch;

namespace {

constexpr int SearchRole = Qt::UserRole + 1;
constexpr int LabelRole = Qt::UserRole + 2;

QString appLanguage()
{
    return QLocale().language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en");
}

// The box's own rows, shown in the popup by their places ("Berlin · Germany — also Munich,
// Hamburg…") and matched by any of their names; a row picked puts its zone id in the field.
class PlacesModel : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DisplayRole) {
            const QVariant label = QIdentityProxyModel::data(index, LabelRole);
            if (label.isValid())
                return label;
        }
        return QIdentityProxyModel::data(index, role);
    }
};

class ZoneCompleter : public QCompleter
{
public:
    using QCompleter::QCompleter;
    QStringList splitPath(const QString &path) const override
    {
        return { ZoneCatalog::searchKey(path) };
    }
    QString pathFromIndex(const QModelIndex &index) const override
    {
        const auto *places = static_cast<const QIdentityProxyModel *>(model());
        return places->mapToSource(index).data(Qt::DisplayRole).toString();
    }
};

QString label(const ZonePlace &p)
{
    QString text = p.city;
    if (!p.country.isEmpty())
        text += QStringLiteral(" · ") + p.country;
    if (!p.alsoCities.isEmpty()) {
        const QStringList shown = p.alsoCities.mid(0, 3);
        text += QStringLiteral(" (") + shown.join(QStringLiteral(", "))
            + (p.alsoCities.size() > shown.size() ? QStringLiteral(", …)") : QStringLiteral(")"));
    }
    return text + QStringLiteral(" — ") + p.zone;
}

} // namespace

QComboBox *createZoneBox(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->addItem(QString()); // the rep's zone
    for (const ZonePlace &p : ZoneCatalog::places(appLanguage())) {
        box->addItem(p.zone);
        const int row = box->count() - 1;
        box->setItemData(row, p.search, SearchRole);
        box->setItemData(row, label(p), LabelRole);
        box->setItemData(row, label(p), Qt::ToolTipRole);
    }
    auto *places = new PlacesModel(box);
    places->setSourceModel(box->model());
    auto *completer = new ZoneCompleter(places, box);
    completer->setCompletionRole(SearchRole);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setMaxVisibleItems(12);
    // The places are longer than the field ("Berlin · Germany (Munich, Hamburg…) —
    // Europe/Berlin"): the popup is as wide as they need.
    completer->popup()->setMinimumWidth(box->fontMetrics().horizontalAdvance(QLatin1Char('x'))
                                        * 64);
    box->setCompleter(completer);
    box->setToolTip(QCoreApplication::translate(
        "NineTouchUi::ZoneBox", "Type a city or a country, e.g. Munich, Wien, New York."));
    // A city or country typed and left as it is: the zone it stands for, when it is one.
    QObject::connect(box->lineEdit(), &QLineEdit::editingFinished, box, [box] {
        const QString typed = box->currentText();
        const QString zone = ZoneCatalog::resolve(typed);
        if (!zone.isEmpty() && zone != typed)
            box->setCurrentText(zone);
    });
    return box;
}

QList<std::pair<QString, QString>> countriesByName()
{
    const QString language = appLanguage();
    QList<std::pair<QString, QString>> countries;
    for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
        const QString code = QLocale::territoryToCode(QLocale::Territory(t));
        if (code.size() != 2)
            continue;
        QString name = ZoneCatalog::countryName(code, language);
        if (name.isEmpty())
            name = QLocale::territoryToString(QLocale::Territory(t));
        countries.append({ name, code });
    }
    QCollator order { QLocale() };
    std::sort(countries.begin(), countries.end(), [&order](const auto &a, const auto &b) {
        return order.compare(a.first, b.first) < 0;
    });
    return countries;
}

} // namespace NineTouchUi
