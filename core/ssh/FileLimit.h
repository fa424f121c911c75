#pragma once

namespace wb {

// Every open connection holds a socket, and a run on 500 hosts at once or a
// pool of kept connections needs more than the usual soft limit of 1,024:
// raise it to the hard limit the system allows. Returns the limit now in force.
int raiseOpenFileLimit();
// The soft limit on open files in force now.
int openFileLimit();

} // namespace wb
