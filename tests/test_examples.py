"""Every example runs to the end in its short mode (PYSCF_FERMINET_EXAMPLE_SHORT: tiny network, a few
iterations) and prints a sensible result. Examples needing DM21 or optional packages are skipped
without them."""

import os
import re
import subprocess
import sys

import jax
import pytest

import pyscf_ferminet
from conftest import ONE_DEVICE

EXAMPLES = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'examples')
PACKAGE_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(pyscf_ferminet.__file__)))
FLOAT = r'(-?\d+\.\d+)'


def number(pattern, out):
    match = re.search(pattern, out)
    assert match, f'{pattern!r} not in the output:\n{out}'
    return [float(g) for g in match.groups()]


def check_simple(out, cwd):
    e, err = number(rf'E\(FermiNet\) = {FLOAT} \+- {FLOAT}', out)
    (e_rhf,) = number(rf'E\(RHF\)\s+= {FLOAT}', out)
    # 100 iterations of a tiny network: not above RHF by much, and variational.
    assert -8.070548 - 5 * err < e < e_rhf + 0.05


def check_scan(out, cwd):
    rows = re.findall(rf'R = {FLOAT} A  E\(FermiNet\) = {FLOAT} \+- {FLOAT}  E\(FCI\) = {FLOAT}', out)
    assert len(rows) == 3
    for _, e, err, e_fci in (map(float, row) for row in rows):
        assert abs(e - e_fci) < 0.03 + 5 * err          # the tiny network near FCI/cc-pVDZ
    if 'matplotlib is missing' not in out:
        assert (cwd / 'h2_scan.png').read_bytes()[:4] == b'\x89PNG'


def check_relax_ase(out, cwd):
    (r,) = number(rf'Relaxed bond length {FLOAT} A', out)
    assert 0.70 < r < 0.80                              # from 0.80 A, towards 0.7414 A


def check_properties(out, cwd):
    (trace,) = number(rf'trace\(D S\) = {FLOAT}', out)
    assert abs(trace - 4) < 0.25                        # LiH: 4 electrons (10 batches of 256 walkers)
    (ss,) = number(rf'<S\^2>, 2S\+1 = \({FLOAT}', out)
    # A singlet: a small network pretrained to the RHF determinant and trained for 20 iterations is
    # spin-contaminated by a few hundredths; a doublet would give 0.75 and a triplet 2.
    assert abs(ss) < 0.4


def check_geomopt(out, cwd):
    for solver in ('geomeTRIC', 'PyBerny'):
        (r,) = number(rf'{solver}:\s+R = {FLOAT} A', out)
        # Three noisy steps of a briefly trained tiny network may go either way: a sane bond (the
        # direction of the steps is checked in test_scanner_ase.test_pyscf_geomopt_relaxes_h2).
        assert 0.5 < r < 1.1


def check_dm21(out, cwd):
    (e,) = number(rf'E\(H2O, DM21/sto-3g\) = {FLOAT}', out)
    (e2,) = number(rf'dft.RKS \+ NeuralNumInt = {FLOAT}', out)
    (d_e,) = number(rf'D_e\(H2O, DM21/sto-3g\) = {FLOAT}', out)
    assert abs(e - e2) < 1e-5 and -76.0 < e < -75.0 and 0.1 < d_e < 0.5


def check_excited(out, cwd):
    rows = re.findall(rf'E\(FermiNet state (\d)\) = {FLOAT} \+- {FLOAT}  excitation {FLOAT} \+- {FLOAT} eV', out)
    assert [int(r[0]) for r in rows] == [0, 1, 2]
    (e0, err0), (e1, err1), (e2, err2) = [(float(r[1]), float(r[2])) for r in rows]
    # He: the ground state near -2.9037 Eh, two states of the n = 2 shell near -2.15 Eh, below
    # the ionisation threshold (-2.0 Eh).
    assert -2.9037 - 5 * err0 < e0 < -2.80
    for e, err in ((e1, err1), (e2, err2)):
        assert -2.30 < e < -2.0 + 5 * err


def check_ecp(out, cwd):
    assert 'valence electrons: (3, 1), effective charge: [4]' in out
    (e_uhf,) = number(rf'E\(UHF\)\s+= {FLOAT}', out)
    e, err = number(rf'E\(FermiNet\) = {FLOAT} \+- {FLOAT}', out)
    assert abs(e_uhf - -5.3184) < 1e-3                  # ccECP/ccECP-cc-pVDZ carbon triplet
    assert e > -5.4175 - 5 * err                        # variational: not below the exact ccECP energy


CHECKS = {
    '00-simple_ferminet.py': (check_simple, ()),
    '10-pes_scan_ase.py': (check_scan, ()),
    '11-relax_ase.py': (check_relax_ase, ()),
    '12-properties.py': (check_properties, ()),
    '13-geomopt.py': (check_geomopt, ('geometric', 'berny')),
    '20-dm21.py': (check_dm21, ('cramjam',)),
    '30-excited_states.py': (check_excited, ()),
    '40-ecp.py': (check_ecp, ()),
}


def test_every_example_has_a_check():
    assert sorted(f for f in os.listdir(EXAMPLES) if f.endswith('.py')) == sorted(CHECKS)


@pytest.mark.parametrize('name', sorted(CHECKS))
def test_example_runs_in_short_mode(name, tmp_path):
    check, modules = CHECKS[name]
    for module in modules:
        pytest.importorskip(module)
    if name == '20-dm21.py':
        from pyscf_ferminet.dft import checkpoint
        try:
            checkpoint.checkpoint_dir('DM21')
        except checkpoint.CheckpointNotFoundError:
            pytest.skip('DM21 checkpoints not found (python -m pyscf_ferminet.dft.fetch)')
    env = dict(os.environ, PYSCF_FERMINET_EXAMPLE_SHORT='1', MPLBACKEND='Agg',
               PYTHONPATH=os.pathsep.join([PACKAGE_ROOT, os.environ.get('PYTHONPATH', '')]),
               # One device: the examples' own work, without collectives between emulated devices
               # (the in-process tests run on two); on a loaded machine those can stall long enough
               # for XLA to abort a subprocess.
               # (DM21 evaluates its network on every grid point: run time, not compilation,
               # dominates, and XLA's fast-compile settings would slow it down.)
               XLA_FLAGS=('--xla_force_host_platform_device_count=1' if name == '20-dm21.py'
                          else ONE_DEVICE),
               # the compilation cache of this test run (conftest.py): tiny programs compile once
               JAX_COMPILATION_CACHE_DIR=jax.config.jax_compilation_cache_dir or '',
               JAX_PERSISTENT_CACHE_MIN_COMPILE_TIME_SECS='0')
    proc = subprocess.run([sys.executable, os.path.join(EXAMPLES, name)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=1200)
    assert proc.returncode == 0, proc.stderr[-3000:]
    check(proc.stdout, tmp_path)
