#pragma once

#include <memory>

namespace wb {

class MainWindow;
struct Services;

// The composition root's last step: the window with its panels, and one
// controller per feature made with the services it uses and the panels it
// works on, wired in. The app, the widget tests and the benchmarks all
// build the window this way.
std::unique_ptr<MainWindow> assembleMainWindow(const Services &services);

} // namespace wb
