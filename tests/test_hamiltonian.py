"""Local energy: Laplacians agree, and exactly solvable cases give their exact energies everywhere."""

import jax
import jax.numpy as jnp
import numpy as np
import pytest

from pyscf_ferminet import hamiltonian
from pyscf_ferminet.settings import AnsatzSettings
from pyscf_ferminet.wavefunction import make_ansatz


def _tiny_ansatz(nspins=(2, 1), charges=(3.0,)):
    settings = AnsatzSettings(hidden_dims=((8, 4), (8, 4)), determinants=2)
    ansatz = make_ansatz(settings, nspins, np.array(charges))
    params = ansatz.init(jax.random.PRNGKey(0), jnp.float64)
    return ansatz, params


def test_forward_laplacian_matches_hessian_and_finite_differences():
    ansatz, params = _tiny_ansatz()
    atoms = jnp.zeros((1, 3))
    x = jax.random.normal(jax.random.PRNGKey(1), (9,), jnp.float64)
    f = jax.jit(lambda y: ansatz.log_psi(params, y, atoms)[1])
    lap_folx, grad_folx = jax.jit(lambda y: hamiltonian.laplacian_and_grad_folx(f, y))(x)
    lap_hess, grad_hess = jax.jit(lambda y: hamiltonian.laplacian_and_grad_hessian(f, y))(x)
    lap_sparse, grad_sparse = jax.jit(lambda y: hamiltonian.LAPLACIANS['folx-sparse'](f, y))(x)
    np.testing.assert_allclose(lap_sparse, lap_hess, rtol=1e-10)
    np.testing.assert_allclose(grad_sparse, grad_hess, rtol=1e-10)
    h = 1e-4
    eye = np.eye(9)
    lap_fd = sum((f(x + h * e) - 2 * f(x) + f(x - h * e)) / h ** 2 for e in eye)
    np.testing.assert_allclose(lap_folx, lap_hess, rtol=1e-10)
    np.testing.assert_allclose(grad_folx, grad_hess, rtol=1e-10)
    np.testing.assert_allclose(lap_hess, lap_fd, rtol=1e-5)


@pytest.mark.parametrize('laplacian', ['folx', 'hessian'])
def test_hydrogen_atom_exact_wavefunction_has_constant_local_energy(laplacian):
    log_psi = lambda params, x, atoms: (1.0, -jnp.linalg.norm(x - atoms[0]))
    e_loc = hamiltonian.make_local_energy(log_psi, np.array([1.0]), laplacian)
    atoms = jnp.array([[0.1, -0.2, 0.3]])
    xs = jax.random.normal(jax.random.PRNGKey(0), (50, 3), jnp.float64) * 2.0
    energies = jax.vmap(lambda x: e_loc(None, x, atoms))(xs)
    np.testing.assert_allclose(energies, -0.5, atol=1e-10)


def test_hydrogen_like_ion_and_harmonic_free_check():
    # He+ 1s: psi = exp(-2 r), E = -Z^2 / 2 = -2 exactly, at every point.
    log_psi = lambda params, x, atoms: (1.0, -2.0 * jnp.linalg.norm(x - atoms[0]))
    e_loc = hamiltonian.make_local_energy(log_psi, np.array([2.0]), 'folx')
    xs = jax.random.normal(jax.random.PRNGKey(3), (20, 3), jnp.float64)
    energies = jax.vmap(lambda x: e_loc(None, x, jnp.zeros((1, 3))))(xs)
    np.testing.assert_allclose(energies, -2.0, atol=1e-10)


def test_potential_energy_terms():
    atoms = jnp.array([[0.0, 0.0, 0.0], [0.0, 0.0, 2.0]])
    charges = jnp.array([1.0, 2.0])
    x = jnp.array([0.0, 1.0, 0.0, 0.0, -1.0, 0.0])
    r2 = np.sqrt(1 + 4)
    expected = (1 / 2.0) - (1 / 1 + 2 / r2) - (1 / 1 + 2 / r2) + 2 / 2.0
    np.testing.assert_allclose(hamiltonian.potential_energy(x, atoms, charges), expected, rtol=1e-12)


def test_auto_laplacian_is_sparse_from_twelve_electrons():
    assert [hamiltonian.choose_laplacian('auto', n) for n in (4, 10, 11, 12, 14, 42)] == \
        ['folx'] * 3 + ['folx-sparse'] * 3
    assert hamiltonian.choose_laplacian('hessian', 42) == 'hessian'
    assert hamiltonian.choose_laplacian('folx', 42) == 'folx'


def test_unknown_laplacian_is_rejected():
    with pytest.raises(ValueError, match='laplacian'):
        hamiltonian.make_local_energy(lambda p, x, a: (1.0, 0.0), np.array([1.0]), 'magic')
