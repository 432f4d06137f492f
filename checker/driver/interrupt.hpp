// Clean interrupt of a run (SIGINT, SIGTERM). The signal handler only records the signal
// in an atomic; the search polls it between states (CheckOptions::stop) and ends with an
// `interrupted` verdict, so the statistics, the report and a checkpoint are written as
// at any other end. A second signal exits at once, with the same code.
//
// Exit code: 128 + the signal number (130 for SIGINT, 143 for SIGTERM). TLC's
// EC.ExitStatus has no code for an interrupted run: TLC installs no handler, so the JVM
// ends on the signal and a shell sees 128 + signal. Keeping that code means scripts
// written for TLC read a cairn interrupt the same way.
#pragma once

#include <atomic>

namespace cairn {

/// Installs the handlers for SIGINT and SIGTERM (idempotent).
void install_interrupt_handlers();

/// The signal number that asked the run to stop, 0 while none did.
const std::atomic<int>& interrupt_signal();

}  // namespace cairn
