#pragma once

#include "core/accounts/PasswordGenerator.h"

namespace wb {

// This person's account-work settings (QSettings "accounts/…"), set in Preferences: how long
// a password copied from Werkbank stays on the clipboard, and what Generate starts with (a
// directory's password policy may still ask for more).
struct AccountPreferences
{
    int clipboardClearSeconds = 30;
    PasswordGenerator generator;

    static constexpr int minClipboardSeconds = 5;
    static constexpr int maxClipboardSeconds = 600;

    static AccountPreferences load();
    void save() const;
};

} // namespace wb
