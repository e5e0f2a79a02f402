// Underlines misspelt words as the rep types, with Hunspell and the dictionary of the language
// the contact reads (Debian's hunspell-en-us, -en-gb, -de-de). Placeholders like
// {{meeting.date}}, addresses and words with digits are left alone.
#pragma once

#include <QSyntaxHighlighter>

#include <memory>

class Hunspell;

namespace NineTouchUi {

class SpellHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit SpellHighlighter(QTextDocument *document);
    ~SpellHighlighter() override;

    // language "de", region "AT": de_AT if installed, else de_DE, else none (no underlines).
    // Returns whether a dictionary was found.
    bool setLanguage(const QString &language, const QString &region);
    QString dictionary() const { return m_dictionary; }
    bool isMisspelt(const QString &word) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    std::unique_ptr<Hunspell> m_hunspell;
    QString m_dictionary;
};

} // namespace NineTouchUi
