#include "core/text/LocalUser.h"

#include <pwd.h>
#include <unistd.h>

namespace wb {

QString localUserName()
{
    if (const passwd *entry = getpwuid(getuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return QString::number(getuid());
}

} // namespace wb
