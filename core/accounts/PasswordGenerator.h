#pragma once

#include <QString>

namespace wb {

// New passwords from the system's random source (QRandomGenerator::system()).
// Every class chosen appears at least once; "easy to read aloud" leaves out
// characters that look or sound alike (0 O o, 1 l I |, 5 S, 2 Z, 8 B, quotes).
struct PasswordGenerator
{
    int length = 16;
    bool lower = true;
    bool upper = true;
    bool digits = true;
    bool symbols = true;
    bool easyToReadAloud = false;

    static constexpr int minLength = 8;
    static constexpr int maxLength = 128;

    // The characters one class may use, with the current options.
    QString alphabet(int characterClass) const;
    // A new password; length is clamped to [minLength, maxLength] and to at
    // least the number of classes chosen. With no class chosen, lower case is used.
    QString generate() const;
};

} // namespace wb
