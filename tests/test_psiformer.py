"""The Psiformer: antisymmetry, equivariance under exchange of position and spin, Kato cusps, its
Laplacian, the factored Jacobian over its attention weights, a run on H2, restarts and bad input."""

import os

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from pyscf import gto, scf

from pyscf_ferminet import FermiNet, hamiltonian, optimize, taps
from pyscf_ferminet.settings import AnsatzSettings
from pyscf_ferminet.wavefunction import features, make_ansatz
from pyscf_ferminet.wavefunction.psiformer import make_psiformer_body
from test_wavefunction import _mean_radial_slope

ATOMS = jnp.array([[0.0, 0.0, 0.0], [0.0, 0.0, 3.0]])
CHARGES = np.array([3.0, 1.0])
TINY = dict(ansatz='psiformer', attention_layers=2, heads=2, width=8, determinants=2)


def _psiformer(nspins=(2, 2), **kw):
    settings = AnsatzSettings(**dict(TINY, **kw))
    ansatz = make_ansatz(settings, nspins, CHARGES)
    return ansatz, ansatz.init(jax.random.PRNGKey(0), jnp.float64)


def _swap(x, i, j):
    r = x.reshape(-1, 3)
    return r.at[jnp.array([i, j])].set(r[jnp.array([j, i])]).reshape(-1)


@pytest.mark.parametrize('full_det, layer_norm', [(True, True), (False, True), (True, False)])
def test_antisymmetric_under_same_spin_exchange(full_det, layer_norm):
    ansatz, params = _psiformer((3, 2), full_det=full_det, layer_norm=layer_norm)
    x = jax.random.normal(jax.random.PRNGKey(1), (15,), jnp.float64)
    log_psi = jax.jit(ansatz.log_psi)
    sign, log_abs = log_psi(params, x, ATOMS)
    for i, j in [(0, 1), (0, 2), (3, 4)]:
        sign2, log_abs2 = log_psi(params, _swap(x, i, j), ATOMS)
        assert sign2 == -sign
        np.testing.assert_allclose(log_abs2, log_abs, rtol=1e-10)


def test_body_is_equivariant_under_exchange_of_position_and_spin():
    # Exchanging an up and a down electron together with their spins permutes the body's outputs;
    # exchanging the positions alone does not (the spin is an input feature).
    settings = AnsatzSettings(**TINY)
    body = make_psiformer_body((2, 2), 2, settings)
    params = body.init(iter(jax.random.split(jax.random.PRNGKey(0), body.n_keys)), jnp.float64)
    x = jax.random.normal(jax.random.PRNGKey(1), (12,), jnp.float64)
    spins = np.array([1.0, 1.0, -1.0, -1.0])
    scale = jnp.asarray(1.0 / CHARGES[:, None])

    def h(y, s):
        return body.apply(params, *features.input_features(y, ATOMS), scale, spins=s)

    perm = np.array([2, 1, 0, 3])                                  # electron 0 (up) <-> 2 (down)
    np.testing.assert_allclose(h(_swap(x, 0, 2), spins[perm]), h(x, spins)[perm], rtol=1e-12)
    assert not np.allclose(h(_swap(x, 0, 2), spins), h(x, spins)[perm], rtol=1e-3)


def test_exact_cusps_at_nuclei_and_between_electrons():
    ansatz, params = _psiformer()
    x = 1.5 * jax.random.normal(jax.random.PRNGKey(4), (12,), jnp.float64)
    f = lambda y: ansatz.log_psi(params, y, ATOMS)[1]
    for idx in (0, 3):
        for atom, z in zip(ATOMS, CHARGES):
            np.testing.assert_allclose(_mean_radial_slope(f, x, idx, atom), -z, atol=1e-4)
    np.testing.assert_allclose(_mean_radial_slope(f, x, 2, x[0:3]), 0.5, atol=1e-4)    # opposite spins


@pytest.mark.parametrize('cusp', ['exact', 'learned'])
def test_laplacian_matches_finite_differences(cusp):
    ansatz, params = _psiformer(cusp=cusp, envelope='full')
    x = jax.random.normal(jax.random.PRNGKey(1), (12,), jnp.float64)
    f = jax.jit(lambda y: ansatz.log_psi(params, y, ATOMS)[1])
    lap, grad = jax.jit(lambda y: hamiltonian.laplacian_and_grad_folx(f, y))(x)
    h = 1e-4
    lap_fd = sum((f(x + h * e) - 2 * f(x) + f(x - h * e)) / h ** 2 for e in np.eye(12))
    np.testing.assert_allclose(lap, lap_fd, rtol=1e-5)
    np.testing.assert_allclose(grad, jax.grad(f)(x), rtol=1e-10)
    # The sparse forward Laplacian ('auto' from 12 electrons) through attention, which mixes all
    # electrons after the first layer.
    lap_sparse, grad_sparse = jax.jit(lambda y: hamiltonian.LAPLACIANS['folx-sparse'](f, y))(x)
    np.testing.assert_allclose(lap_sparse, lap, rtol=1e-10)
    np.testing.assert_allclose(grad_sparse, grad, rtol=1e-10)


def test_factored_jacobian_covers_every_weight():
    # Q, K, V, output, MLP and embedding weights are dense layers used once: the factored Jacobian
    # holds them, and J J^T, J v match the explicit per-walker Jacobian.
    ansatz, params = _psiformer()
    assert taps.explicit_weights(params) == []
    layers = taps.dense_layers(params)
    assert len(layers) == 1 + 5 * TINY['attention_layers'] + 2           # + one orbital layer per spin
    x = jax.random.normal(jax.random.PRNGKey(2), (6, 12), jnp.float64)
    log_abs = lambda p, y, a: ansatz.log_psi(p, y, a)[1]
    jac = optimize.FactoredJacobian(log_abs, params, x, ATOMS)
    explicit = jax.vmap(jax.grad(log_abs), in_axes=(None, 0, None))(params, x, ATOMS)
    j = jnp.concatenate([a.reshape(6, -1) for a in jax.tree_util.tree_leaves(explicit)], axis=1)
    np.testing.assert_allclose(np.asarray(jac.gram()), np.asarray(j @ j.T), rtol=1e-10, atol=1e-10)
    v = jax.tree_util.tree_map(lambda p: jnp.cos(jnp.arange(p.size, dtype=p.dtype)).reshape(p.shape),
                               params)
    flat_v = jnp.concatenate([a.reshape(-1) for a in jax.tree_util.tree_leaves(v)])
    np.testing.assert_allclose(np.asarray(jac.dot(v)), np.asarray(j @ flat_v), rtol=1e-10, atol=1e-12)
    # A weight outside the dense-layer contract is named.
    odd = dict(params, extra={'w': jnp.ones((2, 2)), 'scale': jnp.ones(2)})
    assert taps.explicit_weights(odd) == [("params['extra']['w']", (2, 2))]


QUICK = dict(ansatz='psiformer', network='tiny', nwalkers=64, pretrain_cycle=20, burn_in=20,
             eval_cycle=20, verbose=0)


@pytest.fixture(scope='module')
def h2_rhf():
    mol = gto.M(atom='H 0 0 0; H 0 0 1.4', unit='bohr', basis='cc-pvdz', verbose=0)
    return scf.RHF(mol).run()


def test_h2_goes_below_hartree_fock_and_restarts_continue_the_run(h2_rhf, tmp_path):
    fn = FermiNet(h2_rhf, max_cycle=120, seed=1, **QUICK).run()
    assert fn.e_tot < h2_rhf.e_tot - 0.02                  # 45 mHa of correlation exists
    assert fn.e_tot > -1.1744757 - 5 * fn.e_err - 2e-3     # variational, up to noise
    chk = str(tmp_path / 'h2.chk')
    whole = FermiNet(h2_rhf, max_cycle=8, seed=3, **QUICK).run()
    first = FermiNet(h2_rhf, max_cycle=4, seed=3, chkfile=chk, **QUICK).run()
    resumed = FermiNet(h2_rhf, max_cycle=8, seed=3, chkfile=chk, **QUICK).run()
    np.testing.assert_array_equal(resumed.e_hist.energy[:4], first.e_hist.energy)
    np.testing.assert_allclose(resumed.e_hist.energy, whole.e_hist.energy, rtol=1e-6)
    # The state file names its ansatz and sizes.
    rest = {k: v for k, v in QUICK.items() if k != 'ansatz'}
    with pytest.raises(ValueError, match="ansatz = 'psiformer'.*ansatz = 'ferminet'"):
        FermiNet(h2_rhf, max_cycle=10, seed=3, chkfile=chk, **rest).run()
    with pytest.raises(ValueError, match='heads = 2.*heads = 4'):
        FermiNet(h2_rhf, max_cycle=10, seed=3, chkfile=chk, **dict(QUICK, heads=4)).run()
    assert os.path.exists(chk + '.state')


def test_ferminet_state_file_refused_by_a_psiformer_run(h2_rhf, tmp_path):
    chk = str(tmp_path / 'fn.chk')
    rest = {k: v for k, v in QUICK.items() if k != 'ansatz'}
    FermiNet(h2_rhf, max_cycle=2, chkfile=chk, **dict(rest, eval_cycle=1)).run()
    with pytest.raises(ValueError, match="ansatz = 'ferminet'.*ansatz = 'psiformer'"):
        FermiNet(h2_rhf, max_cycle=4, chkfile=chk, **QUICK).run()


@pytest.mark.parametrize('settings, match', [
    (dict(ansatz='transformer'), 'ansatz'),
    (dict(ansatz='psiformer', heads=3), 'heads = 3 does not divide width = 16'),
    (dict(ansatz='psiformer', width=10, heads=4), 'heads = 4 does not divide width = 10'),
    (dict(ansatz='psiformer', hidden_dims=((8, 4),)), 'hidden_dims.*ansatz'),
    (dict(ansatz='ferminet', heads=4), 'heads.*ansatz'),
    (dict(ansatz='psiformer', attention_layers=0), 'attention_layers'),
])
def test_bad_settings_raise(h2_rhf, settings, match):
    fn = FermiNet(h2_rhf, **dict(QUICK, **settings))
    with pytest.raises(ValueError, match=match):
        fn.kernel()
