#include "base/git_blob.h"

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "base/file_io.h"

extern char** environ;

namespace fib {

namespace {

std::string ReadAll(int fd) {
  std::string out;
  char buffer[65536];
  for (;;) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    out.append(buffer, static_cast<size_t>(n));
  }
  return out;
}

std::string FirstLine(const std::string& text) {
  std::string line = text.substr(0, text.find('\n'));
  return line.empty() ? "no message" : line;
}

// What `git cat-file blob SPEC` printed, and whether it could be run and succeeded.
struct GitRun {
  int spawn_error = 0;  // posix_spawnp's error; 0 when git ran
  int status = 0;       // waitpid's status
  std::string out;
  std::string err;
};

GitRun RunGitCatFile(const std::string& spec) {
  GitRun run;
  int out_pipe[2], err_pipe[2];
  if (::pipe(out_pipe) != 0) {
    run.spawn_error = errno;
    return run;
  }
  if (::pipe(err_pipe) != 0) {
    run.spawn_error = errno;
    ::close(out_pipe[0]);
    ::close(out_pipe[1]);
    return run;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out_pipe[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, err_pipe[1], STDERR_FILENO);
  for (int fd : {out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1]})
    posix_spawn_file_actions_addclose(&actions, fd);
  // argv, not a shell: the spec is passed as one word whatever it holds.
  std::string git = "git", cat_file = "cat-file", blob = "blob", object = spec;
  char* argv[] = {git.data(), cat_file.data(), blob.data(), object.data(), nullptr};
  pid_t pid = 0;
  run.spawn_error = posix_spawnp(&pid, "git", &actions, nullptr, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(out_pipe[1]);
  ::close(err_pipe[1]);
  // git's stderr is a line or two, far below a pipe's buffer, so reading stdout first
  // cannot deadlock.
  if (run.spawn_error == 0) {
    run.out = ReadAll(out_pipe[0]);
    run.err = ReadAll(err_pipe[0]);
    while (::waitpid(pid, &run.status, 0) < 0 && errno == EINTR) {
    }
  }
  ::close(out_pipe[0]);
  ::close(err_pipe[0]);
  return run;
}

}  // namespace

Result<std::string> ReadGitBlob(const std::string& spec) {
  GitRun run = RunGitCatFile(spec);
  if (run.spawn_error != 0) {
    return Error(
        ErrorKind::kIo,
        "cannot read '" + spec + "': git could not be run (" + std::strerror(run.spawn_error) + ")",
        "install git, or pass a file path");
  }
  if (!WIFEXITED(run.status) || WEXITSTATUS(run.status) != 0) {
    return Error(ErrorKind::kIo, "cannot read '" + spec + "': git: " + FirstLine(run.err),
                 "give a file path, or REV:PATH of a file in the repository here");
  }
  return std::move(run.out);
}

Result<std::string> ReadFileOrRevision(const std::string& spec) {
  if (FileExists(spec) || spec.find(':') == std::string::npos) return ReadFile(spec);
  return ReadGitBlob(spec);
}

}  // namespace fib
