"""KFAC: gradient capture, descent direction, walkers sharded over devices, and a short H2 run."""

import jax
import jax.numpy as jnp
import numpy as np
import optax
import pytest
from jax.sharding import NamedSharding, PartitionSpec
from pyscf import gto, scf

from pyscf_ferminet import FermiNet, hamiltonian, mcmc, optimize, vmc
from pyscf_ferminet.settings import AnsatzSettings, OptimSettings
from pyscf_ferminet.wavefunction import make_ansatz

H2_HF = -1.1287


@pytest.fixture(scope='module')
def lih_batch():
    atoms = np.array([[0.0, 0.0, 0.0], [0.0, 0.0, 3.015]])
    charges = np.array([3.0, 1.0])
    nspins = (2, 2)
    ansatz = make_ansatz(AnsatzSettings(hidden_dims=((8, 4), (8, 4)), determinants=2), nspins, charges)
    params = ansatz.init(jax.random.PRNGKey(0), jnp.float64)
    x = mcmc.init_walkers(jax.random.PRNGKey(1), atoms, charges, nspins, 32, jnp.float64)
    atoms = jnp.asarray(atoms)
    e_loc = jax.vmap(hamiltonian.make_local_energy(ansatz.log_psi, charges), in_axes=(None, 0, None))(
        params, x, atoms)
    log_abs = lambda p, y, a: ansatz.log_psi(p, y, a)[1]
    return log_abs, params, x, atoms, e_loc


def _surrogate(log_abs, x, atoms, e_loc, width):
    e_clip = optimize.clip_local_energies(e_loc, width)
    centred = e_clip - jnp.mean(e_clip)
    return lambda p: jnp.mean(centred * jax.vmap(log_abs, in_axes=(None, 0, None))(p, x, atoms))


def test_kfac_step_is_a_descent_direction(lih_batch):
    log_abs, params, x, atoms, e_loc = lih_batch
    s = OptimSettings(name='kfac', lr=0.02)
    init, update = optimize.make_optimizer(s, log_abs)
    state = init(params)
    new, state, info = jax.jit(update)(params, state, x, atoms, e_loc, jnp.zeros((), jnp.int32))
    loss = _surrogate(log_abs, x, atoms, e_loc, s.clip_width)
    grad = jax.grad(loss)(params)
    # The gradient assembled from captured layer inputs x output gradients is the autodiff one.
    assert float(info['grad_norm']) == pytest.approx(2 * float(optax.tree.norm(grad)), rel=1e-8)
    delta = jax.tree_util.tree_map(jnp.subtract, new, params)
    assert float(info['step_norm']) == pytest.approx(float(optax.tree.norm(delta)), rel=1e-6)
    # First-order energy change 2 <(E_L - E) d log|psi|> along the step is negative ...
    _, d_loss = jax.jvp(loss, (params,), (delta,))
    assert float(d_loss) < 0
    # ... a sizeable fraction of steepest descent's (the preconditioner is positive definite) ...
    cos = -float(d_loss) / (float(optax.tree.norm(grad)) * float(optax.tree.norm(delta)))
    assert 0 < cos <= 1
    # ... and the surrogate itself goes down for a small step, by about the first-order amount.
    t = 1e-3
    small = jax.tree_util.tree_map(lambda p, d: p + t * d, params, delta)
    change = float(loss(small)) - float(loss(params))
    assert change < 0 and abs(change - t * float(d_loss)) < 0.2 * t * abs(float(d_loss))
    # Curvature state: debiased EMA weight after one step, positive semi-definite factors.
    assert float(state['weight']) == pytest.approx(0.05)
    for a in state['A'] + state['G']:
        assert np.linalg.eigvalsh(np.asarray(a)).min() > -1e-10


def test_kfac_under_jit_with_walkers_sharded(lih_batch):
    log_abs, params, x, atoms, e_loc = lih_batch
    init, update = optimize.make_optimizer(OptimSettings(name='kfac'), log_abs)
    state = init(params)
    step = jnp.asarray(3, jnp.int32)
    ref = jax.jit(update)(params, state, x, atoms, e_loc, step)
    mesh = vmc.device_mesh()
    walkers = NamedSharding(mesh, PartitionSpec('walkers'))
    xs, es = jax.device_put(x, walkers), jax.device_put(e_loc, walkers)
    out = jax.jit(update)(params, state, xs, atoms, es, step)
    for a, b in zip(jax.tree_util.tree_leaves(ref), jax.tree_util.tree_leaves(out)):
        np.testing.assert_allclose(np.asarray(a), np.asarray(b), rtol=1e-7, atol=1e-10)


def test_kfac_h2_goes_below_hartree_fock():
    mol = gto.M(atom='H 0 0 0; H 0 0 1.4', unit='bohr', basis='cc-pvdz', verbose=0)
    mf = scf.RHF(mol).run()
    assert mf.e_tot == pytest.approx(H2_HF, abs=1e-4)
    fn = FermiNet(mf, network='tiny', optimizer='kfac', nwalkers=64, max_cycle=60, pretrain_cycle=20,
                  eval_cycle=20, burn_in=20, verbose=0)
    fn.kernel()
    assert np.all(np.isfinite(fn.e_hist.energy))
    assert fn.e_tot < mf.e_tot - 0.02, (fn.e_tot, fn.e_err)


def test_factored_jacobian_matches_explicit(lih_batch):
    # SPRING's Jacobian products from layer inputs x output gradients equal the explicit Jacobian's.
    log_abs, params, x, atoms, _ = lih_batch
    n = x.shape[0]
    jac = optimize.FactoredJacobian(log_abs, params, x, atoms)
    explicit = jax.vmap(jax.grad(log_abs), in_axes=(None, 0, None))(params, x, atoms)
    j = jnp.concatenate([a.reshape(n, -1) for a in jax.tree_util.tree_leaves(explicit)], axis=1)
    np.testing.assert_allclose(np.asarray(jac.gram()), np.asarray(j @ j.T), rtol=1e-10, atol=1e-10)
    v = jax.tree_util.tree_map(lambda p: jnp.cos(jnp.arange(p.size, dtype=p.dtype)).reshape(p.shape),
                               params)
    flat_v = jnp.concatenate([a.reshape(-1) for a in jax.tree_util.tree_leaves(v)])
    np.testing.assert_allclose(np.asarray(jac.dot(v)), np.asarray(j @ flat_v), rtol=1e-10, atol=1e-12)
    w = jnp.sin(jnp.arange(n, dtype=x.dtype))
    flat_t = jnp.concatenate([a.reshape(-1) for a in jax.tree_util.tree_leaves(jac.transpose_dot(w))])
    np.testing.assert_allclose(np.asarray(flat_t), np.asarray(j.T @ w), rtol=1e-10, atol=1e-12)
    # Both Gram paths are exercised: factored for the one-electron layers, explicit for pair layers.
    rows = [a.shape[1] for a, _, _, _ in jac.dense]
    assert max(rows) == 16 and min(rows) == 2


def test_factored_gram_in_symmetric_blocks_matches_explicit():
    # With 256 walkers the factored Gram blocks are computed on and above the diagonal only (4
    # walker blocks); the one-electron layers (R = 4, I = 65, O = 32) take the factored path.
    nwalkers = 256
    atoms = np.array([[0.0, 0.0, 0.0], [0.0, 0.0, 3.015]])
    charges = np.array([3.0, 1.0])
    ansatz = make_ansatz(AnsatzSettings(hidden_dims=((32, 8), (32, 8)), determinants=2), (2, 2),
                         charges)
    params = ansatz.init(jax.random.PRNGKey(2), jnp.float64)
    x = mcmc.init_walkers(jax.random.PRNGKey(3), atoms, charges, (2, 2), nwalkers, jnp.float64)
    log_abs = lambda p, y, a: ansatz.log_psi(p, y, a)[1]
    atoms = jnp.asarray(atoms)
    jac = optimize.FactoredJacobian(log_abs, params, x, atoms)
    factored = [a.shape[1] ** 2 * (a.shape[2] + g.shape[2]) < a.shape[2] * g.shape[2]
                for a, g, _, _ in jac.dense]
    assert sum(factored) >= 3
    explicit = jax.vmap(jax.grad(log_abs), in_axes=(None, 0, None))(params, x, atoms)
    j = jnp.concatenate([a.reshape(nwalkers, -1) for a in jax.tree_util.tree_leaves(explicit)], axis=1)
    np.testing.assert_allclose(np.asarray(jax.jit(jac.gram)()), np.asarray(j @ j.T), rtol=1e-10,
                               atol=1e-10)
    # The same with the walkers sharded over the devices (two in the tests): blocks cross devices.
    xs = jax.device_put(x, NamedSharding(vmc.device_mesh(), PartitionSpec('walkers')))
    gram = jax.jit(lambda p, y: optimize.FactoredJacobian(log_abs, p, y, atoms).gram())
    np.testing.assert_allclose(np.asarray(gram(params, xs)), np.asarray(j @ j.T), rtol=1e-10,
                               atol=1e-10)


@pytest.mark.parametrize('name', ['spring', 'minsr'])
def test_spring_step_is_a_descent_direction(lih_batch, name):
    log_abs, params, x, atoms, e_loc = lih_batch
    s = OptimSettings(name=name, lr=0.02)
    init, update = optimize.make_optimizer(s, log_abs)
    new, state, info = jax.jit(update)(params, init(params), x, atoms, e_loc, jnp.zeros((), jnp.int32))
    loss = _surrogate(log_abs, x, atoms, e_loc, s.clip_width)
    delta = jax.tree_util.tree_map(jnp.subtract, new, params)
    _, d_loss = jax.jvp(loss, (params,), (delta,))
    assert float(d_loss) < 0
    small = jax.tree_util.tree_map(lambda p, d: p + 0.1 * d, params, delta)
    assert float(loss(small)) < float(loss(params))


def test_spring_norms_from_the_gram_matrix_match_the_explicit_jacobian(lih_batch):
    # SPRING takes the Fisher norm of its step and the gradient norm from the walker Gram matrix
    # (O phi = O phi_prev + O O^T z); check both against the explicit centred Jacobian O, on a
    # second step so that the momentum term takes part.
    log_abs, params, x, atoms, e_loc = lih_batch
    s = OptimSettings(name='spring', lr=0.02, max_norm=1e-6)
    init, update = optimize.make_optimizer(s, log_abs)
    step = jax.jit(update)
    mid, state, _ = step(params, init(params), x, atoms, e_loc, jnp.zeros((), jnp.int32))
    new, _, info = step(mid, state, x, atoms, e_loc, jnp.ones((), jnp.int32))
    n = x.shape[0]
    flat = lambda tree: jnp.concatenate([a.reshape(-1) for a in jax.tree_util.tree_leaves(tree)])
    jac = jax.vmap(jax.grad(log_abs), in_axes=(None, 0, None))(mid, x, atoms)
    j = jnp.concatenate([a.reshape(n, -1) for a in jax.tree_util.tree_leaves(jac)], axis=1)
    o = (j - j.mean(axis=0)) / np.sqrt(n)
    delta = flat(new) - flat(mid)
    # The step is held to ||O delta||^2 = max_norm (the constraint is active at this max_norm).
    np.testing.assert_allclose(float(jnp.sum((o @ delta) ** 2)), s.max_norm, rtol=1e-6)
    e_clip = optimize.clip_local_energies(e_loc, s.clip_width)
    eps = -(e_clip - e_clip.mean()) / np.sqrt(n)
    np.testing.assert_allclose(float(info['grad_norm']), float(jnp.linalg.norm(o.T @ eps)), rtol=1e-8)
