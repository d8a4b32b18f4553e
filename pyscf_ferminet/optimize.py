"""Parameter updates from local energies: clipping, the learning-rate schedule, SPRING/MinSR and Adam.

Every optimiser here is an (init, update) pair in the optax manner:
    state = init(params)
    params, state, info = update(params, state, x, atoms, local_energies, step)
where x are the walkers (nwalkers, nelec * 3) the energies were measured on and atoms (natm, 3) the
nuclear positions, bohr.

SPRING (Goldshmiedt et al., 2024) solves the natural-gradient (stochastic-reconfiguration) equations in
the nwalkers x nwalkers space of the centred log-derivatives O (MinSR, Chen and Heyl, 2024) and
regularises each step toward the previous direction (momentum mu):
    phi_t = mu phi_{t-1} + O^T (O O^T + lambda I + 11^T / N)^-1 (eps - mu O phi_{t-1}),
with O_{w,p} = (d log|psi_w| / d theta_p - mean_w) / sqrt(N) and eps_w = -(E_w - mean E) / sqrt(N).
It needs no graph matching and costs N^2 P per step for P parameters.
"""

from __future__ import annotations

from typing import Callable

import jax
import jax.numpy as jnp
import optax

from pyscf_ferminet.settings import OptimSettings


def clip_local_energies(e_loc: jnp.ndarray, width: float) -> jnp.ndarray:
    """Clips local energies to median +- width x mean absolute deviation from the median."""
    centre = jnp.median(e_loc)
    mad = jnp.mean(jnp.abs(e_loc - centre))
    return jnp.clip(e_loc, centre - width * mad, centre + width * mad)


def learning_rate(s: OptimSettings, step):
    return s.lr / (1.0 + step / s.lr_delay)


def energy_gradient(log_abs_batch: Callable, params, x, e_clip):
    """Gradient of the energy: 2 < (E_L - <E_L>) d log|psi| / d theta > with clipped E_L."""
    centred = jax.lax.stop_gradient(e_clip - jnp.mean(e_clip))
    return jax.grad(lambda p: 2.0 * jnp.mean(centred * log_abs_batch(p, x)))(params)


def make_optimizer(settings: OptimSettings, log_abs: Callable):
    """Builds the optimiser named by settings.name.

    Args:
        settings: optimiser settings.
        log_abs: (params, x (nelec * 3,), atoms (natm, 3)) -> log|psi| for one walker.
    """
    if settings.name == 'kfac':
        from pyscf_ferminet.kfac import make_kfac
        return make_kfac(settings, log_abs)
    log_abs_batch = jax.vmap(log_abs, in_axes=(None, 0, None))

    if settings.name == 'adam':
        tx = optax.adam(1.0)

        def init(params):
            return tx.init(params)

        def update(params, state, x, atoms, e_loc, step):
            e_clip = clip_local_energies(e_loc, settings.clip_width)
            grad = energy_gradient(lambda p, y: log_abs_batch(p, y, atoms), params, x, e_clip)
            direction, state = tx.update(grad, state, params)
            norm = optax.tree.norm(direction)
            lr = learning_rate(settings, step)
            scale = lr * jnp.minimum(1.0, settings.max_norm / (lr * norm + 1e-30))
            params = jax.tree_util.tree_map(lambda p, d: p - scale * d, params, direction)
            return params, state, {'grad_norm': optax.tree.norm(grad), 'step_norm': scale * norm}

        return init, update

    momentum = settings.momentum if settings.name == 'spring' else 0.0
    per_walker_grad = jax.vmap(jax.grad(log_abs), in_axes=(None, 0, None))
    tree_map = jax.tree_util.tree_map

    def init(params):
        return {'phi': tree_map(jnp.zeros_like, params)}

    def update(params, state, x, atoms, e_loc, step):
        # The Jacobian stays a pytree of (N, *leaf shape) blocks: O O^T, O v and O^T w are sums over
        # leaves, so nothing of size N x P is concatenated.
        n = x.shape[0]
        e_clip = clip_local_energies(e_loc, settings.clip_width)
        o = tree_map(lambda j: (j - jnp.mean(j, axis=0)).reshape(n, -1) / jnp.sqrt(n),
                     per_walker_grad(params, x, atoms))
        o_leaves = jax.tree_util.tree_leaves(o)
        o_dot = lambda v: sum(a @ b.reshape(-1) for a, b in zip(o_leaves, jax.tree_util.tree_leaves(v)))
        o_t = lambda w: tree_map(lambda a, p: (a.T @ w).reshape(p.shape), o, params)
        eps = -(e_clip - jnp.mean(e_clip)) / jnp.sqrt(n)                      # (N,)
        phi_prev = tree_map(lambda v: momentum * v, state['phi'])
        gram = sum(a @ a.T for a in o_leaves) + settings.damping * jnp.eye(n, dtype=eps.dtype) + 1.0 / n
        chol = jax.scipy.linalg.cho_factor(gram)
        phi = tree_map(jnp.add, phi_prev, o_t(jax.scipy.linalg.cho_solve(chol, eps - o_dot(phi_prev))))
        lr = learning_rate(settings, step)
        # Norm constraint in the Fisher metric: ||O d||^2 <= max_norm for the step d = lr phi.
        fisher_norm = jnp.linalg.norm(o_dot(phi)) * lr
        scale = lr * jnp.minimum(1.0, jnp.sqrt(settings.max_norm) / (fisher_norm + 1e-30))
        new_params = tree_map(lambda p, d: p + scale * d, params, phi)
        return new_params, {'phi': phi}, {'grad_norm': optax.tree.norm(o_t(eps)),
                                          'step_norm': scale * optax.tree.norm(phi)}

    return init, update
