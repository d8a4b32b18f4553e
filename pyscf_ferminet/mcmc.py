"""Metropolis-Hastings sampling of |psi|^2 with all-electron Gaussian moves.

All functions act on a batch of walkers, x of shape (nwalkers, nelec * 3) in bohr, and carry the
log-probability log|psi|^2 of every walker so each step evaluates the wavefunction once.
"""

from __future__ import annotations

from typing import Callable

import jax
import jax.numpy as jnp
import numpy as np


def init_walkers(key, atoms: np.ndarray, charges: np.ndarray, nspins: tuple[int, int],
                 nwalkers: int, dtype=jnp.float32) -> jnp.ndarray:
    """Walkers scattered around the nuclei by each atom's electron count and spin.

    Each neutral atom gets Z electrons, alternating spin (its ground state for closed shells,
    high spin for the unpaired ones); charge is taken from or given to the atoms in turn until the
    totals match (n_up, n_dn). Every electron sits at its atom plus a unit Gaussian.

    Returns:
        (nwalkers, nelec * 3) positions, bohr.
    """
    want = list(nspins)
    per_atom = [[int(round(z)) // 2 + int(round(z)) % 2, int(round(z)) // 2] for z in charges]
    order = np.argsort(-np.asarray(charges), kind='stable')
    # Move electrons between spins or remove/add them, atom by atom, until the totals match.
    for s in (0, 1):
        i = 0
        while sum(a[s] for a in per_atom) > want[s]:
            a = per_atom[order[i % len(order)]]
            if a[s] > 0:
                a[s] -= 1
            i += 1
        while sum(a[s] for a in per_atom) < want[s]:
            per_atom[order[i % len(order)]][s] += 1
            i += 1
    centres = [[], []]
    for atom, (nu, nd) in zip(atoms, per_atom):
        centres[0] += [atom] * nu
        centres[1] += [atom] * nd
    centre = np.concatenate([np.reshape(centres[0], (-1, 3)), np.reshape(centres[1], (-1, 3))])
    centre = jnp.asarray(centre.reshape(-1), dtype)
    return centre + jax.random.normal(key, (nwalkers, centre.shape[0]), dtype)


def mcmc_steps(log_prob: Callable, params, x, logp, key, width, nsteps: int):
    """`nsteps` Metropolis-Hastings steps.

    Args:
        log_prob: (params, x (nwalkers, nelec * 3)) -> log|psi|^2, (nwalkers,).
        x, logp: current walkers and their log-probabilities.
        width: move width, bohr (a scalar).

    Returns:
        (x, logp, acceptance rate averaged over the steps).
    """
    def step(i, carry):
        x, logp, key, accepted = carry
        key, k_move, k_acc = jax.random.split(key, 3)
        x_new = x + width * jax.random.normal(k_move, x.shape, x.dtype)
        logp_new = log_prob(params, x_new)
        u = jax.random.uniform(k_acc, logp.shape, x.dtype)
        accept = jnp.log(u) < logp_new - logp
        x = jnp.where(accept[:, None], x_new, x)
        logp = jnp.where(accept, logp_new, logp)
        return x, logp, key, accepted + jnp.mean(accept.astype(x.dtype))

    x, logp, _, accepted = jax.lax.fori_loop(0, nsteps, step, (x, logp, key, jnp.zeros((), x.dtype)))
    return x, logp, accepted / nsteps


def adapt_width(width, acceptance, target: float):
    """Multiplicative step-width update toward the target acceptance (bounded to +-20% per call)."""
    factor = jnp.clip(jnp.exp(1.0 * (acceptance - target)), 0.8, 1.2)
    return jnp.clip(width * factor, 1e-3, 2.0)


def move_widths(x, atoms, scale, min_width=0.02, max_width=2.0) -> jnp.ndarray:
    """Per-electron move widths (nwalkers, nelec), bohr: scale x distance to the nearest nucleus.

    Core electrons take small steps and valence electrons large ones, so one acceptance target no
    longer ties the valence moves to the core's length scale.
    """
    r = x.reshape(x.shape[0], -1, 1, 3)
    dist = jnp.min(jnp.linalg.norm(r - atoms, axis=-1), axis=-1)
    return jnp.clip(scale * dist, min_width, max_width)


def scaled_mcmc_steps(log_prob: Callable, params, x, logp, key, scale, atoms, nsteps: int):
    """`nsteps` all-electron Metropolis-Hastings steps with distance-scaled Gaussian moves.

    The proposal is asymmetric (its width depends on where the electron is), so the ratio of the
    reverse and forward proposal densities enters the acceptance: |psi|^2 is sampled exactly.

    Args:
        log_prob: (params, x (nwalkers, nelec * 3)) -> log|psi|^2, (nwalkers,).
        scale: move width / distance to the nearest nucleus (see `move_widths`).
        atoms: (natm, 3) nuclear positions, bohr.

    Returns:
        (x, logp, acceptance rate averaged over the steps).
    """
    def log_q(sigma, dx):        # log density of the Gaussian displacement dx, summed per walker
        return jnp.sum(-3.0 * jnp.log(sigma) - jnp.sum(dx ** 2, axis=-1) / (2 * sigma ** 2), axis=-1)

    def step(i, carry):
        x, logp, key, accepted = carry
        key, k_move, k_acc = jax.random.split(key, 3)
        sigma = move_widths(x, atoms, scale)
        dx = sigma[..., None] * jax.random.normal(k_move, sigma.shape + (3,), x.dtype)
        x_new = x + dx.reshape(x.shape)
        logp_new = log_prob(params, x_new)
        log_ratio = logp_new - logp + log_q(move_widths(x_new, atoms, scale), dx) - log_q(sigma, dx)
        accept = jnp.log(jax.random.uniform(k_acc, logp.shape, x.dtype)) < log_ratio
        x = jnp.where(accept[:, None], x_new, x)
        logp = jnp.where(accept, logp_new, logp)
        return x, logp, key, accepted + jnp.mean(accept.astype(x.dtype))

    x, logp, _, accepted = jax.lax.fori_loop(0, nsteps, step, (x, logp, key, jnp.zeros((), x.dtype)))
    return x, logp, accepted / nsteps
