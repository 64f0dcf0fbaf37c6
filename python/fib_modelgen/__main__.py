"""`python -m fib_modelgen ARGS` runs the installed binary with ARGS."""

import os
import subprocess
import sys

from fib_modelgen import find_binary


def main() -> int:
    binary = find_binary()
    if sys.platform == "win32":
        return subprocess.call([binary, *sys.argv[1:]])
    os.execv(binary, [binary, *sys.argv[1:]])
    return 0  # not reached: execv replaces this process


if __name__ == "__main__":
    sys.exit(main())
