// CSV reading and writing (RFC 4180), and deals through CSV and back.
#include "csv.h"
#include "dealcsv.h"
#include "pipelinefixture.h"

#include <QTest>

using namespace NineTouch;

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::newRow("plain") << "a,b\n1,2\n" << QList<QStringList> { { "a", "b" }, { "1", "2" } };
        QTest::newRow("CRLF and no final line end")
            << "a,b\r\n1,2" << QList<QStringList> { { "a", "b" }, { "1", "2" } };
        QTest::newRow("quoted comma and doubled quote")
            << "\"Doe, Jane\",\"say \"\"hi\"\"\"\n"
            << QList<QStringList> { { "Doe, Jane", "say \"hi\"" } };
        QTest::newRow("line break inside quotes")
            << "\"line 1\nline 2\",x\n"
            << QList<QStringList> { { "line 1\nline 2", "x" } };
        QTest::newRow("empty fields") << "a,,c\n" << QList<QStringList> { { "a", "", "c" } };
        QTest::newRow("byte-order mark") << QString(QChar(0xFEFF)) + "a,b\n"
                                         << QList<QStringList> { { "a", "b" } };
        QTest::newRow("blank lines are skipped") << "a\n\nb\n"
                                                 << QList<QStringList> { { "a" }, { "b" } };
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QList<QStringList>, rows);
        QString error;
        QCOMPARE(Csv::parse(text, &error), rows);
        QVERIFY(error.isEmpty());
    }

    void openQuoteIsAnError()
    {
        QString error;
        Csv::parse("a,\"b\nc\n", &error);
        QVERIFY(error.contains("line 1"));
    }

    void fieldsRoundTrip()
    {
        const QStringList fields { "plain", "a,b", "say \"hi\"", "two\nlines", " padded ", "" };
        QCOMPARE(Csv::parse(Csv::row(fields)).value(0), fields);
    }

    void dealsRoundTripThroughCsv()
    {
        TestSupport::PipelineFixture f;
        const qint64 id = f.addDeal("Fleet, phase \"2\"", "Demo", 1234550, "USD", "Saves\nmoney");
        const QString csv = DealCsv::write(*f.pipeline->deals().list());
        auto back = DealCsv::read(csv, *f.pipeline);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(back->size(), 1);
        const Deal &d = back->first();
        const Deal original = *f.pipeline->deal(id);
        QCOMPARE(d.title, original.title);
        QCOMPARE(d.valueCents, original.valueCents);
        QCOMPARE(d.currency, "USD");
        QCOMPARE(d.stageId, original.stageId);
        QCOMPARE(d.valueSummary, original.valueSummary);
        QCOMPARE(d.contact.email, original.contact.email);
    }

    void badRowsAreNamedAndNothingIsReturned()
    {
        TestSupport::PipelineFixture f;
        auto r = DealCsv::read("title,organization,contact,email,stage\nA,B,C,c@x.example,Lead\nD,"
                               "E,F,f@x.example,Moon\n",
                               *f.pipeline);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains("Row 3: stage: there is no stage 'Moon'"),
                 qPrintable(r.error().message));
        auto unknown = DealCsv::read("title,organization,contact,email,shoe_size\n", *f.pipeline);
        QVERIFY(unknown.error().message.contains("Unknown column 'shoe_size'"));
        auto missing = DealCsv::read("title,organization\n", *f.pipeline);
        QVERIFY(missing.error().message.contains("'contact'"));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
