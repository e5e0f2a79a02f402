// The composer: it opens on what is due, refuses to let out what is not ready, the live
// preview and problems, spelling, and "mark as sent" writing the exact text.
#include "commands.h"
#include "composerdialog.h"
#include "must.h"
#include "names.h"
#include "pipelinefixture.h"
#include "spellhighlighter.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
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

    static QPushButton *button(const ComposerDialog &d, const char *name)
    {
        return d.findChild<QPushButton *>(QLatin1String(name));
    }

    // Every way out of the composer: copy, mail app, .eml, mark as sent.
    static bool anyWayOut(const ComposerDialog &d)
    {
        for (const char *name : { "copy", "mailto", "eml", "sent" }) {
            if (button(d, name)->isEnabled())
                return true;
        }
        return false;
    }

private slots:
    void init()
    {
        f = std::make_unique<PipelineFixture>();
        stack.clear();
    }
    void cleanup() { f.reset(); }

    void opensOnTheEmailTheRuleHasDue()
    {
        const qint64 id = dealWithMeeting();
        ComposerDialog d(*f->pipeline, undo, id, std::nullopt, [this] { return now; });
        QCOMPARE(int(d.draft().step), int(StepKind::Recap));
        QVERIFY(!d.isFreeEmail());
        QVERIFY(d.notice().isEmpty());
        QVERIFY2(d.draft().ready(), qPrintable(d.problems().join('\n')));
        QVERIFY(anyWayOut(d));
    }

    void withNothingDueItSaysWhatToDoAndOffersAFreeEmail()
    {
        const qint64 id = f->addDeal("Fleet"); // no meeting: set one first
        ComposerDialog d(*f->pipeline, undo, id, std::nullopt, [this] { return now; });
        QVERIFY(d.isFreeEmail());
        QVERIFY2(d.notice().startsWith("Nothing to send now."), qPrintable(d.notice()));
        QVERIFY(d.notice().contains("Set the next meeting"));
        QVERIFY(!d.draft().ready()); // no subject, no text yet
        d.findChild<QLineEdit *>()->setText("Your question about the pilot");
        auto *body = d.findChild<QPlainTextEdit *>();
        body->setPlainText("Hi {{contact.first_name}},\n\nyes, the pilot can start in May.\n");
        QVERIFY2(d.draft().ready(), qPrintable(d.problems().join('\n')));
        QVERIFY(d.markAsSent());
        // On the timeline as a note with the exact text, never as a step.
        const auto touches = must(f->pipeline->activity().touches(id));
        QCOMPARE(toString(touches.last().kind), "note");
        QCOMPARE(touches.last().body,
                 "Your question about the pilot\n\nHi Jana,\n\nyes, the pilot "
                 "can start in May.\n");
        QCOMPARE(f->pipeline->cadence(id, now)->touches, 0);
    }

    // Marked sent without the .ics: the composer opens on an email that carries the invite.
    void anInviteLeftBehindOpensAnEmailThatCarriesIt()
    {
        const qint64 id = dealWithMeeting();
        {
            ComposerDialog recap(*f->pipeline, undo, id, std::nullopt, [this] { return now; });
            QVERIFY(recap.markAsSent());
            QVERIFY2(recap.outcome().contains("invite did not go with it"),
                     qPrintable(recap.outcome()));
        }
        ComposerDialog d(*f->pipeline, undo, id, std::nullopt, [this] { return now; });
        QVERIFY(d.isFreeEmail());
        QVERIFY2(d.notice().contains("calendar invite has not gone out"), qPrintable(d.notice()));
        QVERIFY2(d.draft().ready(), qPrintable(d.problems().join('\n')));
        QVERIFY(d.draft().invite.has_value());
        QVERIFY(d.draft().subject.startsWith("Invitation: "));
        QVERIFY2(d.draft().body.contains("Thursday"), qPrintable(d.draft().body));
        QVERIFY(button(d, "ics")->isEnabled());
        QVERIFY(button(d, "eml")->isEnabled());
        // Marked sent without saving the invite: a note, and the invite is still due.
        QVERIFY(d.markAsSent());
        QCOMPARE(toString(must(f->pipeline->activity().touches(id)).last().kind), "note");
        QCOMPARE(toString(f->pipeline->cadence(id, now)->nextStep()->kind), "invite");
    }

    void aMissedCallEmailBeforeTheMissCannotGoOut()
    {
        const qint64 id = dealWithMeeting();
        ComposerDialog d(*f->pipeline, undo, id, StepKind::MissedCall, [this] { return now; });
        QVERIFY(!d.draft().ready());
        QVERIFY(d.problems().constFirst().contains("call is still ahead"));
        QVERIFY(!anyWayOut(d));
        QVERIFY(!button(d, "ics")->isEnabled());
        QVERIFY(!d.markAsSent());
        QCOMPARE(stack.count(), 0);
    }

    void aSecondBreakupCannotGoOut()
    {
        const qint64 id = dealWithMeeting();
        QVERIFY(f->pipeline->logTouch(id, TouchKind::Breakup, {}, {}, {}, now).ok());
        ComposerDialog d(*f->pipeline, undo, id, StepKind::Breakup,
                         [this] { return now.addDays(10); });
        QVERIFY(!d.draft().ready());
        QVERIFY(d.problems().constFirst().contains("already sent"));
        QVERIFY(!anyWayOut(d));
    }

    void problemsAreShownInFullWithTheirFix()
    {
        const qint64 id = f->addDeal("Fleet", "Demo", 100, "EUR", "");
        ComposerDialog d(*f->pipeline, undo, id, StepKind::Breakup, [this] { return now; });
        QVERIFY(!d.draft().ready());
        QVERIFY(d.problems().join(' ').contains("value summary"));
        bool wrapped = false;
        for (QLabel *l : d.findChildren<QLabel *>())
            wrapped = wrapped || (l->text().contains("value summary") && l->wordWrap());
        QVERIFY(wrapped);
        bool fixable = false;
        for (QPushButton *b : d.findChildren<QPushButton *>())
            fixable = fixable || b->text() == "Fix…";
        QVERIFY(fixable);
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
        QCOMPARE(d.draft().body, "Hi Jana,\nsee you Thursday 5 March 2026.");
    }

    void misspellingsAreUnderlinedInTheContactsLanguage()
    {
        const qint64 id = dealWithMeeting(); // Jana reads English in Berlin
        ComposerDialog d(*f->pipeline, undo, id, StepKind::Recap, [this] { return now; });
        SpellHighlighter *spell = d.spelling();
        QVERIFY2(!spell->dictionary().isEmpty(), "no English dictionary installed");
        QVERIFY(spell->isMisspelt("recieve"));
        QVERIFY(!spell->isMisspelt("receive"));
        auto *body = d.findChild<QPlainTextEdit *>();
        body->setPlainText("Thank you, I will recieve it {{meeting.date}}.");
        const QTextBlock block = body->document()->firstBlock();
        bool underlined = false;
        for (const QTextLayout::FormatRange &r : block.layout()->formats())
            underlined = underlined
                || (r.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline
                    && block.text().mid(r.start, r.length) == "recieve");
        QVERIFY(underlined);
        QVERIFY(spell->setLanguage("de", "DE"));
        QVERIFY(!spell->isMisspelt("Einladung"));
        QVERIFY(spell->isMisspelt("Einladungg"));
    }

    // The composer names the language and the country whose conventions the prospect reads,
    // in the rep's words ("reads German (Austria)"), never a native name half in another
    // language ("reads Österreichisches Deutsch" in the English app).
    void theRecipientLineNamesTheLanguageAsItIsWritten()
    {
        const qint64 id = dealWithMeeting();
        Deal before = *f->pipeline->deal(id);
        Deal after = before;
        after.contact.language = "de";
        after.contact.region = "AT";
        after.contact.tz = "Europe/Vienna";
        QVERIFY(f->pipeline->editDeal(id, before, after, at("03-02T09:05")).ok());
        ComposerDialog d(*f->pipeline, undo, id, StepKind::Recap, [this] { return now; });
        QStringList shown;
        for (const QLabel *l : d.findChildren<QLabel *>())
            shown << l->text();
        QVERIFY2(shown.join('\n').contains("reads German (Austria)"), qPrintable(shown.join('\n')));
    }

    void longDraftsOfferEmlInsteadOfAMailLink()
    {
        const qint64 id = dealWithMeeting();
        ComposerDialog d(*f->pipeline, undo, id, StepKind::Recap, [this] { return now; });
        QPushButton *mailto = button(d, "mailto");
        QVERIFY(mailto && mailto->isEnabled());
        d.findChild<QPlainTextEdit *>()->appendPlainText(
            QString("All the details of the rollout plan. ").repeated(60));
        QVERIFY(d.draft().ready());
        QVERIFY(!mailto->isEnabled());
        QVERIFY(mailto->toolTip().contains(".eml"));
    }

    // Copied text carries no attachment: what lands on the clipboard, and on the timeline once
    // marked as sent, says the invitation follows; the rep is told to send the .ics too.
    void copiedTextSaysTheInviteFollows()
    {
        const qint64 id = dealWithMeeting();
        ComposerDialog d(*f->pipeline, undo, id, StepKind::Recap, [this] { return now; });
        QVERIFY(d.draft().body.contains("invitation comes with this email"));
        button(d, "copy")->click();
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.contains("invitation follows in a separate email")
                     && !copied.contains("comes with this email"),
                 qPrintable(copied));
        QVERIFY(d.findChild<QLabel *>("message")->text().contains(".ics"));
        QVERIFY(d.markAsSent());
        QCOMPARE(must(f->pipeline->activity().touches(id)).last().body, copied);
    }

    void markAsSentRecordsTheExactTextAndCanBeUndone()
    {
        const qint64 id = dealWithMeeting();
        ComposerDialog d(*f->pipeline, undo, id, StepKind::Recap, [this] { return now; });
        d.findChild<QPlainTextEdit *>()->appendPlainText("PS: bring the numbers.");
        // Nothing left with the invite: the text recorded says it follows separately.
        const QString sent = d.draft().sentText(false);
        QVERIFY(sent.endsWith("PS: bring the numbers."));
        QVERIFY2(sent.contains("invitation follows in a separate email"), qPrintable(sent));
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
