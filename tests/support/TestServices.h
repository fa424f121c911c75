#pragma once

// Widget tests build the window on the app's own composition root
// (AppServices); these adjust what it hands over.
#include "AppServices.h"
#include "Services.h"

namespace wb::test {

// For tests that count logins or close sessions and expect them gone: no
// connection is kept for reuse.
inline Services withoutConnectionReuse(Services services)
{
    services.connectionPool = nullptr;
    return services;
}

} // namespace wb::test
