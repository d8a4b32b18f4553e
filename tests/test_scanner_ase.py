"""Scanner warm starts and the ASE calculator (units, caching), on H2 with a tiny network."""

import numpy as np
import pytest
from pyscf import gto, scf
from pyscf.data.nist import BOHR, HARTREE2EV

from pyscf_ferminet import FermiNet
from pyscf_ferminet.scanner import shift_walkers

SETTINGS = dict(network='tiny', nwalkers=64, eval_cycle=20, pretrain_cycle=20, burn_in=20,
                prop_cycle=10, seed=3, verbose=0)


def h2(r_angstrom):
    return gto.M(atom=f'H 0 0 0; H 0 0 {r_angstrom}', basis='sto-3g', verbose=0)


def test_shift_walkers_follow_nearest_nucleus():
    old = np.array([[0., 0, 0], [0, 0, 2]])
    new = np.array([[0., 0, -0.5], [0, 0, 2.5]])
    x = np.array([[0.1, 0, 0.3, 0, 0.2, 1.8]])
    y = shift_walkers(x, old, new).reshape(2, 3)
    assert np.allclose(y, [[0.1, 0, -0.2], [0, 0.2, 2.3]])


def test_scanner_warm_start_beats_cold_start():
    budget = 20         # the cold start gets within a few mHa by about 60 iterations
    # 64 walkers: a longer evaluation than SETTINGS' so that one rare large local energy of the
    # barely trained cold start does not decide the comparison through its error bar.
    settings = dict(SETTINGS, eval_cycle=80)
    fn = FermiNet(scf.RHF(h2(0.74)).run(), max_cycle=150, scan_cycle=budget, **settings)
    fn.kernel()
    scanner = fn.as_scanner()
    e_warm = scanner(h2(0.80))
    assert scanner.scan_log[-1]['warm'] and scanner.scan_log[-1]['iterations'] == budget
    assert np.allclose(scanner.system.atoms[1, 2], 0.80 / BOHR)
    cold = FermiNet(scf.RHF(h2(0.80)).run(), max_cycle=budget, **settings)
    e_cold = cold.kernel()
    # Same iteration budget at the new geometry: the warm start is lower (variational).
    assert e_warm + 2 * np.hypot(scanner.e_err, cold.e_err) < e_cold, (e_warm, e_cold)
    # A geometry string works too, and the scanner keeps being a FermiNet.
    e3 = scanner('H 0 0 0; H 0 0 0.78')
    assert np.isfinite(e3) and isinstance(scanner, FermiNet)


def test_scanner_of_a_cas_start_follows_the_geometry():
    """A scanner made from FermiNet(mc) runs the CAS at a cold-started geometry (the pretraining
    targets belong to it) and only the SCF at warm-started ones."""
    from pyscf import mcscf
    mc = mcscf.CASSCF(scf.RHF(h2(2.0)).run(), 2, 2).run()
    fn = FermiNet(mc, max_cycle=5, scan_cycle=3, **dict(SETTINGS, eval_cycle=5))
    scanner = fn.as_scanner()
    scanner(h2(2.2))                                      # no state yet: a cold start
    assert not scanner.scan_log[-1]['warm']
    np.testing.assert_allclose(scanner.mc.mol.atom_coords()[1, 2], 2.2 / BOHR)
    e_cas = scanner.mc.e_tot
    assert abs(e_cas - mcscf.CASSCF(scf.RHF(h2(2.2)).run(), 2, 2).run().e_tot) < 1e-6
    scanner(h2(2.4))                                      # warm: the CAS is left where it was
    assert scanner.scan_log[-1]['warm'] and scanner.mc.e_tot == e_cas
    np.testing.assert_allclose(scanner.mf.mol.atom_coords()[1, 2], 2.4 / BOHR)


def test_ase_calculator_units_and_cache():
    pytest.importorskip('ase')
    from ase import Atoms
    from pyscf_ferminet.ase import FermiNetCalculator
    calc = FermiNetCalculator(basis='sto-3g', max_cycle=40, scan_cycle=20, **SETTINGS)
    atoms = Atoms('H2', positions=[[0, 0, 0], [0, 0, 0.74]])
    atoms.calc = calc
    e = atoms.get_potential_energy()
    assert e == pytest.approx(calc.solver.e_tot * HARTREE2EV, rel=1e-12)
    assert atoms.info['energy_error'] == pytest.approx(calc.solver.e_err * HARTREE2EV)
    f = atoms.get_forces()
    assert f.shape == (2, 3)
    assert np.allclose(f, -calc.solver._grad * HARTREE2EV / BOHR)
    assert calc.results['forces_error'].shape == (2, 3)
    # The estimator runs in float64 on the float32 run's walkers (dE_L/dR, a third derivative, loses
    # its digits in float32 at rare walkers). At the run's precision on the same walkers it agrees to
    # float32 rounding, far inside the Monte Carlo error (other walkers would differ by about it).
    de64, err = calc.solver._grad, calc.solver._grad_err
    g = calc.solver.Gradients()
    g.precision = 'model'
    g.kernel()
    assert np.all(np.abs(g.de - de64) < 0.05 * err) and np.any(g.de != de64), (g.de, de64, err)
    g.precision = 'float16'
    with pytest.raises(ValueError, match="precision = 'float16'"):
        g.kernel()
    # Unchanged atoms: cached (no new run); moved atoms: recomputed, warm-started.
    nruns = len(calc.solver.scan_log)
    assert atoms.get_potential_energy() == e and len(calc.solver.scan_log) == nruns
    atoms.positions[1, 2] = 0.80
    e2 = atoms.get_potential_energy()
    assert len(calc.solver.scan_log) == nruns + 1 and calc.solver.scan_log[-1]['warm']
    assert e2 != e
    dip = atoms.get_dipole_moment()
    err = calc.results['dipole_error']
    assert dip.shape == (3,) and np.all(np.abs(dip) < 4 * err + 0.05), (dip, err)   # zero by symmetry


def test_pyscf_ase_calculator():
    pyscf_ase = pytest.importorskip('pyscf.pbc.tools.pyscf_ase')
    from ase import Atoms
    # PySCF's adapter raises when the method is not converged; it copies the solver at once.
    fn = FermiNet(h2(0.74), max_cycle=20, scan_cycle=20, conv_tol=1.0, **SETTINGS)
    atoms = Atoms('H2', positions=[[0, 0, 0], [0, 0, 0.74]])
    atoms.calc = pyscf_ase.PySCF(method=fn)
    e = atoms.get_potential_energy()
    f = atoms.get_forces()
    assert np.isfinite(e) and f.shape == (2, 3)
    # PySCF's adapter reruns the scanner for the forces (same geometry, warm start).
    assert atoms.calc.results['energy'] == pytest.approx(atoms.calc.method_scan.e_tot * HARTREE2EV)


@pytest.mark.parametrize('solver', ['geometric', 'berny'])
def test_pyscf_geomopt_relaxes_h2(solver):
    # pyscf.geomopt drives fn.nuc_grad_method().as_scanner(): (e, dE/dR) at each new geometry,
    # warm-started. The thresholds sit at a few times the Monte Carlo noise of the gradient (about
    # 0.005 Eh/bohr here): PySCF's defaults (4.5e-4) would never be met. A short warm-started run
    # need not have levelled off (`converged`), hence assert_convergence=False.
    pytest.importorskip('geometric' if solver == 'geometric' else 'berny')
    from pyscf.geomopt import berny_solver, geometric_solver
    fn = FermiNet(scf.RHF(h2(0.85)), max_cycle=100, scan_cycle=10, **SETTINGS)
    calls = []

    def record(env):
        bond = np.linalg.norm(np.diff(env['mol'].atom_coords(unit='Angstrom'), axis=0))
        calls.append((env['energy'], np.asarray(env['gradients']), env['g_scanner'].base.scan_log[-1],
                      bond))

    if solver == 'geometric':
        _, mol = geometric_solver.kernel(
            fn, maxsteps=3, assert_convergence=False, callback=record, convergence_energy=2e-3,
            convergence_grms=1e-2, convergence_gmax=1.5e-2, convergence_drms=2e-2, convergence_dmax=3e-2)
    else:
        _, mol = berny_solver.kernel(fn, maxsteps=3, assert_convergence=False, callback=record,
                                     gradientmax=1.5e-2, gradientrms=1e-2, stepmax=3e-2, steprms=2e-2)
    r = np.linalg.norm(np.diff(mol.atom_coords(unit='Angstrom'), axis=0))
    e0, g0, log0, r0 = calls[0]
    assert g0.shape == (2, 3) and g0[1, 2] > 0.02 and not log0['warm']   # stretched: pulled together
    assert r0 == pytest.approx(0.85) and calls[1][3] < r0 - 0.02         # so the first step shortens it
    # The later steps follow gradients with a noise of about 0.05 Eh/bohr from a 10-iteration warm
    # start, and the solvers' first step may overshoot the minimum (0.7414 A): a sane bond at the end.
    assert 0.6 < r < 0.9
    assert all(log['warm'] and log['iterations'] == 10 for _, _, log, _ in calls[1:])
