"""FermiNet(mf).kernel(): variational energies, reproducibility, restarts and bad input."""

import io
import os
import sys
import time

import numpy as np
import pytest
from pyscf import gto, scf

from pyscf_ferminet import FermiNet

QUICK = dict(network='tiny', nwalkers=64, pretrain_cycle=20, burn_in=20, eval_cycle=20, verbose=0)
H2_EXACT = -1.1744757142


@pytest.fixture(scope='module')
def h2_rhf():
    mol = gto.M(atom='H 0 0 0; H 0 0 1.4', unit='bohr', basis='cc-pvdz', verbose=0)
    return scf.RHF(mol).run()


def test_h2_optimisation_goes_below_hartree_fock(h2_rhf):
    fn = FermiNet(h2_rhf, max_cycle=150, **QUICK)
    e = fn.kernel()
    assert e == fn.e_tot and fn.e_err > 0
    assert fn.e_tot < h2_rhf.e_tot - 0.02                  # 45 mHa of correlation exists
    assert fn.e_tot > H2_EXACT - 5 * fn.e_err - 2e-3       # variational, up to noise
    assert fn.e_corr == pytest.approx(fn.e_tot - h2_rhf.e_tot)
    assert fn.e_hist.energy.shape == (150,) and np.all(fn.e_hist.acceptance > 0.2)
    import jax
    assert fn.state['x'].devices() == set(jax.devices())   # the walkers on every device (the README check)


def test_same_seed_gives_same_energies(h2_rhf):
    runs = [FermiNet(h2_rhf, max_cycle=5, seed=7, **QUICK).run() for _ in range(2)]
    np.testing.assert_array_equal(runs[0].e_hist.energy, runs[1].e_hist.energy)
    assert runs[0].e_tot == runs[1].e_tot
    other = FermiNet(h2_rhf, max_cycle=5, seed=8, **QUICK).run()
    assert not np.array_equal(other.e_hist.energy, runs[0].e_hist.energy)


def test_restart_from_chkfile_continues_the_same_run(h2_rhf, tmp_path):
    chk = str(tmp_path / 'h2.chk')
    whole = FermiNet(h2_rhf, max_cycle=12, seed=3, **QUICK).run()
    first = FermiNet(h2_rhf, max_cycle=6, seed=3, chkfile=chk, **QUICK).run()
    assert os.path.exists(chk + '.state') and os.path.exists(chk)
    resumed = FermiNet(h2_rhf, max_cycle=12, seed=3, chkfile=chk, **QUICK).run()
    assert resumed.e_hist.energy.shape == (12,)
    np.testing.assert_array_equal(resumed.e_hist.energy[:6], first.e_hist.energy)
    # The resumed optimisation reproduces the uninterrupted one exactly.
    np.testing.assert_allclose(resumed.e_hist.energy, whole.e_hist.energy, rtol=1e-6)
    # A wall-time limit stops the optimisation at the first log point past it, writes the state, and
    # the next run continues where it stopped.
    chk_t = str(tmp_path / 'h2_time.chk')
    stopped = FermiNet(h2_rhf, max_cycle=12, seed=3, chkfile=chk_t, max_time=1e-9, log_every=4,
                       **QUICK).run()
    assert stopped.e_hist.energy.shape == (4,) and stopped.e_tot is not None
    continued = FermiNet(h2_rhf, max_cycle=12, seed=3, chkfile=chk_t, **QUICK).run()
    np.testing.assert_allclose(continued.e_hist.energy, whole.e_hist.energy, rtol=1e-6)
    with pytest.raises(ValueError, match='max_time'):
        FermiNet(h2_rhf, max_time=-1, **QUICK).run()
    from pyscf import lib
    saved = lib.chkfile.load(chk, 'ferminet')
    assert saved['e_tot'] == pytest.approx(resumed.e_tot)
    # Evaluating only, one iteration: too short to reblock, e_err is the spread over the walkers.
    once = FermiNet(h2_rhf, max_cycle=12, seed=3, chkfile=chk, **dict(QUICK, eval_cycle=1)).run()
    assert once.e_eval.energy.shape == (1,) and once.e_hist.energy.shape == (12,)
    n = QUICK['nwalkers']
    assert once.e_err == pytest.approx(np.sqrt(once.e_eval.variance[0] / (n - 1)), rel=1e-9)
    assert 0 < once.e_err < 0.05
    # The cusp form changes the wavefunction without changing a parameter's shape: a state written
    # with one cannot be resumed with the other.
    with pytest.raises(ValueError, match="cusp = 'exact'.*cusp = 'learned'"):
        FermiNet(h2_rhf, max_cycle=14, seed=3, chkfile=chk, cusp='learned', **QUICK).run()
    # The state file names its ansatz: a different determinant form or network is named, not only
    # reported as differing array shapes.
    with pytest.raises(ValueError, match='full_det = True.*full_det = False'):
        FermiNet(h2_rhf, max_cycle=14, seed=3, chkfile=chk, full_det=False, **QUICK).run()
    with pytest.raises(ValueError, match=r'determinants = 2.*determinants = 3'):
        FermiNet(h2_rhf, max_cycle=14, seed=3, chkfile=chk, **dict(QUICK, determinants=3)).run()
    # A state file written for another molecule says so, before any array is compared.
    heh = gto.M(atom='He 0 0 0; H 0 0 1.4', unit='bohr', charge=1, basis='sto-3g', verbose=0)
    with pytest.raises(ValueError, match=r'another molecule: nuclear charges \[1.0, 1.0\] there, '
                                         r'\[2.0, 1.0\] here'):
        FermiNet(heh, max_cycle=14, chkfile=chk, **QUICK).run()
    h2_cation = gto.M(atom='H 0 0 0; H 0 0 2.0', unit='bohr', charge=1, spin=1, basis='sto-3g',
                      verbose=0)
    with pytest.raises(ValueError, match=r'another molecule: electrons \(alpha, beta\) \[1, 1\] '
                                         r'there, \[1, 0\] here'):
        FermiNet(h2_cation, max_cycle=14, chkfile=chk, **QUICK).run()


def test_state_file_names_another_ecp():
    """An ECP molecule's state file records its cores and terms: all-electron, other cores, or the
    same cores with other terms are each named on restart."""
    from types import SimpleNamespace

    from pyscf_ferminet import driver
    from pyscf_ferminet import system as system_mod

    def carbon(**kw):
        mol = gto.M(atom='C 0 0 0', spin=2, verbose=0, **kw)
        return SimpleNamespace(system=system_mod.build_system(mol, None))

    ccecp = carbon(basis='ccecp-cc-pvdz', ecp='ccecp')
    saved = driver.molecule_record(ccecp.system)
    driver.check_saved_molecule(ccecp, saved, 'c.state')                       # the same: passes
    with pytest.raises(ValueError, match=r'electrons \(alpha, beta\) \[3, 1\] there, \[4, 2\] here'):
        driver.check_saved_molecule(carbon(basis='cc-pvdz'), saved, 'c.state')
    # ccECP's carbon with its local channel's first coefficient changed: same core, other terms.
    terms = gto.basis.load_ecp('ccecp', 'C')
    terms[1][0][1][2][0][1] *= 1.1
    other = carbon(basis='ccecp-cc-pvdz', ecp={'C': terms})
    assert other.system.charges.tolist() == [4.0]
    with pytest.raises(ValueError, match=r'other effective core potentials'):
        driver.check_saved_molecule(other, saved, 'c.state')


def test_energy_chunks_give_the_same_run(h2_rhf):
    """Local energies in sequential chunks of walkers: the same training history (float32 rounding),
    and a chunk count that does not divide the walkers over the devices is named."""
    whole = FermiNet(h2_rhf, max_cycle=6, seed=1, **QUICK).run()
    chunked = FermiNet(h2_rhf, max_cycle=6, seed=1, energy_chunks=4, **QUICK).run()
    np.testing.assert_allclose(chunked.e_hist.energy, whole.e_hist.energy, rtol=5e-5)
    np.testing.assert_allclose(chunked.e_hist.variance, whole.e_hist.variance, rtol=1e-3)
    with pytest.raises(ValueError, match='energy_chunks = 3'):
        FermiNet(h2_rhf, max_cycle=6, energy_chunks=3, **QUICK).run()


def test_unwritable_chkfile_fails_before_the_run(h2_rhf, tmp_path):
    missing = str(tmp_path / 'no_such_dir' / 'h2.chk')
    fn = FermiNet(h2_rhf, max_cycle=5, chkfile=missing, **QUICK)
    with pytest.raises(ValueError, match='no_such_dir.*does not exist'):
        fn.kernel()
    assert fn.system is None                  # raised before the SCF reference was even built
    if os.geteuid() != 0:                     # root writes through any permission bits
        locked = tmp_path / 'locked'
        locked.mkdir(mode=0o500)
        with pytest.raises(ValueError, match='cannot write in'):
            FermiNet(h2_rhf, max_cycle=5, chkfile=str(locked / 'h2.chk'), **QUICK).kernel()


def test_misspelt_attribute_warns_as_in_pyscf(h2_rhf, capsys):
    fn = FermiNet(h2_rhf, **dict(QUICK, verbose=1))
    fn.check_sanity()
    assert 'does not have attributes' not in capsys.readouterr().err
    fn.max_cylce = 5000
    fn.check_sanity()
    assert 'does not have attributes  max_cylce' in capsys.readouterr().err


def test_mole_input_runs_uhf_for_open_shells_and_one_electron_systems():
    mol = gto.M(atom='H 0 0 0', spin=1, basis='cc-pvdz', verbose=0)
    fn = FermiNet(mol, max_cycle=30, **QUICK).run()
    assert isinstance(fn.mf, scf.uhf.UHF) and fn.system.nspins == (1, 0)
    assert abs(fn.e_tot + 0.5) < 0.02


def test_ase_atoms_input_converts_angstrom_once():
    ase = pytest.importorskip('ase')
    atoms = ase.Atoms('H2', positions=[[0, 0, 0], [0, 0, 0.74]])
    fn = FermiNet(atoms, basis='sto-3g', **QUICK)
    from pyscf.data.nist import BOHR
    np.testing.assert_allclose(fn.mol.atom_coords()[1, 2], 0.74 / BOHR, rtol=1e-12)


@pytest.mark.parametrize('setting, value, match', [
    ('max_cycle', 0, 'max_cycle'), ('max_cycle', -5, 'max_cycle'), ('nwalkers', 63, 'devices'),
    ('network', 'huge', 'network'), ('optimizer', 'sgd', 'optimizer'), ('precision', 'float16', 'precision'),
    ('envelope', 'round', 'envelope'), ('eval_cycle', 0, 'eval_cycle'), ('cusp', 'kato', 'cusp'),
    ('hidden_dims', '((64,16),)*3', 'hidden_dims'), ('hidden_dims', ((64, 0),), 'hidden_dims'),
    ('hidden_dims', ((64, 16, 4),), 'hidden_dims'),
])
def test_bad_settings_raise(h2_rhf, setting, value, match):
    fn = FermiNet(h2_rhf, **dict(QUICK, **{setting: value}))
    with pytest.raises(ValueError, match=match):
        fn.kernel()


def test_unknown_setting_name_raises(h2_rhf):
    with pytest.raises(TypeError, match='unknown setting'):
        FermiNet(h2_rhf, max_cycles=10)


def test_unsupported_inputs_raise():
    mol = gto.M(atom='H 0 0 0; H 0 0 0.74', basis='sto-3g', verbose=0)
    with pytest.raises(NotImplementedError, match='generalised'):
        FermiNet(scf.GHF(mol))
    with pytest.raises(NotImplementedError, match='relativistic'):
        FermiNet(scf.DHF(mol))
    from pyscf.pbc import gto as pbcgto
    cell = pbcgto.M(atom='H 0 0 0; H 0 0 0.74', basis='sto-3g', a=np.eye(3) * 4, verbose=0)
    with pytest.raises(NotImplementedError, match='periodic'):
        FermiNet(cell)
    with pytest.raises(TypeError, match='SCF object'):
        FermiNet('H 0 0 0')


def test_impossible_spin_from_ase_raises():
    ase = pytest.importorskip('ase')
    with pytest.raises(ValueError, match='spin'):
        FermiNet(ase.Atoms('H2', positions=[[0, 0, 0], [0, 0, 0.74]]), spin=1)


class _Terminal(io.StringIO):
    def isatty(self):
        return True


@pytest.mark.parametrize('stream, verbose, shown', [
    (io.StringIO, 4, False), (_Terminal, 4, True), (_Terminal, 2, False)])
def test_progress_bar_only_on_a_terminal(h2_rhf, monkeypatch, stream, verbose, shown):
    from pyscf.lib import logger
    from pyscf_ferminet import driver
    fn = FermiNet(h2_rhf, **dict(QUICK, verbose=verbose, log_every=5))
    fn.stdout = io.StringIO()                                   # the log, kept apart from stderr

    def step(state):
        time.sleep(0.03)                # the bar refreshes at most every 0.1 s
        return state, {'energy': -1.125, 'variance': 0.1, 'acceptance': 0.5, 'width': 0.2}

    monkeypatch.setattr(sys, 'stderr', stream())
    _, hist = driver.run_iterations(fn, step, {}, 20, 'eval', logger.new_logger(fn))
    assert hist.energy.shape == (20,)
    bar = sys.stderr.getvalue()
    assert (('20/20' in bar and 'it/s' in bar and 'E = -1.12500' in bar) if shown else bar == '')
    assert '20/20' not in fn.stdout.getvalue()                  # nothing extra in the log


def test_step_bound_and_learning_rate_default_per_optimiser(h2_rhf):
    # None picks the optimiser's own value; an explicit setting is kept as given.
    spring = FermiNet(h2_rhf).optim_settings()
    assert (spring.lr, spring.max_norm) == (0.05, 1e-3)
    adam = FermiNet(h2_rhf, optimizer='adam').optim_settings()
    assert (adam.lr, adam.max_norm) == (1e-3, 0.1)
    assert FermiNet(h2_rhf, optimizer='kfac').optim_settings().max_norm == 0.1
    assert FermiNet(h2_rhf, max_norm=0.02).optim_settings().max_norm == 0.02
