#include "spellhighlighter.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>

#include <hunspell.hxx>

namespace NineTouchUi {

namespace {

const char dictionaries[] = "/usr/share/hunspell/";

// What the main region of a language is, when the contact's has no dictionary.
QString mainRegion(const QString &language)
{
    return language == QLatin1String("en") ? QStringLiteral("US") : language.toUpper();
}

} // namespace

SpellHighlighter::SpellHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
}

SpellHighlighter::~SpellHighlighter() = default;

bool SpellHighlighter::setLanguage(const QString &language, const QString &region)
{
    m_hunspell.reset();
    m_dictionary.clear();
    for (const QString &r : { region, mainRegion(language) }) {
        if (r.isEmpty())
            continue;
        const QString base = QLatin1String(dictionaries) + language + QLatin1Char('_') + r;
        if (QFileInfo::exists(base + QStringLiteral(".aff"))
            && QFileInfo::exists(base + QStringLiteral(".dic"))) {
            m_hunspell = std::make_unique<Hunspell>((base + QStringLiteral(".aff")).toLocal8Bit(),
                                                    (base + QStringLiteral(".dic")).toLocal8Bit());
            m_dictionary = language + QLatin1Char('_') + r;
            break;
        }
    }
    rehighlight();
    return bool(m_hunspell);
}

bool SpellHighlighter::isMisspelt(const QString &word) const
{
    if (!m_hunspell)
        return false;
    // Debian's dictionaries are UTF-8.
    return !m_hunspell->spell(word.toStdString());
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    if (!m_hunspell)
        return;
    // Placeholders, addresses and links are not words to check: blanked out, offsets kept.
    static const QRegularExpression skip(
        QStringLiteral("\\{\\{[^}]*\\}\\}|\\S+@\\S+|https?://\\S+"));
    static const QRegularExpression word(QStringLiteral("[\\p{L}][\\p{L}'’-]*"));
    QString plain = text;
    auto skipped = skip.globalMatch(text);
    while (skipped.hasNext()) {
        const auto m = skipped.next();
        plain.replace(m.capturedStart(), m.capturedLength(),
                      QString(m.capturedLength(), QLatin1Char(' ')));
    }
    QTextCharFormat wrong;
    wrong.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    wrong.setUnderlineColor(QColor(0xd6, 0x45, 0x45));
    auto it = word.globalMatch(plain);
    while (it.hasNext()) {
        const auto m = it.next();
        QString w = m.captured();
        while (w.endsWith(QLatin1Char('-')) || w.endsWith(QLatin1Char('\'')))
            w.chop(1);
        if (w.size() < 2)
            continue;
        if (isMisspelt(w))
            setFormat(int(m.capturedStart()), int(w.size()), wrong);
    }
}

} // namespace NineTouchUi
