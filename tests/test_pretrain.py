"""SCF reuse: the SCF determinant under our sampler reproduces mf.e_tot; pretraining fits it."""

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from pyscf import gto, scf

from pyscf_ferminet import hamiltonian, mcmc, pretrain
from pyscf_ferminet import system as system_mod
from pyscf_ferminet.settings import AnsatzSettings, PretrainSettings
from pyscf_ferminet.wavefunction import make_ansatz


def scf_determinant_vmc_energy(mf, nwalkers=1024, niter=60, seed=0, ecp_part=False, log_psi=None):
    """VMC energy of the SCF Slater determinant, float64, walkers from our MCMC; with an ECP a fresh
    random rotation of the quadrature per walker and step. ecp_part: also the mean and error of the
    ECP terms (local energy with the ECP less that without it). log_psi: another (x, atoms) ->
    (sign, log|psi|) in the SCF's place."""
    sysm = system_mod.build_system(mf.mol, system_mod.scf_reference(mf))
    if log_psi is None:
        log_psi = pretrain.make_scf_log_psi(sysm.scf, jnp.float64)
    atoms = jnp.asarray(sysm.atoms)
    local_energy = hamiltonian.make_local_energy(lambda p, x, a: log_psi(x, a), sysm.charges, 'folx',
                                                 sysm.ecp)
    without_ecp = hamiltonian.make_local_energy(lambda p, x, a: log_psi(x, a), sysm.charges, 'folx')

    def e_loc(p, x, a, key):
        keys = jax.random.split(key, x.shape[0])
        e = jax.vmap(local_energy, in_axes=(None, 0, None, 0))(p, x, a, keys)
        return jnp.stack([e, e - jax.vmap(without_ecp, in_axes=(None, 0, None))(p, x, a)])
    log_prob = lambda p, x: 2.0 * jax.vmap(lambda xi: log_psi(xi, atoms)[1])(x)
    run = jax.jit(lambda x, lp, k, w, n: mcmc.mcmc_steps(log_prob, None, x, lp, k, w, n),
                  static_argnums=4)
    key = jax.random.PRNGKey(seed)
    x = mcmc.init_walkers(key, sysm.atoms, sysm.charges, sysm.nspins, nwalkers, jnp.float64)
    logp, width = log_prob(None, x), jnp.asarray(0.2)
    for _ in range(30):                                   # burn-in with width adaptation
        key, sub = jax.random.split(key)
        x, logp, acc = run(x, logp, sub, width, 10)
        width = mcmc.adapt_width(width, acc, 0.5)
    energies = []
    e_jit = jax.jit(lambda x, k: e_loc(None, x, atoms, k))
    for _ in range(niter):
        key, sub, k_e = jax.random.split(key, 3)
        x, logp, acc = run(x, logp, sub, width, 10)
        energies.append(np.asarray(e_jit(x, k_e)))
    # Walkers are independent chains: the spread of their time averages gives an error bar that needs
    # no autocorrelation model.
    per_walker = np.mean(energies, axis=0)                # (2, nwalkers): energy, ECP terms
    mean, error = per_walker.mean(axis=1), per_walker.std(axis=1, ddof=1) / np.sqrt(nwalkers)
    if ecp_part:
        return float(mean[0]), float(error[0]), float(mean[1]), float(error[1])
    return float(mean[0]), float(error[0])


@pytest.mark.parametrize('atom, basis, spin, kind, max_error', [
    ('Li 0 0 0; H 0 0 3.015', 'sto-3g', 0, scf.RHF, 0.04),   # Gaussian orbitals lack the Li cusp:
    ('Li 0 0 0; H 0 0 3.015', 'sto-3g', 2, scf.UHF, 0.04),   # E_L ~ -Z/r there, a noisy estimate
    ('H 0 0 0; H 0 0 1.4', 'cc-pvdz', 0, scf.RHF, 0.005),
    ('H 0 0 0; H 0 0 1.4', 'cc-pvdz', 2, scf.UHF, 0.005),    # triplet: an empty beta channel
    ('C 0 0 0', 'ccecp', 2, scf.UHF, 0.02),                  # ccECP: effective charge, local and
])                                                           # non-local channels
def test_scf_determinant_reproduces_scf_energy(atom, basis, spin, kind, max_error):
    ecp = {'ecp': 'ccecp', 'basis': 'ccecp-cc-pvdz'} if basis == 'ccecp' else {'basis': basis}
    mol = gto.M(atom=atom, unit='bohr', spin=spin, verbose=0, **ecp)
    mf = kind(mol).run()
    # An ECP atom has no cusp: fewer samples reach the same error bar.
    mean, error = scf_determinant_vmc_energy(mf, **({'nwalkers': 256, 'niter': 40} if mol.has_ecp() else {}))
    assert error < max_error
    assert abs(mean - mf.e_tot) < 3 * error, (mean, error, mf.e_tot)


def test_rohf_occupations_give_doubly_and_singly_occupied_orbitals():
    mol = gto.M(atom='Li 0 0 0', spin=1, basis='cc-pvdz', verbose=0)
    ref = system_mod.scf_reference(scf.ROHF(mol).run())
    assert ref.kind == 'ROHF'
    assert [c.shape[1] for c in ref.coeff] == [2, 1]
    np.testing.assert_allclose(ref.coeff[0][:, 0], ref.coeff[1][:, 0])     # shared core orbital


def test_pretraining_loss_falls_on_lih():
    mol = gto.M(atom='Li 0 0 0; H 0 0 3.015', unit='bohr', basis='sto-3g', verbose=0)
    mf = scf.RHF(mol).run()
    sysm = system_mod.build_system(mol, system_mod.scf_reference(mf))
    settings = AnsatzSettings(hidden_dims=((16, 4), (16, 4)), determinants=2)
    ansatz = make_ansatz(settings, sysm.nspins, sysm.charges)
    params = ansatz.init(jax.random.PRNGKey(0), jnp.float32)
    x = mcmc.init_walkers(jax.random.PRNGKey(1), sysm.atoms, sysm.charges, sysm.nspins, 64, jnp.float32)
    _, _, _, losses = pretrain.pretrain(
        params, x, jax.random.PRNGKey(2), ansatz.orbitals, ansatz.log_psi, sysm.scf, sysm.nspins, True,
        sysm.atoms, PretrainSettings(steps=150, lr=3e-3), 5, 0.5, 0.2)
    assert np.mean(losses[-10:]) < np.mean(losses[:5]) / 5


def stretched_h2_casscf():
    """H2 at 5 bohr, where RHF is 0.15 Eh above CASSCF(2,2): two determinants of opposite sign."""
    from pyscf import mcscf
    mol = gto.M(atom='H 0 0 0; H 0 0 5.0', unit='bohr', basis='cc-pvdz', verbose=0)
    mf = scf.RHF(mol).run()
    return mf, mcscf.CASSCF(mf, 2, 2).run()


def test_cas_expansion_reproduces_casscf_energy():
    mf, mc = stretched_h2_casscf()
    sysm = system_mod.build_system(mf.mol, system_mod.scf_reference(mf))
    cas = system_mod.cas_reference(mc, 0, sysm.scf, max_dets=8)
    weights = cas.ci[0]
    assert len(weights) == 2 and weights[0] * weights[1] < 0       # sigma_g^2 - c sigma_u^2
    target = pretrain.expansion(cas, jnp.float64)
    log_psi = lambda x, a: (jnp.ones(()), pretrain.expansion_log_abs(sysm.scf.ao, sysm.nspins, target, x, a))
    mean, error = scf_determinant_vmc_energy(mf, nwalkers=512, niter=40, log_psi=log_psi)
    assert error < 0.005
    assert abs(mean - mc.e_tot) < 3 * error, (mean, error, mc.e_tot, mf.e_tot)


@pytest.mark.parametrize('ndet, full_det', [(3, True), (4, False), (1, True)])
def test_shared_targets_sum_to_the_expansion(ndet, full_det):
    """The network's determinants, each set to its target, add up to a constant times the target
    expansion (a constant that does not depend on the electrons' positions)."""
    mf, mc = stretched_h2_casscf()
    sysm = system_mod.build_system(mf.mol, system_mod.scf_reference(mf))
    cas = system_mod.cas_reference(mc, 0, sysm.scf, max_dets=ndet)
    target = pretrain.expansion(cas, jnp.float64)
    targets = pretrain.make_targets(sysm.scf.ao, sysm.nspins, full_det, jnp.float64)
    atoms = jnp.asarray(sysm.atoms)

    def ratio(x):
        per_det = jax.vmap(lambda a, b: targets(x, atoms, (a, b)))(target[1], target[2])
        blocks = pretrain.shared_targets(per_det, target[0], ndet)
        total = jnp.sum(jnp.prod(jnp.stack([jnp.linalg.det(b) for b in blocks]), axis=0))
        return total / jnp.exp(pretrain.expansion_log_abs(sysm.scf.ao, sysm.nspins, target, x, atoms))

    x = jax.random.normal(jax.random.PRNGKey(0), (20, 6)) * 2.0 + jnp.tile(atoms.reshape(-1), 1)
    r = np.asarray(jax.vmap(ratio)(x))
    assert np.all(np.isfinite(r))
    np.testing.assert_allclose(np.abs(r), np.abs(r[0]), rtol=1e-8)
    if ndet > 1:                    # both determinants kept: the sign of the sum follows the target's
        assert np.all(np.sign(r) == np.sign(r[0]))
