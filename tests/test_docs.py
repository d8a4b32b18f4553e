"""The documentation site builds without a single warning: every page, the benchmark tables included
from benchmarks/README.md, and the API reference from the docstrings (autodoc imports every public
module, so a module that no longer imports, or a page whose include or cross-reference broke, fails
here). No examples or notebooks are executed."""

import importlib.util
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

missing = [m for m in ('sphinx', 'myst_parser') if importlib.util.find_spec(m) is None]


@pytest.mark.skipif(bool(missing), reason=f'building the docs needs {" and ".join(missing)} '
                                          "(pip install '.[docs]')")
def test_docs_build_without_warnings(tmp_path):
    cmd = [sys.executable, '-m', 'sphinx', '-W', '--keep-going', '-q', '-b', 'html',
           os.path.join(ROOT, 'docs'), str(tmp_path / 'html'), '-d', str(tmp_path / 'doctrees')]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([ROOT, os.environ.get('PYTHONPATH', '')]))
    run = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600)
    assert run.returncode == 0, f'sphinx failed or warned:\n{run.stderr[-5000:]}'
    for page in ('index', 'guide/ground_state', 'benchmarks', 'api'):
        assert (tmp_path / 'html' / f'{page}.html').exists(), page
    # The benchmark page and the settings table are included from benchmarks/README.md and README.md,
    # not copied: every table of the benchmarks README is on the page, and the README's settings rows.
    def read(*path):
        with open(os.path.join(*path)) as f:
            return f.read()
    bench_md, bench_html = read(ROOT, 'benchmarks', 'README.md'), read(tmp_path, 'html', 'benchmarks.html')
    ntables = sum(1 for a, b in zip(bench_md.splitlines(), bench_md.splitlines()[1:])
                  if a.startswith('|') and b.startswith('|---'))
    assert ntables > 0 and bench_html.count('<table') == ntables
    guide = read(tmp_path, 'html', 'guide', 'ground_state.html')
    assert '<table' in guide and 'chk_interval' in guide
