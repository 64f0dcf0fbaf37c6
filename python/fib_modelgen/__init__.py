"""fib-modelgen's wheel installs the native `fib-modelgen` binary as a script; this module
only finds it, for `python -m fib_modelgen` and for callers that want its path."""

import os
import sys
import sysconfig

__all__ = ["find_binary"]


def find_binary() -> str:
    """The path of the installed fib-modelgen binary (this environment's scripts directory,
    then the user's, as `pip install --user` puts it); FileNotFoundError when it is missing."""
    name = "fib-modelgen" + (".exe" if sys.platform == "win32" else "")
    if sys.version_info >= (3, 10):
        user_scheme = sysconfig.get_preferred_scheme("user")
    else:
        user_scheme = os.name + "_user"
    for directory in (sysconfig.get_path("scripts"), sysconfig.get_path("scripts", user_scheme)):
        path = os.path.join(directory, name)
        if os.path.isfile(path):
            return path
    raise FileNotFoundError(name + ": not installed next to this Python (" + sys.prefix + ")")
