#include "base/temp_file_cleanup.h"

#include <signal.h>
#include <unistd.h>

#include <mutex>

namespace fib {

namespace {

// Only async-signal-safe state: a fixed buffer and a flag.
char g_temp_path[kTempPathCapacity];
volatile sig_atomic_t g_temp_active = 0;

constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};

void RemoveTempAndDie(int signal_number) {
  if (g_temp_active) ::unlink(g_temp_path);
  // Restore the default action and raise again, so the exit status says "killed by signal".
  struct sigaction action {};
  action.sa_handler = SIG_DFL;
  ::sigemptyset(&action.sa_mask);
  ::sigaction(signal_number, &action, nullptr);
  ::raise(signal_number);
}

void InstallHandlers() {
  for (int signal_number : kSignals) {
    struct sigaction old {};
    ::sigaction(signal_number, nullptr, &old);
    if (old.sa_handler == SIG_IGN) continue;  // started with the signal ignored (nohup): keep it
    struct sigaction action {};
    action.sa_handler = RemoveTempAndDie;
    ::sigemptyset(&action.sa_mask);
    for (int blocked : kSignals) ::sigaddset(&action.sa_mask, blocked);
    ::sigaction(signal_number, &action, nullptr);
  }
}

}  // namespace

char* BeginTempFile() {
  static std::once_flag installed;
  std::call_once(installed, InstallHandlers);
  g_temp_path[0] = '\0';
  g_temp_active = 1;
  return g_temp_path;
}

void EndTempFile() { g_temp_active = 0; }

}  // namespace fib
