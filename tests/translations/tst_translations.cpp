// The German translation says what the English says: every placeholder, accelerator and line
// break survives, and the app and the CLI really speak German when asked to.
#include "names.h"
#include "translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace NineTouch;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or the plural forms
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Cannot read %s", qPrintable(path));
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message { context, {}, {} };
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            // Plural forms are children; a plain translation is the element's text.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation"))) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    current.translations << xml.readElementText();
            }
            if (current.translations.isEmpty())
                current.translations << text;
            messages << current;
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

// What must come through a translation unchanged, as a sorted list.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(%L?[0-9n]|\{\{[^}]*\}\}|<[^>]+>)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

bool hasAccelerator(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("&(?!&)[^ &;]"));
    return re.match(QString(text).replace(QLatin1String("&&"), QString())).hasMatch();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void germanKeepsWhatTheEnglishCarries_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("translation");
        const auto messages = readTs(QStringLiteral(NINETOUCH_TRANSLATIONS_DIR "/ninetouch_de.ts"));
        QVERIFY(messages.size() > 500);
        for (const Message &m : messages) {
            for (const QString &t : m.translations) {
                const QString tag =
                    (m.context + QLatin1String(": ") + m.source.left(50)).simplified();
                QTest::newRow(qPrintable(tag)) << m.source << t;
            }
        }
    }
    void germanKeepsWhatTheEnglishCarries()
    {
        QFETCH(QString, source);
        QFETCH(QString, translation);
        QVERIFY2(!translation.trimmed().isEmpty(), "not translated");
        QCOMPARE(placeholders(translation), placeholders(source));
        QCOMPARE(hasAccelerator(translation), hasAccelerator(source));
        QCOMPARE(translation.endsWith(QLatin1Char('\n')), source.endsWith(QLatin1Char('\n')));
        QCOMPARE(translation.startsWith(QLatin1Char(' ')), source.startsWith(QLatin1Char(' ')));
        // Flags and commands a rep types stay as they are.
        static const QRegularExpression flag(QStringLiteral("--[a-z][a-z-]*"));
        for (auto it = flag.globalMatch(source); it.hasNext();) {
            const QString f = it.next().captured();
            QVERIFY2(translation.contains(f), qPrintable(f));
        }
    }

    void acceleratorsInOneDialogDiffer_data()
    {
        QTest::addColumn<QString>("context");
        for (const char *c : { "NineTouchUi::DealForm", "NineTouchUi::ComposerDialog",
                               "NineTouchUi::MeetingDialog", "NineTouchUi::WelcomePage" })
            QTest::newRow(c) << QString::fromLatin1(c);
    }
    void acceleratorsInOneDialogDiffer()
    {
        QFETCH(QString, context);
        const auto messages = readTs(QStringLiteral(NINETOUCH_TRANSLATIONS_DIR "/ninetouch_de.ts"));
        QHash<QChar, QString> used;
        int seen = 0;
        for (const Message &m : messages) {
            if (m.context != context || !hasAccelerator(m.translations.value(0)))
                continue;
            const QString t =
                QString(m.translations.value(0)).replace(QLatin1String("&&"), QString());
            const QChar key = t.at(t.indexOf(QLatin1Char('&')) + 1).toLower();
            QVERIFY2(
                !used.contains(key),
                qPrintable(
                    QStringLiteral("'%1' and '%2' share Alt+%3").arg(used.value(key), t, key)));
            used.insert(key, t);
            ++seen;
        }
        if (seen == 0)
            QSKIP("no accelerators in this context");
    }

    void installsTheLanguageAskedFor()
    {
        QCOMPARE(installTranslations(*QCoreApplication::instance(), QStringLiteral("de")),
                 QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("NineTouchUi::MainWindow", "&File"),
                 QStringLiteral("&Datei"));
        // German plurals: one form for one, another for the rest.
        QCOMPARE(QCoreApplication::translate("NineTouchUi::MainWindow", "%n deal(s)", nullptr, 1),
                 QStringLiteral("1 Deal"));
        QCOMPARE(QCoreApplication::translate("NineTouchUi::MainWindow", "%n deal(s)", nullptr, 3),
                 QStringLiteral("3 Deals"));
    }

    // A German rep reads the stages a pipeline starts with in German, in the board, the form,
    // the timeline; a stage the rep named stays as typed; the stored names do not change.
    void theStartingStagesReadInTheRepsLanguage()
    {
        QCOMPARE(installTranslations(*QCoreApplication::instance(), QStringLiteral("de")),
                 QStringLiteral("de"));
        QCOMPARE(stageLabel("Proposal"), QStringLiteral("Angebot"));
        QCOMPARE(stageLabel("Negotiation"), QStringLiteral("Verhandlung"));
        QCOMPARE(stageLabel("Contact Made"), QStringLiteral("Contact Made"));
        QCOMPARE(stageChangeLabel(QStringLiteral("Lead → Proposal")),
                 QStringLiteral("Interessent → Angebot"));
        QCOMPARE(stageChangeLabel(QStringLiteral("Lead")), QStringLiteral("Lead"));
        // Plural forms, not "Werktag(e)".
        const char *context = "NineTouchUi::SettingsDialog";
        QCOMPARE(QCoreApplication::translate(context, " business day(s)", nullptr, 1),
                 QStringLiteral(" Werktag"));
        QCOMPARE(QCoreApplication::translate(context, " business day(s)", nullptr, 3),
                 QStringLiteral(" Werktage"));
        QCOMPARE(QCoreApplication::translate("CadenceEngine", "Past the rule"),
                 QStringLiteral("Regel überschritten"));
    }

    void anUnknownLanguageFallsBackToTheSystemsOrEnglish()
    {
        // The tests run with LANGUAGE=en.
        QCOMPARE(systemLanguage(), QStringLiteral("en"));
        QCOMPARE(installTranslations(*QCoreApplication::instance(), QStringLiteral("xx")),
                 QStringLiteral("en"));
        QCOMPARE(languageName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QVERIFY(availableLanguages().contains(QStringLiteral("de")));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
