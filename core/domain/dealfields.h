// The fields of a deal a rep edits, compared and copied one at a time: an edit writes only the
// fields the rep changed, and a field someone else changed meanwhile is shown, not overwritten.
#pragma once

#include "fields.h"
#include "types.h"

#include <QList>
#include <QVariant>

namespace NineTouch {

// The editable fields of a deal and its primary contact, in the order of the deal form.
const QList<Field> &dealFields();

// A deal field's value (a null QVariant for an override left at the rep's setting).
QVariant fieldValue(const Deal &deal, Field field);
void setFieldValue(Deal &deal, Field field, const QVariant &value);

// The fields whose values differ between two versions of a deal.
QList<Field> changedFields(const Deal &before, const Deal &after);

// What a save writes: the fields the rep changed (between base, what the form showed, and
// edited) applied to current, what the file holds now. A field changed both by the rep and
// elsewhere, to different values, is a conflict: it is listed, and current keeps its value.
struct Merge
{
    Deal deal;
    QList<Field> written;
    QList<Field> conflicts;
};
Merge mergeEdit(const Deal &base, const Deal &edited, const Deal &current);

} // namespace NineTouch
