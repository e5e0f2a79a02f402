// The composer: the problems list, the live preview, "mark as sent" writing the exact text.
#include "commands.h"
#include "composerdialog.h"
#include "must.h"
#include "names.h"
#include "pipelinefixture.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace NineTouch;
using namespace NineTouchUi;
using namespace TestSupport;

class TestComposer : public QObject
{
    Q_OBJECT

    std::unique_ptr<PipelineFixture> f;
    QUndoStack stack;
    UndoController undo { stack };
    QDateTime now = at("03-02T09:10");

    // A deal with its next meeting set on Monday 2 March for Thursday 10:00.
    qint64 dealWithMeeting()
    {
        const qint64 id = f->addDeal("Fleet");
        const auto meeting = f->pipeline->setMeeting(id, at("03-05T10:00"), {}, 30, "Pricing",
                                                     Channel::Phone, at("03-02T09:00"));
        if (!meeting.ok()) // a real failure, also in release builds
            QTest::qFail(qPrintable(meeting.error().message), __FILE__, __LINE__);
        return id;
    }

private slots:
    void init()
    {
        f = std::make_unique<PipelineFixture>();
        stack.clear();
    }
    void cleanup() { f.reset(); }

    void breakupWithoutValueSummaryIsNotReady()
    {
        const qint64 id = f->addDeal("Fleet", "Demo", 100, "EUR", "");
        ComposerDialog d(*f->pipeline, undo, id, StepKind::Breakup, [this] { return now; });
        QVERIFY(!d.draft().ready());
        auto *list = d.findChild<QListWidget *>();
        QVERIFY(list->item(0)->text().contains("value summary"));
        QVERIFY(!d.markAsSent());
        QCOMPARE(stack.count(), 0);
        QVERIFY(must(f->pipeline->activity().touches(id)).isEmpty());
    }

    void editingTheTemplateUpdatesThePreviewAndProblems()
    {
        const qint64 id = dealWithMeeting();
        ComposerDialog d(*f->pipeline, undo, id, StepKind::Recap, [this] { return now; });
        QVERIFY2(d.draft().ready(), qPrintable(d.problems().join('\n')));
        auto *body = d.findChild<QPlainTextEdit *>();
        body->setPlainText(
            "Hi {{contact.first_name}},\nsee you {{meeting.date}}.\n{{contact.shoe_size}}");
        QVERIFY(!d.draft().ready());
        QVERIFY(d.problems().join(' ').contains(
            "Unknown placeholder {{contact.shoe_size}} in the body, line 3"));
        body->setPlainText("Hi {{contact.first_name}},\nsee you {{meeting.date}}.");
        QVERIFY(d.draft().ready());
        QCOMPARE(d.draft().body, "Hi Jana,\nsee you Thursday, March 5, 2026.");
    }

    void longDraftsOfferEmlInsteadOfAMailLink()
    {
        const qint64 id = dealWithMeeting();
        ComposerDialog d(*f->pipeline, undo, id, StepKind::Recap, [this] { return now; });
        QPushButton *mailto = nullptr;
        for (QPushButton *b : d.findChildren<QPushButton *>())
            mailto = b->text() == "Open in &mail app" ? b : mailto;
        QVERIFY(mailto && mailto->isEnabled());
        d.findChild<QPlainTextEdit *>()->appendPlainText(
            QString("All the details of the rollout plan. ").repeated(60));
        QVERIFY(d.draft().ready());
        QVERIFY(!mailto->isEnabled());
        QVERIFY(mailto->toolTip().contains(".eml"));
    }

    void markAsSentRecordsTheExactTextAndCanBeUndone()
    {
        const qint64 id = dealWithMeeting();
        ComposerDialog d(*f->pipeline, undo, id, StepKind::Recap, [this] { return now; });
        d.findChild<QPlainTextEdit *>()->appendPlainText("PS: bring the numbers.");
        const QString sent = d.draft().sentText();
        QVERIFY(sent.endsWith("PS: bring the numbers."));
        QVERIFY(d.markAsSent());
        const auto touches = must(f->pipeline->activity().touches(id));
        QCOMPARE(toString(touches.last().kind), "recap");
        QCOMPARE(touches.last().body, sent);
        QCOMPARE(touches.last().at, now);
        // Nothing saved with the invite: the invite is still due.
        QCOMPARE(toString(f->pipeline->cadence(id, now)->nextStep()->kind), "invite");
        QVERIFY(undo.undo().ok());
        QCOMPARE(toString(must(f->pipeline->activity().touches(id)).last().kind), "meeting-set");
    }
};

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"
