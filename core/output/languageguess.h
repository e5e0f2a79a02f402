// Which language a text is written in, as libexttextcat (LibreOffice's language guesser)
// judges it: used to flag text the rep typed in another language than the contact reads.
#pragma once

#include <QStringList>

namespace NineTouch::LanguageGuess {

// The likely languages, best first ("en", "rm"); empty when the text is too short to tell,
// the guesser is unsure, or its data is not on this machine.
QStringList candidates(const QString &text);

// Whether text reads as written in another language than expected: its best guess is one of
// the languages NineTouch writes (English, German) and expected is not among the candidates.
// Text too short for the guesser (an agenda of a few words) is judged by the Hunspell
// dictionaries of the two: flagged when its words are known only to the other language's.
// Unclear text is never flagged.
bool looksLikeAnotherLanguage(const QString &text, const QString &expected);

// Whether the guesser's data was found (package libexttextcat-data).
bool available();

} // namespace NineTouch::LanguageGuess
