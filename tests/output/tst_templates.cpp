// Templates: placeholders, fallbacks, problems that name the placeholder and line, defaults.
#include "database.h"
#include "must.h"
#include "names.h"
#include "pipeline.h"
#include "templates.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace NineTouch;
using namespace TestSupport;

class TestTemplates : public QObject
{
    Q_OBJECT

    static QHash<QString, QString> allValues()
    {
        QHash<QString, QString> v;
        for (const auto &[name, label] : TemplateRenderer::placeholders())
            v.insert(name, QStringLiteral("<") + name + QStringLiteral(">"));
        return v;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyPlaceholderIsReplaced()
    {
        QString text;
        for (const auto &[name, label] : TemplateRenderer::placeholders())
            text += QStringLiteral("{{") + name + QStringLiteral("}}\n");
        const Rendered r = TemplateRenderer::render(text, allValues(), "body");
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join('\n')));
        QVERIFY(!r.text.contains("{{"));
        for (const auto &[name, label] : TemplateRenderer::placeholders())
            QVERIFY2(r.text.contains("<" + name + ">"), qPrintable(name));
    }

    void rendering_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("problem");
        QTest::newRow("a value") << "Hi {{contact.first_name}},"
                                 << "Hi Jana,"
                                 << "";
        QTest::newRow("spaces inside the braces") << "Hi {{ contact.first_name }},"
                                                  << "Hi Jana,"
                                                  << "";
        QTest::newRow("a fallback is not used when there is a value")
            << "Hi {{contact.first_name|there}},"
            << "Hi Jana,"
            << "";
        QTest::newRow("a fallback stands in for a missing value")
            << "{{meeting.agenda|the next steps}}"
            << "the next steps"
            << "";
        QTest::newRow("a missing value without fallback is a problem and stays visible")
            << "Agenda:\n{{meeting.agenda}}"
            << "Agenda:\n{{meeting.agenda}}"
            << "No value for {{meeting.agenda}} in the body, line 2";
        QTest::newRow("an unknown placeholder is named with its line")
            << "Hi,\n\n{{contact.nickname}}"
            << "Hi,\n\n{{contact.nickname}}"
            << "Unknown placeholder {{contact.nickname}} in the body, line 3";
        QTest::newRow("a value is never expanded again") << "{{deal.title}}"
                                                         << "{{rep.name}} deal"
                                                         << "";
        QTest::newRow("single braces are text") << "{contact.first_name}"
                                                << "{contact.first_name}"
                                                << "";
        QTest::newRow("an empty placeholder is unknown") << "{{}}"
                                                         << "{{}}"
                                                         << "Unknown placeholder {{}}";
    }
    void rendering()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QFETCH(QString, problem);
        QHash<QString, QString> v { { "contact.first_name", "Jana" },
                                    { "deal.title", "{{rep.name}} deal" },
                                    { "meeting.agenda", "" } };
        const Rendered r = TemplateRenderer::render(text, v, "body");
        QCOMPARE(r.text, expected);
        if (problem.isEmpty()) {
            QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join('\n')));
        } else {
            QCOMPARE(r.problems.size(), 1);
            QVERIFY2(r.problems.first().contains(problem), qPrintable(r.problems.first()));
        }
    }

    void outputIsBounded()
    {
        const QString huge = QString("{{deal.title}}").repeated(5000);
        const Rendered r =
            TemplateRenderer::render(huge, { { "deal.title", QString(1000, 'x') } }, "body");
        QVERIFY(!r.problems.isEmpty());
        QVERIFY(r.text.size()
                <= TemplateRenderer::maxTemplateLength + TemplateRenderer::maxPlaceholders * 1000);
    }

    void defaultsRenderCleanly_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("step");
        for (const QString &lang : Templates::languages()) {
            for (StepKind step : Templates::steps())
                QTest::newRow(qPrintable(lang + " " + toString(step))) << lang << int(step);
        }
    }
    void defaultsRenderCleanly()
    {
        QFETCH(QString, language);
        QFETCH(int, step);
        const EmailTemplate t = Templates::defaultTemplate(StepKind(step), language);
        QCOMPARE(t.language, language);
        QVERIFY(!t.subject.isEmpty());
        QVERIFY(t.body.size() > 40);
        QVERIFY(TemplateRenderer::unknownPlaceholders(t.subject + t.body, "template").isEmpty());
        const Rendered subject = TemplateRenderer::render(t.subject, allValues(), "subject");
        const Rendered body = TemplateRenderer::render(t.body, allValues(), "body");
        QVERIFY(subject.problems.isEmpty() && body.problems.isEmpty());
        if (StepKind(step) == StepKind::Breakup) {
            QVERIFY(t.body.contains("{{deal.value_summary}}"));
            QVERIFY(t.body.contains("{{decision.deadline}}"));
        }
        if (StepKind(step) == StepKind::MissedCall) {
            // The power of assumption: the new time is stated, not asked.
            QVERIFY(t.subject.contains("{{slot.date}}") && t.subject.contains("{{slot.time}}"));
            QVERIFY(!t.body.contains('?'));
        }
    }

    void unknownLanguageFallsBackToEnglish()
    {
        QCOMPARE(Templates::defaultTemplate(StepKind::Recap, "fr").language, "en");
    }

    void editedTemplatesAreStoredAndReset()
    {
        QTemporaryDir dir;
        auto pipeline = Pipeline::open(dir.filePath("t.sqlite"), Database::Mode::CreateIfMissing);
        QVERIFY(pipeline.ok());
        QSignalSpy changed(pipeline->get(), &Pipeline::templatesChanged);
        Templates repo(**pipeline);
        EmailTemplate t = must(repo.get(StepKind::Recap, "en"));
        QVERIFY(!t.custom);
        t.subject = "See you {{meeting.date}}";
        QVERIFY(repo.save(t).ok());
        QCOMPARE(changed.count(), 1); // announced at once, not at the next look at the file
        QCOMPARE(must(repo.get(StepKind::Recap, "en")).subject, "See you {{meeting.date}}");
        QVERIFY(must(repo.get(StepKind::Recap, "en")).custom);
        QCOMPARE(must(repo.get(StepKind::Recap, "de")).subject,
                 Templates::defaultTemplate(StepKind::Recap, "de").subject);

        EmailTemplate bad = t;
        bad.body = "Hello {{contact.shoe_size}}";
        const Status refused = repo.save(bad);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains("{{contact.shoe_size}}"),
                 qPrintable(refused.error().message));
        QCOMPARE(must(repo.get(StepKind::Recap, "en")).body, t.body); // unchanged

        EmailTemplate twoLines = t;
        twoLines.subject = "Hi\nBcc: x@example.com";
        QVERIFY(!repo.save(twoLines).ok());
        QCOMPARE(changed.count(), 1); // nothing refused was written

        QVERIFY(repo.reset(StepKind::Recap, "en").ok());
        QCOMPARE(must(repo.get(StepKind::Recap, "en")).subject,
                 Templates::defaultTemplate(StepKind::Recap, "en").subject);
    }
};

QTEST_GUILESS_MAIN(TestTemplates)
#include "tst_templates.moc"
