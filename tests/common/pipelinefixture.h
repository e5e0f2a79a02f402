// A pipeline in a temporary database with the rep in Berlin: the fixture of the model and UI tests.
// A file, or a database on the test's own PostgreSQL when the suite runs there (teststore.h).
#pragma once

#include "historyscript.h"
#include "must.h"
#include "pipeline.h"
#include "teststore.h"

#include <QStandardPaths>
#include <QTemporaryDir>

namespace TestSupport {

struct PipelineFixture
{
    QTemporaryDir dir;
    QString location = TestStore::newLocation(dir, QStringLiteral("fixture.sqlite"));
    std::unique_ptr<NineTouch::Pipeline> pipeline;

    // The file's path, or the server database's URL.
    QString path() const { return location; }

    // A second program on the same file, as the CLI or a script would be.
    std::unique_ptr<NineTouch::Pipeline> other() const
    {
        auto p = NineTouch::Pipeline::open(path(), NineTouch::Database::Mode::MustExist);
        require(p.ok(),
                "cannot open the fixture a second time:", p.ok() ? QString() : p.error().message);
        return std::move(p).value();
    }

    PipelineFixture()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto p = NineTouch::Pipeline::open(location, NineTouch::Database::Mode::CreateIfMissing);
        require(p.ok(),
                "cannot open the fixture database:", p.ok() ? QString() : p.error().message);
        pipeline = std::move(p).value();
        (void)pipeline->setSetting(QStringLiteral("rep.tz"), QStringLiteral("Europe/Berlin"));
        (void)pipeline->setSetting(QStringLiteral("rep.name"), QStringLiteral("Alex Morgan"));
        (void)pipeline->setSetting(QStringLiteral("rep.email"),
                                   QStringLiteral("alex@ninetouch.example"));
    }

    qint64 addDeal(const QString &title, const QString &stage = QStringLiteral("Lead"),
                   qint64 cents = 1000000, const QString &currency = QStringLiteral("EUR"),
                   const QString &summary = QStringLiteral("Saves a quarter."))
    {
        NineTouch::Deal d;
        d.title = title;
        d.organization = title + QStringLiteral(" GmbH");
        d.contact.name = QStringLiteral("Jana Müller");
        d.contact.email = QStringLiteral("jana@example.com");
        d.contact.phone = QStringLiteral("+49 30 1234567");
        d.contact.mobile = QStringLiteral("+49 170 1234567");
        d.contact.tz = QStringLiteral("Europe/Berlin");
        d.valueCents = cents;
        d.currency = currency;
        d.valueSummary = summary;
        d.stageId = found(pipeline->deals().stageByName(stage)).id;
        auto id = pipeline->addDeal(d, at(QStringLiteral("03-01T12:00")));
        require(id.ok(), "cannot add the fixture deal:", id.ok() ? QString() : id.error().message);
        return *id;
    }
};

} // namespace TestSupport
