#pragma once

#include "core/inventory/Inventory.h"

#include <QHash>

#include <optional>

namespace wb {

// A setting groups pass down (a backup check, a wake route): the one `group`
// sets itself, else the nearest group above that sets one; none when no group
// on the way up does. At most `groups` steps, so a damaged parent chain cannot loop.
template <typename T, typename ParentOf>
std::optional<T> inheritedFromGroups(const QHash<GroupId, T> &values, ParentOf parentOf, GroupId group, qsizetype groups)
{
    for (qsizetype depth = 0; group != 0 && depth <= groups; ++depth) {
        const auto it = values.constFind(group);
        if (it != values.cend())
            return *it;
        group = parentOf(group);
    }
    return std::nullopt;
}

template <typename T>
std::optional<T> inheritedFromGroups(const QHash<GroupId, T> &values, const Inventory &inventory, GroupId group)
{
    const auto parentOf = [&inventory](GroupId g) {
        const Group *found = inventory.group(g);
        return found ? found->parentId : GroupId(0);
    };
    return inheritedFromGroups(values, parentOf, group, inventory.groupCount());
}

} // namespace wb
