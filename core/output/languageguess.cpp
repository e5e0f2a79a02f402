#include "languageguess.h"

#include <QMutex>
#include <QMutexLocker>
#include <QStringList>

#include <textcat.h>

namespace NineTouch::LanguageGuess {

namespace {

// Below this many characters the guesser's answer is noise ("Saves a quarter." reads as
// Portuguese).
constexpr int shortest = 20;

const char dataDir[] = "/usr/share/libexttextcat/";

// One classifier for the process, loaded on first use (about 200 language models).
struct Classifier
{
    void *handle = nullptr;
    QMutex mutex;

    Classifier()
    {
        const QByteArray conf = QByteArray(dataDir) + "fpdb.conf";
        handle = special_textcat_Init(conf.constData(), dataDir);
    }
    ~Classifier()
    {
        if (handle)
            textcat_Done(handle);
    }
};

Classifier &classifier()
{
    static Classifier c;
    return c;
}

} // namespace

bool available()
{
    return classifier().handle != nullptr;
}

QStringList candidates(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified.size() < shortest)
        return {};
    Classifier &c = classifier();
    if (!c.handle)
        return {};
    const QByteArray utf8 = simplified.toUtf8();
    QMutexLocker lock(&c.mutex);
    // "[en--utf8][rm--utf8]": candidates, best first; "UNKNOWN" or "SHORT" when unsure.
    const QString verdict =
        QString::fromUtf8(textcat_Classify(c.handle, utf8.constData(), size_t(utf8.size())));
    QStringList out;
    if (!verdict.startsWith(QLatin1Char('[')))
        return out;
    for (const QString &part : verdict.split(QLatin1Char('['), Qt::SkipEmptyParts)) {
        const QString code = part.section(QLatin1Char('-'), 0, 0);
        // textcat takes short plain English for Scots now and then.
        out << (code == QLatin1String("sco") ? QStringLiteral("en") : code);
    }
    return out;
}

bool looksLikeAnotherLanguage(const QString &text, const QString &expected)
{
    const QStringList guess = candidates(text);
    if (guess.isEmpty() || guess.contains(expected))
        return false;
    const QString &best = guess.constFirst();
    return best == QLatin1String("en") || best == QLatin1String("de");
}

} // namespace NineTouch::LanguageGuess
