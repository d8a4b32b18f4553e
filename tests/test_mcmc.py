"""The sampler draws |psi|^2: moments of the hydrogen 1s density come out exact."""

import jax
import jax.numpy as jnp
import numpy as np
import pytest

from pyscf_ferminet import mcmc

ATOMS = jnp.zeros((1, 3))


def _sample_h1s(moves, nwalkers=512, nchunks=60):
    # |psi|^2 = exp(-2 r): <r> = 3/2, <r^2> = 3.
    log_prob = lambda params, x: -2.0 * jnp.linalg.norm(x, axis=-1)
    x = jax.random.normal(jax.random.PRNGKey(0), (nwalkers, 3), jnp.float64)
    logp, width = log_prob(None, x), jnp.asarray(0.3)
    if moves == 'scaled':
        step = jax.jit(lambda x, lp, k, w: mcmc.scaled_mcmc_steps(log_prob, None, x, lp, k, w, ATOMS, 10))
    else:
        step = jax.jit(lambda x, lp, k, w: mcmc.mcmc_steps(log_prob, None, x, lp, k, w, 10))
    key = jax.random.PRNGKey(1)
    r = []
    for i in range(nchunks):
        key, sub = jax.random.split(key)
        x, logp, acc = step(x, logp, sub, width)
        width = mcmc.adapt_width(width, acc, 0.5)
        if i >= 20:
            r.append(np.linalg.norm(np.asarray(x), axis=-1))
    per_walker = np.mean(r, axis=0)
    return per_walker.mean(), per_walker.std(ddof=1) / np.sqrt(nwalkers), float(acc)


@pytest.mark.parametrize('moves', ['scaled', 'uniform'])
def test_hydrogen_1s_mean_radius(moves):
    mean, err, acc = _sample_h1s(moves)
    assert 0.3 < acc < 0.7
    assert abs(mean - 1.5) < 4 * err and err < 0.03, (mean, err)


def test_walkers_start_around_atoms_with_requested_spins():
    atoms = np.array([[0.0, 0.0, 0.0], [0.0, 0.0, 3.0]])
    x = mcmc.init_walkers(jax.random.PRNGKey(0), atoms, np.array([3.0, 1.0]), (3, 1), 2000, jnp.float64)
    r = np.asarray(x).reshape(2000, 4, 3).mean(axis=0)
    # Li gets (2 up, 1 down) and H the third up electron: its mean position is the H nucleus.
    np.testing.assert_allclose(r[2], atoms[1], atol=0.1)
    np.testing.assert_allclose(r[3], atoms[0], atol=0.1)
    x = mcmc.init_walkers(jax.random.PRNGKey(0), atoms, np.array([3.0, 1.0]), (1, 0), 10, jnp.float32)
    assert x.shape == (10, 3) and x.dtype == jnp.float32
