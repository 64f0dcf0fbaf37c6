"""Packages fib-modelgen: the sdist is the CMake project plus the pinned npm tarballs and the
pinned library sources, and the wheel carries the compiled, stripped binary as a script (installed into the environment's bin/,
like ruff's), plus the small `fib_modelgen` module for `python -m fib_modelgen`.

Run from python/ in a checkout, where the CMake project is the parent directory, or from an
unpacked sdist, where it is this directory. Metadata is in pyproject.toml; only what has to be
computed is here: the version (from CMakeLists.txt), the README, and the build steps.
"""

import os
import re
import shlex
import shutil
import subprocess
import tempfile
from pathlib import Path

from setuptools import Distribution, setup
from setuptools.command.sdist import sdist

try:  # setuptools >= 70.1 has its own; older ones use the wheel package's
    from setuptools.command.bdist_wheel import bdist_wheel
except ImportError:
    from wheel.bdist_wheel import bdist_wheel

from distutils.command.build_scripts import build_scripts  # setuptools' bundled copy

HERE = Path(__file__).resolve().parent
# The project files an sdist carries besides this directory (tests and tools stay out).
PROJECT_FILES = ["CMakeLists.txt", "README.md", "src", "third_party"]


def project_dir():
    """The CMake project: this directory in an sdist, its parent in a checkout."""
    return HERE if (HERE / "CMakeLists.txt").is_file() else HERE.parent


def project_version():
    text = (project_dir() / "CMakeLists.txt").read_text(encoding="utf-8")
    match = re.search(r"project\(\s*\w+\s+VERSION\s+([0-9.]+)", text)
    if not match:
        raise RuntimeError("CMakeLists.txt: no project(... VERSION x.y.z)")
    return match.group(1)


def _run(command, **kwargs):
    print("+ " + " ".join(shlex.quote(str(part)) for part in command), flush=True)
    subprocess.run([str(part) for part in command], check=True, **kwargs)


class BuildBinary(build_scripts):
    """Configures, builds and installs (stripped) the CMake project, then hands the binary to
    the wheel as its one script. CMAKE_ARGS adds configure arguments, ARCHFLAGS (set by
    cibuildwheel on macOS) picks the architectures, and CMAKE_BUILD_PARALLEL_LEVEL (default
    2) the number of compile jobs."""

    def get_source_files(self):
        return []  # the script is built, not copied: nothing of it belongs in the sdist

    def run(self):
        archs = re.findall(r"-arch\s+(\S+)", os.environ.get("ARCHFLAGS", ""))
        # One tree per target: cibuildwheel builds arm64 and x86_64 from the same directory.
        build_root = Path(self.build_dir).resolve().parent / "-".join(["cmake", *archs])
        stage = build_root / "stage"
        configure = ["cmake", "-S", project_dir(), "-B", build_root / "tree",
                     "-DCMAKE_BUILD_TYPE=Release", "-DFIB_BUILD_TESTS=OFF",
                     "-DFIB_BUILD_BENCH=OFF", *shlex.split(os.environ.get("CMAKE_ARGS", ""))]
        if archs:
            configure.append("-DCMAKE_OSX_ARCHITECTURES=" + ";".join(archs))
        env = dict(os.environ)
        env.setdefault("CMAKE_BUILD_PARALLEL_LEVEL", "2")
        _run(configure, env=env)
        _run(["cmake", "--build", build_root / "tree", "--target", "fib-modelgen"], env=env)
        shutil.rmtree(stage, ignore_errors=True)
        _run(["cmake", "--install", build_root / "tree", "--prefix", stage, "--strip"], env=env)
        self.mkpath(self.build_dir)
        for binary in (stage / "bin").iterdir():
            shutil.copy2(binary, Path(self.build_dir) / binary.name)


class BinaryDistribution(Distribution):
    """Holds a native binary, so the wheel is a platform wheel (not `any`)."""

    def has_ext_modules(self):
        return True


class PlatformWheel(bdist_wheel):
    """The binary does not load Python: tag the wheel py3-none-<platform>, one wheel per
    platform for every Python 3 (as ruff's are)."""

    def get_tag(self):
        return ("py3", "none", super().get_tag()[2])


class SdistWithSources(sdist):
    """Adds the CMake project, the verified npm tarballs (third_party/tarballs/) and the pinned
    sources of the libraries the build compiles when they are not installed (nlohmann/json,
    CLI11, utf8proc, yaml-cpp, toml++: third_party/sources/, each with its SHA256SUMS) to the
    sdist, so that building it needs neither npm nor the network. $FIB_TARBALL_DIR may name a
    directory of tarballs fetched before (they are checked too). FIB_SDIST_SOURCES=none leaves
    the library sources out (an offline sdist, which then builds only where the libraries are
    installed, or fetches them)."""

    def make_release_tree(self, base_dir, files):
        super().make_release_tree(base_dir, files)
        source, target = project_dir(), Path(base_dir)
        for name in PROJECT_FILES:
            path = source / name
            if path.is_dir():
                shutil.copytree(path, target / name, dirs_exist_ok=True,
                                ignore=shutil.ignore_patterns("*_test.cc", "tarballs", "sources"))
            else:
                shutil.copy2(path, target / name)
        third_party = target.resolve() / "third_party"
        command = ["cmake", f"-DSOURCE_DIR={source}", f"-DDEST={third_party / 'tarballs'}"]
        mode = os.environ.get("FIB_SDIST_SOURCES", "carry")
        if mode not in ("carry", "none"):
            raise RuntimeError(f"FIB_SDIST_SOURCES is '{mode}', expected 'carry' or 'none'")
        with tempfile.TemporaryDirectory() as work:
            if mode == "carry":
                command += [f"-DSOURCES={third_party / 'sources'}", f"-DWORK={work}"]
            _run(command + ["-P", source / "third_party" / "collect_tarballs.cmake"])


setup(
    version=project_version(),
    long_description=(project_dir() / "README.md").read_text(encoding="utf-8"),
    long_description_content_type="text/markdown",
    scripts=["fib-modelgen"],  # built by BuildBinary
    distclass=BinaryDistribution,
    cmdclass={"build_scripts": BuildBinary, "bdist_wheel": PlatformWheel,
              "sdist": SdistWithSources},
)
