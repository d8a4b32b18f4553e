"""Monte Carlo properties: the one-body density matrix, dipole and <S^2>.

With the SCF determinant as the wavefunction the estimators must reproduce the SCF density matrix,
its electron count and <S^2>; after a short FermiNet optimisation the dipole of LiH must be close
to the SCF one and carry PySCF's sign convention.
"""

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from pyscf import gto, scf

from pyscf_ferminet import FermiNet, mcmc, observables, pretrain


def scf_samples(mf, nwalkers=128, seed=0):
    """Log-psi of the SCF determinant in the solver's signature, and walkers equilibrated in it."""
    from pyscf_ferminet import system as system_mod
    sysm = system_mod.build_system(mf.mol, system_mod.scf_reference(mf))
    det = pretrain.make_scf_log_psi(sysm.scf, jnp.float32)
    log_psi = lambda params, x, atoms: det(x, atoms)
    log_prob = lambda p, x, a: 2.0 * jax.vmap(lambda xi: log_psi(p, xi, a)[1])(x)
    atoms = jnp.asarray(sysm.atoms, jnp.float32)
    x = mcmc.init_walkers(jax.random.PRNGKey(seed), sysm.atoms, sysm.charges, sysm.nspins, nwalkers)
    lp = lambda p, y: log_prob(p, y, atoms)
    logp = lp(None, x)
    x, logp, _ = jax.jit(mcmc.mcmc_steps, static_argnums=(0, 6))(
        lp, None, x, logp, jax.random.PRNGKey(seed + 1), 0.3, 200)
    return sysm, log_psi, log_prob, atoms, x, logp


def test_rdm1_of_scf_determinant():
    # H2 off-centre in cc-pVDZ (s and p functions): D must be mf.make_rdm1() within its error bars.
    mol = gto.M(atom='H 0.1 0 0; H 0.1 0 0.74', basis='cc-pvdz', verbose=0)
    mf = scf.RHF(mol).run()
    sysm, log_psi, log_prob, atoms, x, logp = scf_samples(mf)
    measure = observables.make_rdm1_estimator(log_psi, sysm.scf.ao, sysm.nspins, sysm.charges, 8)
    batches = observables.sample_batches(
        observables.make_batch_step(log_prob, measure, 10), None, x, logp, 0.3, atoms, jax.random.PRNGKey(2), 64)
    s = mol.intor_symmetric('int1e_ovlp')
    rdm = observables.rdm1_from_batches(batches, s)
    dm, err = observables.mean_and_error(rdm.batches.sum(axis=1))
    ref = mf.make_rdm1()
    z = np.abs(dm - ref) / err
    assert np.mean(z < 2) > 0.85 and np.max(z) < 4.5, (np.max(z), np.mean(z < 2))
    # Electron count: trace(D S) = N, and one electron per spin.
    n, n_err = observables.mean_and_error(np.einsum('bsij,ji->b', rdm.batches, s))
    assert abs(n - 2) < 4 * n_err and n_err < 0.02, (n, n_err)
    for ds in rdm.dm:
        assert abs(np.trace(ds @ s) - 1) < 0.05
    # The dipole from D and the walkers' centroid agree with the SCF one (zero by symmetry along z
    # only about the bond centre: the walkers' sum of positions is 2 x the centre).
    dip, dip_err = observables.dipole_from_rdm1(mol, rdm)
    assert np.all(np.abs(dip) < 4 * dip_err + 1e-3), (dip, dip_err)
    centre = 2 * mol.atom_coords().mean(axis=0)
    assert np.all(np.abs(rdm.r_walkers - centre) < 4 * rdm.r_walkers_err + 1e-3)
    # Natural occupations: one doubly occupied orbital.
    import scipy.linalg
    occ = scipy.linalg.eigh(s @ dm @ s, s, eigvals_only=True)[::-1]
    assert abs(occ[0] - 2) < 0.1 and np.all(np.abs(occ[1:]) < 0.1), occ


def test_spin_square_of_determinants():
    # A closed-shell RHF determinant is a singlet; the UHF triplet of H2 has <S^2> = 2 exactly.
    for spin, ss_ref in ((0, 0.0), (2, 2.0)):
        mol = gto.M(atom='H 0 0 0; H 0 0 1.4', unit='bohr', basis='6-31g', spin=spin, verbose=0)
        mf = scf.UHF(mol).run()
        sysm, log_psi, log_prob, atoms, x, logp = scf_samples(mf, nwalkers=64)
        measure = observables.make_spin_exchange_estimator(log_psi, sysm.nspins)
        step = observables.make_batch_step(log_prob, lambda p, x, a, k: {'ex': measure(p, x, a, k)}, 5)
        batches = observables.sample_batches(step, None, x, logp, 0.3, atoms, jax.random.PRNGKey(3), 20)
        ex, ex_err = observables.mean_and_error(np.array([b['ex'] for b in batches]))
        ss, mult, err = observables.spin_square_from_exchange(sysm.nspins, float(ex), float(ex_err))
        assert abs(ss - ss_ref) < 4 * err + 1e-3, (spin, ss, err)
