// A whole import prepared against a real database: every row read, matched and checked; never a
// crash, and nothing written (prepare() only reads).
#include "dealimport.h"
#include "textfile.h"

#include <QDateTime>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdlib>

using namespace NineTouch;

namespace {

Pipeline *pipeline()
{
    static QTemporaryDir dir;
    static std::unique_ptr<Pipeline> p = [] {
        auto opened = Pipeline::open(dir.filePath(QStringLiteral("fuzz.sqlite")),
                                     Database::Mode::CreateIfMissing);
        if (!opened)
            std::abort();
        (void)(*opened)->setSetting(QStringLiteral("rep.tz"), QStringLiteral("Europe/Berlin"));
        Deal d;
        d.title = QStringLiteral("Fleet tracking");
        d.organization = QStringLiteral("Acme GmbH");
        d.contact.name = QStringLiteral("Jana Müller");
        d.contact.email = QStringLiteral("jana@acme.example");
        d.stageId = (*(*opened)->stages()).constFirst().id;
        d.externalRef = QStringLiteral("pipedrive:1041");
        if (!(*opened)->addDeal(d, QDateTime::currentDateTimeUtc()))
            std::abort();
        return std::move(opened).value();
    }();
    return p.get();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto plan = DealImport::read(TextFile::decode(bytes));
    if (!plan)
        return 0;
    const qint64 before = *pipeline()->deals().count();
    static const QDateTime now(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);
    if (auto outcome = DealImport::prepare(*plan, *pipeline(), now)) {
        if (outcome->created + outcome->updated + outcome->skipped != outcome->rows.size())
            std::abort();
    }
    if (*pipeline()->deals().count() != before)
        std::abort(); // prepare wrote
    return 0;
}
