// An edit over a deal that changed meanwhile: which fields are written, which are conflicts.
#include "dealfields.h"

#include <QTest>

using namespace NineTouch;

class TestDealFields : public QObject
{
    Q_OBJECT

    static Deal sample()
    {
        Deal d;
        d.id = 7;
        d.title = "Fleet tracking";
        d.organization = "Acme GmbH";
        d.stageId = 1;
        d.valueCents = 1000000;
        d.currency = "EUR";
        d.contact.name = "Jana Müller";
        d.contact.email = "jana@acme.example";
        return d;
    }

private slots:
    void everyEditableFieldCompares()
    {
        const Deal base = sample();
        for (Field f : dealFields()) {
            Deal other = base;
            // A value of the field's own type that differs from the sample's.
            const QVariant v = fieldValue(base, f);
            QVariant changed;
            switch (v.typeId()) {
            case QMetaType::QString:
                changed = v.toString() + "x";
                break;
            case QMetaType::Bool:
                changed = !v.toBool();
                break;
            case QMetaType::LongLong:
                changed = v.toLongLong() + 1;
                break;
            default:
                changed = v.isNull() ? QVariant(3) : QVariant(v.toInt() + 1);
            }
            setFieldValue(other, f, changed);
            QCOMPARE(changedFields(base, other), QList<Field> { f });
            QCOMPARE(fieldValue(other, f), changed);
        }
    }

    void merge_data()
    {
        QTest::addColumn<QString>("mine"); // the value the rep typed ("" = unchanged)
        QTest::addColumn<QString>("theirs"); // the value written elsewhere ("" = unchanged)
        QTest::addColumn<QString>("result");
        QTest::addColumn<bool>("written");
        QTest::addColumn<bool>("conflict");
        QTest::newRow("only the rep changed it: written") << "Rep"
                                                          << ""
                                                          << "Rep" << true << false;
        QTest::newRow("only elsewhere: kept, never put back") << ""
                                                              << "Else"
                                                              << "Else" << false << false;
        QTest::newRow("both, to the same value: nothing to do") << "Same"
                                                                << "Same"
                                                                << "Same" << false << false;
        QTest::newRow("both, to different values: a conflict, the file keeps its value")
            << "Rep"
            << "Else"
            << "Else" << false << true;
        QTest::newRow("neither") << ""
                                 << ""
                                 << "Fleet tracking" << false << false;
    }
    void merge()
    {
        QFETCH(QString, mine);
        QFETCH(QString, theirs);
        QFETCH(QString, result);
        QFETCH(bool, written);
        QFETCH(bool, conflict);
        const Deal base = sample();
        Deal edited = base;
        Deal current = base;
        if (!mine.isEmpty())
            edited.title = mine;
        if (!theirs.isEmpty())
            current.title = theirs;
        // Something else changed elsewhere too, that the rep never touched.
        current.valueCents = 424200;
        const Merge m = mergeEdit(base, edited, current);
        QCOMPARE(m.deal.title, result);
        QCOMPARE(m.deal.valueCents, 424200);
        QCOMPARE(m.written.contains(Field::Title), written);
        QCOMPARE(m.conflicts.contains(Field::Title), conflict);
        QVERIFY(!m.written.contains(Field::Value));
    }
};

QTEST_GUILESS_MAIN(TestDealFields)
#include "tst_dealfields.moc"
