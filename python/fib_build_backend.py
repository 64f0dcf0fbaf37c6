"""setuptools' PEP 517 backend, plus CMake from PyPI as a build requirement when no CMake
>= 3.25 is installed (scikit-build-core does the same). Every other hook is setuptools' own."""

import re
import shutil
import subprocess

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F401,F403 (the hooks not changed here)

MINIMUM_CMAKE = (3, 25)


def _cmake_requirement():
    cmake = shutil.which("cmake")
    if cmake:
        version = subprocess.run([cmake, "--version"], capture_output=True, text=True).stdout
        match = re.search(r"(\d+)\.(\d+)", version)
        if match and tuple(int(part) for part in match.groups()) >= MINIMUM_CMAKE:
            return []
    return ["cmake>=%d.%d" % MINIMUM_CMAKE]


def get_requires_for_build_wheel(config_settings=None):
    return _setuptools.get_requires_for_build_wheel(config_settings) + _cmake_requirement()


def get_requires_for_build_sdist(config_settings=None):
    return _setuptools.get_requires_for_build_sdist(config_settings) + _cmake_requirement()
