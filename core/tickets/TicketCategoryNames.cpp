#include "core/tickets/TicketCategoryNames.h"

#include <QCollator>
#include <QCoreApplication>
#include <QHash>
#include <QTranslator>

#include <algorithm>

namespace wb {

namespace {
constexpr const char *kContext = "wb::TicketCategoryNames";

// The English source of a built-in category's name; null for an unknown key.
const char *englishName(const QString &key)
{
    static const struct
    {
        const char *key;
        const char *name;
    } builtins[] = {
        {"account", QT_TRANSLATE_NOOP("wb::TicketCategoryNames", "Account")},
        {"password", QT_TRANSLATE_NOOP("wb::TicketCategoryNames", "Password")},
        {"access", QT_TRANSLATE_NOOP("wb::TicketCategoryNames", "Access")},
        {"hardware", QT_TRANSLATE_NOOP("wb::TicketCategoryNames", "Hardware")},
        {"software", QT_TRANSLATE_NOOP("wb::TicketCategoryNames", "Software")},
        {"network", QT_TRANSLATE_NOOP("wb::TicketCategoryNames", "Network")},
        {"printer", QT_TRANSLATE_NOOP("wb::TicketCategoryNames", "Printer")},
        {"email", QT_TRANSLATE_NOOP("wb::TicketCategoryNames", "E-mail")},
    };
    for (const auto &builtin : builtins)
        if (key == QLatin1String(builtin.key))
            return builtin.name;
    return nullptr;
}
} // namespace

QString TicketCategoryNames::shown(const TicketCategory &category)
{
    const char *english = englishName(category.builtin);
    return english ? QCoreApplication::translate(kContext, english) : category.name;
}

QString TicketCategoryNames::in(const TicketCategory &category, const QTranslator &translator)
{
    const char *english = englishName(category.builtin);
    if (!english)
        return category.name;
    const QString translated = translator.translate(kContext, english);
    return translated.isEmpty() ? QString::fromLatin1(english) : translated;
}

QString TicketCategoryNames::name(const TicketCategory &category, CategoryNames names)
{
    return names == CategoryNames::Shown ? shown(category) : category.name;
}

void TicketCategoryNames::sortAsShown(QList<TicketCategory> *categories)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    QHash<CategoryId, QString> names;
    for (const TicketCategory &category : std::as_const(*categories))
        names.insert(category.id, shown(category));
    std::stable_sort(categories->begin(), categories->end(), [&](const TicketCategory &a, const TicketCategory &b) {
        return collator.compare(names.value(a.id), names.value(b.id)) < 0;
    });
}

} // namespace wb
