"""Parameter updates from local energies: clipping, the learning-rate schedule, SPRING/MinSR and Adam.

Every optimiser here is an (init, update) pair in the optax manner:
    state = init(params)
    params, state, info = update(params, state, x, local_energies, step)
where x are the walkers (nwalkers, nelec * 3) the energies were measured on.

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
from jax.flatten_util import ravel_pytree

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
        log_abs: (params, x (nelec * 3,)) -> log|psi| for one walker.
    """
    log_abs_batch = jax.vmap(log_abs, in_axes=(None, 0))

    if settings.name == 'adam':
        tx = optax.adam(1.0)

        def init(params):
            return tx.init(params)

        def update(params, state, x, e_loc, step):
            e_clip = clip_local_energies(e_loc, settings.clip_width)
            grad = energy_gradient(log_abs_batch, params, x, e_clip)
            direction, state = tx.update(grad, state, params)
            norm = optax.global_norm(direction)
            lr = learning_rate(settings, step)
            scale = lr * jnp.minimum(1.0, settings.max_norm / (lr * norm + 1e-30))
            params = jax.tree_util.tree_map(lambda p, d: p - scale * d, params, direction)
            return params, state, {'grad_norm': optax.global_norm(grad), 'step_norm': scale * norm}

        return init, update

    momentum = settings.momentum if settings.name == 'spring' else 0.0

    def init(params):
        flat, _ = ravel_pytree(params)
        return {'phi': jnp.zeros_like(flat)}

    def update(params, state, x, e_loc, step):
        n = x.shape[0]
        flat, unravel = ravel_pytree(params)
        e_clip = clip_local_energies(e_loc, settings.clip_width)
        jac = jax.vmap(jax.grad(lambda p, xi: log_abs(unravel(p), xi)), in_axes=(None, 0))(flat, x)
        o = (jac - jnp.mean(jac, axis=0)) / jnp.sqrt(n)                      # (N, P)
        eps = -(e_clip - jnp.mean(e_clip)) / jnp.sqrt(n)                      # (N,)
        phi_prev = momentum * state['phi']
        gram = o @ o.T + settings.damping * jnp.eye(n, dtype=o.dtype) + 1.0 / n
        rhs = eps - o @ phi_prev
        chol = jax.scipy.linalg.cho_factor(gram)
        phi = phi_prev + o.T @ jax.scipy.linalg.cho_solve(chol, rhs)
        lr = learning_rate(settings, step)
        # Norm constraint in the Fisher metric: ||O d||^2 <= max_norm for the step d = lr phi.
        fisher_norm = jnp.sqrt(jnp.sum((o @ phi) ** 2)) * lr
        scale = lr * jnp.minimum(1.0, jnp.sqrt(settings.max_norm) / (fisher_norm + 1e-30))
        new_params = unravel(flat + scale * phi)
        return new_params, {'phi': phi}, {'grad_norm': jnp.linalg.norm(o.T @ eps),
                                          'step_norm': scale * jnp.linalg.norm(phi)}

    return init, update
