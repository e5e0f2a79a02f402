#include "languageguess.h"

#include <QMutex>
#include <QMutexLocker>
#include <QStringList>

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <hunspell.hxx>
#include <memory>
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

// The dictionaries of the two languages NineTouch writes, for text too short for textcat:
// "Pricing" in a German email is English because only the English dictionary knows it.
struct Dictionaries
{
    std::unique_ptr<Hunspell> en;
    std::unique_ptr<Hunspell> de;
    QMutex mutex;
    Dictionaries()
    {
        en = load("en_US");
        de = load("de_DE");
    }
    static std::unique_ptr<Hunspell> load(const char *name)
    {
        const QString base = QStringLiteral("/usr/share/hunspell/") + QLatin1String(name);
        if (!QFileInfo::exists(base + QStringLiteral(".aff"))
            || !QFileInfo::exists(base + QStringLiteral(".dic")))
            return nullptr;
        return std::make_unique<Hunspell>(QFile::encodeName(base + QStringLiteral(".aff")),
                                          QFile::encodeName(base + QStringLiteral(".dic")));
    }
};

Dictionaries &dictionaries()
{
    static Dictionaries d;
    return d;
}

// Short text: its words that only one of the two dictionaries knows decide, and only when
// none speaks for the expected language.
bool shortTextInOtherLanguage(const QString &text, const QString &expected)
{
    if (expected != QLatin1String("en") && expected != QLatin1String("de"))
        return false;
    Dictionaries &d = dictionaries();
    if (!d.en || !d.de)
        return false;
    static const QRegularExpression wordShape(QStringLiteral("\\p{L}{3,}"));
    int words = 0;
    int expectedOnly = 0;
    int otherOnly = 0;
    QMutexLocker lock(&d.mutex);
    Hunspell &own = expected == QLatin1String("en") ? *d.en : *d.de;
    Hunspell &other = expected == QLatin1String("en") ? *d.de : *d.en;
    auto it = wordShape.globalMatch(text);
    while (it.hasNext()) {
        const std::string word = it.next().captured(0).toStdString(); // the dictionaries are UTF-8
        ++words;
        const bool inOwn = own.spell(word);
        const bool inOther = other.spell(word);
        expectedOnly += inOwn && !inOther;
        otherOnly += inOther && !inOwn;
    }
    return expectedOnly == 0 && otherOnly > 0 && 2 * otherOnly >= words;
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
    if (text.simplified().size() < shortest)
        return shortTextInOtherLanguage(text, expected);
    const QStringList guess = candidates(text);
    if (guess.isEmpty() || guess.contains(expected))
        return false;
    const QString &best = guess.constFirst();
    return best == QLatin1String("en") || best == QLatin1String("de");
}

} // namespace NineTouch::LanguageGuess
