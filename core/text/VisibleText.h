#pragma once

#include <QString>

namespace wb {

// Text from elsewhere (a host's log, a file name, a paste) as it may be shown:
// it must not drive a terminal or the widget that shows it (no cursor moves,
// no retitled windows, no forged second line). Control characters are made
// visible as cat -v does (ESC → ^[, DEL → ^?, C1 controls → M-^X), line breaks
// too (^J, ^M), and invisible format characters (bidi overrides) as <U+202E>.
// Tabs stay.
QString visibleText(const QString &text);

} // namespace wb
