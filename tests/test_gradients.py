"""Nuclear gradients by the zero-variance-zero-bias estimator.

For a fixed wavefunction (the SCF determinant, its AOs following the nuclei) the estimator is the
derivative of the VMC energy: it must match a correlated-sampling finite difference on the same
walkers, and, the SCF energy being stationary in the orbitals, the analytic RHF gradient. H2 is pushed
apart at 1.0 bohr and pulled together at 2.0 bohr; the forces of a free molecule sum to zero.
"""

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from pyscf import gto, scf

from pyscf_ferminet import gradients, hamiltonian, observables
from test_observables import scf_samples


def h2_scf(r_bohr, basis='6-31g'):
    mol = gto.M(atom=f'H 0 0 0; H 0 0 {r_bohr}', unit='bohr', basis=basis, verbose=0)
    return scf.RHF(mol).run()


def scf_gradient(mf, nbatch=40, seed=0, nwalkers=256):
    sysm, log_psi, log_prob, atoms, x, logp = scf_samples(mf, nwalkers=nwalkers, seed=seed)
    e_loc = hamiltonian.make_local_energy(log_psi, sysm.charges, 'hessian')
    measure = gradients.make_force_estimator(log_psi, e_loc, sysm.charges)
    step = observables.make_batch_step(log_prob, measure, 5)
    batches = observables.sample_batches(step, None, x, logp, 0.3, atoms, jax.random.PRNGKey(seed + 7),
                                         nbatch)
    return gradients.gradient_from_batches(batches), (log_psi, e_loc, atoms, x)


def test_estimator_equals_correlated_finite_difference():
    mf = h2_scf(1.4)
    (_, _, _), (log_psi, e_loc, atoms, x) = scf_gradient(mf, nbatch=1)
    measure = gradients.make_force_estimator(log_psi, e_loc)
    m = jax.device_get(measure(None, x, atoms, None))
    de = m['de'] + 2 * (m['edlog'] - m['e'] * m['dlog'])

    def energy(a):
        # Same walkers reweighted by |psi(R + h)|^2 / |psi(R)|^2.
        lp0 = jax.vmap(lambda xi: log_psi(None, xi, atoms)[1])(x)
        lp = jax.vmap(lambda xi: log_psi(None, xi, a)[1])(x)
        w = jnp.exp(2 * (lp - lp0))
        return jnp.sum(w * jax.vmap(lambda xi: e_loc(None, xi, a))(x)) / jnp.sum(w)

    h = 2e-3
    for atom, axis in ((1, 2), (0, 2), (0, 0)):
        dr = jnp.zeros_like(atoms).at[atom, axis].set(h)
        fd = (energy(atoms + dr) - energy(atoms - dr)) / (2 * h)
        assert abs(fd - de[atom, axis]) < 2e-2 * max(1.0, abs(fd)), (atom, axis, fd, de[atom, axis])


@pytest.mark.parametrize('r_bohr, sign', [(1.0, -1), (2.0, +1)])
def test_h2_forces_and_rhf_gradient(r_bohr, sign):
    mf = h2_scf(r_bohr)
    (de, err, _), _ = scf_gradient(mf)
    ref = mf.nuc_grad_method().kernel()
    # dE/dR along the bond, R = z_1 - z_0: negative (pushed apart) at 1.0 bohr, positive (pulled in)
    # at 2.0, and equal to the analytic RHF value.
    bond, bond_err = 0.5 * (de[1, 2] - de[0, 2]), 0.5 * np.hypot(err[1, 2], err[0, 2])
    assert np.sign(bond) == sign and abs(bond) > 2 * bond_err, (de, err)
    assert abs(bond - ref[1, 2]) < 4 * bond_err + 0.01, (bond, bond_err, ref[1, 2])
    # Translational invariance: the forces sum to zero.
    total = de.sum(axis=0)
    assert np.all(np.abs(total) < 4 * np.sqrt((err ** 2).sum(axis=0)) + 0.01), (total, err)


def test_exact_cusp_force_estimator_stays_finite_at_a_nucleus():
    # With the exact cusp the kinetic part of dE_L/dR cancels the Hellmann-Feynman 1/r^2 (E_L is
    # finite at the nucleus), so the plain estimator grows at most like 1/r as an electron meets a
    # nucleus; the Assaraf-Caffarel term, meant for cusp-free wavefunctions, would add Z/r^2 back.
    from pyscf_ferminet.settings import AnsatzSettings
    from pyscf_ferminet.wavefunction import make_ansatz
    charges = np.array([3.0, 1.0])
    atoms = jnp.array([[0.0, 0.0, 0.0], [0.0, 0.0, 3.015]])
    ansatz = make_ansatz(AnsatzSettings(hidden_dims=((16, 4), (16, 4)), determinants=2, cusp='exact'),
                         (2, 2), charges)
    params = ansatz.init(jax.random.PRNGKey(0), jnp.float64)
    e_loc = hamiltonian.make_local_energy(ansatz.log_psi, charges)
    plain = gradients.make_force_estimator(ansatz.log_psi, e_loc)
    with_zv = gradients.make_force_estimator(ansatz.log_psi, e_loc, charges)
    x = 1.5 * jax.random.normal(jax.random.PRNGKey(1), (12,), jnp.float64)
    u = jnp.array([0.3, 0.5, 0.8]) / np.sqrt(0.98)
    size = {}
    for name, measure in (('plain', plain), ('zv', with_zv)):
        measure = jax.jit(measure)                      # one walker, electron 0 at r from Li
        size[name] = [float(jnp.abs(measure(params, x.at[0:3].set(r * u)[None], atoms, None)['de'][0]).max())
                      for r in (1e-2, 1e-3)]
    assert size['plain'][1] < 20 * size['plain'][0]           # at most ~1/r: 10x per decade
    assert size['zv'][1] > 50 * size['zv'][0]                 # 1/r^2: ~100x per decade


def test_ecp_gradient_is_the_derivative_and_matches_rhf():
    """LiH with ccECP on both atoms (one s channel on Li, which moves with its nucleus): the estimator
    at a fixed rotation of the angular rule is the derivative of the correlated-sampling energy with
    that rotation, and averaged over rotations and walkers it is PySCF's RHF gradient, ECP terms
    included. ccECP's local channels are finite at the nuclei, so the cusp-free Gaussian determinant
    needs no zero-variance term."""
    mol = gto.M(atom='Li 0 0 0; H 0 0 2.5', unit='bohr', ecp='ccecp', basis='ccecp-cc-pvdz', verbose=0)
    mf = scf.RHF(mol).run()
    sysm, log_psi, log_prob, atoms, x, logp = scf_samples(mf, nwalkers=1024, seed=5)
    assert sysm.ecp.lmax == 0 and sysm.cusp_charges.tolist() == [0.0, 0.0]
    e_loc = hamiltonian.make_local_energy(log_psi, sysm.charges, 'folx', sysm.ecp)
    step = observables.make_batch_step(log_prob, gradients.make_force_estimator(log_psi, e_loc), 10)

    key = jax.random.PRNGKey(3)
    x, logp, m = step(None, x, logp, key, 0.3, atoms)
    m = jax.device_get(m)
    de = m['de'] + 2 * (m['edlog'] - m['e'] * m['dlog'])
    keys = jax.random.split(jax.random.split(key)[1], x.shape[0])   # the rotations the step drew

    @jax.jit
    def energy(a):
        lp0 = jax.vmap(lambda xi: log_psi(None, xi, atoms)[1])(x)
        lp = jax.vmap(lambda xi: log_psi(None, xi, a)[1])(x)
        w = jnp.exp(2 * (lp - lp0))
        return jnp.sum(w * jax.vmap(lambda xi, k: e_loc(None, xi, a, k))(x, keys)) / jnp.sum(w)

    h = 2e-3
    for atom, axis in ((0, 2), (1, 2), (0, 0)):
        dr = jnp.zeros_like(atoms).at[atom, axis].set(h)
        fd = (energy(atoms + dr) - energy(atoms - dr)) / (2 * h)
        assert abs(fd - de[atom, axis]) < 2e-2 * max(0.1, abs(fd)), (atom, axis, fd, de[atom, axis])

    batches = observables.sample_batches(step, None, x, logp, 0.3, atoms, jax.random.PRNGKey(11), 12)
    de, err, _ = gradients.gradient_from_batches(batches)
    ref = mf.nuc_grad_method().kernel()                     # 0.068 hartree/bohr on Li: pushed apart
    assert np.all(np.abs(de[:, 2] - ref[:, 2]) < 4 * err[:, 2] + 2e-3), (de, err, ref)
    assert np.all(err[:, 2] < 0.02)
