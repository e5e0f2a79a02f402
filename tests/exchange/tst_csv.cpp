// CSV reading and writing (RFC 4180), and deals through CSV and back.
#include "csv.h"

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

    void separatorsAreDetected_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("separator");
        QTest::newRow("comma") << "a,b,c\n1,2,3\n" << QChar(',');
        QTest::newRow("semicolon, as German Excel writes") << "Titel;Wert\nA;12.500,50\nB;1,5\n"
                                                           << QChar(';');
        QTest::newRow("tab") << "a\tb\n1\t2\n" << QChar('\t');
        QTest::newRow("commas inside quotes do not count") << "\"a,b\";c\n\"1,2\";3\n"
                                                           << QChar(';');
        QTest::newRow("one column") << "a\nb\n" << QChar(',');
    }
    void separatorsAreDetected()
    {
        QFETCH(QString, text);
        QFETCH(QChar, separator);
        QCOMPARE(Csv::detectSeparator(text), separator);
    }

    void formulasAreGuardedAndTheGuardComesOff_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("written");
        QTest::newRow("a formula") << "=1+2"
                                   << "'=1+2";
        QTest::newRow("a telephone number is no formula") << "+49 30 1234567"
                                                          << "+49 30 1234567";
        QTest::newRow("nor an American one") << "+1 (312) 555-0147"
                                             << "+1 (312) 555-0147";
        QTest::newRow("nor a negative number") << "-42"
                                               << "-42";
        QTest::newRow("plus and a command") << "+cmd|' /C calc'!A0"
                                            << "'+cmd|' /C calc'!A0";
        QTest::newRow("plus and a function") << "+SUM(A1:A9)"
                                             << "'+SUM(A1:A9)";
        QTest::newRow("minus") << "-2+3"
                               << "'-2+3";
        QTest::newRow("at") << "@SUM(1)"
                            << "'@SUM(1)";
        QTest::newRow("tab") << "\tx"
                             << "'\tx";
        QTest::newRow("carriage return") << "\rx"
                                         << "'\rx";
        QTest::newRow("text that looks guarded already") << "'=x"
                                                         << "''=x";
        QTest::newRow("an apostrophe before a letter stays") << "'quoted"
                                                             << "'quoted";
        QTest::newRow("an apostrophe before a telephone number gets one more") << "'+49 30 1"
                                                                               << "''+49 30 1";
        QTest::newRow("plain") << "Acme"
                               << "Acme";
        QTest::newRow("empty") << ""
                               << "";
    }
    void formulasAreGuardedAndTheGuardComesOff()
    {
        QFETCH(QString, text);
        QFETCH(QString, written);
        QCOMPARE(Csv::guard(text), written);
        QCOMPARE(Csv::unguard(Csv::guard(text)), text);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
